import { listedPlace } from '../location/listed-place.js';
import { siblingRule } from '../names/list-sibling.js';
import { phrase, rule } from '../names/view.js';
import { firstName } from '../person/first-name.js';

/** "Rivals Apple, Google and Microsoft": a place or a person's name by its first name keeps its own reading. */
export const orgListSibling = siblingRule(
  'ORG',
  'org.list-sibling',
  [rule('org.list-sibling', 'ORG', 'a name in a list whose other items are all organizations', 'Rivals Quorvane, Google and Microsoft objected.', 'Quorvane')],
  (c) => firstName(c.tokens[c.from]!) || listedPlace(phrase(c.tokens, c.from, c.to)),
);
