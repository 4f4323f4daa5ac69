import { bare, POSSESSIVE, type NameRule } from '../names/view.js';
import { titleAt } from './title-name.js';

/**
 * "Jeff Rathke, the State Department Spokesperson, said": a run of capitals that ends in a
 * title with no name after it; the words before the title are read alone (the body or the
 * place whose title it is), the title is no name; so does a title's possessive ("the Los
 * Angeles Sheriff's office").
 */
export const beforeTrailingTitle: NameRule = {
  id: 'person.trailing-title',
  strong: false,
  info: [],
  read(c) {
    // "the Los Angeles Sheriff's office", "the Kelvasto Mayor's office": a title's possessive
    // ends the run, the words before it read alone
    const last = c.tokens[c.to - 1]!;
    const possessed = c.to - c.from >= 2 && POSSESSIVE.test(last.text) && c.lex.titles.has(bare(last).toLowerCase());
    for (let i = c.from + 1; i < c.to; i++) {
      if (!(possessed && i === c.to - 1) && titleAt(c, i, c.to) !== c.to) continue;
      const before = c.read({ ...c, to: i });
      const parts = (before?.parts ?? []).filter((p) => p.type !== 'PERSON');
      return parts.length && parts[parts.length - 1]!.to === i ? { parts } : null;
    }
    return null;
  },
};
