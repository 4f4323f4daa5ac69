import { lexicon } from '../../lexicon/registry.js';
import { has, lower, one, phrase, rule, type ChunkView, type NamePart, type NameRule, type Reading } from '../names/view.js';
import { listedPlace } from './listed-place.js';

/**
 * "Texas Democrats", "Gaza residents" written in capitals, "Kurdistan Muslims": a place's
 * name before a plural of its people (people-plurals.txt, party-adherents.txt) or of a
 * nationality ("Gaza Palestinians") is the place; the people are no name of ours. A place
 * the lists know only: "Kelby Democrats" may be a club's.
 */
export const placeBeforePeople: NameRule = {
  id: 'location.before-people',
  strong: true,
  info: [rule('location.before-people', 'LOCATION', "a listed place before a plural of its people: the place", 'The plan split Ohio Democrats last year.', 'Ohio')],
  read(c) {
    if (c.to - c.from < 2 || c.to - c.from > 4) return null;
    const member = placeBeforeMember(c);
    if (member) return member;
    const last = c.tokens[c.to - 1]!;
    const before = c.tokens[c.to - 2]!;
    if (before.post !== ' ' || !/^\p{Lu}\p{Ll}+s$/u.test(last.text)) return null;
    if (!lexicon('peoplePlurals').has(lower(last)) && !has(last, 'Demonym')) return null;
    return listedPlace(phrase(c.tokens, c.from, c.to - 1)) ? one('LOCATION', c.from, c.to - 1, 'location.before-people') : null;
  },
};

/** "Republican", "New Democrat", "Tory": one of a party's people, the plural's singular (party-adherents.txt). */
function adherent(words: string): boolean {
  const w = words.toLowerCase();
  return lexicon('partyAdherents').has(w + 's') || (w.endsWith('y') && lexicon('partyAdherents').has(w.slice(0, -1) + 'ies'));
}

/**
 * "a Texas Republican senator", "an Ottawa New Democrat MP", "a Kelby Labour councillor": a
 * listed place, then one of a party's people or a party's word, then a noun of its members
 * (party-member-nouns.txt) in lower case or as a title in capitals ("MP"): the place, and the
 * party when it is named by a common word ("Labour"); the people are no name of ours.
 */
function placeBeforeMember(c: ChunkView): Reading | null {
  const toks = c.tokens;
  const lastIsNoun = lexicon('partyMemberNouns').has(toks[c.to - 1]!.text) && /^\p{Lu}+s?$/u.test(toks[c.to - 1]!.text);
  const end = lastIsNoun ? c.to - 1 : c.to;
  const noun = lastIsNoun ? toks[c.to - 1]! : toks[c.to];
  if (!noun || toks[end - 1]!.post !== ' ' || !lexicon('partyMemberNouns').has(noun.text)) return null;
  for (const k of [end - 2, end - 1]) {
    if (k <= c.from) continue;
    const party = phrase(toks, k, end);
    const word = lexicon('partyWords').has(party);
    if ((!word && !adherent(party)) || !listedPlace(phrase(toks, c.from, k))) continue;
    const place: NamePart = { type: 'LOCATION', from: c.from, to: k, rule: 'location.before-people' };
    return { parts: word ? [place, { type: 'ORG', from: k, to: end, rule: 'org.party-word' }] : [place] };
  }
  return null;
}
