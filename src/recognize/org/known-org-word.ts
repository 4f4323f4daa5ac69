import { bare, one, rule, type NameRule } from '../names/view.js';
import { isKnownOrg } from './known-orgs.js';

// "Accenture said", "shares of Medtronic rose": a lone word that names a company by the
// dictionary of company names (known-orgs.ts), as written, inside a sentence or opening it
export const orgKnownWord: NameRule = {
  id: 'org.known-word',
  strong: true,
  info: [rule('org.known-word', 'ORG', 'a lone word that a dictionary of company names lists (@cspell/dict-companies)', 'Analysts expect Medtronic to raise its forecast.', 'Medtronic')],
  read(c) {
    if (c.to - c.from !== 1) return null;
    const t = c.tokens[c.from]!;
    // a word joined to the next by a hyphen is part of a compound ("Boeing-built")
    if (t.post === '-') return null;
    return isKnownOrg(bare(t)) ? one('ORG', c.from, c.to, 'org.known-word') : null;
  },
};
