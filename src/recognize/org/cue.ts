import { has, one, phrase, POSSESSIVE, rule, type ChunkView, type NameRule } from '../names/view.js';
import { countryOfDemonym } from '../location/demonyms.js';
import { knownPlace } from '../location/known-place.js';
import { lexicon } from '../../lexicon/registry.js';
import { isCommonWord } from '../../nlp/dictionary.js';

/**
 * "the Kelvasto daily Vecer", "the Kelvasto news agency Tanjug": an outlet's nouns after the
 * chunk and then a name; the name after them is the organization's, the chunk says where
 * or whose it is.
 */
export function outletBeforeName(c: ChunkView): boolean {
  let i = c.to - 1;
  if (c.tokens[i]!.post !== ' ') return false;
  while (i < c.to + 2 && c.tokens[i + 1] && c.tokens[i]!.post === ' ' && c.lex.orgCues.has(c.tokens[i + 1]!.text)) i++;
  const after = c.tokens[i + 1];
  return i >= c.to && c.tokens[i]!.post === ' ' && after !== undefined && /^\p{Lu}/u.test(after.text);
}

/** The endings of a people's or a region's adjective: "Kurdish", "Atlantic", "Shiite". */
const PEOPLE_ADJECTIVE = /\p{Ll}(?:ic|ish|ian|ese|ite)$/u;

// "Zentrix spokesman", "the Acme board": a lower-case noun after the name that only an
// organization has
export const orgCue: NameRule = {
  id: 'org.cue',
  strong: false,
  info: [rule('org.cue', 'ORG', 'a name followed by a lower-case word only organizations take ("spokeswoman", "shareholders")', 'Zentrix magazine reported the sale.', 'Zentrix')],
  read(c) {
    const next = c.tokens[c.to];
    const prev = c.tokens[c.to - 1]!;
    if (!next || POSSESSIVE.test(prev.text) || prev.post.trim() !== '') return null;
    // "the Republican party", "the Labour party": one common word before a party's noun is
    // the party's adjective or its people's, not the name the cue is for ("the Morena party")
    // (so is a people's or a region's adjective: "the Kurdish bloc", "the Atlantic alliance")
    if (c.to - c.from === 1 && lexicon('partyCues').has(next.text) && (isCommonWord(prev.text.toLowerCase()) || has(prev, 'Demonym') || countryOfDemonym(prev.text) !== null || c.lex.notNames.has(prev.text) || PEOPLE_ADJECTIVE.test(prev.text))) return null;
    if (!/^\p{Ll}/u.test(next.text) || !c.lex.orgCues.has(next.text)) return null;
    // "the US-ROK alliance", "the Kelby-Russia bloc": lands joined by a hyphen are the parties to it
    if (lexicon('partyCues').has(next.text) && c.to - c.from >= 2 && c.tokens.slice(c.from, c.to - 1).every((t) => t.post === '-') && c.tokens.slice(c.from, c.to).some((t) => c.lex.placeAcronyms.has(t.text) || knownPlace(t.text))) return null;
    if (outletBeforeName(c)) return null;
    // "Tehran radio", "a Texas company": a well-known place says where, not what
    return knownPlace(phrase(c.tokens, c.from, c.to)) ? null : one('ORG', c.from, c.to, 'org.cue');
  },
};
