// An unknown name where a place is named: "near Khan Rahal", "outside Tell Abyad", "in the
// village of Tal Hamis", "the Zorvale district". Without the cue such a name reads as a
// person's by its shape; a person keeps its reading by a known first name ("near John
// Hale"), a possessive or a noun after it ("near Smith's house", "outside Zorvex
// headquarters").
import { lexicon } from '../../lexicon/registry.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { knownPlace } from './known-place.js';
import { isGivenName } from '../person/given-names.js';
import { firstName } from '../person/first-name.js';
import { bare, has, one, POSSESSIVE, rule, type NameRule } from '../names/view.js';
import { countryOfDemonym } from './demonyms.js';
import { afterPlacePreposition, basedAfter, withinPlaceAfter, townNounAfter, besideListedPlace, inPlaceList, placeCueBefore, placeNounAfter } from './cue.js';

const PERSON_TAGS = /^(?:Person|FirstName|MaleName|FemaleName|LastName|Honorific)$/;
const ARTICLE = /^(?:al|el|ez|es|ed|ad|ar|as|ash|at|az|an|ur|us)$/;

/** A word that opens places' names: 'place' when it opens nobody's name ("Deir", "Kiryat"), 'name' when it may open a person's too ("Khan", "Tal"). */
function toponymHead(w: string): 'place' | 'name' | null {
  if (lexicon('toponymHeads').has(w)) return 'name';
  return lexicon('placeOnlyToponymHeads').has(w) ? 'place' : null;
}

export const placeByCue: NameRule = {
  id: 'location.cue',
  strong: false,
  info: [
    rule('location.cue', 'LOCATION', 'an unknown name after a preposition that takes places ("near", "outside"), after a word that says where and a preposition ("born in", "fled to", "police in"), after "the village of" and the like, before a place noun ("the X district") or "-based"; a name a word of places opens ("Khan", "Tal") after any preposition of place, or one that opens nobody\'s name ("Deir", "Kiryat") anywhere', 'Rebels shelled positions near Khan Zorvani on Monday.', 'Khan Zorvani'),
  ],
  read(c) {
    const n = c.to - c.from;
    if (n > 4) return null;
    const toks = c.tokens.slice(c.from, c.to);
    const last = toks[n - 1]!;
    // (the Arabic article inside: "Maarat al-Numan", "Deir ez-Zor")
    if (POSSESSIVE.test(last.text) || !/^\p{Lu}/u.test(last.text) || !toks.every((t, i) => /^\p{Lu}/u.test(t.text) || (i > 0 && t.post === '-' && ARTICLE.test(t.text)))) return null;
    // "in Asia Monday": a date in the run is no part of a place's name
    if (toks.some((t) => has(t, 'WeekDay', 'Month', 'Date'))) return null;
    // "in Khan Younis", "from Tal Afar", "Kiryat Shmona", "Deir al-Balah": a word that opens
    // places' names, after any preposition of place; one that opens nobody's name, anywhere
    const head = n > 1 ? toponymHead(bare(toks[0]!)) : null;
    const headSays = head === 'place' || (head !== null && afterPlacePreposition(c));
    // (the cues first: most chunks have none, and the lookups of peoples below cost more)
    const before = headSays ? null : (placeCueBefore(c) ?? (inPlaceList(c) ? 'noun' : null) ?? (besideListedPlace(c) || withinPlaceAfter(c) ? 'preposition' : null));
    // ("Ground-based radars", "Land-based missiles": a common word before "-based" says on what, not where)
    const commonBase = (): boolean => n === 1 && isCommonWord(bare(last).toLowerCase()) && !knownPlace(bare(last));
    const nounAfter = !headSays && (placeNounAfter(c) || (basedAfter(c) && !commonBase()));
    if (!headSays && !before && !nounAfter) return null;
    // "near Muslims", "the Danish-German border": a people, not a place
    // (an organization's tag that the police or the place noun after the name gave it is
    // none: "Kelby police", "the Kelby département")
    const townNoun = n === 1 && (townNounAfter(c) || placeNounAfter(c)) && !lexiconTags(bare(toks[0]!)).includes('Organization');
    if (toks.some((t) => (has(t, 'Organization') && !townNoun) || has(t, 'Honorific', 'Acronym', 'Demonym', 'Plural') || lexiconTags(bare(t)).includes('Demonym') || countryOfDemonym(bare(t)))) return null;
    if (headSays) return one('LOCATION', c.from, c.to, 'location.cue');
    // "outside Zorvex headquarters": a noun after the name makes it a modifier
    const next = c.tokens[c.to];
    if (!nounAfter && next && last.post.trim() === '' && /^\p{Ll}/u.test(next.text) && has(next, 'Noun')) return null;
    // "the village of Tal Hamis", "the Zorvale district": the noun says it, whatever the name
    if (before === 'noun' || nounAfter) return one('LOCATION', c.from, c.to, 'location.cue');
    // "near Khan Rahal": a word that opens places' names
    if (head) return one('LOCATION', c.from, c.to, 'location.cue');
    // "near John Hale", "near Obama": a person's name keeps a person
    if (firstName(toks[0]!) || isGivenName(bare(toks[0]!))) return null;
    if (toks.some((t) => has(t, 'Person', 'FirstName', 'LastName') || lexiconTags(bare(t)).some((g) => PERSON_TAGS.test(g)))) return null;
    return one('LOCATION', c.from, c.to, 'location.cue');
  },
};
