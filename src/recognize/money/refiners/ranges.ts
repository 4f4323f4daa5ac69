// Ranges of two amounts. "between $12 million and $20 million" and "$12 million to $20
// million" are one mention: amount = the lower end, `max` = the upper end, modifier
// "between". "from $55 billion to $110 billion" reports a change, so it stays two mentions.
// In both, a lower end without a scale takes the upper end's ("$5 to $7 billion" -> 5e9).
import type { MoneyContext, MoneyParse, MoneyRefiner } from '../types.js';

const JOIN = /^[^\S\n]*(?:to|-|–|and)[^\S\n]*$/;

export const rangesRefiner: MoneyRefiner = {
  id: 'ranges',
  refine(ctx: MoneyContext, parses: MoneyParse[]): MoneyParse[] {
    const sorted = [...parses].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: MoneyParse[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      const b = sorted[i + 1];
      const gap = b ? ctx.text.slice(a.end, b.start) : '';
      if (!b || b.start < a.end || !JOIN.test(gap) || a.currency !== b.currency || a.max !== undefined) {
        out.push(a);
        continue;
      }
      const isAnd = /and/.test(gap);
      const lead = /(\bbetween|\bfrom)[^\S\n]+$/i.exec(ctx.text.slice(Math.max(0, a.start - 9), a.start));
      if (isAnd && lead?.[1]?.toLowerCase() !== 'between') {
        out.push(a);
        continue;
      }
      let low = a.amount;
      if (!a.scaled && b.scaled) {
        // the upper end's scale: "$5 to $7 billion"
        const factor = b.amount / Number(ctx.text.slice(b.start, b.end).match(/[\d,.]+/)?.[0]?.replace(/,/g, '') ?? b.amount);
        if (Number.isFinite(factor) && factor > 1) low = a.amount * factor;
      }
      if (low >= b.amount) {
        out.push(a);
        continue;
      }
      if (lead?.[1]?.toLowerCase() === 'from') {
        out.push({ ...a, amount: low, scaled: true });
        continue; // b is pushed on its own turn
      }
      const start = lead?.[1]?.toLowerCase() === 'between' ? a.start - lead[0].length : a.start;
      out.push({ start, end: b.end, rule: 'money.range', amount: low, max: b.amount, currency: a.currency, modifier: a.modifier ?? 'between', scaled: true });
      i++;
    }
    return out;
  },
};
