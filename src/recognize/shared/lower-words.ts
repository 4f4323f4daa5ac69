// The words a document writes in lower case: evidence that a capitalized word is a common
// word. The names recognizer and two refiners of clubs ask for the same document's in turn.

/** The text asked about last and its words. */
let last: { text: string; words: ReadonlySet<string> } | undefined;

/** Every word the text writes in lower case (a letter in lower case opening it). */
export function lowerCaseWords(text: string): ReadonlySet<string> {
  if (last?.text !== text) last = { text, words: new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []) };
  return last.words;
}
