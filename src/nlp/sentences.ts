// A rule-based sentence splitter. It is fast (one pass, no tagging) and knows news text:
// abbreviations and initials do not end sentences, a blank line always does, and a single
// line break does unless the document is hard-wrapped prose.
import { lexicon } from '../lexicon/registry.js';
import type { Span } from '../types.js';

const abbrevs = () => lexicon('abbreviations');


const TERMINAL = /[.!?]/;
/** the longest span passed on as one sentence, in characters */
const MAX_SENTENCE = 1000;
const CLOSERS = /["'”’)\]»]/;

/** True when most lines of a paragraph run on without ending a sentence (wrapped text). */
function isHardWrapped(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length < 4) return false;
  let runOn = 0;
  let long = 0;
  for (const l of lines) {
    const t = l.trimEnd();
    if (t.length >= 40) long++;
    if (t.length >= 40 && !/[.!?:"”')\]]$/.test(t)) runOn++;
  }
  return long >= lines.length * 0.6 && runOn >= lines.length * 0.4;
}

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.&'-]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function nextWord(text: string, from: number): string {
  const m = /^[\s"'“‘(\[]*([\p{L}\p{N}][\p{L}\p{N}.'-]*)/u.exec(text.slice(from, from + 40));
  return m ? m[1]! : '';
}

/** Whether a period at `dot` ends a sentence, given the word it ends. */
function periodEnds(text: string, dot: number, after: number): boolean {
  const word = wordBefore(text, dot + 1).replace(/\.$/, '');
  const next = nextWord(text, after);
  if (!next) return true;
  const lower = word.toLowerCase();
  // A single capital letter is an initial ("John F. Kennedy"); a lower-case next word
  // continues the sentence.
  const nextCapital = /^[\p{Lu}\p{N}"“]/u.test(next);
  if (!nextCapital) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  if (abbrevs().has(lower) || /^(\p{L}\.)+\p{L}$/u.test(word)) return lexicon('sentenceOpeners').has(next);
  return true;
}

/** Splits plain text into sentence spans (trimmed of surrounding white space). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const wrapped = isHardWrapped(text);
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    // no real sentence is this long (a table, a list, a line of noise): cut it at white
    // space so that no later stage works on unbounded spans
    while (e - s > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', s + MAX_SENTENCE);
      if (cut <= s) cut = s + MAX_SENTENCE;
      spans.push({ start: s, end: cut });
      s = cut;
      while (s < e && /\s/.test(text[s]!)) s++;
    }
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      // a blank line ends a sentence; so does a single break unless the text is wrapped
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j < text.length && text[j] === '\n') {
        push(i);
        i = j;
        continue;
      }
      if (!wrapped) push(i);
      continue;
    }
    if (!TERMINAL.test(c)) continue;
    // take a run of terminal punctuation and closing quotes or brackets
    let j = i + 1;
    while (j < text.length && (TERMINAL.test(text[j]!) || CLOSERS.test(text[j]!))) j++;
    if (j < text.length && !/\s/.test(text[j]!)) {
      i = j - 1;
      continue;
    }
    if (c === '.' && !periodEnds(text, i, j)) {
      i = j - 1;
      continue;
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return spans;
}
