import { bare, one, rule, type NameRule } from '../names/view.js';
import { firstName, givenName } from '../person/first-name.js';

// "the Economic Freedom Fighters (EFF)", "Kelvo Podujana Peramuna (KPP)": a name defined by
// the acronym in brackets right after it, whose letters are the initials of its words, is
// an organization's when no head word or lexicon said what it is; people are not written
// so (a name opened by a given name keeps its person: "Andres Manuel Lopez Obrador (AMLO)")
const MINOR = /^(?:of|for|the|and|on|in|de|al|du|la|el)$/i;

/** The acronym in brackets right after the chunk, or null: "(EFF)". */
function acronymAfter(c: Parameters<NameRule['read']>[0]): string | null {
  const last = c.tokens[c.to - 1]!;
  const next = c.tokens[c.to];
  if (!next || last.post !== ' ' || next.pre !== '(' || !next.post.startsWith(')')) return null;
  return /^[A-Z]{2,6}$/.test(next.text) ? next.text : null;
}

export const orgSpelled: NameRule = {
  id: 'org.spelled',
  strong: false,
  info: [rule('org.spelled', 'ORG', 'a name its acronym in brackets spells, no person\'s', 'The Economic Kelvo Fighters (EKF) marched on Monday.', 'Economic Kelvo Fighters')],
  read(c) {
    if (c.to - c.from < 2) return null;
    const letters = acronymAfter(c);
    if (!letters) return null;
    const first = c.tokens[c.from]!;
    if (firstName(first) || givenName(first)) return null;
    const initials = c.tokens
      .slice(c.from, c.to)
      .filter((t) => !MINOR.test(t.text))
      .map((t) => bare(t)[0]!)
      .join('');
    return initials === letters ? one('ORG', c.from, c.to, 'org.spelled') : null;
  },
};
