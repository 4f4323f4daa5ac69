// Results tables name each entrant with the country in brackets: "1. Ann Roe (Ruritania)
// 11.02", "J. Doe (Ruritania) beat K. Roe (Freedonia) 6-3 6-2", "Kelby (Ruritania) 2
// Dunmore (Freedonia) 1". In a document about sport, a name in brackets right after a
// person or a club, followed by a result (a number, a time, "beat") or the end of the
// line, is the entrant's country: a place, even one no gazetteer knows, and not the
// organization a guess made of it. The entrant before the brackets, opening a line and
// read by no rule, is a person ("2. Tomas Vrek (Freedonia) 11.10"). A national
// championship names the entrant's club there instead ("1. Tom Hale (Kelby) 49.87",
// "Jenkins (Pontypridd) scored"): a name in brackets after a person that is a listed club,
// a city or town (no country, no region), or a club by its head word ("Arden Swimming
// Club") is the club, an organization (org.entrant-club); so are the names no lexicon
// knows in brackets of a document whose brackets hold such clubs and no country.
import { jsonData } from '../data.js';
import { isCommonWord } from '../nlp/dictionary.js';
import { lexiconTags } from '../nlp/tagger.js';
import { regionOf } from '../recognize/location/regions.js';
import { isListedClub } from './football-clubs.js';
import type { Analysis, Mention, RuleInfo } from '../types.js';
import { nameLexicons } from '../recognize/names/lexicons.js';
import { propagateNames } from './propagate-names.js';
import { isSportsDocument } from './sports-teams.js';
import type { ResolveRefiner } from './types.js';
import { Coverage } from './coverage.js';

const COUNTRY_RULE = 'location.entrant-country';
const ENTRANT_RULE = 'person.entrant';
const CLUB_RULE = 'org.entrant-club';

export const rules: readonly RuleInfo[] = [
  {
    id: COUNTRY_RULE,
    emits: 'LOCATION',
    description: "the name in brackets after an entrant of a results table, before a result: the entrant's country, in a document about sport",
    example: "Results of the women's 100 metres sprint at the athletics meeting, the second race of the season:\n1. Ann Roe (Zemblania) 11.02\n2. Mia Kestrel (Freedonia) 11.10",
    expect: 'Zemblania',
  },
  {
    id: ENTRANT_RULE,
    emits: 'PERSON',
    description: 'the name that opens a line of a results table before a country in brackets and a result, in a document about sport',
    example: "Results of the women's 100 metres sprint at the athletics meeting, the second race of the season:\n1. Ann Roe (France) 11.02\n2. Quorra Vellin (Germany) 11.10",
    expect: 'Quorra Vellin',
  },
  {
    id: CLUB_RULE,
    emits: 'ORG',
    description: "the name in brackets after an entrant that is a listed club, a city or a club by its head word, or any such name in a document whose brackets hold clubs and no country: the entrant's club, in a document about sport",
    example: 'Results of the national swimming championships on Tuesday, the last race of the season:\n1. Tom Hale (Leeds) 49.87\n2. Ned Orrin (Tarnwick) 50.12\n3. Paul Sage (Dunmore Swimming Club) 50.40',
    expect: 'Tarnwick',
  },
];

const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const NAME = String.raw`${WORD}(?:[ \t]${WORD}){0,3}`;
// "(Ruritania) 11.02", "(Ruritania) 1:23.45", "(Ruritania) beat", "(Ruritania) 6-3", "(Ruritania)" ending the line or the item
// (or the entrant's team before the result: "(Ruritania) Kelby-Vox 4:07:47", or before the
// time of the rider before: "(Ruritania) Kelby-Vox same time", "s.t.")
// (a text split into tokens puts spaces inside: "( Ruritania )")
const BRACKETS = new RegExp(String.raw`[ \t]*\([ \t]?(${NAME})[ \t]?\)(?=[ \t]*(?:\d|(?:beat|bt|def|v|vs)\.?[ \t]|[,;]|\n|$|${NAME}[ \t]+(?:\d|same[ \t]+time|s\.t\.)|(\p{Ll}+)))`, 'gdu');
// an entrant opening a line: "1. Tomas Vrek", "Tomas Vrek", "12 - Tomas Vrek"
const ENTRANT = new RegExp(String.raw`^[ \t]*(?:\d{1,3}(?:\.|[ \t]+-|=)?[ \t]+)?(${NAME})$`, 'du');

