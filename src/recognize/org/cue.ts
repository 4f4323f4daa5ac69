import { one, phrase, POSSESSIVE, rule, type NameRule } from '../names/view.js';
import { knownPlace } from '../location/known-place.js';
import { lexicon } from '../../lexicon/registry.js';
import { isCommonWord } from '../../nlp/dictionary.js';

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
    // "Tehran radio", "a Texas company": a well-known place says where, not what
    return knownPlace(phrase(c.tokens, c.from, c.to)) ? null : one('ORG', c.from, c.to, 'org.cue');
  },
};
