import { lexicon } from '../../lexicon/registry.js';
import { one, rule, type ChunkView, type NameRule } from '../names/view.js';

/** A ticker symbol: "BRX", "BRK.B"; a Reuters code: "BRX.N", "VOD.L". */
const SYMBOL = /^[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?$/;

/**
 * Whether a ticker in brackets opens at `at`: "(NYSE: BRX)", "(Nasdaq:TRVN)", "(BRX.N)" (an
 * exchange of ticker-exchanges.txt and a symbol, or a Reuters code with its exchange's letter).
 */
function tickerAt(toks: readonly { text: string; pre: string; post: string }[], at: number): boolean {
  const t = toks[at];
  if (!t || !t.pre.includes('(')) return false;
  if (lexicon('tickerExchanges').has(t.text) && t.post.trim() === ':') {
    const s = toks[at + 1];
    return s !== undefined && SYMBOL.test(s.text) && s.post.startsWith(')');
  }
  return /^[A-Z][A-Z0-9]{0,5}\.[A-Z]{1,2}$/.test(t.text) && t.post.startsWith(')');
}

/** Whether the chunk's ticker in brackets follows it: "Brellix (NYSE: BRX)". */
export function tickerAfter(c: ChunkView): boolean {
  return c.tokens[c.to - 1]!.post === ' ' && tickerAt(c.tokens, c.to);
}

// "Brellix (NYSE: BRX) rose", "Dover Holdings (BRX.N) said": a name right before its ticker
// in brackets is a listed company's, whatever a gazetteer or a list of given names says of
// its words (a town's name is many a firm's)
export const orgTicker: NameRule = {
  id: 'org.ticker',
  strong: false,
  info: [rule('org.ticker', 'ORG', 'a name right before its ticker in brackets ("(NYSE: BRX)", "(BRX.N)")', 'Shares of Quorvane (NYSE: QRV) rose on Monday.', 'Quorvane')],
  read(c) {
    if (!/^\p{Lu}/u.test(c.tokens[c.from]!.text)) return null;
    return tickerAfter(c) ? one('ORG', c.from, c.to, 'org.ticker') : null;
  },
};
