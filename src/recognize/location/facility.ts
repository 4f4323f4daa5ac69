import { lower, one, rule, type ChunkView, type NameRule } from '../names/view.js';
import { personApposed } from '../person/apposition.js';
import { firstName } from '../person/first-name.js';
import { lexicon } from '../../lexicon/registry.js';
import { afterPlacePreposition } from './cue.js';

/**
 * "Jenny Hall said", "Ann Bridge won": a known first name and a building's word that is
 * also a surname is a person's name, unless "the" or a preposition of place says the
 * building ("at Albert Hall", "the Victoria Park gates").
 */
function personNamedLikeBuilding(c: ChunkView): boolean {
  if (c.to - c.from !== 2 || !firstName(c.tokens[c.from]!) || !lexicon('surnameFacilityHeads').has(lower(c.tokens[c.to - 1]!))) return false;
  const before = c.tokens[c.from - 1];
  return !(before && /^(?:the|The)$/.test(before.text)) && !afterPlacePreposition(c);
}

// "Changi International Airport", "Fisht Stadium", "Kennedy Space Center", "Museum of
// Flight": a building or a site named by its head word is a place
export const facility: NameRule = {
  id: 'location.facility',
  strong: false,
  info: [
    rule('location.facility', 'LOCATION', 'a building or site named by its head word (Airport, Stadium, Space Center)', 'The plane landed at Zorvan International Airport.', 'Zorvan International Airport'),
    rule('location.facility-of', 'LOCATION', 'a facility head word followed by "of" and a name', 'The exhibit opened at the Museum of Flight.', 'Museum of Flight'),
  ],
  read(c) {
    if (c.to - c.from < 2) return null;
    // "Susan Park, an analyst at ...": an apposition of a person noun says a person's name
    if (c.to - c.from === 2 && personApposed.read(c)) return null;
    if (personNamedLikeBuilding(c)) return null;
    const last = lower(c.tokens[c.to - 1]!);
    const two = c.to - c.from >= 3 ? `${lower(c.tokens[c.to - 2]!)} ${last}` : '';
    const three = c.to - c.from >= 4 ? `${lower(c.tokens[c.to - 3]!)} ${two}` : '';
    if (c.lex.facilityHeads.has(last) || c.lex.facilityHeads.has(two) || c.lex.facilityHeads.has(three)) return one('LOCATION', c.from, c.to, 'location.facility');
    // "the Alfred Phillips House": after "the", a building's word that is a surname too ends
    // a building named after a person (two words are left to the tagger: "the White House")
    if (c.to - c.from >= 3 && /^(?:the|The)$/.test(c.tokens[c.from - 1]?.text ?? '') && lexicon('surnameFacilityHeads').has(last)) return one('LOCATION', c.from, c.to, 'location.facility');
    for (let i = c.from; i < c.to - 2; i++)
      if (c.lex.facilityHeads.has(lower(c.tokens[i]!)) && c.tokens[i + 1]!.text === 'of') return one('LOCATION', c.from, c.to, 'location.facility-of');
    return null;
  },
};
