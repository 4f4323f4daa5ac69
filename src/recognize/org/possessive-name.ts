import { lexicon } from '../../lexicon/registry.js';
import { rule, type NameRule } from '../names/view.js';

/** The chunk as written, its last word's possessive kept: "McDonald's", "Standard & Poor's". */
export function writtenPhrase(c: { tokens: readonly { text: string; post: string }[]; from: number; to: number }): string {
  let s = '';
  for (let i = c.from; i < c.to; i++) {
    const t = c.tokens[i]!;
    s += i === c.to - 1 ? t.text : t.text + (t.post === '-' ? '-' : t.post.trim() === '&' ? ' & ' : ' ');
  }
  return s;
}

export const POSSESSIVE_NAME_RULE = 'org.possessive-name';

// "Moody's cut the rating", "sales at Macy's fell": a firm whose name ends in a possessive
// (possessive-names.txt), written alone; the possessive is part of the mention
export const orgPossessiveName: NameRule = {
  id: POSSESSIVE_NAME_RULE,
  strong: true,
  info: [rule('org.possessive-name', 'ORG', "a firm whose name ends in a possessive, as a list writes it (possessive-names.txt)", "Sales at Macy's rose in May.", "Macy's")],
  read(c) {
    if (!lexicon('possessiveOrgNames').has(writtenPhrase(c))) return null;
    return { parts: [{ type: 'ORG', from: c.from, to: c.to, rule: POSSESSIVE_NAME_RULE, possessive: true }] };
  },
};