// a guess the brackets outweigh: an organization typed from its shape or a repeat of it
const ORG_GUESSES = new Set(['org.subject', 'org.acronym', 'org.tagged', 'resolve.repeat']);
// the rules that read a city or a town (a country or a region is checked apart)
const CITY_RULES = new Set(['location.gazetteer', 'location.town', 'location.known-place', 'org.club-listed']);
// (the tagger's "Region" holds cities too: "Leeds")
const isCountryOrRegion = (name: string): boolean => lexiconTags(name).includes('Country') || regionOf(name) !== undefined;

let clubHeads: ReadonlySet<string> | undefined;
/** A club's name by its last word: "Arden Swimming Club", "Kelby Rovers" (sports-clubs.json). */
function clubHeaded(name: string): boolean {
  clubHeads ??= new Set(jsonData<{ clubHeads: string[] }>('resolve/sports-clubs.json').clubHeads.filter((w) => w !== 'city' && w !== 'town' && w !== 'county'));
  const words = name.split(/[ \t]+/);
  return words.length >= 2 && clubHeads.has(words[words.length - 1]!.toLowerCase());
}

// the rules that read a club as a side in a match or a table
const SIDE_RULES = new Set(['org.team', 'org.club-result', 'org.club-cue']);
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Month', 'WeekDay', 'Date', 'Value'];

