import { wordList } from '../data.js';
import type { Mention } from '../types.js';
import { lexiconTags, tagSentence } from '../nlp/tagger.js';
import { isCommonWord } from '../nlp/dictionary.js';
import { lexicon } from '../lexicon/registry.js';
import { knownPlace } from '../recognize/location/known-place.js';
import { familyNameFirst } from '../recognize/person/hyphenated-given.js';

/** A bounded memo: names repeat within and across documents, and resolution compares each
 * mention with many entities. */
function memoized(f: (s: string) => string): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) {
      if (memo.size >= 20_000) memo.clear();
      memo.set(s, (v = f(s)));
    }
    return v;
  };
}

// How a name is compared: the same thing written with or without "the", a possessive,
// dots or line breaks has one key.
export const cleanName = memoized((text: string): string => {
  let s = text.replace(/\s+/g, ' ').trim().replace(/['’]s$/i, '').replace(/^the /i, '').replace(/[,;:]+$/, '');
  // a final period belongs to an abbreviation ("U.S.") but not to a sentence
  if (s.endsWith('.') && !/(?:^|[\s.])\p{Lu}\.$/u.test(s)) s = s.slice(0, -1);
  return s;
});

export const nameKey = memoized((text: string): string =>
  cleanName(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

export const words = (name: string): string[] => nameKey(name).split(' ').filter(Boolean);

/**
 * "Xi" of "Xi Jinping", "Kim" of "Kim Jong Un": a family name of family-names-first.txt
 * opening a name of two or three words, none after it a given name the lexicon knows (not
 * "Lee Harvey Oswald"), or the family name of a hyphened given name ("Moon Jae-in").
 */
export function familyFirst(clean: string): string | null {
  const hyphened = familyNameFirst(clean);
  if (hyphened) return hyphened;
  const parts = clean.split(' ');
  if (parts.length < 2 || parts.length > 3 || !lexicon('familyNamesFirst').has(parts[0]!)) return null;
  const given = (w: string) => lexiconTags(w).some((g) => /^(?:FirstName|MaleName|FemaleName)$/.test(g));
  return parts.slice(1).every((w) => /^\p{Lu}[\p{Ll}-]*$/u.test(w) && !given(w)) ? parts[0]! : null;
}

/** The surname of a personal name of two words or more, as written ("Hale" of "Ann Hale",
 * "Moon" of "Moon Jae-in", "Xi" of "Xi Jinping", written family name first); null for one word. */
export function surnameOf(name: string): string | null {
  const clean = cleanName(name);
  const first = familyFirst(clean);
  if (first) return first;
  const parts = clean.split(' ');
  return parts.length >= 2 ? parts[parts.length - 1]! : null;
}

/** The surnames, as name keys, of the people named in full ("hale" for "Ann Hale"). */
export function fullNameSurnames(mentions: readonly Mention[]): Set<string> {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const name = m.name ?? m.text;
    const family = familyFirst(cleanName(name));
    if (family) {
      surnames.add(nameKey(family));
      continue;
    }
    const w = words(name);
    if (w.length >= 2) surnames.add(w[w.length - 1]!);
  }
  return surnames;
}

let minor: ReadonlySet<string> | undefined;
/** Words an acronym skips ("of", "the"): minor-words.txt. */
const isMinor = (w: string) => (minor ??= new Set(wordList('resolve/minor-words.txt'))).has(w);

/** The initials of a name's significant words, hyphenated parts counted: "NNSA", "CTR". */
export const initials = memoized((name: string): string =>
  cleanName(name)
    .split(/[\s-]+/)
    .filter((w) => w && !isMinor(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join(''),
);

/**
 * A model or series number after a name makes a product or an index of it ("Boeing 747",
 * "Airbus A380", "FTSE 100", "737-800s"); a year does not ("Expo 2016"), nor a score: a
 * variant after the hyphen ends in hundreds or letters ("767-300ER"), a score's second
 * number seldom does ("the Kelby Hawks 101-99").
 */
export const isModelNumber = (w: string): boolean => !/^(?:1[89]|20)\d\d$/.test(w) && /^[A-Z]?\d{3,}(?:-(?:\d*00|\d+[A-Z]+))?s?$/.test(w);

export const isAcronymName = (name: string): boolean => /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/.test(name);

export function slug(name: string): string {
  return nameKey(name).replace(/ /g, '-') || 'x';
}

let suffixes: RegExp | undefined;

/** "Apple" for "Apple Inc." or "Chrysler LLC"; null when the name has no corporate suffix. */
export function corporateStem(name: string): string | null {
  suffixes ??= new RegExp(`^(.+?),? (?:${wordList('recognize/org/suffixes.txt').map((w) => w.replace(/\./g, '\\.?')).join('|')})\\.?$`);
  const m = suffixes.exec(name);
  return m ? m[1]! : null;
}

// a person's name may name a firm alone ('Harlan' for 'Harlan Mining Corp.'): surnames of
// people named in full still win (surnames-are-people.ts)
const NOT_A_COMPANY = ['Place', 'Adjective', 'Demonym', 'Verb', 'Value'];

/**
 * "Apple" for "Apple Computer", "AirTran" for "AirTran Airways": the one word before a
 * company's head word names the company alone when it is a noun and no place or adjective
 * ("Singapore Airlines", "General Motors", "British Airways" and "Air India" keep theirs).
 * After a broader head ("Group", "Holdings", "Trust", "Bank") the word must be no common
 * English word as well: "Marlow Group" -> "Marlow", not "World Bank" -> "World".
 */
export function companyStem(name: string): string | null {
  const words = name.split(' ');
  if (words.length !== 2 || !/^\p{Lu}\p{L}+$/u.test(words[0]!)) return null;
  const head = words[1]!.toLowerCase();
  const industry = lexicon('companyHeads').has(head);
  if (!industry && !lexicon('groupHeads').has(head)) return null;
  const w = words[0]!.toLowerCase();
  if (!industry && (isCommonWord(w) || knownPlace(words[0]!))) return null;
  // a word no lexicon knows is a name, whatever part of speech its ending suggests to the
  // tagger ("Tessaly Motors": no adverb in "-ly")
  if (!isCommonWord(w) && !knownPlace(words[0]!) && lexiconTags(words[0]!).length === 0 && lexiconTags(w).length === 0) return words[0]!;
  const tags = tagSentence(w, { start: 0, end: w.length }).tokens[0]?.tags;
  return tags?.has('Noun') && !NOT_A_COMPANY.some((g) => tags.has(g)) ? words[0]! : null;
}

/**
 * The name a company goes by alone, shortest first: without its suffix, then without its
 * head word ("Ridgeway Trust Inc." -> "Ridgeway", "Ridgeway Trust"); none for other names.
 */
export const companyShortNames = (name: string): string[] => {
  const bare = corporateStem(name);
  const stem = companyStem(bare ?? name) ?? (bare || headedThree(name) ? firstWordOf(bare ?? name) : null);
  return [stem, bare].filter((s): s is string => s !== null && s !== name);
};

/** "Ellison Mutual Bank", "Harlow Capital Partners": three words ending in a company's or a group's head word. */
function headedThree(name: string): boolean {
  const words = name.split(' ');
  if (words.length !== 3) return false;
  const head = words[2]!.toLowerCase();
  // (not a person's name and the head: "Tom Hale Holdings" is no "Tom")
  if (lexiconTags(words[0]!).some((g) => /^(?:FirstName|MaleName|FemaleName|Person)$/.test(g))) return false;
  return lexicon('companyHeads').has(head) || lexicon('groupHeads').has(head);
}

/**
 * "Exxon" for "Exxon Mobil Corp.", "Goldman" for "Goldman Sachs Group Inc.": the first
 * word of a company named with its suffix goes alone when it is no common word, place or
 * first name ("Bank of America Corp.", "Royal Dutch Shell plc", "Morgan Stanley & Co."
 * keep theirs).
 */
function firstWordOf(name: string): string | null {
  const m = /^(\p{Lu}[\p{L}-]+) \p{Lu}/u.exec(name);
  if (!m) return null;
  const w = m[1]!;
  if (isCommonWord(w.toLowerCase()) || knownPlace(w)) return null;
  return lexiconTags(w).some((g) => /Place|Country|City|Demonym|Adjective/.test(g)) ? null : w;
}

/** The shortest name a company goes by alone ("Ridgeway" for "Ridgeway Trust Inc."), or null. */
export const shortCompanyName = (name: string): string | null => companyShortNames(name)[0] ?? null;

// prepositions after which a place stays a place whatever its other mentions are: "the club
// Lyon ... lives in Lyon" (not "to", "at", "from": "lost to Lyon", "at Lyon")
const WHERE = /(?:^|[^\p{L}])(?:in|near|outside|inside|around|across)\s+$/iu;

/** Whether the mention at `start` follows a preposition that only a place takes: "lives in Lyon". */
export const afterWherePreposition = (text: string, start: number): boolean => WHERE.test(text.slice(Math.max(0, start - 12), start));

// "At Leeds: Yorkshire beat Kelbyshire": the ground a line of results opens with
const VENUE_BEFORE = /(?:^|\n)[ \t]*At[ \t]+$/;
const VENUE_AFTER = /^[ \t]*[:,]/;

/** Whether [start, end) is the ground a line of results opens with ("At Leeds:"): the place, whatever club has its name. */
export const atVenue = (text: string, start: number, end: number): boolean => VENUE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && VENUE_AFTER.test(text.slice(end, end + 3));

/**
 * The mentions less the people, organizations and places whose written name (its possessive
 * and final period aside) is one of `names`: what the document says is no such name (a ship,
 * a people).
 */
export function withoutNames(mentions: readonly Mention[], names: ReadonlySet<string>): Mention[] {
  if (names.size === 0) return [...mentions];
  const name = (m: Mention): string => m.text.replace(/['’]s?$/, '').replace(/\.$/, '').replace(/\s+/g, ' ');
  return mentions.filter((m) => !['PERSON', 'ORG', 'LOCATION'].includes(m.type) || !names.has(name(m)));
}
