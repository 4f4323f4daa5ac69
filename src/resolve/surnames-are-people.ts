// A single word read as a place or an organization from its context alone is the surname
// of a person named in full elsewhere in the document ("Valeska Paris" ... "Paris").
import type { Mention } from '../types.js';
import { fullNameSurnames, nameKey, words } from './names.js';
import { SURNAME_RULE } from './propagate-names.js';
import type { ResolveRefiner } from './types.js';
import { POSSESSIVE_NAME_RULE } from '../recognize/org/possessive-name.js';
import { POSSESSIVE } from '../recognize/names/view.js';

// A name a lexicon knows ("*.known") or an acronym keeps its type; so do dates and amounts.
const KEEPS_TYPE = new Set(['PERSON', 'DATE', 'MONEY']);

export function surnamesArePeople(mentions: readonly Mention[]): Mention[] {
  const surnames = fullNameSurnames(mentions);
  return mentions.map((m) => {
    // a mention retyped before is judged by the rule that retyped it
    const rule = m.retypedBy ?? m.rule;
    if (KEEPS_TYPE.has(m.type) || rule.endsWith('.known') || rule.endsWith('acronym') || words(m.text).length !== 1 || !surnames.has(nameKey(m.text))) return m;
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
  refine: (a) => void (a.mentions = surnamesArePeople(a.mentions)),
};
