// A single word read as a place or an organization from its context alone is the surname
// of a person named in full elsewhere in the document ("Valeska Paris" ... "Paris").
import type { Mention, RuleInfo } from '../types.js';
import { fullNameSurnames, nameKey, words } from './names.js';
import { SURNAME_RULE } from './propagate-names.js';
import type { ResolveRefiner } from './types.js';
import { POSSESSIVE_NAME_RULE } from '../recognize/org/possessive-name.js';
import { POSSESSIVE } from '../recognize/names/view.js';

// A name a lexicon knows ("*.known") or an acronym keeps its type; so do dates and amounts.
const KEEPS_TYPE = new Set(['PERSON', 'DATE', 'MONEY']);

// "Ford shares fell", "shares of Dell rose", "a stake in Merrow": what only a firm has, right
// after the name or before it, keeps a firm named for its family ("Bill Ford ... Ford shares")
const FIRM_AFTER = /^(?:['’]s?)? (?:shares|stock|stockholders|shareholders|bonds)\b/;
const FIRM_BEFORE = /\b(?:shares|stock|stakes?|bonds) (?:of|in) $/i;
const marketWords = (text: string, m: Mention): boolean =>
  m.type === 'ORG' && (FIRM_AFTER.test(text.slice(m.end, m.end + 16)) || FIRM_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)));

/** A firm named for a person named in full, kept a firm by what only firms have (it neither votes nor is outvoted). */
export const FAMILY_FIRM_RULE = 'org.family-firm';

export const surnamesArePeopleRules: RuleInfo[] = [
  {
    id: FAMILY_FIRM_RULE,
    emits: 'ORG',
    description: 'the surname of a person named in full, kept a firm by the words of shares or stakes beside it ("Bill Ford ... Ford shares fell")',
    example: 'Ann Merrow founded the firm in 1962. Merrow said sales rose. Shares of Merrow fell.',
    expect: 'Merrow',
  },
];

export function surnamesArePeople(mentions: readonly Mention[], text = ''): Mention[] {
  const surnames = fullNameSurnames(mentions);
  return mentions.map((m) => {
    // a mention retyped before is judged by the rule that retyped it
    const rule = m.retypedBy ?? m.rule;
    if (KEEPS_TYPE.has(m.type) || rule.endsWith('.known') || rule.endsWith('acronym') || words(m.text).length !== 1 || !surnames.has(nameKey(m.text))) return m;
    if (marketWords(text, m)) return { ...m, retypedBy: FAMILY_FIRM_RULE };
    // "Helmut Kohl ... Kohl's government": a firm's possessive name is the person's possessive
    if (m.rule === POSSESSIVE_NAME_RULE && POSSESSIVE.test(m.text)) {
      const { name: _, ...rest } = m;
      return { ...rest, end: m.end - 2, text: m.text.slice(0, -2), type: 'PERSON' as const, retypedBy: SURNAME_RULE };
    }
    return { ...m, type: 'PERSON' as const, retypedBy: SURNAME_RULE };
  });
}

export const surnamesArePeopleRefiner: ResolveRefiner = {
  id: 'surnames-are-people',
  refine: (a) => void (a.mentions = surnamesArePeople(a.mentions, a.plain.text)),
};
