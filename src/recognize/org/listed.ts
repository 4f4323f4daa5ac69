import { bare, one, phrase, rule, type NameRule } from '../names/view.js';
import { isListedOrg } from './listed-orgs.js';

// "Lockheed Martin won the contract", "a Northrop Grumman spokesman", "BAE Systems plc": the
// whole chunk (or the chunk less a leading "the", or less a trailing corporate suffix) is an
// organization a list names in full (listed-orgs.ts), as written
export const orgListed: NameRule = {
  id: 'org.listed',
  strong: true,
  info: [rule('org.listed', 'ORG', 'an organization named in full that a list of companies and universities holds (FinanceDatabase, university-domains-list)', 'The contract went to Northrop Grumman after a long review.', 'Northrop Grumman')],
  read(c) {
    let from = c.from;
    let to = c.to;
    if (to - from > 1 && /^the$/i.test(c.tokens[from]!.text)) from++;
    // a word joined to the next by a hyphen is part of a compound ("Lockheed Martin-built")
    if (c.tokens[to - 1]!.post === '-') return null;
    if (isListedOrg(phrase(c.tokens, from, to))) return one('ORG', from, to, 'org.listed');
    // "BAE Systems plc", "Lockheed Martin Corp.": the suffix is part of the name
    if (to - from > 1 && c.lex.corporateSuffixes.has(bare(c.tokens[to - 1]!).replace(/\.$/, '')) && isListedOrg(phrase(c.tokens, from, to - 1))) return one('ORG', from, to, 'org.listed');
    return null;
  },
};
