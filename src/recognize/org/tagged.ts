import { lexicon } from '../../lexicon/registry.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { isCommonWordOrg, isKnownOrg } from './known-orgs.js';
import { countryOfDemonym } from '../location/demonyms.js';
import { knownPlace } from '../location/known-place.js';
import { townNounAfter } from '../location/cue.js';
import { bare, has, one, orgTagged, rule, type NameRule } from '../names/view.js';
import { listOfWords } from '../names/list-items.js';
import { outletBeforeName } from './cue.js';

export const taggedOrg: NameRule = {
  id: 'org.tagged',
  strong: false,
  info: [rule('org.tagged', 'ORG', "a name compromise's lexicon tags as an organization", 'The deal was backed by Bechtel last year.', 'Bechtel')],
  read(c) {
    // "the British BBC", "Russian FSB": a nationality before an acronym says whose it is
    const first = c.tokens[c.from]!;
    const acronym = c.tokens[c.from + 1];
    if (c.to - c.from === 2 && acronym && first.post === ' ' && /^\p{Lu}{2,6}$/u.test(acronym.text) && (has(first, 'Demonym') || countryOfDemonym(bare(first)) !== null)) {
      // (not a market's index: "the British FTSE")
      return has(acronym, 'Organization', 'Acronym') && !lexicon('marketIndexes').has(acronym.text) ? one('ORG', c.from + 1, c.to, 'org.tagged') : null;
    }
    // "EU REJECTS CALL", "NBA RESULTS": a short headline in capitals whose verb the tagger
    // spread a firm's tag over is a sentence: the name is the words before the verb
    const words = c.tokens.slice(c.from, c.to);
    const verb = words.length >= 2 && words.every((t) => !/\p{Ll}/u.test(t.text)) ? words.findIndex((t) => has(t, 'Verb') && !has(t, 'Noun')) : -1;
    if (verb === 0) return null;
    if (verb > 0) return taggedOrg.read({ ...c, to: c.from + verb });
    // compromise reads "Vienna & Geneva" as a firm; two places are two places
    const caps = c.tokens.slice(c.from, c.to).filter((t) => /^\p{Lu}/u.test(t.text));
    if (caps.length > 1 && caps.every((t) => knownPlace(bare(t)))) return null;
    // one common word the tagger made a firm from the words around it ("a career in
    // Marketing, Sales, ..."): its lexicon knows no firm of that name
    // (nor in a list of such words, whatever firm a list names by one)
    const word = bare(first);
    const common = (w: string) => isCommonWord(w.toLowerCase()) && !lexiconTags(w).includes('Organization');
    if (c.to - c.from === 1 && common(word) && !isKnownOrg(word) && (!isCommonWordOrg(word) || listOfWords(c, common))) return null;
    // "the Kelvasto news agency Tanjug": the tag came from the outlet's nouns after the word
    if (c.to - c.from === 1 && !lexiconTags(word).includes('Organization') && outletBeforeName(c)) return null;
    // "Kelby police said": the tag came from the police after the word, which is a town's
    if (c.to - c.from === 1 && !lexiconTags(word).includes('Organization') && townNounAfter(c)) return null;
    for (let i = c.from; i < c.to; i++) if (orgTagged(c, i)) return one('ORG', c.from, c.to, 'org.tagged');
    return null;
  },
};
