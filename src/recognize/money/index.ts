// The MONEY recognizer: parsers find amounts with their currency; refiners drop what sits
// in URLs, join ranges, take in modifiers and resolve overlaps. Both lists are literal
// and ordered: among amounts of the same length, the earlier parser wins.
import { runRecognizer } from '../run.js';
import type { DocumentContext, Mention, MoneyValue } from '../../types.js';
import { maskedSpans } from '../shared/spans.js';
import { documentCountry } from './country.js';
import { amountNameParser } from './parsers/amount-name.js';
import { amountSymbolParser } from './parsers/amount-symbol.js';
import { codeAmountParser } from './parsers/code-amount.js';
import { pluralScaleParser } from './parsers/plural-scale.js';
import { symbolAmountParser } from './parsers/symbol-amount.js';
import { dropMaskedRefiner } from './refiners/drop-masked.js';
import { modifiersRefiner } from './refiners/modifiers.js';
import { rangesRefiner } from './refiners/ranges.js';
import { removeOverlapsRefiner } from './refiners/remove-overlaps.js';
import { roundAmount } from './numerals.js';
import type { MoneyContext, MoneyParser, MoneyRefiner } from './types.js';

export const MONEY_PARSERS: readonly MoneyParser[] = [symbolAmountParser, codeAmountParser, amountNameParser, amountSymbolParser, pluralScaleParser];

export const MONEY_REFINERS: readonly MoneyRefiner[] = [dropMaskedRefiner, removeOverlapsRefiner, rangesRefiner, modifiersRefiner];

/** A MONEY value; ranges also carry their upper end as `max`. */
export type MoneyRangeValue = MoneyValue & { max?: number };

/** MONEY mentions of a document, sorted and non-overlapping. */
export function recognizeMoney(ctx: DocumentContext): Mention[] {
  const country = documentCountry(ctx.text);
  const mctx: MoneyContext = { text: ctx.text, masked: maskedSpans(ctx.text), ...(country ? { country } : {}) };
  const parses = runRecognizer(mctx, MONEY_PARSERS, MONEY_REFINERS);
  return parses.map((p) => {
    const value: MoneyRangeValue = { amount: roundAmount(p.amount), currency: p.currency };
    if (p.modifier) value.modifier = p.modifier;
    if (p.max !== undefined) value.max = roundAmount(p.max);
    return { type: 'MONEY', start: p.start, end: p.end, text: ctx.text.slice(p.start, p.end), rule: p.rule, value };
  });
}
