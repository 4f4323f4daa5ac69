// Repairs paragraph breaks inside a sentence. Text pasted from PDFs and web pages often
// breaks a sentence across paragraphs ("...U.S. Strategic Forces" / "Subcommittee
// Chairman..."), which would split names and sentences downstream. Shared by the Markdown
// and HTML stages; the decision only looks at the text of the paragraph before the break.

/** Sentence-final punctuation: a paragraph ending in one of these is complete. */
const TERMINAL = new Set(['.', '!', '?', ':', ';', '…']);
/** Closing quotes and brackets, looked through to find the punctuation before them. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '»', '›']);
/** Fewer words than this is a byline, a dateline, a label: never joined. */
const MIN_WORDS = 6;
/** A headline in title case may leave these words in lower case. */
const MINOR_WORDS = new Set(
  'a an and as at but by en for from if in into nor of off on onto or over per so the to up upon via vs with yet'.split(' '),
);
/** Longer than this many words cannot be a headline. */
const HEADLINE_MAX_WORDS = 20;
/** Only the end of a long paragraph matters. */
const TAIL = 2000;

const LETTER = /\p{L}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
const UPPER_START = /^[^\p{L}]*\p{Lu}/u;

/**
 * How to join a paragraph ending in `text` to the paragraph after it: "" (a word broken
 * at a hyphen), " ", or null when the paragraph ends a sentence or is not prose.
 */
export function joinSeparator(text: string): '' | ' ' | null {
  const t = (text.length > TAIL ? text.slice(-TAIL) : text).trimEnd();
  if (!t) return null;
  let k = t.length - 1;
  while (k >= 0 && CLOSERS.has(t[k]!)) k--;
  if (k < 0 || TERMINAL.has(t[k]!)) return null;

  const tokens = t.split(/\s+/).filter((w) => WORDLIKE.test(w));
  if (tokens.length < MIN_WORDS) return null;
  // "Home | News | World" and pipe tables are not prose
  if (t.split('|').length > 2) return null;
  if (tokens.length <= HEADLINE_MAX_WORDS && isTitleCase(tokens)) return null;

  const last = t[t.length - 1]!;
  if (last === '-' && t.length > 1 && LETTER.test(t[t.length - 2]!)) return '';
  return ' ';
}

/** Every significant word capitalized, as in a headline that was not marked as one. */
function isTitleCase(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!LETTER.test(w)) continue;
    if (UPPER_START.test(w)) continue;
    if (i > 0 && MINOR_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, ''))) continue;
    return false;
  }
  return true;
}
