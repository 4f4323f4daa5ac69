// Durations (typed DATE with a TIMEX3 duration value) and "ago" dates:
//   "two decades" (P20Y), "more than two decades", "18 months" (P18M), "the next four years",
//   "the past nine days", "six straight days", "two and a half years" (P2.5Y), "a year and a
//   half", "thirty minutes" (PT30M), "several years" (PXY), "two-decade" / "27-year" (P27Y),
//   "decades-long", "for years", "in recent years", "the coming weeks";
//   "two weeks ago" (the date two weeks before the document date), "several years ago";
//   "two weeks from now", "three days hence" (the date that far ahead).
// Not ages ("a 42-year-old", "56 years old") and not rates ("15 a year", "$5 a day").
import { wordList } from '../../../data.js';
import { DIGITS, alternation, articlesRe, isVague, numberWordsRe, parseNumeral, vagueRe } from '../../money/numerals.js';
import { UNIT, unitOf, units, compile } from '../lexicon.js';
import { scan, sentenceAt, wordBefore } from '../scan.js';
import { tenseAt } from '../tense.js';
import type { CalendarUnit, DateContext, DateParse, DateParser, Stated } from '../types.js';

let res: { a: RegExp; b: RegExp; c: RegExp } | undefined;
function patterns() {
  if (res) return res;
  const mods = alternation(wordList('recognize/money/data/modifiers.txt').filter((w) => !/^(?:some|an estimated|as many as|fewer than)$/.test(w)));
  const num = `${DIGITS}|${numberWordsRe()}|${articlesRe()}|${vagueRe()}`;
  const adj = alternation(units().periodAdjectives);
  const a = compile(
    String.raw`(?<![\p{L}\p{N}.,$€£#-])(?:(${mods})\s+)?(?:(the\s+(?:past|last|next|first|coming|previous|following|final|remaining|initial|same)|another|past|last|next)\s+)?` +
      String.raw`(${num})\s+(?:(${adj})\s+)?(${UNIT()})(\s+and\s+a\s+half)?(\s+ago|\s+from\s+(?:now|today)|\s+hence)?(?![\p{L}\p{N}]|-old|-long)`,
    'giu',
  );
  const b = compile(
    String.raw`(?<![\p{L}\p{N}.,$€£#-])(?:(${DIGITS}|${numberWordsRe()})-(${UNIT()})|(decades|years|months|weeks|days|centuries))(-long)?(?![\p{L}\p{N}]|-old|-year|-month)`,
    'giu',
  );
  const c = compile(
    String.raw`(?:(?<=\b(?:for|in|within|after|over)\s{1,4})|(?=(?:years|decades|months|weeks)\s+ago\b)|((?:recent|over\s+the|the\s+(?:coming|next|past|last|recent))\s+))(years|decades|months|weeks|days|centuries|hours|minutes)(\s+ago)?(?![\p{L}\p{N}-]|\s+(?:of|old|to\s+come)\b)`,
    'giu',
  );
  return (res = { a, b, c });
}

/** "P20Y", "PT30M", "P2.5Y", "PXY" for a count of a unit. */
function durationValue(unit: string, count: number | undefined): string | undefined {
  const u = units().units[unit];
  if (!u) return undefined;
  if (count !== undefined && u.letter === 'Y' && count * u.factor < 1 && Number.isInteger(count * u.factor * 12))
    return `P${count * u.factor * 12}M`; // "half a year": P6M
  const n = count === undefined ? 'X' : String(Math.round(count * u.factor * 1000) / 1000);
  return `P${u.time ? 'T' : ''}${n}${u.letter}`;
}

/** a figure, then up to three words, before "a day": a rate */
const RATE_BEFORE = /(?:^|[^\p{L}\p{N}])[$€£]?\d[\d,.]*(?:[ \t]+(?:million|billion|thousand|hundred|[mbk]))?(?:[ \t]+[\p{L}-]+){1,3}[ \t]+$/u;

/** Leads that count a rolling span from the document date ("the last 3 days", "next two weeks"). */
const ROLLING = /^(?:the\s+)?(?:past|last|next|coming)$/i;
const AHEAD = /(?:next|coming)$/i;
/** Words before a bare "last"/"next" that make it no rolling span: "his last two years". */
const OWNER = /^(?:his|her|its|their|my|our|your|whose|these|those|this|that|the|a)$/i;
/** Calendar units a span or an offset counts in (hours and minutes name times). */
const CALENDAR = new Set(['day', 'week', 'month', 'quarter', 'year', 'decade', 'century']);

/** Words that make "in six years" a stretch counted back: "the lowest in six years", "the first time in years". */
const COUNT_BACK = /(?:^|[^\p{L}])(?:\p{L}+est|first|most|least|only|time|times|once|twice|never|ever)\b[^.;!?]*$/iu;

const SET_BEFORE = /^(?:once|twice|thrice|times|per|each|every)$/i;

