// The one typed wrapper around compromise. Everything else in the project sees `Token`s
// with a set of tags, never compromise's untyped documents.
import nlp from 'compromise';
import type { Span } from '../types.js';

export interface Token {
  start: number;
  end: number;
  /** The word as written, without surrounding punctuation ("Russia's", "U.S.", "Nunn"). */
  text: string;
  /** Punctuation and space before and after the word, as compromise split it. */
  pre: string;
  post: string;
  /** compromise's part-of-speech and named-entity tags ("ProperNoun", "Person", ...). */
  tags: ReadonlySet<string>;
}

export interface TaggedSentence extends Span {
  tokens: Token[];
}

const NO_TAGS: ReadonlySet<string> = new Set();

let lexicon: Record<string, string | string[]> | undefined;

/** The tags compromise's own lexicon gives a lower-case word (not guessed from context). */
export function lexiconTags(word: string): readonly string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const t = lexicon[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/** Tokens without tags, for the rare sentence compromise cannot read. */
function plainTokens(text: string, span: Span): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}.'’&]*/gu;
  for (let m; (m = re.exec(text.slice(span.start, span.end))); ) {
    const word = m[0].replace(/\.$/, '');
    const start = span.start + m.index;
    out.push({ start, end: start + word.length, text: word, pre: '', post: ' ', tags: NO_TAGS });
  }
  return out;
}

/** compromise's own term objects (read directly: `.json()` costs a third of the time). */
interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/**
 * Sentences repeat (captions, boilerplate, a lead repeated at the end): their tokens are
 * kept, relative to the sentence, for the most recent CACHE_SIZE distinct sentences.
 */
// EXTRACT_TAG_CACHE=0 turns it off (the benchmark measures both: its corpus repeats documents)
const CACHE_SIZE = Number(process.env.EXTRACT_TAG_CACHE ?? 5000);
const cache = new Map<string, Token[]>();

function fromCache(sentence: string, offset: number): Token[] | undefined {
  const hit = cache.get(sentence);
  if (!hit) return undefined;
  cache.delete(sentence); // most recently used last
  cache.set(sentence, hit);
  return hit.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
}

function remember(sentence: string, offset: number, tokens: readonly Token[]): void {
  if (!(CACHE_SIZE > 0)) return;
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(sentence, tokens.map((t) => ({ ...t, start: t.start - offset, end: t.end - offset })));
}

export function tagSentence(text: string, span: Span): TaggedSentence {
  const sentence = text.slice(span.start, span.end);
  const cached = fromCache(sentence, span.start);
  if (cached) return { start: span.start, end: span.end, tokens: cached };
  let tokens: Token[];
  try {
    const doc = nlp(sentence) as unknown as { compute(name: string): void; docs: Term[][] };
    doc.compute('offset');
    tokens = [];
    for (const terms of doc.docs) {
      for (const t of terms) {
        if (!t.offset) continue;
        const start = span.start + t.offset.start;
        const end = start + t.offset.length;
        if (end === start) continue; // the second half of a contraction ("It’s")
        // compromise reports the word without its punctuation; keep our slice exact
        tokens.push({ start, end, text: text.slice(start, end), pre: t.pre, post: t.post, tags: t.tags });
      }
    }
  } catch {
    tokens = plainTokens(text, span);
  }
  remember(sentence, span.start, tokens);
  return { start: span.start, end: span.end, tokens };
}

/**
 * Sentences whose tokens are tagged when first read: tagging is most of the pipeline's
 * time, and a stage that needs no tokens of a sentence (no capitalized word in it, say)
 * leaves it untagged.
 */
export function tagSentences(text: string, sentences: readonly Span[]): TaggedSentence[] {
  return sentences.map((span) => {
    let tokens: Token[] | undefined;
    return {
      start: span.start,
      end: span.end,
      get tokens(): Token[] {
        return (tokens ??= tagSentence(text, span).tokens);
      },
    };
  });
}

const FUNCTION_WORD_TAGS = ['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Adverb', 'QuestionWord'];

/**
 * Whether a sentence may hold a name: a capitalized word after its first word, or a first
 * word that is not a function word ("The", "In", "But" open sentences without names).
 */
export function mayHoldNames(text: string, span: Span): boolean {
  const sentence = text.slice(span.start, span.end);
  const first = /^[^\p{L}\p{N}]*([\p{L}][\p{L}'’.-]*)/u.exec(sentence);
  if (!first) return /\p{Lu}/u.test(sentence);
  if (/\p{Lu}/u.test(sentence.slice(first.index + first[0].length))) return true;
  if (!/^\p{Lu}/u.test(first[1]!)) return false;
  if (first[1]!.length > 1 && first[1] === first[1]!.toUpperCase()) return true; // "US", not "us"
  return !lexiconTags(first[1]!).some((g) => FUNCTION_WORD_TAGS.includes(g));
}
