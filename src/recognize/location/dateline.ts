// A dateline: "BRNO, Czech Republic (AP) —", "KABUL, Afghanistan —", "WASHINGTON (Reuters) -".
// The words in capitals that open a line, followed by a comma and a place, or by a news
// agency in parentheses and a dash, are the place the story was filed from.
import { lexiconTags } from '../../nlp/tagger.js';
import type { Token } from '../../types.js';
import { bare, has, one, phrase, rule, type NameRule } from '../names/view.js';
import { knownPlace } from './known-place.js';
import { regionOf } from './regions.js';
import { isGazetteerCity, isGivenNameCity } from './gazetteer.js';

const CAPITALS = /^\p{Lu}[\p{Lu}.'’-]*$/u;

/** "NEW YORK" -> "New York", "WINSTON-SALEM" -> "Winston-Salem". */
const named = (s: string): string => s.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());

const MONTH = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/;

/** A date that closes a dateline: "1996-08-22", "Aug 22", "August 22". */
function dateAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t.text)) return true;
  // (the tagger may read "May" as a verb: the month is known by its name too)
  return (has(t, 'Month') || MONTH.test(t.text)) && /^\d{1,2}$/.test(tokens[i + 1]?.text ?? '');
}

/** Title Case words from `i` ("Ruritania", "Czech Republic"), then a date (after a comma or not) or an agency: their end, else -1. */
function regionBeforeDate(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 3 && /^\p{Lu}\p{Ll}/u.test(tokens[j]!.text) && !has(tokens[j]!, 'Month') && (j === i || tokens[j]!.pre.trim() === '')) {
    const post = tokens[j]!.post.trim();
    j++;
    if (post !== '') break;
  }
  if (j === i || !/^,?$/.test(tokens[j - 1]!.post.trim())) return -1;
  // ... or the agency in parentheses and a dash: "TOLVANE, Zemblania (Reuters) -"
  const agency = j > i && tokens[j - 1]!.post.trim() === '' && (tokens[j]?.pre ?? '').includes('(') && /\)\s*[-–—]/.test(tokens[j]?.post ?? '');
  return dateAt(tokens, j) || agency ? j : -1;
}

/** The words in capitals that open the line: "TOLVANE", "NEW YORK", "WINSTON-SALEM". */
const capitalsHead = (toks: readonly Token[]): boolean => toks.length > 0 && toks.length <= 4 && toks.every((t) => CAPITALS.test(bare(t))) && toks.some((t) => /\p{Lu}{2}/u.test(t.text));

export const dateline: NameRule = {
  id: 'location.dateline',
  strong: true,
  info: [
    rule('location.dateline', 'LOCATION', 'the words in capitals that open a dateline, before a comma and a place, an agency in parentheses and a dash, or a date', 'ZORVALE, Czech Republic (AP) — The plant closed.', 'ZORVALE'),
    rule('location.dateline-region', 'LOCATION', 'the place after the comma of a dateline that ends in a date or an agency, known or not', 'TOLVANE, Zemblania 1996-08-22\nThe plant closed on Thursday.', 'Zemblania'),
  ],
  read(c) {
    // "TOLVANE, Zemblania 1996-08-22": the region of a dateline that ends in a date
    // (a head of at most four words: the sentence's tokens before the chunk copied only then)
    if (c.from > 0 && c.from <= 4 && c.tokens[c.from - 1]!.post.trim() === ',' && capitalsHead(c.tokens.slice(0, c.from)) && regionBeforeDate(c.tokens, c.from) === c.to) {
      if (knownPlace(phrase(c.tokens, c.from, c.to))) return null;
      return one('LOCATION', c.from, c.to, 'location.dateline-region');
    }
    if (c.from !== 0 || c.to - c.from > 4) return null;
    const toks = c.tokens.slice(c.from, c.to);
    if (!capitalsHead(toks)) return null;
    const last = toks[toks.length - 1]!;
    const next = c.tokens[c.to];
    if (!next) return null;
    let ok = false;
    if (last.post.trim() === ',') {
      // "KABUL, Afghanistan", "LAGOS, Nigeria", "PHOENIX, Ariz."; "TOLVANE, Zemblania 1996-08-22"
      const w = bare(next);
      ok = /^\p{Lu}\p{Ll}/u.test(next.text) && (has(next, 'Place', 'Country') || lexiconTags(w).some((g) => g === 'Country' || g === 'Region' || g === 'Place') || regionOf(w) !== undefined);
      ok ||= regionBeforeDate(c.tokens, c.to) > 0;
      // "ABUJA, May 4 (NAN) -", "KUALA LUMPUR, Oct 9": the date straight after the comma
      ok ||= dateAt(c.tokens, c.to);
    } else if (last.post.trim() === '' && dateAt(c.tokens, c.to)) {
      // "TOLVANE 1996-08-22", "TOLVANE Aug 22": a place and the date, as wires write a dateline
      ok = true;
    } else if (/^[-–—]$/.test(last.post.trim()) && /^\p{Lu}/u.test(next.text)) {
      // "SYDNEY — The bank ...": a city the gazetteers know, a dash and the story (a word
      // in capitals no gazetteer knows may be a headline's label: "BREAKING — ")
      const city = named(toks.map((t, i) => (i === toks.length - 1 ? bare(t) : t.text + (t.post === '-' ? '-' : ' '))).join(''));
      ok = knownPlace(city) || isGazetteerCity(city) || isGivenNameCity(city);
    } else if (last.post.trim() === '' && next.pre.includes('(')) {
      // "WASHINGTON (Reuters) -": a name in parentheses, then a dash
      for (let j = c.to; j < Math.min(c.tokens.length, c.to + 3); j++) {
        const post = c.tokens[j]!.post;
        if (!/^\p{Lu}/u.test(c.tokens[j]!.text)) break;
        if (post.includes(')')) {
          ok = /^\)\s*[-–—]/.test(post.trim()) || /^\)\s*$/.test(post) && /^[-–—]/.test(c.tokens[j + 1]?.text ?? '');
          break;
        }
      }
    }
    if (!ok) return null;
    const text = toks.map((t, i) => (i === toks.length - 1 ? bare(t) : t.text + (t.post === '-' ? '-' : ' '))).join('');
    return { parts: [{ type: 'LOCATION', from: c.from, to: c.to, rule: 'location.dateline', name: named(text) }] };
  },
};
