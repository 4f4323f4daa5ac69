import { lexicon } from '../../lexicon/registry.js';
import { none, rule, type NameRule } from '../names/view.js';
import { writtenPhrase } from './possessive-name.js';

/** Words after a publisher's name that make it its index: "S&P 500", "S&P index", "Standard & Poor's industrial index". */
const INDEX_AFTER = /^(?:\d[\d.,]*|index|indexes|indices|composite|industrial|industrials|average|futures|benchmark|stock|stocks|[\d-]+stock)$/i;

// "S&P cut the rating", "Standard & Poor's said": the firm that gives its name to a market
// index (index-publishers.txt), named alone. With "the" before it ("the S&P fell") or a
// number or an index's word after it ("the S&P 500", "Standard & Poor's 500-stock index")
// it is the index: no name.
export const orgIndexPublisher: NameRule = {
  id: 'org.index-publisher',
  strong: true,
  info: [rule('org.index-publisher', 'ORG', 'the firm that gives its name to a market index, named alone, with no "the" before it and no number or index word after it (index-publishers.txt)', 'S&P cut the rating to junk on Monday.', 'S&P')],
  read(c) {
    if (!lexicon('indexPublishers').has(writtenPhrase(c))) return null;
    const before = c.tokens[c.from - 1];
    const after = c.tokens[c.to];
    const last = c.tokens[c.to - 1]!;
    if (before && /^the$/i.test(before.text) && before.post.trim() === '') return none();
    if (after && last.post.trim() === '' && INDEX_AFTER.test(after.text.replace(/-.*$/, '')) ) return none();
    if (after && last.post === '-') return none();
    return { parts: [{ type: 'ORG', from: c.from, to: c.to, rule: 'org.index-publisher', possessive: /['’]s$/.test(last.text) }] };
  },
};
