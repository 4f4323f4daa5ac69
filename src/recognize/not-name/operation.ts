import { bare, has, lower, none, type NameRule } from '../names/view.js';
import { knownPlace } from '../location/known-place.js';
import { lexicon } from '../../lexicon/registry.js';

// "Operation Inherent Resolve", "during Operation Desert Storm", "Exercise Kelby Shield", "the
// annual Talvan Trident exercise": a named military operation or exercise is an event, none
// of our types (no place, no person, no program)
export const operation: NameRule = {
  id: 'not-name.operation',
  strong: true,
  info: [],
  read(c) {
    let from = c.from;
    if (c.to - from > 2 && /^the$/i.test(c.tokens[from]!.text)) from++;
    const first = c.tokens[from]!;
    // "Exercise Kelby Shield": an exercise is named as an operation is
    if (c.to - from >= 2 && /^(?:Operation|Exercise)$/.test(first.text) && first.post === ' ' && /^\p{Lu}/u.test(c.tokens[from + 1]!.text)) return none();
    // "the annual Talvan Trident exercise", "the Kelby Shield drills": words of no body
    // or land between an article and the exercise's noun
    const next = c.tokens[c.to];
    if (!next || c.tokens[c.to - 1]!.post !== ' ' || !/^(?:exercise|exercises|drills|wargames)$/.test(next.text)) return null;
    let b = c.from - 1;
    if (/^(?:annual|joint|biennial|multinational|naval|military|combined)$/.test(c.tokens[b]?.text ?? '')) b--;
    if (!/^(?:the|The)$/.test(c.tokens[b]?.text ?? '')) return null;
    for (let i = c.from; i < c.to; i++) {
      const t = c.tokens[i]!;
      if (c.lex.orgHeads.has(lower(t)) || lexicon('featureHeads').has(lower(t)) || has(t, 'Place', 'Demonym', 'Organization', 'Acronym') || knownPlace(bare(t))) return null;
    }
    return none();
  },
};
