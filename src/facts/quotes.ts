// Quote facts: one per quoted span that reports someone's words, with its speaker
// (attribution.ts). Scare quotes are no quotes: a span is speech when it ends in
// punctuation inside the marks (a sentence or a clause cut by "he said": “No,” he said),
// or has at least four words and a verb (“take this as a sign”), or at least eight words.
// A short phrase without a verb (“predictable and equal”, 'Crisis') or a title in title
// case (“War and Peace”) is a term, not a quotation.
import type { TaggedSentence, Token } from '../nlp/tagger.js';
import type { QuoteFact, RoleFact } from '../types.js';
import { Attributor, type Attribution, type Speaker } from './attribution.js';
import { lexicon } from '../lexicon/registry.js';
import { has, lastAtOrBefore, lower, type FactContext } from './context.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';

const MIN_WORDS_WITH_VERB = 4;
const MIN_WORDS = 8;
const MIN_PARTIAL_WORDS = 2;

/** Tokens of the sentences that hold [from, to), in order. */
function tokensIn(ctx: FactContext, from: number, to: number): Token[] {
  const out: Token[] = [];
  const i0 = ctx.sentenceAt(from);
  let i = i0 >= 0 ? i0 : lastAtOrBefore(ctx.sentences, (s) => s.start, from) + 1;
  for (; i < ctx.sentences.length && ctx.sentences[i]!.start < to; i++) {
    for (const t of ctx.sentences[i]!.tokens) if (t.start >= from && t.end <= to) out.push(t);
  }
  return out;
}

/**
 * 'strong': words enough to be speech; 'weak': short but closed by punctuation inside the
 * marks (“No,” he said — but also “a grave mistake.”): speech only when "he said" follows
 * at once, or as a partial quote; 'short': a phrase, someone's words only as a partial
 * quote (“a first step”); 'none': a title, or a single word (a term).
 */
export function speechiness(ctx: FactContext, q: QuoteSpan): 'strong' | 'weak' | 'short' | 'none' {
  const words = q.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length >= MIN_WORDS) return 'strong';
  const punct = /[.,!?;:…—-]$/.test(q.text);
  if (!punct && words.length >= 2 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:a|an|the|of|and|or|in|on|for|to)$/.test(w))) return 'none';
  if (words.length >= MIN_WORDS_WITH_VERB && tokensIn(ctx, q.start, q.end).some((t) => has(t, 'Verb'))) return 'strong';
  return punct ? 'weak' : words.length >= MIN_PARTIAL_WORDS ? 'short' : 'none';
}

/**
 * A partial quote: someone's words inside reported speech, “Roe called the plan “a first
 * step” toward reform”, “Reed said the deal was “a win for both sides””. The quote's own
 * sentence has a verb of saying (or of calling, partial-quote-verbs.txt) before it whose
 * subject is named; a term marked as one (“the so-called “reset””) is not a quote.
 */
function partial(ctx: FactContext, who: Attributor, q: QuoteSpan, before: readonly Token[]): Attribution | undefined {
  const words = q.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const last = before[before.length - 1];
  if (words.length < MIN_PARTIAL_WORDS || !last || lexicon('scareMarkers').has(lower(last)) || lower(last) === 'as' && lexicon('scareMarkers').has(lower(before[before.length - 2]))) return undefined;
  const a = who.before(before, lexicon('partialQuoteVerbs'));
  return a?.speaker ? { ...a, rule: 'quote.partial' } : undefined;
}

/** The sentence index for an offset, or the next sentence after it. */
function sentenceFrom(ctx: FactContext, offset: number): number {
  const i = ctx.sentenceAt(offset);
  if (i >= 0) return i;
  const next = lastAtOrBefore(ctx.sentences, (s) => s.start, offset) + 1;
  return next < ctx.sentences.length ? next : -1;
}

