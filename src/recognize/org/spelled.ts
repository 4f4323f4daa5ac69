import { one, rule, type NameRule } from '../names/view.js';
import { firstName, givenName } from '../person/first-name.js';
import { definedAfterName } from './acronym.js';

// "the Economic Freedom Fighters (EFF)", "Kelvo Podujana Peramuna (KPP)": a name defined by
// the acronym in brackets right after it, whose letters are the initials of its words, is
// an organization's when no head word or lexicon said what it is; people are not written
// so (a name opened by a given name keeps its person: "Andres Manuel Lopez Obrador (AMLO)")
const MINOR = /^(?:of|for|the|and|on|in|de|al|du|la|el)$/i;

export const orgSpelled: NameRule = {
  id: 'org.spelled',
  strong: false,
  info: [rule('org.spelled', 'ORG', 'a name its acronym in brackets spells, no person\'s', 'The Economic Kelvo Fighters (EKF) marched on Monday.', 'Economic Kelvo Fighters')],
  read(c) {
    const next = c.tokens[c.to];
    if (c.to - c.from < 2 || !next || c.tokens[c.to - 1]!.post !== ' ' || !/^[A-Z]{2,6}$/.test(next.text)) return null;
    const first = c.tokens[c.from]!;
    if (firstName(first) || givenName(first)) return null;
    // every word of the chunk spelled, not only the last ones ("Tom Kelvo Fighters (KF)")
    const words = c.tokens.slice(c.from, c.to).filter((t) => !MINOR.test(t.text)).length;
    return words === next.text.length && definedAfterName(c.tokens, c.to, next.text) ? one('ORG', c.from, c.to, 'org.spelled') : null;
  },
};
