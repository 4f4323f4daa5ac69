// Sentences to tagged tokens: our tokenizer and the fast tagger (compromise's lexicon and
// tables), a cache for sentences that repeat, and tagging only when a stage asks for it.
import type { Span, TaggedSentence, Token } from '../types.js';
import { tagTokens } from './tag.js';
import { tokenize } from './tokenize.js';

import { lexiconTags } from './model.js';

export type { TaggedSentence, Token };
export { lexiconTags };

/**
 * Sentences repeat (captions, boilerplate, a lead repeated at the end): their tokens are
 * kept for the most recent CACHE_SIZE distinct sentences, with the offset they were tagged
 * at. A sentence seen once costs the cache no more than a Map entry: its tokens are kept as
 * they are (tokens and their tag sets are never changed once made) and copied, moved to the
 * new offset, only when the sentence comes again. (Copying every sentence's tokens on the
 * way in made a run of new text slower with the cache than without it.)
 */
// EXTRACT_TAG_CACHE=0 turns it off (the benchmark measures both: its corpus repeats documents)
const CACHE_SIZE = Number(process.env.EXTRACT_TAG_CACHE ?? 5000);
const cache = new Map<string, { offset: number; tokens: readonly Token[] }>();

function fromCache(sentence: string, offset: number): Token[] | undefined {
  const hit = cache.get(sentence);
  if (!hit) return undefined;
  cache.delete(sentence); // most recently used last
  cache.set(sentence, hit);
  const shift = offset - hit.offset;
  return hit.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift }));
}

function remember(sentence: string, offset: number, tokens: readonly Token[]): void {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(sentence, { offset, tokens });
}

export function tagSentence(text: string, span: Span): TaggedSentence {
  if (!(CACHE_SIZE > 0)) return { start: span.start, end: span.end, tokens: tagTokens(tokenize(text, span)) };
  const sentence = text.slice(span.start, span.end);
  const cached = fromCache(sentence, span.start);
  if (cached) return { start: span.start, end: span.end, tokens: cached };
  const tokens = tagTokens(tokenize(text, span));
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
