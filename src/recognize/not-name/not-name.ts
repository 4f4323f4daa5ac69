import { lexiconTags } from '../../nlp/tagger.js';
import { isModelNumber } from '../../resolve/names.js';
import { lexicon } from '../../lexicon/registry.js';
import { knownPlace } from '../location/known-place.js';
import { countryOfDemonym } from '../location/demonyms.js';
import { bare, has, none, phrase, POSSESSIVE, type NameRule } from '../names/view.js';
import type { Token } from '../../types.js';


// "CEO", "UTC", "TV": capitalized, but no name; "Russian", "European": a nationality, not
// a place or an organization (whatever its context made of it); "Dow Jones Industrial
// Average", "the Nikkei": a market index; "Boeing 747", "FTSE 100": a product or an index;
// "Google Science Fair": an event
/** "A." of "A. Dale": an initial opens a person's name, never a product's. */
const initialOpens = (t: Token): boolean => /^\p{Lu}\.?$/u.test(t.text) && t.post.startsWith('.');

export const notName: NameRule = {
  id: 'not-name',
  strong: true,
  info: [],
  read(c) {
    const lastToken = c.tokens[c.to - 1]!;
    const last = bare(lastToken);
    const t = c.tokens[c.from]!;
    // ("Malian", "Yemeni": a nationality the demonym list knows and the tagger does not)
    // (asked of one word only: the lookups cost more than the rest of the rule)
    const nationality = (): boolean => (has(t, 'Demonym') && !has(t, 'Place')) || ((lexiconTags(bare(t)).includes('Demonym') || countryOfDemonym(bare(t)) !== null) && !knownPlace(bare(t)));
    if (c.to - c.from === 1 && (c.lex.notNames.has(last) || nationality())) return none();
    const words = phrase(c.tokens, c.from, c.to);
    if (c.lex.marketIndexes.has(words)) return none();
    const next = c.tokens[c.to];
    // (a known place before a number is a side and its score, no product: "Yorkshire 229 v
    // Essex"; nor is a batsman's name and his runs: "A. Dale 101 not out")
    if (next && lastToken.post === ' ' && !POSSESSIVE.test(lastToken.text) && isModelNumber(next.text) && !knownPlace(words) && !initialOpens(c.tokens[c.from]!)) return none();
    // a storm: "Hurricane Ada", "Tropical Storm Bret": a storm's words and one name
    if (c.to - c.from > 1 && lexicon('stormWords').has(phrase(c.tokens, c.from, c.to - 1)) && /^\p{Lu}\p{Ll}+$/u.test(last) && !c.lex.orgHeads.has(last.toLowerCase())) return none();
    // an event: "Worldwide Developers Conference", "FIFA World Cup"
    if (c.to - c.from > 1 && /^\p{Lu}/u.test(last) && c.lex.eventHeads.has(last.toLowerCase())) return none();
    return c.to - c.from > 1 && lexicon('indexHeads').has(last) ? none() : null;
  },
};
