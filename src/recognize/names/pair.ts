// "the Russia-Ukraine war", "the Israel-Hamas ceasefire", "India-Pakistan talks": two names
// joined by a hyphen before a noun of what two sides have between them (pair-nouns.txt) are
// two names, each read alone; a place named by both ("Bosnia-Herzegovina") stays one.
import { lexicon } from '../../lexicon/registry.js';
import { knownPlace } from '../location/known-place.js';
import { listedPlace } from '../location/listed-place.js';
import { regionOf } from '../location/regions.js';
import { bare, has, none, rule, type NamePart, type NameRule } from './view.js';
import { isSurname } from '../person/given-names.js';

/** Rules that read one word by a lexicon of places, bodies or people. */
const LEXICON_READINGS = new Set(['location.known-place', 'location.known', 'location.acronym', 'location.gazetteer', 'location.region', 'location.town', 'org.known', 'org.acronym', 'org.listed', 'org.known-word', 'person.tagged']);

/** What two sides play: "the Kelby-Dunmore match", "the Kelby-Arden final"; its unknown sides are clubs. */
const PLAYED = /^(?:match|game|final|series|derby|fixture)$/;

export const namePair: NameRule = {
  id: 'names.pair',
  strong: true,
  info: [rule('person.pair-side', 'PERSON', 'an unknown name beside a person on either side of a hyphen before what two sides have between them ("the Ali-Frazier fight")', 'Fans recalled the Ali-Kelmer fight.', 'Kelmer'), rule('org.pair-side', 'ORG', 'an unknown name beside a land or a club on either side of a hyphen before what two sides play ("the Brazil-Kelby game"): a club', 'Fans left the Brazil-Kelby match early.', 'Kelby')],
  read(c) {
    const n = c.to - c.from;
    const last = c.tokens[c.to - 1]!;
    if (n < 2 || n > 3 || last.post !== ' ' || !lexicon('pairNouns').has(c.tokens[c.to]?.text ?? '')) return null;
    const words = c.tokens.slice(c.from, c.to);
    if (!words.slice(0, -1).every((t) => t.post === '-') || !words.every((t) => /^\p{Lu}/u.test(t.text))) return null;
    const whole = words.map(bare).join('-');
    if (knownPlace(whole) || listedPlace(whole) || regionOf(whole) !== undefined) return null;
    // each side a name of its own that a lexicon knows (not a piece of one firm's name the
    // tagger tags: "Coca-Cola"), or, beside lands only, one no rule reads: a land too ("the
    // Kelvania-Russia border")
    const parts: (NamePart | number)[] = [];
    for (let i = c.from; i < c.to; i++) {
      const r = c.read({ ...c, from: i, to: i + 1 });
      const p = r?.parts.length === 1 ? r.parts[0]! : null;
      if (!r && /^\p{Lu}\p{Ll}+$/u.test(c.tokens[i]!.text)) parts.push(i);
      else if (!p || p.from !== i || p.to !== i + 1 || !LEXICON_READINGS.has(p.rule)) return null;
      else parts.push(p);
    }
    const named = parts.filter((p): p is NamePart => typeof p !== 'number');
    // (what two sides play: an unknown side beside a club or a land is a club; two unknown
    // sides are no one person's name, left to the sports refiners; a surname or a person's
    // word is a player's: "the Federer-Nadal final")
    const played = PLAYED.test(c.tokens[c.to]!.text);
    if (played && named.length < parts.length) {
      const player = parts.some((p) => typeof p === 'number' && (isSurname(c.tokens[p]!.text) || has(c.tokens[p]!, 'Person', 'LastName', 'FirstName')));
      if (named.length === 0 || player) return none();
      return { parts: parts.map((p) => (typeof p === 'number' ? { type: 'ORG', from: p, to: p + 1, rule: 'org.pair-side' } : p)) };
    }
    // (beside people only, a side no rule reads is a person too: "the Ali-Frazier fight"; a
    // side the tagger reads as a person's counts as one)
    const personWord = (i: number) => has(c.tokens[i]!, 'Person', 'FirstName', 'LastName');
    const people = parts.filter((p) => (typeof p === 'number' ? personWord(p) : p.type === 'PERSON')).length;
    if (people > 0 && people + parts.filter((p) => typeof p === 'number' && !personWord(p)).length === parts.length && named.every((p) => p.type === 'PERSON') && named.length < parts.length) return { parts: parts.map((p) => (typeof p === 'number' ? { type: 'PERSON', from: p, to: p + 1, rule: 'person.pair-side' } : p)) };
    if (named.length < parts.length && !(named.length > 0 && named.every((p) => p.type === 'LOCATION'))) return null;
    return { parts: parts.map((p) => (typeof p === 'number' ? { type: 'LOCATION', from: p, to: p + 1, rule: 'location.cue' } : p)) };
  },
};
