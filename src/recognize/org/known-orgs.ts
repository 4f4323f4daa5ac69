// Companies (and some universities) known by one word, for "Accenture said" or "shares of
// Medtronic rose" with no cue around the name. Source: the @cspell/dict-companies package
// (MIT), a spelling dictionary of some 2,300 words of company names. The build keeps, in a
// snapshot next to this file, the words that name an organization alone: not a common
// English word ("Advance", "Aid"), not a word compromise types as something else ("Apple"
// is a noun, "Dow" a name), not a ticker ("AAPL"), a given name, a surname or a place
// ("Aberdeen", "Abdullah"), and not one of the fragments listed in known-orgs-fragments.txt
// ("Phnom", "Deutsche", "GmbH").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readSnapshot, writeSnapshotWhenRun } from '../../snapshot.js';
import { wordList } from '../../data.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/model.js';
import { isGivenName, isSurname } from '../person/given-names.js';
import { isGazetteerCity } from '../location/gazetteer.js';
import { isTown } from '../location/towns.js';
import { regionOf } from '../location/regions.js';

const SNAPSHOT = 'known-orgs.json';
const COMMON_WORD_SNAPSHOT = 'common-word-orgs.json';
/** compromise's tags that a company's name may carry. */
const ORG_TAGS = new Set(['Organization', 'ProperNoun']);

/** Whether a word of a list of companies names an organization alone. */
export function standsAlone(word: string, fragments: ReadonlySet<string>): boolean {
  if (word.length < 3 || !/^\p{Lu}/u.test(word) || fragments.has(word)) return false;
  // a ticker or a short acronym ("AAPL", "ABB"): too often something else
  if (/^[\p{Lu}\d]+$/u.test(word) && word.length <= 5) return false;
  // a possessive of a name or a common word ("King's", "People's"), not "McDonald's"
  const base = word.replace(/['’]s$/, '');
  if (base !== word && (isCommonWord(base) || isGivenName(base) || isSurname(base))) return false;
  if (isCommonWord(word) || !lexiconTags(word).every((t) => ORG_TAGS.has(t))) return false;
  return !isGivenName(word) && !isSurname(word) && !isGazetteerCity(word) && !isTown(word) && regionOf(word) === undefined;
}

/** The words of the package's list of company names. */
function packageWords(): string[] {
  // the package exports only its cspell settings; the word list lies beside them
  const settings = createRequire(import.meta.url).resolve('@cspell/dict-companies/cspell-ext.json');
  const file = join(dirname(settings), 'dict', 'companies.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** The usable names, from the package (the build's snapshot). */
export function knownOrgsFromPackage(): string[] {
  const fragments = new Set(wordList('recognize/org/known-orgs-fragments.txt'));
  return [...new Set(packageWords().filter((w) => standsAlone(w, fragments)))].sort();
}

/**
 * The companies of the list named by a common word or a name ("Apple", "Shell", "Ford"): no
 * name alone, but a company where the words around say so ("Apple shares fell"). Not
 * places, tickers, possessives or fragments.
 */
export function commonWordOrgsFromPackage(): string[] {
  const fragments = new Set(wordList('recognize/org/known-orgs-fragments.txt'));
  const ambiguous = (w: string): boolean =>
    /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !fragments.has(w) && !standsAlone(w, fragments) && !isGazetteerCity(w) && !isTown(w) && regionOf(w) === undefined;
  return [...new Set(packageWords().filter(ambiguous))].sort();
}

let orgs: Set<string> | undefined;

/** Whether the word, as written ("Accenture", "AstraZeneca"), is a company known by that word. */
export function isKnownOrg(word: string): boolean {
  orgs ??= new Set(readSnapshot<string[]>(import.meta.url, SNAPSHOT) ?? knownOrgsFromPackage());
  return orgs.has(word);
}

let commonWordOrgs: Set<string> | undefined;

/** Whether the word is a company the list knows by a common word or a name ("Apple", "Ford"). */
export function isCommonWordOrg(word: string): boolean {
  commonWordOrgs ??= new Set(readSnapshot<string[]>(import.meta.url, COMMON_WORD_SNAPSHOT) ?? commonWordOrgsFromPackage());
  return commonWordOrgs.has(word);
}

// `node dist/recognize/org/known-orgs.js`: writes the snapshots (the build runs it)
writeSnapshotWhenRun(import.meta.url, SNAPSHOT, () => JSON.stringify(knownOrgsFromPackage()));
writeSnapshotWhenRun(import.meta.url, COMMON_WORD_SNAPSHOT, () => JSON.stringify(commonWordOrgsFromPackage()));
