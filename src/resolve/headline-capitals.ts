// A headline in capitals ("SOCCER - KELBY BEAT DUNMORE 2-1.", "ROE WINS IN VELNA") says
// little by its capitals: its words are names only where there is evidence. The evidence
// here is the body: a word or words of the headline that the document writes in Title Case
// as a name ("Kelby", "Ann Roe") are that name, with its type; a person's surname alone
// too ("ROE" after "Ann Roe"). A mention a rule made in the headline with the same span
// takes the body's type. (The lexicons' own evidence is read by the name rules, which
// read a headline in capitals with their strong rules only.) On a sport page, an
// organization a weak rule read in capitals that ends in a competition's word is the
// competition or a table's heading ("AMERICAN LEAGUE", "EASTERN DIVISION", "GRAND PRIX"):
// no organization; a report's word after a name is no part of it ("NBA RESULTS").
import { jsonData } from '../data.js';
import { lexicon } from '../lexicon/registry.js';
import { isCommonWord } from '../nlp/dictionary.js';
import { isSportsDocument } from './sports-teams.js';
import type { AnyType, Mention, RuleInfo } from '../types.js';
import type { ResolveRefiner } from './types.js';
import { Coverage } from './coverage.js';

const RULE = 'resolve.headline';

export const rules: readonly RuleInfo[] = [
  {
    id: RULE,
    emits: 'ORG',
    description: 'a name in a headline in capitals that the body writes in Title Case: the same name, with its type',
    example: 'QUELLMARK SHARES FALL AFTER WARNING\nShares of Quellmark Holdings fell after Quellmark said sales would drop.',
    expect: 'QUELLMARK',
  },
];

const NAME_TYPES = new Set<AnyType>(['PERSON', 'ORG', 'LOCATION']);
/** A word in capitals: "KELBY", "O'ROE", "ROE-KELBY", "ST." */
const CAPS_WORD = /\p{Lu}[\p{Lu}'’.-]*\p{Lu}|\p{Lu}/gu;
const titleCase = (w: string) => w.toLowerCase().replace(/(^|[-'’ ])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());

/** Whether a line is a headline in capitals: two words or more, no word in lower case. */
function capitalsLine(line: string): boolean {
  if (/\p{Ll}/u.test(line)) return false;
  return (line.match(/\p{Lu}{2,}/gu) ?? []).length >= 2;
}

// organizations read from a shape or a head word alone: capitals say little of them
const WEAK_ORG_RULES = new Set(['org.head', 'org.acronym', 'org.tagged', 'org.subject', 'resolve.repeat']);

let sportWords: { competitions: ReadonlySet<string>; reports: ReadonlySet<string> } | undefined;
function loadSportWords() {
  if (sportWords) return sportWords;
  const w = jsonData<{ competitions: string[]; reports: string[] }>('resolve/headline-sport-words.json');
  return (sportWords = { competitions: new Set(w.competitions), reports: new Set(w.reports) });
}

/** The line spans in capitals of the text. */
function capitalsLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (capitalsLine(line)) out.push([at, at + line.length]);
    at += line.length + 1;
  }
  return out;
}

/** A sport page's headings in capitals: competitions set aside, a report's words cut off. */
function sportHeadings(text: string, mentions: readonly Mention[]): Mention[] {
  const lines = capitalsLines(text);
  if (!lines.length || !mentions.some((m) => m.type === 'ORG') || !isSportsDocument(text)) return [...mentions];
  const { competitions, reports } = loadSportWords();
  const inCapitals = (m: Mention) => lines.some(([s, e]) => s <= m.start && m.end <= e);
  // what the body names as an organization in Title Case ("the American League" stays one)
  const bodyOrgs = new Set(mentions.filter((m) => m.type === 'ORG' && /\p{Ll}/u.test(m.text)).map((m) => m.text.toUpperCase()));
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'ORG' || !WEAK_ORG_RULES.has(m.retypedBy ?? m.rule) || !inCapitals(m) || bodyOrgs.has(m.text.toUpperCase())) {
      out.push(m);
      continue;
    }
    const words = m.text.split(/([ \t]+)/);
    // "NBA RESULTS": the report's words off the end
    while (words.length > 2 && reports.has(words[words.length - 1]!.toLowerCase())) words.splice(-2);
    if (competitions.has(words[words.length - 1]!.toLowerCase())) continue;
    const kept = words.join('');
    if (kept === m.text) out.push(m);
    else {
      const { name: _, ...rest } = m;
      out.push({ ...rest, end: m.start + kept.length, text: kept });
    }
  }
  return out;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const NOT_INITIAL = /^(?:of|the|and|for|on|in|de|du|des|la|le|el|del|di)$/;

/**
 * "EU REJECTS GERMAN CALL" above "the European Union" or "the EU": the acronyms the body
 * uses outside capitals lines, and the initials of its names of several words, each with
 * its type and full name (an acronym that is a word, "US", "IT", is left out: a headline's
 * words are in capitals too).
 */
function bodyAcronyms(text: string, mentions: readonly Mention[]): Map<string, { type: AnyType; name: string }> {
  const out = new Map<string, { type: AnyType; name: string }>();
  const lines = capitalsLines(text);
  // (nor an abbreviation of a thing or a title: "AI", "GDP", "CEO" are no body's initials)
  const add = (a: string, type: AnyType, name: string) => {
    if (ACRONYM.test(a) && !isCommonWord(a.toLowerCase()) && !lexicon('notNames').has(a) && !lexicon('titles').has(a.toLowerCase()) && !out.has(a)) out.set(a, { type, name });
  };
  for (const m of mentions) {
    if (m.type !== 'ORG' && m.type !== 'LOCATION') continue;
    if (/\p{Ll}/u.test(m.text)) {
      // (a legal form is no initial: "Great Dunmore Plc" is no "GDP")
      const words = (m.name ?? m.text).split(' ').filter((w) => !NOT_INITIAL.test(w) && !lexicon('corporateSuffixes').has(w.replace(/\.$/, '')));
      if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w))) add(words.map((w) => w[0]!).join(''), m.type, m.name ?? m.text);
    } else if (!lines.some(([s, e]) => s <= m.start && m.end <= e)) add(m.text, m.type, m.name ?? m.text);
  }
  return out;
}

