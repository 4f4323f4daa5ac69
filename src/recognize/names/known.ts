// The shape of a lexicon rule, shared by the types: the chunk (with "The" before it, or
// without a leading "the") is a name the type's lexicon lists.
import type { EntityType, RuleInfo } from '../../types.js';
import type { NameLexicons } from './lexicons.js';
import { one, phrase, type NameRule } from './view.js';

export function knownNameRule(type: EntityType, id: string, listed: (lex: NameLexicons) => ReadonlySet<string>, info: RuleInfo): NameRule {
  return {
    id,
    strong: true,
    info: [info],
    read(c) {
      const names = listed(c.lex);
      const full = phrase(c.tokens, c.from, c.to);
      // "The Moscow Times" with "The" left out of the chunk as a sentence opener
      const prev = c.from > 0 ? c.tokens[c.from - 1]! : undefined;
      if (prev && /^the$/i.test(prev.text) && prev.post.trim() === '' && names.has(`The ${full}`)) return one(type, c.from - 1, c.to, id);
      if (names.has(full)) return one(type, c.from, c.to, id);
      if (/^the$/i.test(c.tokens[c.from]!.text) && c.to - c.from > 1 && names.has(phrase(c.tokens, c.from + 1, c.to))) return one(type, c.from + 1, c.to, id);
      return null;
    },
  };
}
