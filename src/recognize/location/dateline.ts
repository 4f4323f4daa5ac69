// A dateline: "BRNO, Czech Republic (AP) —", "KABUL, Afghanistan —", "WASHINGTON (Reuters) -".
// The words in capitals that open a line, followed by a comma and a place, or by a news
// agency in parentheses and a dash, are the place the story was filed from.
import { lexiconTags } from '../../nlp/tagger.js';
import { bare, has, rule, type NameRule } from '../names/view.js';
import { regionOf } from './regions.js';

const CAPITALS = /^\p{Lu}[\p{Lu}.'’-]*$/u;

/** "NEW YORK" -> "New York", "WINSTON-SALEM" -> "Winston-Salem". */
const named = (s: string): string => s.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());

export const dateline: NameRule = {
  id: 'location.dateline',
  strong: true,
  info: [rule('location.dateline', 'LOCATION', 'the words in capitals that open a dateline, before a comma and a place or an agency in parentheses and a dash', 'ZORVALE, Czech Republic (AP) — The plant closed.', 'ZORVALE')],
  read(c) {
    if (c.from !== 0 || c.to - c.from > 4) return null;
    const toks = c.tokens.slice(c.from, c.to);
    if (!toks.every((t) => CAPITALS.test(bare(t))) || !toks.some((t) => /\p{Lu}{2}/u.test(t.text))) return null;
    const last = toks[toks.length - 1]!;
    const next = c.tokens[c.to];
    if (!next) return null;
    let ok = false;
    if (last.post.trim() === ',') {
      // "KABUL, Afghanistan", "LAGOS, Nigeria", "PHOENIX, Ariz."
      const w = bare(next);
      ok = /^\p{Lu}\p{Ll}/u.test(next.text) && (has(next, 'Place', 'Country') || lexiconTags(w).some((g) => g === 'Country' || g === 'Region' || g === 'Place') || regionOf(w) !== undefined);
    } else if (last.post.trim() === '' && next.pre.includes('(')) {
      // "WASHINGTON (Reuters) -": a name in parentheses, then a dash
      for (let j = c.to; j < Math.min(c.tokens.length, c.to + 3); j++) {
        const post = c.tokens[j]!.post;
        if (!/^\p{Lu}/u.test(c.tokens[j]!.text)) break;
        if (post.includes(')')) {
          ok = /^\)\s*[-–—]/.test(post.trim()) || /^\)\s*$/.test(post) && /^[-–—]/.test(c.tokens[j + 1]?.text ?? '');
          break;
        }
      }
    }
    if (!ok) return null;
    const text = toks.map((t, i) => (i === toks.length - 1 ? bare(t) : t.text + (t.post === '-' ? '-' : ' '))).join('');
    return { parts: [{ type: 'LOCATION', from: c.from, to: c.to, rule: 'location.dateline', name: named(text) }] };
  },
};
