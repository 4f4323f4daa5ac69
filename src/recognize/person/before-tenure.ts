import { lexicon } from '../../lexicon/registry.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { knownPlace } from '../location/known-place.js';
import { isKnownOrg } from '../org/known-orgs.js';
import { bare, has, lower, none, one, rule, type NameRule } from '../names/view.js';
import { isSurname } from './given-names.js';

/** A word of a movement's adherents: "Sandinista", "Peronist", "Chavista", "Maoist". */
const ADHERENT = /\p{Ll}(?:ista|ist|ite)$/u;

/**
 * "the Obama administration", "Biden aides", "the Reagan era": a leader's surname before a
 * noun of time in office or following (tenure-nouns.txt) is the person, where the article
 * and the noun would make it a thing or a body. The lexicons must know the name as a
 * person's, except before "administration" and its kin (tenure-nouns-any.txt), which only a
 * leader's name takes, and "government" or "cabinet" after "the" ("the Sunak government"); a
 * place the lexicons know ("the Iran government") or a body keeps its own reading.
 */
export const personBeforeTenure: NameRule = {
  id: 'person.before-tenure',
  strong: false,
  info: [rule('person.before-tenure', 'PERSON', 'a surname before a noun of time in office or following ("administration", "aides", "era")', 'Critics of the Kell administration said so.', 'Kell')],
  read(c) {
    if (c.to - c.from !== 1) return null;
    const t = c.tokens[c.from]!;
    const next = c.tokens[c.to];
    const w = bare(t);
    const noun = next ? bare(next) : '';
    if (!next || t.post !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(w) || !lexicon('tenureNouns').has(noun)) return null;
    // "the Kelby administration's plan" reads on; "aides to" and "allies of" are the same
    // (a common word only before "administration" and its kin, which only a leader's name
    // takes, where the document never writes it in lower case: "the Trump administration",
    // "the Bush presidency")
    const any = lexicon('tenureNounsAny').has(noun);
    // (not a party's word or its adherent's, nor an adjective: "the Labour administration",
    // "the Tory administration", "the Interim administration")
    const l = lower(t);
    const party = lexicon('partyWords').has(w) || lexicon('partyAdherents').has(`${l}s`) || lexicon('partyAdherents').has(l.replace(/y$/, 'ies'));
    const common = isCommonWord(l) && (!any || lexiconTags(l).includes('Adjective'));
    if (knownPlace(w) || has(t, 'Place', 'Demonym') || isKnownOrg(w) || party || common || c.lowerWords.has(l)) return null;
    const personal = lexiconTags(w).some((g) => /^(?:Person|FirstName|LastName|MaleName|FemaleName)$/.test(g)) || isSurname(w);
    // ("the Sunak government", "the Kelvo cabinet": a name no lexicon knows, between the article
    // and a government's noun, is its leader's: the lands and regions are in the lexicons)
    const led = /^(?:government|cabinet)$/.test(noun) && /^(?:the|The)$/.test(c.tokens[c.from - 1]?.text ?? '');
    // (a movement's adherents are no leader, and no name of ours: "the Sandinista government")
    if (led && ADHERENT.test(w) && !personal) return none();
    return personal || led || any ? one('PERSON', c.from, c.to, 'person.before-tenure') : null;
  },
};
