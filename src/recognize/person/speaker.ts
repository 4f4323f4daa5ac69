import { one, phrase, rule, type ChunkView, type NameRule } from '../names/view.js';
import { afterPlacePreposition } from '../location/cue.js';
import { isGazetteerCity } from '../location/gazetteer.js';
import { isTown } from '../location/towns.js';
import { firstName } from './first-name.js';
import { loneSurname } from './lone-surname.js';
import { inStatement, invertedAttribution, saysWord } from '../shared/attribution.js';
import { personLike } from './person-like.js';

/** A closing quotation mark ends the token's trailing text: `"Wait," Darek said`. */
const CLOSES_QUOTE = /["”]\s*$/;

/**
 * `"No," said Darek.`, `"We will wait," Darek said.`: one unknown word as the speaker of a
 * quotation just closed is a person (a body's words are reported, not quoted, in news).
 */
function quoteSpeaker(c: ChunkView): boolean {
  if (c.to - c.from !== 1) return false;
  const [b1, next] = [c.tokens[c.from - 1], c.tokens[c.to]];
  // (or a clause closed by a comma: "Recipients, said Mauer, must ...")
  const inverted = invertedAttribution(c.tokens, c.from);
  if (!inverted && !(b1 && CLOSES_QUOTE.test(b1.post) && saysWord(next) && c.tokens[c.to - 1]!.post === ' ')) return false;
  // (the words around it first: most words stand by no quotation, and the word's lookups cost more)
  if (!loneSurname(c, c.tokens[c.from]!)) return false;
  // ("said Brellix in a statement": a firm's statement, quoted: org/subject.ts)
  return !inStatement(c.tokens, inverted ? c.to : c.to + 1);
}

/**
 * "Jafari said she felt ...", "Voss says he will stay": one unknown word that says what a
 * man or a woman does is a person (a firm says "it").
 */
export function saysPronoun(c: ChunkView): boolean {
  const [next, pronoun] = [c.tokens[c.to], c.tokens[c.to + 1]];
  if (c.to - c.from !== 1 || !next || !pronoun || c.tokens[c.from]!.post !== ' ' || next.post !== ' ') return false;
  return /^(?:said|says|told|added|wrote|insisted)$/.test(next.text) && /^(?:he|she)$/.test(pronoun.text) && loneSurname(c, c.tokens[c.from]!);
}

// "Golts told", "Miller said": a short name followed by a verb of saying
export const speaker: NameRule = {
  id: 'person.speaker',
  strong: false,
  info: [
    rule('person.speaker', 'PERSON', 'a name of two to four words followed by a verb of saying', '"We will wait," Zorvak Telund said.', 'Zorvak Telund'),
    rule('person.quote-speaker', 'PERSON', 'one unknown word as the speaker of a quotation just closed', '"We will not stop," said Darek.', 'Darek'),
    rule('person.says-pronoun', 'PERSON', 'one unknown word before a verb of saying and "he" or "she"', 'Later, Jafari said she felt fine.', 'Jafari'),
  ],
  read(c) {
    if (quoteSpeaker(c)) return one('PERSON', c.from, c.to, 'person.quote-speaker');
    if (saysPronoun(c)) return one('PERSON', c.from, c.to, 'person.says-pronoun');
    const next = c.tokens[c.to];
    if (!next || c.to - c.from < 2 || !c.lex.speechVerbs.has(next.text.toLowerCase())) return null;
    // "police in Santa Cruz said": a city of the gazetteers after a preposition of place
    const p = phrase(c.tokens, c.from, c.to);
    if (afterPlacePreposition(c) && (isGazetteerCity(p) || isTown(p)) && !firstName(c.tokens[c.from]!)) return null;
    return personLike(c, c.from, c.to) ? one('PERSON', c.from, c.to, 'person.speaker') : null;
  },
};
