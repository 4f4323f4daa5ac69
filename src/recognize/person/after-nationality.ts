// "Italian Ann Hale won the race", "Kenyan Karl Venn", "Briton Tom Reed": a nationality
// before a person's name says where the person is from and is no part of the name (sports
// wires name athletes so). The rest of the chunk is read alone; only a person's reading is
// kept, so a body named by a nationality and a given name stays whole ("German Marshall
// Fund": "Marshall Fund" reads as a fund, not a person).
import { wordList } from '../../data.js';
import { countryOfDemonym } from '../location/demonyms.js';
import { bare, has, type NameRule } from '../names/view.js';
import { knownPlace } from '../location/known-place.js';
import { regionOf } from '../location/regions.js';
import type { Token } from '../../types.js';
import { firstName, givenName } from './first-name.js';

let nouns: ReadonlySet<string> | undefined;
/** "Briton", "Dutchman": a nationality's noun the demonym lists lack (nationality-nouns.txt) */
const nationalityNoun = (w: string): boolean => (nouns ??= new Set(wordList('recognize/person/nationality-nouns.txt'))).has(w);

/**
 * A word of where one comes from, before a person's name: a demonym ("Italian"), a
 * nationality's noun ("Briton"), or a known place and "-er", "-n", "-an", "-ian" ("Texan",
 * "Queenslander"; a given name so shaped is none: "Adrian Tom Kelby").
 */
export function nationalityWord(t: Token): boolean {
  if (t.text !== bare(t)) return false;
  if (has(t, 'Demonym') || countryOfDemonym(t.text) !== null || nationalityNoun(t.text)) return true;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || firstName(t) || givenName(t)) return false;
  const stems = ['ian', 'an', 'er', 'n'].filter((x) => t.text.length > x.length + 3 && t.text.endsWith(x)).map((x) => t.text.slice(0, -x.length));
  return stems.some((w) => [w, w + 'a'].some((p) => knownPlace(p) || regionOf(p) !== undefined));
}

export const personAfterNationality: NameRule = {
  id: 'person.after-nationality',
  strong: false,
  info: [],
  read(c) {
    const n = c.to - c.from;
    if (n < 3 || n > 4) return null;
    const t = c.tokens[c.from]!;
    if (t.post !== ' ' || !nationalityWord(t)) return null;
    const given = c.tokens[c.from + 1]!;
    if (!firstName(given) && !givenName(given)) return null;
    const rest = c.read({ ...c, from: c.from + 1 });
    if (!rest || rest.title || rest.parts.length !== 1) return null;
    const p = rest.parts[0]!;
    return p.type === 'PERSON' && p.from === c.from + 1 && p.to === c.to ? rest : null;
  },
};