export const durationParser: DateParser = {
  id: 'date.duration',
  find(ctx: DateContext): DateParse[] {
    const out: DateParse[] = [];
    const text = ctx.text;
    const { a, b, c } = patterns();
    scan(a, text, (m) => {
      const end = m.index + m[0].length;
      if (/^(?:\s+old\b|\s+of\s+age\b|\s+older\b|\s+younger\b)/i.test(text.slice(end, end + 12))) return; // an age
      if (/\b(?:aged|ages|age\s+of)\s+(?:\d+\s*[-–]\s*)?$/i.test(text.slice(Math.max(0, m.index - 16), m.index))) return; // "aged 8-10 years"
      const numText = m[3]!;
      const unit = unitOf(m[5]!)!;
      const plural = m[5]!.toLowerCase() !== unit;
      const vague = isVague(numText);
      let count = vague ? undefined : parseNumeral(numText);
      if (!vague && count === undefined) return;
      const isArticle = /^(?:an?|half a|a half|a single|a dozen)$/i.test(numText.replace(/\s+/g, ' '));
      if (vague && !plural) return;
      // "a quarter of its dealers": a fraction; "two straight quarters of losses" is time
      if (unit === 'quarter' && !m[4] && (isArticle || /^\s+of\b/.test(text.slice(end, end + 4)))) return;
      if (/^\d{4}$/.test(numText) && !plural) return; // "World Cup 2018 day five"
      if (isArticle && !m[1] && !m[2]) {
        // "15 a year", "$5 a day", "twice a week": a rate, not a duration
        const before = wordBefore(text, m.index);
        if (/\d/.test(before) || SET_BEFORE.test(before) || /[\d%]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return;
        // "500,000 barrels a day", "40 flights a week", "$3 million a year": a count or an
        // amount a few words before makes it a rate
        if (!m[7] && RATE_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))) return;
      }
      // "his last two years": a bare "last" after an owner is no rolling span, the duration stays
      const owned = m[2] !== undefined && !m[1] && /^(?:last|next|past)$/i.test(m[2]) && OWNER.test(wordBefore(text, m.index));
      if (count !== undefined && m[6]) count += 0.5;
      // "the last 3 days", "the next two weeks": the whole days or weeks just before or
      // after the document date's own, a period, not a bare duration; "the next few years"
      // a time ahead (FUTURE_REF)
      if (m[2] && !owned && ROLLING.test(m[2].replace(/\s+/g, ' ')) && !m[4] && !m[7] && CALENDAR.has(unit) && (count === undefined ? plural : Number.isInteger(count) && count >= 1)) {
        const start = m[1] ? m.index + m[0].indexOf(m[2], m[1].length) : m.index;
        const ahead = AHEAD.test(m[2]);
        const stated: Stated =
          count === undefined
            ? { type: 'value', value: ahead ? 'FUTURE_REF' : durationValue(unit, undefined)! }
            : { type: 'rolling', unit: unit as CalendarUnit, count, ahead };
        out.push({ start, end, rule: 'date.rolling', stated });
        return;
      }
      // "in a week", "in two days": the date that far ahead, unless a past tense makes it a
      // duration ("the deal was done in two days")
      // (not after a superlative or a "first": "the lowest level in six years", "the first
      // rise in three months" count back)
      if (!m[1] && !m[2] && !m[7] && count !== undefined && CALENDAR.has(unit) && /^in$/i.test(wordBefore(text, m.index)) && !COUNT_BACK.test(text.slice(Math.max(0, m.index - 40), m.index))) {
        const sentence = sentenceAt(ctx.sentences, m.index, text);
        if (tenseAt(text, sentence, m.index, end)?.tense !== 'past') {
          out.push({ start: m.index, end, rule: 'date.in-offset', stated: { type: 'ago', unit: unit as CalendarUnit, count: -count } });
          return;
        }
      }
      if (m[7] && !/ago$/i.test(m[7])) {
        // "two weeks from now", "three days hence": the date that far ahead
        const stated: Stated =
          count === undefined ? { type: 'value', value: 'FUTURE_REF' } : { type: 'ago', unit: unit as CalendarUnit | 'hour' | 'minute', count: -count };
        out.push({ start: m.index, end, rule: 'date.from-now', stated });
        return;
      }
      if (m[7]) {
        const stated: Stated = { type: 'ago', unit: unit as CalendarUnit | 'hour' | 'minute', ...(count !== undefined ? { count } : {}) };
        out.push({ start: m.index, end, rule: 'date.ago', stated });
        return;
      }
      const value = durationValue(unit, count);
      if (!value) return;
      // "over the next four years": the modifier stays outside a phrase with its own article
      const start = owned ? m.index + m[0].indexOf(m[3]!, m[2]!.length) : m[1] && m[2] ? m.index + m[0].indexOf(m[2], m[1].length) : m.index;
      out.push({ start, end, rule: vague ? 'date.duration-vague' : 'date.duration', stated: { type: 'value', value } });
    });
    scan(b, text, (m) => {
      const end = m.index + m[0].length;
      if (/^-?(?:old|olds)\b/i.test(text.slice(end, end + 6))) return;
      let value: string | undefined;
      if (m[1]) {
        const count = parseNumeral(m[1]);
        if (count === undefined) return;
        value = durationValue(unitOf(m[2]!)!, count);
      } else {
        if (!m[4]) return; // a bare plural belongs to the other patterns
        value = durationValue(unitOf(m[3]!)!, undefined);
      }
      if (value) out.push({ start: m.index, end, rule: 'date.duration-compound', stated: { type: 'value', value } });
    });
    scan(c, text, (m) => {
      const unit = unitOf(m[2]!)!;
      // "the coming months", "the next weeks": a time ahead of the document date
      const ahead = m[1] !== undefined && /(?:coming|next)\s+$/i.test(m[1]);
      const stated: Stated = m[3]
        ? { type: 'ago', unit: unit as CalendarUnit }
        : { type: 'value', value: ahead && unit !== 'hour' && unit !== 'minute' ? 'FUTURE_REF' : durationValue(unit, undefined)! };
      out.push({ start: m.index, end: m.index + m[0].length, rule: m[3] ? 'date.ago' : ahead ? 'date.rolling' : 'date.duration-vague', stated });
    });
    return out;
  },
};
