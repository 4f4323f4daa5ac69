// The words of an attribution around a one-word speaker, shared by the rules that read the
// speaker as a person (person/speaker.ts) and as a body (org/subject.ts).
import type { Token } from '../../types.js';

/** Verbs that report what is said after a quotation or a clause. */
const SAYS = /^(?:said|says|added|asked|recalled|insisted|explained|wrote)$/;

/** A closing quotation mark or a comma ends the token's trailing text: `"No," said`, `Recipients, said`. */
const CLOSES = /(?:["”]|,)\s*$/;

/** Whether the word is a verb of reported speech. */
export const saysWord = (t: Token | undefined): boolean => t !== undefined && SAYS.test(t.text);

/** `"No," said Darek`, `Recipients, said Mauer,`: the speaker at `from` follows a verb of saying that follows a quotation or a clause. */
export function invertedAttribution(tokens: readonly Token[], from: number): boolean {
  const [b1, b2] = [tokens[from - 1], tokens[from - 2]];
  return saysWord(b1) && b1!.post === ' ' && b2 !== undefined && CLOSES.test(b2.post);
}

/** `in a statement`, `in its filing` from `at`: words given in writing, a body's way of speaking. */
export function inStatement(tokens: readonly Token[], at: number): boolean {
  const [inWord, article, noun] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  return inWord?.text === 'in' && /^(?:a|an|its|the)$/.test(article?.text ?? '') && /^(?:statement|release|filing|report|note)$/.test(noun?.text ?? '');
}
