// "The Hawks lost to Kelby 63-7", "a pitcher for the Pirates", "traded to the Bisons": a
// team named by its nickname alone, a capitalized plural after "the", is an organization
// (CoNLL, OntoNotes and GUM type teams ORG). A plural that names teams far more often than
// anything else (team-nicknames.json) needs a match's word beside it or a score in the
// sentence; any other plural a strong cue ("the Smiths", "the Beatles" are no teams). A
// people ("the Americans"), a party ("the Democrats"), a place ("the Alps") is none.
import { jsonData } from '../../data.js';
import { lexicon } from '../../lexicon/registry.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import type { Token } from '../../types.js';
import { countryOfDemonym } from '../location/demonyms.js';
import { listedPlace } from '../location/listed-place.js';
import { isGivenName, isSurname } from '../person/given-names.js';
import { bare, has, phrase, one, rule, type NameRule } from '../names/view.js';

interface Cues {
  nicknames: string[];
  before: string[];
  after: string[];
  scored: string[];
  roles: string[];
  moves: string[];
}

let cues: { nicknames: Set<string>; before: Set<string>; after: Set<string>; scored: Set<string>; roles: Set<string>; moves: Set<string> } | undefined;
function load() {
  if (cues) return cues;
  const c = jsonData<Cues>('recognize/org/team-nicknames.json');
  return (cues = { nicknames: new Set(c.nicknames), before: new Set(c.before), after: new Set(c.after), scored: new Set(c.scored), roles: new Set(c.roles), moves: new Set(c.moves) });
}

/** The one to three lower-case words that end right before token `end`, each joined as a phrase ("to", "lost to", "drafted by"). */
function phrasesBefore(toks: readonly Token[], end: number): string[] {
  const words: string[] = [];
  const out: string[] = [];
  for (let i = end - 1; i >= 0 && words.length < 3; i--) {
    const t = toks[i]!;
    if (!/^\p{L}[\p{Ll}-]*$/u.test(t.text) || t.post !== ' ') break;
    words.unshift(t.text.toLowerCase());
    out.push(words.join(' '));
  }
  return out;
}

// a score: "63-7", "3-1" (not a year's span "1995-96", nor a phone number)
const SCORE = /(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])/;

export const orgTeamNickname: NameRule = {
  id: 'org.team-nickname',
  strong: false,
  info: [rule('org.team-nickname', 'ORG', 'a capitalized plural after "the" that a match\'s word or a player\'s move names as a team ("the Hawks lost to", "a pitcher for the Pirates", "traded to the Bisons")', 'A year later he was traded to the Dunmore Bisons, and the Hawks lost to Kelby 63-7.', 'Hawks')],
  read(c) {
    const toks = c.tokens;
    if (c.to - c.from > 3 || !/^the$/i.test(toks[c.from - 1]?.text ?? '') || toks[c.from - 1]!.post !== ' ') return null;
    const last = toks[c.to - 1]!;
    const w = bare(last);
    if (!/^\p{Lu}\p{Ll}+s$/u.test(w) || /ss$/.test(w) || last.text !== w) return null;
    // (every word capitalized and no function word: "the Kelby Hawks", not "the Hawks of Kelby")
    for (let i = c.from; i < c.to; i++) if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(toks[i]!.text) || has(toks[i]!, 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Date')) return null;
    // a people, a creed, a party, a feature of the land, a place
    const stem = w.slice(0, -1);
    if (has(last, 'Demonym') || lexiconTags(w).some((g) => g === 'Demonym' || g === 'Place' || g === 'Country') || countryOfDemonym(w) || countryOfDemonym(stem) || lexiconTags(stem).includes('Demonym')) return null;
    if (/(?:ians|ists|ites|ans)$/.test(w) && !load().nicknames.has(w.toLowerCase())) return null;
    if (lexicon('placePlurals').has(w.toLowerCase()) || listedPlace(phrase(toks, c.from, c.to)) || c.lex.placeNames.has(phrase(toks, c.from, c.to))) return null;
    const k = load();
    const tail2 = c.to - c.from >= 2 ? `${bare(toks[c.to - 2]!)} ${w}`.toLowerCase() : '';
    const listed = k.nicknames.has(w.toLowerCase()) || k.nicknames.has(tail2);
    const sentence = toks.map((t) => t.text + t.post).join('');
    const scored = SCORE.test(sentence);
    const before = phrasesBefore(toks, c.from - 1);
    const next = toks[c.to]?.text.toLowerCase() ?? '';
    const next2 = toks[c.to]?.post === ' ' ? `${next} ${toks[c.to + 1]?.text.toLowerCase() ?? ''}` : next;
    const nextOk = last.post === ' ' || last.post === '';
    // strong: a player's role before "for the", a move between teams, a match's verb beside a score
    const role = before[0] === 'for' && before.slice(1).some((p) => k.roles.has(p.slice(0, -' for'.length)));
    const strong = role || before.some((p) => k.moves.has(p)) || (scored && nextOk && (k.scored.has(next) || k.after.has(next) || k.after.has(next2) || before.some((p) => k.before.has(p))));
    // a family's or a person's name in the plural ("the Browns lost their home") wants a strong cue
    const family = isSurname(stem) || isGivenName(stem);
    const weak = before.some((p) => k.before.has(p)) || (nextOk && (k.after.has(next) || k.after.has(next2))) || scored;
    // "the Kelby Hawks": a name of its own before a listed nickname names the team with no cue
    // (not "the Golden Eagles" of the zoo: a common word is no place's name)
    const named = listed && c.to - c.from >= 2 && toks.slice(c.from, c.to - 1).every((t) => !isCommonWord(bare(t).toLowerCase()) && !c.lowerWords.has(bare(t).toLowerCase()));
    if (strong || (listed && !family && (weak || named))) return one('ORG', c.from, c.to, 'org.team-nickname');
    return null;
  },
};
