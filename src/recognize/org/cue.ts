import { one, phrase, POSSESSIVE, rule, type ChunkView, type NameRule } from '../names/view.js';
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
    if (c.to - c.from === 1 && lexicon('partyCues').has(next.text) && isCommonWord(prev.text.toLowerCase())) return null;
    if (!/^\p{Ll}/u.test(next.text) || !c.lex.orgCues.has(next.text)) return null;
    if (outletBeforeName(c)) return null;
    // "Tehran radio", "a Texas company": a well-known place says where, not what
    return knownPlace(phrase(c.tokens, c.from, c.to)) ? null : one('ORG', c.from, c.to, 'org.cue');
  },
};
