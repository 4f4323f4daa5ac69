import { one, rule, type NameRule } from '../names/view.js';
import { personLike } from './person-like.js';

// "Golts told", "Miller said": a short name followed by a verb of saying
export const speaker: NameRule = {
  id: 'person.speaker',
  strong: false,
  info: [rule('person.speaker', 'PERSON', 'a name of two to four words followed by a verb of saying', '"We will wait," Zorvak Telund said.', 'Zorvak Telund')],
  read(c) {
    const next = c.tokens[c.to];
    if (!next || c.to - c.from < 2 || !c.lex.speechVerbs.has(next.text.toLowerCase())) return null;
    return personLike(c, c.from, c.to) ? one('PERSON', c.from, c.to, 'person.speaker') : null;
  },
};
