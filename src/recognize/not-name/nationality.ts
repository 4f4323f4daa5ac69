// Words that modify and name nothing. "The Ruritanian government", "Zembian troops": a
// capitalized word no lexicon knows, shaped like a nationality (-ian, -ese, -ish, -i),
// before a lower-case noun of people, forces or government, is the nationality of what
// follows: no name of its own. The tagger knows the common nationalities; this reads the
// ones it does not know by their shape and use.
import { lexicon } from '../../lexicon/registry.js';
import { knownPlace } from '../location/known-place.js';
import { bare, has, none, type ChunkView, type NameRule } from '../names/view.js';
import { countryOfDemonym } from '../location/demonyms.js';

const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:ian|ean|ese|ish|i)$/u;

export const nationality: NameRule = {
  id: 'not-name.nationality',
  strong: false,
  info: [],
  read(c) {
    if (demonymCompound(c) || allHonour(c)) return none();
    if (c.to - c.from !== 1) return null;
    const t = c.tokens[c.from]!;
    const next = c.tokens[c.to];
    const w = bare(t);
    if (!next || w !== t.text || t.post !== ' ' || !DEMONYM_SHAPE.test(w)) return null;
    if (!/^\p{Ll}+$/u.test(next.text) || !lexicon('nationalityNouns').has(next.text)) return null;
    // "the Monti government", "the Renzi administration": before the noun of a leader's
    // tenure a word ending in "-i" is as often the leader's surname (person/before-tenure.ts)
    if (/i$/.test(w) && lexicon('tenureNouns').has(next.text)) return null;
    // a person's name ("the Gandhi government"), or a place or body a lexicon knows
    if (has(t, 'Person', 'FirstName', 'LastName', 'Place') || knownPlace(w)) return null;
    if (c.lex.orgNames.has(w) || c.lex.placeNames.has(w)) return null;
    return none();
  },
};

/** A nationality by the lexicons or the demonym lists ("Danish", "German", "Franco"). */
const demonym = (w: string): boolean => countryOfDemonym(w) !== null || /^(?:Franco|Anglo|Sino|Indo|Russo|Italo|Greco|Austro|Hispano|Luso|Afro|Euro)$/.test(w);

/**
 * "the Danish-German border", "Sino-Soviet relations": nationalities joined by hyphens
 * modify what follows; no name, whatever a given name of the same spelling says.
 */
function demonymCompound(c: ChunkView): boolean {
  if (c.to - c.from < 2) return false;
  for (let i = c.from; i < c.to; i++) {
    const t = c.tokens[i]!;
    if ((i < c.to - 1 && t.post !== '-') || !demonym(bare(t))) return false;
  }
  return true;
}

/**
 * "a consensus All-American", "the All-Star team", "All-Pro": "All-" and one word is an
 * honour of a season's best players, no body; longer names keep it ("All-India Radio").
 */
const allHonour = (c: ChunkView): boolean => c.to - c.from === 2 && c.tokens[c.from]!.text === 'All' && c.tokens[c.from]!.post === '-';
