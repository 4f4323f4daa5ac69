import { lexicon } from '../../lexicon/registry.js';
import { bare, one, rule, type NameRule } from '../names/view.js';
import { firstName } from '../person/first-name.js';
import { isGivenName } from '../person/given-names.js';

// "airline Lufthansa", "engine maker Europrop", "manufacturer, Airbus,": a noun naming a
// kind of organization right before a name says what the name is
export const orgDescribed: NameRule = {
  id: 'org.described',
  strong: false,
  info: [rule('org.described', 'ORG', 'a noun naming a kind of organization right before the name', 'The engine maker Zantrel cut its forecast.', 'Zantrel')],
  read(c) {
    const prev = c.tokens[c.from - 1];
    // "the guerrilla group Tupac Amaru": a group's noun says so after a word of its kind
    const kindOfGroup = prev !== undefined && lexicon('groupKinds').has(prev.text) && lexicon('groupModifiers').has(c.tokens[c.from - 2]?.text ?? '');
    if (!prev || !(c.lex.orgDescriptors.has(prev.text) || kindOfGroup)) return null;
    const gap = prev.post.trim();
    // a comma between them only in an apposition closed by another, or by the sentence's
    // end: "maker, Airbus, said", "released by the rock band, Kelbs."
    const closing = c.tokens[c.to - 1]!.post.trim();
    const closed = closing.startsWith(',') || (c.to === c.tokens.length && /^[.!?]/.test(closing));
    if (gap !== '' && !(gap === ',' && closed)) return null;
    if (gap === ',') {
      // "the head of the agency, Neile Miller,": the apposition names the noun the
      // descriptor completes, here a person
      const first = c.tokens[c.from]!;
      if (c.to - c.from >= 2 && (firstName(first) || isGivenName(bare(first)))) return null;
      const of = c.tokens[c.from - 3];
      if (of && /^(?:of|for|at)$/i.test(of.text) && /^(?:the|a|an|this|that)$/i.test(c.tokens[c.from - 2]!.text)) return null;
    }
    return one('ORG', c.from, c.to, 'org.described');
  },
};
