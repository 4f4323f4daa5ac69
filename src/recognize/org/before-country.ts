import { lexicon } from '../../lexicon/registry.js';
import type { Token } from '../../types.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { isGazetteerCity } from '../location/gazetteer.js';
import { lexiconTags } from '../../nlp/tagger.js';
import type { NameLexicons } from '../names/lexicons.js';
import { bare, one, phrase, rule, type NameRule } from '../names/view.js';

// compromise's tags of a common noun (an adverb, adjective or function word is none: "Then")
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'PresentTense', 'Infinitive']);

/**
 * "Air Canada", "Environment Canada", "Team Estonia": a common noun before a country's name
 * makes the name an organization's (a qualifier of place does not: "Mainland China").
 */
export function commonBeforeCountry(tokens: readonly Token[], from: number, to: number, lex: NameLexicons): boolean {
  if (to - from < 2 || to - from > 3) return false;
  const first = bare(tokens[from]!);
  const l = first.toLowerCase();
  // (a feature of the land or the water named after the country is a place: "Lake Chad")
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !isCommonWord(l) || lex.placeQualifiers.has(l) || lexicon('featureHeads').has(l)) return false;
  if (!lexiconTags(l).every((g) => NOUN_TAGS.has(g))) return false;
  // "Port Sudan", "Port Said": a city the gazetteer lists by both words is none
  return lexiconTags(phrase(tokens, from + 1, to)).includes('Country') && !isGazetteerCity(phrase(tokens, from, to));
}

export const orgBeforeCountry: NameRule = {
  id: 'org.before-country',
  strong: false,
  info: [rule('org.before-country', 'ORG', "a common noun before a country's name", 'The storm warning came from Environment Canada on Sunday.', 'Environment Canada')],
  read: (c) => (commonBeforeCountry(c.tokens, c.from, c.to, c.lex) ? one('ORG', c.from, c.to, 'org.before-country') : null),
};
