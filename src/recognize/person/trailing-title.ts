import type { NameRule } from '../names/view.js';
import { titleAt } from './title-name.js';

/**
 * "Jeff Rathke, the State Department Spokesperson, said": a run of capitals that ends in a
 * title with no name after it; the words before the title are read alone (the body or the
 * place whose title it is), the title is no name.
 */
export const beforeTrailingTitle: NameRule = {
  id: 'person.trailing-title',
  strong: false,
  info: [],
  read(c) {
    for (let i = c.from + 1; i < c.to; i++) {
      if (titleAt(c, i, c.to) !== c.to) continue;
      const before = c.read({ ...c, to: i });
      const parts = (before?.parts ?? []).filter((p) => p.type !== 'PERSON');
      return parts.length && parts[parts.length - 1]!.to === i ? { parts } : null;
    }
    return null;
  },
};
