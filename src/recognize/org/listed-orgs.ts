// Organizations named in full with no cue word: "Lockheed Martin", "BAE Systems", "Rheinmetall",
// "Aalborg University". Source: listed-orgs.txt, derived by tests/tools/derive-listed-orgs.py from
// two lists under the MIT licence: the companies of mid, large or mega capitalization of some
// 80 stock exchanges (JerBouma/FinanceDatabase) and the universities of
// Hipo/university-domains-list. The build keeps, in a snapshot next to this file, the names
// that can stand in running text: not a place ("Hong Kong"), not a person's given name and
// surname ("Ralph Lauren") nor such a name and a product ("Campbell Soup"), not common words
// with a head word that the head rule reads anyway ("Energy Resources", "School of
// Management"), not "The" and one word ("The Southern"), not a one-word name that is a common
// word, a person's name or a place (the test of known-orgs.ts), not one of
// listed-orgs-stops.txt.
import { wordList } from '../../data.js';
import { lexicon } from '../../lexicon/registry.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { readSnapshot, writeSnapshotWhenRun } from '../../snapshot.js';
import { isGazetteerCity } from '../location/gazetteer.js';
import { regionOf } from '../location/regions.js';
import { isTown } from '../location/towns.js';
import { isGivenName, isSurname } from '../person/given-names.js';
import { standsAlone } from './known-orgs.js';

const SNAPSHOT = 'listed-orgs.json';
/** Small words inside a name ("Bank of America", "Johnson & Johnson"). */
const LINKS = new Set(['of', 'and', '&', 'the', 'for', 'de', 'du', 'des', 'la', 'le', 'di', 'del', 'y', 'et', 'at', 'in']);
/** Heads of schools that the head list leaves out (a "school" is often no name). */
const SCHOOL_HEADS = new Set(['school', 'seminary', 'faculty', 'polytechnic']);
/** "J." or "J": an initial. */
const INITIAL = /^\p{Lu}\.?$/u;

/** Whether the name, of two words or three with an initial, is a person's ("Ralph Lauren", "J. Paul Getty"). */
function personName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (!(isGivenName(first) || INITIAL.test(first)) || !isSurname(last)) return false;
  return words.length === 2 || INITIAL.test(words[1]!) || isGivenName(words[1]!);
}

/** Whether a name of the list can stand alone in running text as an organization. */
export function standsListed(name: string, fragments: ReadonlySet<string>, stops: ReadonlySet<string>): boolean {
  if (stops.has(name)) return false;
  const words = name.split(' ');
  // one word: as known-orgs.ts reads it, and not in capitals ("GLAXOSMITHKLDRN") nor with a period
  if (words.length === 1) return !/^[\p{Lu}\d-]+$/u.test(name) && !name.includes('.') && standsAlone(name, fragments);
  // every word capitalized but the small ones, none a lone letter ("Capital A"), none last ("Carnival &")
  if (!words.every((w) => LINKS.has(w) || (/^[\p{Lu}\d]/u.test(w) && w.length > 1)) || LINKS.has(words[words.length - 1]!)) return false;
  // "The" and one word: the word alone is the name, and the two are a common phrase ("The Southern")
  if (words[0] === 'The' && words.length === 2) return false;
  if (lexicon('notNames').has(name) || lexicon('marketIndexes').has(name)) return false;
  if (isGazetteerCity(name) || isTown(name) || regionOf(name) !== undefined || lexicon('placeNames').has(name)) return false;
  if (personName(words)) return false;
  // a person's name and one common word, singular and no head word, is as often the
  // person's product as the company ("Campbell Soup cans")
  if (words.length === 2 && (isGivenName(words[0]!) || isSurname(words[0]!)) && isCommonWord(words[1]!) && !/s$/.test(words[1]!) && !lexicon('orgHeads').has(words[1]!.toLowerCase())) return false;
  // common words with a head word: the head rule reads them when they are a name, and alone
  // they may name any such body ("School of Management", "Energy Resources")
  if (words.every((w) => LINKS.has(w) || isCommonWord(w)) && words.some((w) => lexicon('orgHeads').has(w.toLowerCase()) || SCHOOL_HEADS.has(w.toLowerCase()))) return false;
  return true;
}

/** A holding company's last word, which news leaves out: "Credit Suisse Group" is "Credit Suisse". */
const HOLDING_WORD = / (?:Group|Holdings|Holding)$/;

/**
 * The name less its holding word, when it is two words or more and one of them is no common
 * word ("Credit Suisse", "Lloyds Banking"; not "At Home" of "At Home Group"); one word alone
 * is left to known-orgs.ts, whose test a list of firms' stems ("Magma") would not pass.
 */
function stemOf(name: string): string | null {
  if (!HOLDING_WORD.test(name)) return null;
  const stem = name.replace(HOLDING_WORD, '');
  const words = stem.split(' ');
  return words.length >= 2 && words.some((w) => /^\p{Lu}/u.test(w) && !isCommonWord(w.toLowerCase())) ? stem : null;
}

/** The names that stand alone, from the list (the build's snapshot). */
export function listedOrgsFromList(): string[] {
  const fragments = new Set(wordList('recognize/org/known-orgs-fragments.txt'));
  const stops = new Set(wordList('recognize/org/listed-orgs-stops.txt'));
  const names = wordList('recognize/org/listed-orgs.txt');
  const stems = names.map(stemOf).filter((n): n is string => n !== null);
  return [...new Set([...names, ...stems].filter((n) => standsListed(n, fragments, stops)))].sort();
}

let orgs: Set<string> | undefined;

/** Whether the phrase, as written ("Lockheed Martin", "Aalborg University"), is a listed organization. */
export function isListedOrg(phrase: string): boolean {
  orgs ??= new Set(readSnapshot<string[]>(import.meta.url, SNAPSHOT) ?? listedOrgsFromList());
  return orgs.has(phrase);
}

// `node dist/recognize/org/listed-orgs.js`: writes the snapshot (the build runs it)
writeSnapshotWhenRun(import.meta.url, SNAPSHOT, () => JSON.stringify(listedOrgsFromList()));
