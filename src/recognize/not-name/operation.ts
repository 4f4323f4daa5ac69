import { none, type NameRule } from '../names/view.js';

// "Operation Inherent Resolve", "during Operation Desert Storm": a named military operation
// is an event, none of our types (no place, no person, no program)
export const operation: NameRule = {
  id: 'not-name.operation',
  strong: true,
  info: [],
  read(c) {
    let from = c.from;
    if (c.to - from > 2 && /^the$/i.test(c.tokens[from]!.text)) from++;
    const first = c.tokens[from]!;
    if (c.to - from < 2 || first.text !== 'Operation' || first.post !== ' ' || !/^\p{Lu}/u.test(c.tokens[from + 1]!.text)) return null;
    return none();
  },
};
