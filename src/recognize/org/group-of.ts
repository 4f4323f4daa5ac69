import { lexicon } from '../../lexicon/registry.js';
import { lower, one, rule, type ChunkView, type NameRule } from '../names/view.js';

/** Whether a capitalized name follows the "of" (or "for") at `of`, "the" allowed: "of Tamil ...", "of the Kelby Hills". */
export function capitalAfterOf(c: ChunkView, of: number): boolean {
  const after = c.tokens[of + 1]?.text === 'the' ? of + 2 : of + 1;
  return after < c.to && /^\p{Lu}/u.test(c.tokens[after]!.text);
}

/**
 * "the Liberation Tigers of Kelvast Dunmara", "the Revolutionary Brigades of Tessaly": a
 * cause's word (armed-group-modifiers.txt), a plural noun of fighters (armed-group-plurals.txt),
 * "of" or "for" and a name: one armed or political group, whatever the words after "of"
 * would read as alone (a person's shape, a place).
 */
export const orgGroupOf: NameRule = {
  id: 'org.group-of',
  strong: false,
  info: [rule('org.group-of', 'ORG', "a cause's word, a plural noun of fighters, 'of' or 'for' and a name: an armed or political group", 'The Liberation Tigers of Kelvast Dunmara laid down arms.', 'Liberation Tigers of Kelvast Dunmara')],
  read(c) {
    for (let i = c.from + 1; i < c.to - 2; i++) {
      if (!lexicon('armedGroupPlurals').has(lower(c.tokens[i]!)) || !/^(?:of|for)$/.test(c.tokens[i + 1]!.text)) continue;
      const words = c.tokens.slice(c.from, i);
      if (!words.every((t) => /^\p{Lu}/u.test(t.text)) || !words.some((t) => lexicon('armedGroupModifiers').has(lower(t)))) return null;
      if (!capitalAfterOf(c, i + 1)) return null;
      return one('ORG', c.from, c.to, 'org.group-of');
    }
    return null;
  },
};
