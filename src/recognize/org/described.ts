import { lexiconTags } from '../../nlp/tagger.js';
import { lexicon } from '../../lexicon/registry.js';
import { listSiblings } from '../names/list-items.js';
import { bare, one, rule, type ChunkView, type NameRule } from '../names/view.js';
import { firstName } from '../person/first-name.js';
import { isGivenName } from '../person/given-names.js';
import { orgKind } from './context.js';

/** A kind of organization in the plural: "lenders", "companies", "militias", or "miners", "oil majors" (descriptor-plurals.txt). */
const pluralKind = (w: string, c: ChunkView): boolean => lexicon('descriptorPlurals').has(w) || orgKind(w, true, c);

/**
 * "miners Rio Kelva and Glencore", "lenders Barclays, Kelby Bank and Santander": a plural
 * kind of organization right before a list of names says what each is. Where the list
 * opens and whether it does so after such a plural.
 */
function afterPluralKind(c: ChunkView): boolean {
  const items = listSiblings(c);
  if (!items.length) return false;
  const open = Math.min(c.from, ...items.map(([from]) => from));
  // (the plural opening the sentence runs into the first name: "Lenders Barclays and Santander")
  const kind = open < c.from && pluralKind(c.tokens[open]!.text.toLowerCase(), c) ? c.tokens[open] : c.tokens[open - 1];
  if (!kind || kind.post !== ' ' || !pluralKind(kind.text.toLowerCase(), c)) return false;
  // ("rivals Tom Hale and Ann Roe": people, by their given names)
  return ![[c.from, c.to] as const, ...items].some(([from, to]) => to - from >= 2 && (firstName(c.tokens[from]!) || isGivenName(bare(c.tokens[from]!))));
}

/** What the lexicons know as a country, a region or a continent: a land keeps its reading ("the team Brazil"). */
const land = (p: string): boolean => lexiconTags(p).some((g) => g === 'Country' || g === 'Region' || g === 'Continent');

function readDescribed(c: ChunkView): boolean {
  if (afterPluralKind(c)) return true;
  const prev = c.tokens[c.from - 1];
  // "the guerrilla group Tupac Amaru": a group's noun says so after a word of its kind
  const kindOfGroup = prev !== undefined && lexicon('groupKinds').has(prev.text) && lexicon('groupModifiers').has(c.tokens[c.from - 2]?.text ?? '');
  if (!prev || !(c.lex.orgDescriptors.has(prev.text) || kindOfGroup)) return false;
  // "operator George F. Hauser": a given name and a middle initial make a person, whose job
  // the noun names (firms seldom go by an initial: "the brokerage Charles Schwab" does not)
  const [first, second] = [c.tokens[c.from]!, c.tokens[c.from + 1]];
  if (c.to - c.from >= 3 && second && /^\p{Lu}\.?$/u.test(second.text) && (firstName(first) || isGivenName(bare(first)))) return false;
  const gap = prev.post.trim();
  // a comma between them only in an apposition closed by another, or by the sentence's
  // end: "maker, Airbus, said", "released by the rock band, Kelbs."
  const closing = c.tokens[c.to - 1]!.post.trim();
  const closed = closing.startsWith(',') || (c.to === c.tokens.length && /^[.!?]/.test(closing));
  if (gap !== '' && !(gap === ',' && closed)) return false;
  if (gap === ',') {
    // "the head of the agency, Neile Miller,": the apposition names the noun the
    // descriptor completes, here a person
    if (c.to - c.from >= 2 && (firstName(first) || isGivenName(bare(first)))) return false;
    const of = c.tokens[c.from - 3];
    if (of && /^(?:of|for|at)$/i.test(of.text) && /^(?:the|a|an|this|that)$/i.test(c.tokens[c.from - 2]!.text)) return false;
  }
  return true;
}

const INFO = [
  rule('org.described', 'ORG', 'a noun naming a kind of organization right before the name, or its plural before a list of names', 'The engine maker Zantrel cut its forecast.', 'Zantrel'),
];

// "airline Lufthansa", "engine maker Europrop", "manufacturer, Airbus,": a noun naming a
// kind of organization right before a name says what the name is
export const orgDescribed: NameRule = {
  id: 'org.described',
  strong: false,
  info: INFO,
  read: (c) => (readDescribed(c) ? one('ORG', c.from, c.to, 'org.described') : null),
};

/**
 * The same, read before the lexicons of places: what the noun says beats a town's name
 * ("the miner Rio Kelva", "the bank Santander"), not a land's (read after the places' lexicons).
 */
export const orgDescribedBeforePlaces: NameRule = {
  id: 'org.described',
  strong: false,
  info: [],
  read: (c) => (!land(bare(c.tokens[c.to - 1]!)) && !land(c.tokens.slice(c.from, c.to).map(bare).join(' ')) && readDescribed(c) ? one('ORG', c.from, c.to, 'org.described') : null),
};