export function entrantCountries(a: Analysis): Mention[] {
  const text = a.plain.text;
  if (!text.includes('(') || !isSportsDocument(text)) return a.mentions;
  const byEnd = new Map<number, Mention>();
  for (const m of a.mentions) byEnd.set(m.end, m);
  const where = new Coverage(text.length, a.mentions);
  const mentions = [...a.mentions];
  const added: Mention[] = [];
  const countries = new Set<string>();
  // the clubs the document names as sides: "Ann Roe (Kelby) 12" after "Kelby 2 Dunmore 1" is her club
  const clubs = new Set(a.mentions.filter((m) => m.type === 'ORG' && SIDE_RULES.has(m.retypedBy ?? m.rule)).map((m) => m.text));
  // what each name in brackets is by itself: a country, a club, or unknown
  const kind = (name: string, start: number, end: number): 'country' | 'club' | undefined => {
    if (isCountryOrRegion(name)) return 'country';
    const at = where.startingAt(start);
    const there = at === undefined ? undefined : a.mentions[at]!;
    const city = there !== undefined && there.end === end && CITY_RULES.has(there.retypedBy ?? there.rule);
    return isListedClub(name) || clubHeaded(name) || city ? 'club' : undefined;
  };
  const brackets = [...text.matchAll(BRACKETS)];
  // a national championship: its brackets hold clubs (a side of its results too) and no
  // country, so an unknown name is a club too
  const column = brackets.map((b) => (clubs.has(b[1]!) ? 'club' : kind(b[1]!, ...b.indices![1]!)));
  const clubColumn = column.includes('club') && !column.includes('country');
  const found = brackets.filter((b) => !clubs.has(b[1]!));
  const kinds = found.map((b) => kind(b[1]!, ...b.indices![1]!));
  for (const [k, b] of found.entries()) {
    const [start, end] = b.indices![1]!;
    const name = b[1]!;
    const club = kinds[k] === 'club' || (clubColumn && kinds[k] === undefined);
    // a word in lower case after the brackets: a sentence's verb after a player and his club ("Jenkins (Pontypridd) scored")
    if (b[2] !== undefined && (!club || !byEnd.get(b.index!) || byEnd.get(b.index!)!.type !== 'PERSON')) continue;
    if (name.split(/[ \t]/).some((w) => lexiconTags(w).some((g) => FUNCTION_TAGS.includes(g)))) continue;
    // the entrant: a person or a club some rule read, or a name opening the line
    let entrant = byEnd.get(b.index!);
    if (!entrant) {
      const e = ENTRANT.exec(text.slice(text.lastIndexOf('\n', b.index! - 1) + 1, b.index!));
      if (!e) continue;
      const from = b.index! - (e[0].length - e.indices![1]![0]);
      const words = e[1]!.split(/[ \t]/);
      // a person's name: two to four words, no common word alone ("Total", "Men's")
      if (words.length < 2 || words.some((w) => lexiconTags(w).some((g) => FUNCTION_TAGS.includes(g))) || words.every((w) => isCommonWord(w.toLowerCase()))) continue;
      // a person a guess read from the given name alone ("Paul" of "3. Paul Sage"): the whole name
      const part = where.startingAt(from);
      const given = part === undefined ? undefined : mentions[part]!;
      const prefix = given !== undefined && given.type === 'PERSON' && given.end < b.index! && where.free(given.end, b.index!);
      if (!where.free(from, b.index!) && !prefix) continue;
      entrant = { type: 'PERSON', start: from, end: b.index!, text: e[1]!, rule: ENTRANT_RULE };
      if (prefix) mentions[part!] = entrant;
      else added.push(entrant);
      where.take(from, b.index!);
    }
    // a club is a side some rule read as one, before a result ("Kelby (Ruritania) 2"), not an
    // organization and its short name ("Kelby Hockey Club (Kelby HC), and ...")
    const side = entrant.type === 'ORG' && SIDE_RULES.has(entrant.retypedBy ?? entrant.rule) && /^[ \t]*\d/.test(text.slice(b.index! + b[0].length));
    if (entrant.type !== 'PERSON' && !side) continue;
    // an acronym in brackets is an abbreviation, or a country a lexicon knows already ("(U.S.)")
    if (/\p{Lu}{2}/u.test(name)) continue;
    const at = where.startingAt(start);
    const there = at === undefined ? undefined : mentions[at]!;
    if (club && entrant.type === 'PERSON') {
      if (there && there.end === end) {
        if (there.type !== 'ORG') mentions[at!] = { ...there, type: 'ORG', retypedBy: CLUB_RULE };
        continue;
      }
      if (!where.free(start, end)) continue;
      where.take(start, end);
      added.push({ type: 'ORG', start, end, text: name, rule: CLUB_RULE });
      continue;
    }
    if (there && there.end === end) {
      if (there.type === 'ORG' && ORG_GUESSES.has(there.retypedBy ?? there.rule)) {
        mentions[at!] = { ...there, type: 'LOCATION', retypedBy: COUNTRY_RULE };
        countries.add(there.text);
      }
      continue;
    }
    if (!where.free(start, end)) continue;
    where.take(start, end);
    added.push({ type: 'LOCATION', start, end, text: name, rule: COUNTRY_RULE });
    countries.add(name);
  }
  if (!added.length && !countries.size && mentions.every((m, i) => m === a.mentions[i])) return a.mentions;
  // the country's other mentions that a guess made an organization ("Ann Roe of Ruritania won")
  const out = mentions.map((m) => (m.type === 'ORG' && countries.has(m.text) && ORG_GUESSES.has(m.retypedBy ?? m.rule) ? { ...m, type: 'LOCATION' as const, retypedBy: COUNTRY_RULE } : m));
  const all = [...out, ...added].sort((x, y) => x.start - y.start);
  // ... and those no rule read: "Mia Kestrel of Freedonia"
  return added.length ? propagateNames(text, all, nameLexicons().titles) : all;
}

export const entrantCountriesRefiner: ResolveRefiner = {
  id: 'entrant-countries',
  refine: (a) => void (a.mentions = entrantCountries(a)),
};
