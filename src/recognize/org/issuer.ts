import { lexicon } from '../../lexicon/registry.js';
import { none, one, rule, type NameRule } from '../names/view.js';

// "the Treasury said it would sell notes": a body that names the securities it issues
// (issuers.txt) is the body, unless a word of its securities follows ("Treasury yields",
// "10-year Treasury notes": security-nouns.txt), which names no one
export const orgIssuer: NameRule = {
  id: 'org.issuer',
  strong: true,
  info: [rule('org.issuer', 'ORG', 'a body that names the securities it issues, with no word of the securities after it (issuers.txt, security-nouns.txt)', 'The Treasury said it would sell more debt.', 'Treasury')],
  read(c) {
    if (c.to - c.from !== 1) return null;
    const t = c.tokens[c.from]!;
    if (!lexicon('issuers').has(t.text.replace(/['’]s$/, ''))) return null;
    const next = c.tokens[c.to];
    // (a possessive is the body's: "the Treasury's auction")
    if (next && t.post === ' ' && !/['’]s$/.test(t.text) && lexicon('securityNouns').has(next.text.toLowerCase())) return none();
    return one('ORG', c.from, c.to, 'org.issuer');
  },
};
