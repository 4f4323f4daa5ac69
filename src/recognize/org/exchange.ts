import { lexicon } from '../../lexicon/registry.js';
import { none, one, rule, type NameRule } from '../names/view.js';

/** "on the Nasdaq", "listed on Nasdaq", "traded on the Nasdaq": where shares trade. */
const ON = /^(?:on|onto|to|from|off)$/i;

// "shares rose on the Nasdaq", "Nasdaq-listed Harlow": an exchange that gives its name to
// its index (exchange-indexes.txt) is the exchange where shares trade on it or are listed
// by it; elsewhere ("the Nasdaq rose 1 percent") it is the index: no name.
export const orgExchange: NameRule = {
  id: 'org.exchange',
  strong: true,
  info: [rule('org.exchange', 'ORG', 'an exchange that gives its name to its index, where shares trade on it ("on the Nasdaq") or it lists them ("Nasdaq-listed") (exchange-indexes.txt)', 'Its shares fell 4 percent on the Nasdaq.', 'Nasdaq')],
  read(c) {
    if (c.to - c.from !== 1) return null;
    const t = c.tokens[c.from]!;
    if (!lexicon('exchangeIndexes').has(t.text.replace(/-listed$/, ''))) return null;
    if (/-listed$/.test(t.text) || (t.post === '-' && c.tokens[c.from + 1]?.text === 'listed')) return one('ORG', c.from, c.to, 'org.exchange');
    // (and before a ticker it lists: "Tarvin (Nasdaq: TRVN)")
    if (t.pre.includes('(') && t.post.trim() === ':') return one('ORG', c.from, c.to, 'org.exchange');
    let i = c.from - 1;
    if (i >= 0 && /^the$/i.test(c.tokens[i]!.text)) i--;
    return i >= 0 && ON.test(c.tokens[i]!.text) ? one('ORG', c.from, c.to, 'org.exchange') : none();
  },
};