/** `roles`: the document's role facts, so that "the senator said" finds the senator. */
export function extractQuotes(ctx: FactContext, roles: readonly RoleFact[] = []): QuoteFact[] {
  const spans = findQuoteSpans(ctx.text);
  const who = new Attributor(ctx, spans, roles);
  const facts: QuoteFact[] = [];
  const paragraphStart = paragraphStarts(ctx.text);
  let last: { speaker: Speaker; end: number; sentence: number } | undefined;
  for (let qi = 0; qi < spans.length; qi++) {
    const q = spans[qi]!;
    const speech = speechiness(ctx, q);
    if (speech === 'none') continue;
    const prevEnd = qi > 0 ? spans[qi - 1]!.end : 0;
    const nextStart = qi + 1 < spans.length ? spans[qi + 1]!.start : ctx.text.length;
    const open = sentenceFrom(ctx, q.start);
    const close = ctx.sentenceAt(Math.max(q.start, q.end - 1));
    let a: Attribution | undefined;
    const before = open >= 0 ? ctx.sentences[open]!.tokens.filter((t) => t.end <= q.start && t.start >= prevEnd) : [];
    if (close >= 0 && speech !== 'short') a = who.after(afterTokens(ctx, close, q.end, nextStart));
    if (speech === 'weak' || speech === 'short') {
      if (speech === 'weak' && a?.speaker) push(a, q);
      else if (open === close) {
        const p = partial(ctx, who, q, before);
        if (p) push(p, q);
      }
      continue;
    }
    if (!a?.speaker && !a?.explicit && open >= 0) a = who.before(before) ?? who.colon(before);
    if (!a?.speaker && !a?.explicit && open >= 0) a = partial(ctx, who, q, before) ?? a;
    if (!a?.explicit && last && open >= 0) {
      // the quote goes on from the last attributed one
      const sameParagraph = paragraphOf(paragraphStart, last.end) === paragraphOf(paragraphStart, q.start);
      const nextParagraph = paragraphOf(paragraphStart, last.end) + 1 === paragraphOf(paragraphStart, q.start);
      if ((sameParagraph || last.sentence >= open - 1 || nextParagraph) && !who.otherPersonBetween(last.end, q.start, last.speaker.name)) {
        a = { speaker: last.speaker, explicit: true, rule: 'quote.continued' };
      }
    }
    if (!a?.explicit && open > 0 && introduces(ctx, ctx.sentences[open - 1]!)) {
      // the person named in the sentence before, its subject, when it speaks: "Smith
      // disagreed, saying so at length." or ends in a colon
      const prev = ctx.sentences[open - 1]!;
      const p = who.subjectPersonIn(prev, Math.min(prev.end, q.start));
      if (p) a = { speaker: p, explicit: true, rule: 'quote.sentence-before' };
    }
    if (!a?.speaker) continue;
    push(a, q);
  }
  return facts;

  function push(a: Attribution & { speaker?: Speaker }, q: QuoteSpan) {
    const close = ctx.sentenceAt(Math.max(q.start, q.end - 1));
    const sp = a.speaker!;
    facts.push({
      type: 'quote',
      speaker: sp.name,
      ...(sp.id ? { speakerId: sp.id } : {}),
      text: q.text,
      ...(sp.org ? { org: sp.org, ...(sp.orgId ? { orgId: sp.orgId } : {}) } : {}),
      start: q.start,
      end: q.end,
      rule: a.rule,
    });
    last = { speaker: a.speaker!, end: q.end, sentence: close >= 0 ? close : ctx.sentenceAt(q.start) };
  }
}

/** Whether a sentence introduces what follows: a verb of saying, or a closing colon. */
function introduces(ctx: FactContext, s: TaggedSentence): boolean {
  // (a participle introduces only a quote right after it: "claiming asylum" is no speech)
  const verb = (t: Token) => ctx.lex.attribution.has(lower(t)) && !lexicon('speechParticiples').has(lower(t));
  return /:\s*$/.test(ctx.text.slice(s.start, s.end)) || s.tokens.some(verb);
}

/** Tokens after a closing mark: the rest of its sentence up to the next quote; when the
 * sentence ended inside the quote (“Why?” he asked), the next one if it goes on in lower case. */
function afterTokens(ctx: FactContext, si: number, from: number, to: number): Token[] {
  let s: TaggedSentence | undefined = ctx.sentences[si];
  let toks = s ? s.tokens.filter((t) => t.start >= from && t.end <= to) : [];
  if (toks.length === 0) {
    s = ctx.sentences[si + 1];
    if (s && s.start < to && !/\n/.test(ctx.text.slice(from, s.start)) && /^\p{Ll}/u.test(ctx.text.slice(s.start, s.start + 1))) {
      toks = s.tokens.filter((t) => t.end <= to);
    }
  }
  return toks;
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  const blank = /\n[ \t]*\n/.test(text);
  const re = blank ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  for (let m; (m = re.exec(text)); ) starts.push(m.index + m[0].length);
  return starts;
}

function paragraphOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
