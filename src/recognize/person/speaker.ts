import { one, phrase, rule, type NameRule } from '../names/view.js';
import { afterPlacePreposition } from '../location/cue.js';
import { isGazetteerCity } from '../location/gazetteer.js';
import { isTown } from '../location/towns.js';
import { firstName } from './first-name.js';
import { personLike } from './person-like.js';

// "Golts told", "Miller said": a short name followed by a verb of saying
export const speaker: NameRule = {
  id: 'person.speaker',
  strong: false,
  info: [rule('person.speaker', 'PERSON', 'a name of two to four words followed by a verb of saying', '"We will wait," Zorvak Telund said.', 'Zorvak Telund')],
  read(c) {
    const next = c.tokens[c.to];
    if (!next || c.to - c.from < 2 || !c.lex.speechVerbs.has(next.text.toLowerCase())) return null;
    // "police in Santa Cruz said": a city of the gazetteers after a preposition of place
    const p = phrase(c.tokens, c.from, c.to);
    if (afterPlacePreposition(c) && (isGazetteerCity(p) || isTown(p)) && !firstName(c.tokens[c.from]!)) return null;
    return personLike(c, c.from, c.to) ? one('PERSON', c.from, c.to, 'person.speaker') : null;
  },
};