export function headlineCapitals(text: string, given: readonly Mention[]): Mention[] {
  const mentions = sportHeadings(text, given);
  // what the body names in Title Case, and each full name's surname
  const body = new Map<string, AnyType>();
  const surnames = new Map<string, AnyType>();
  const clubFirst = new Map<string, AnyType>();
  for (const m of mentions) {
    if (!NAME_TYPES.has(m.type) || !/\p{Ll}/u.test(m.text)) continue;
    const name = m.text.replace(/['’]s$/, '');
    if (!body.has(name)) body.set(name, m.type);
    const words = name.split(' ');
    // "DUNMORE ENERGY POSTS PROFIT" after "Dunmore Energy Inc.": a headline drops the suffix
    const suffix = words.length >= 3 && m.type === 'ORG' ? words[words.length - 1]!.replace(/\.$/, '') : '';
    if (suffix && lexicon('corporateSuffixes').has(suffix) && !body.has(words.slice(0, -1).join(' '))) body.set(words.slice(0, -1).join(' '), 'ORG');
    if (m.type === 'PERSON' && words.length >= 2) surnames.set(words[words.length - 1]!, 'PERSON');
    // "SOCCER - NEWCASTLE HAMMER SHEFFIELD" above "Sheffield Wednesday": a sport's headline
    // names a club by its first word (not a common one: "Real", "New")
    if (m.type === 'ORG' && words.length >= 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(words[0]!) && !isCommonWord(words[0]!.toLowerCase())) clubFirst.set(words[0]!, 'ORG');
  }
  if (!isSportsDocument(text)) clubFirst.clear();
  const acronyms = bodyAcronyms(text, mentions);
  if (!body.size && !acronyms.size) return mentions;
  const where = new Coverage(text.length, mentions);
  const out = [...mentions];
  const added: Mention[] = [];
  const replaced = new Set<number>();
  let at = 0;
  for (const line of text.split('\n')) {
    if (capitalsLine(line)) {
      const words = [...line.matchAll(CAPS_WORD)].map((w) => ({ start: at + w.index!, end: at + w.index! + w[0].length, text: w[0] }));
      for (let i = 0; i < words.length; ) {
        let n = Math.min(4, words.length - i);
        for (; n >= 1; n--) {
          // the words of one name stand apart by one space each
          const run = words.slice(i, i + n);
          if (run.some((w, k) => k > 0 && text.slice(run[k - 1]!.end, w.start) !== ' ')) continue;
          const start = run[0]!.start;
          const end = run[n - 1]!.end;
          let name = titleCase(text.slice(start, end));
          const acronym = n === 1 ? acronyms.get(text.slice(start, end)) : undefined;
          const type = body.get(name) ?? (n === 1 ? surnames.get(name) ?? clubFirst.get(name) ?? acronym?.type : undefined);
          if (!type) continue;
          if (type === acronym?.type && !body.has(name)) name = acronym.name;
          const j = where.startingAt(start);
          // ("REAL MADRID BEAT ATLETICO" above "Real Madrid": a name of several words the body
          // writes covers the capitals' readings of its words, "MADRID" a place)
          const inside = n >= 2 && !where.free(start, end) ? out.flatMap((m, k) => (m.start < end && m.end > start ? [k] : [])) : [];
          const covers = inside.length > 0 && inside.every((k) => out[k]!.start >= start && out[k]!.end <= end && !(out[k]!.start === start && out[k]!.end === end));
          if (j !== undefined && out[j]!.end === end) {
            if (out[j]!.type !== type) out[j] = { ...out[j]!, type, retypedBy: RULE };
          } else if (where.free(start, end) || covers) {
            for (const k of inside) replaced.add(k);
            added.push({ type, start, end, text: text.slice(start, end), rule: RULE, name });
            where.take(start, end);
          } else continue;
          break;
        }
        i += Math.max(n, 1);
      }
    }
    at += line.length + 1;
  }
  return added.length ? [...out.filter((_, k) => !replaced.has(k)), ...added].sort((a, b) => a.start - b.start) : out;
}

export const headlineCapitalsRefiner: ResolveRefiner = {
  id: 'headline-capitals',
  refine: (a) => void (a.mentions = headlineCapitals(a.plain.text, a.mentions)),
};
