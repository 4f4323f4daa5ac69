// A soccer report names the scorers with their minutes: in brackets after a side's score
// ("Kelby 2 (Hale 12, Marek 45) Dunmore 1 (Doyle 80)") and on a line of scorers
// ("Scorers: Hale (12th), Marek (45th pen)", "Scorers: Kelby - Hale 12, Marek 45"), and
// rugby's scorers by kind with a count ("Tries - Pike 2, Garland. Goals - Holm 5"). In a
// document about sport each name with its minute is a person, a surname alone too; a place
// or an organization a guess made of it becomes the person (as scorecard-people.ts does
// for cricket).
import type { Analysis, Mention, RuleInfo } from '../types.js';
import { lexiconTags } from '../nlp/tagger.js';
import { isCommonWord } from '../nlp/dictionary.js';
import { nameLexicons } from '../recognize/names/lexicons.js';
import { propagateNames } from './propagate-names.js';
import { isIndividualSportPage, isNation, isSportsDocument } from './sports-teams.js';
import type { ResolveRefiner } from './types.js';
import { peopleAtSpans } from './people-at-spans.js';

const RULE = 'person.scorer';
const SETS_RULE = 'person.sets';
const PLAY_RULE = 'person.play';
const LINEUP_RULE = 'person.lineup';

export const rules: readonly RuleInfo[] = [
  {
    id: RULE,
    emits: 'PERSON',
    description: 'a scorer named with the minute of the goal, in brackets after a side\'s score or on a line of scorers ("Scorers: Hale (12th)"), in a document about sport',
    example: 'Results of the soccer league on Saturday, the goals of each team:\nKelby 2 (Tarnby 12, Marek 45) Dunmore 1 (Doyle 80)\nScorers: Quellen (12th), Marek (45th pen)',
    expect: 'Tarnby',
  },
  {
    id: SETS_RULE,
    emits: 'PERSON',
    description: 'the winner and the loser of a match won in sets, the sets after them ("Reed beat Moss 6-3 6-4", "Reed and Hale beat Moss and Venn 7-6 (7-4) 6-2", "beat Venn in straight sets"), in a document about sport, and on a page of a sport people play one against one the seeded ("second seed Hale"): people, as sides in a match are clubs',
    example: 'The top seed won the tennis match of the tournament, and the fans cheered every point.\nTarvel beat Moss 6-3 6-4 in the second round.',
    expect: 'Tarvel',
  },
  {
    id: PLAY_RULE,
    emits: 'PERSON',
    description: 'a player named by the play he made ("a pass from Hale", "a header by Moss", "a cross from Hale and Moss"), in a document about sport: a person, where a town of that name is a guess',
    example: 'The striker scored twice in the league match, and the coach praised the team.\nThe winner came from a header by Tarvel after a cross from Hale.',
    expect: 'Hale',
  },
  {
    id: LINEUP_RULE,
    emits: 'PERSON',
    description: 'a player of a side\'s lineup: the side, a dash or a colon, then four players or more, each perhaps after the shirt\'s number ("Kelby - 1 - Tom Hale, 2 - Orrin, ..."), in a document about sport',
    example: 'The striker scored twice in the league match, and the coach praised the team.\nDunmore - Tarvel; Brask, Quellen, Doyle; Marek',
    expect: 'Quellen',
  },
];

// a player: "Roe", "A. Roe", "de Roe", "Roe-Kelby", "Ann Roe"
const PLAYER = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)*[ \t]?)*(?:(?:de|van|der|du|le|la|da|dos)[ \t])?\p{Lu}[\p{Ll}'’][\p{L}'’-]*(?:[ \t]\p{Lu}[\p{Ll}'’][\p{L}'’-]*){0,2}`;
// a goal's minute: "12", "12th", "45th pen", "90+2", "12th minute", "og 40"
const MINUTE = String.raw`(?:(?:pen|penalty|og|o\.g\.)[ \t]+)?\d{1,3}(?:st|nd|rd|th)?(?:\+\d)?(?:[ \t]+(?:minute|min|mins|pen|penalty|og|o\.g\.))?`;
// "Hale 12", "Hale 12, 45": in brackets after a score; a bowler's figures after an innings
// ("229 (T. Hale 67; Orrin 3-22)")
const BARE = new RegExp(String.raw`^[ \t]*(${PLAYER})[ \t]+(?:${MINUTE}(?:[ \t]*,[ \t]*${MINUTE})*|\d{1,2}-\d{1,3})[ \t]*$`, 'du');
// "Hale (12th)", "Hale (12th, 45th pen)", "Hale 12" or "Hale 12, 45": on a line of scorers
const LISTED = new RegExp(String.raw`^[ \t]*(${PLAYER})[ \t]+(?:\([ \t]*${MINUTE}(?:[ \t]*,[ \t]*${MINUTE})*[ \t]*\)|${MINUTE}(?:[ \t]*,[ \t]*${MINUTE})*)[ \t]*$`, 'du');
// a score and its scorers in brackets: "Kelby 2 (Hale 12, Marek 45)"
const AFTER_SCORE = /(?<![\d:.])\d{1,3}[ \t]+\(([^()\n]+)\)/g;
// "Scorers: ...", "Goalscorers - ..."
const SCORERS_LINE = /^[ \t]*(?:goal)?scorers?[ \t]*[:-][ \t]*/i;
// rugby's scoring by kind, a count after a name or none: "Kelby: Tries - Pike 2, Garland. Goals - Holm 5."
const SCORING_KIND = /(?:^|[:.][ \t]+)(?:Tries|Try|Goals|Goal|Conversions?|Cons|Penalties|Penalty|Pens|Drop[ \t]+goals?|Field[ \t]+goals?)[ \t]*[-:][ \t]*([^.\n]+)/g;
const COUNTED = new RegExp(String.raw`^[ \t]*(${PLAYER})(?:[ \t]+\d{1,2})?[ \t]*$`, 'du');
// a side before its scorers: "Kelby - "
const SIDE = /^[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,3}[ \t]+[-–][ \t]+/u;

// guesses a scorer's minute outweighs
const GUESSES = new Set(['location.tagged', 'location.known-place', 'location.gazetteer', 'location.town', 'location.region', 'org.subject', 'org.tagged', 'org.acronym', 'resolve.repeat', 'org.club-cue', 'org.club-result', 'org.club-listed']);

// a match won in sets: "in straight sets", or two sets at least, of single figures, a tie-break in brackets
// ("6-3 6-4", "7-6 (7-4) 3-6 6-2"); a side's score ("beat Dunmore 6-3") is one figure pair
const SET = String.raw`[0-7]-[0-7](?:[ \t]*\(\d{1,2}-\d{1,2}\))?`;
// a side of a match in sets: a player, or two of a doubles pair ("Reed and Hale", "Reed/Hale")
const SET_PLAYER = String.raw`\p{Lu}[\p{Ll}'’][\p{L}'’-]*(?:[ \t]\p{Lu}[\p{Ll}'’][\p{L}'’-]*)?`;
const SET_SIDE = String.raw`${SET_PLAYER}(?:[ \t]*(?:/|and)[ \t]*${SET_PLAYER})?`;
// (the player's country in brackets may follow each: "Reed (Ruritania) beat Moss (Freedonia)")
// (not a name after "of": "Dana Reed of Ruritania beat", where the player is from)
const SET_MATCH = new RegExp(String.raw`(?<![\p{L}'’.-])(?<!(?<![\p{L}])(?:of|from)[ \t]+)(?:(${SET_SIDE})(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+)?(?<![\p{L}])(?:beat|beats|defeated|defeats|edged|overcame|outlasted|ousted|upset|downed|eliminated|lost[ \t]+to|loses[ \t]+to)[ \t]+(${SET_SIDE})(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+(?:${SET}(?:[ \t]+${SET})+(?![\d-])|in[ \t]+(?:straight|two|three|four|five)[ \t]+sets)`, 'gdu');
const SEEDED = /^\p{Lu}\p{Ll}+-seeded[ \t]+/u;
// a player named by the seeding before the name: "second seed Hale", "seventh-seeded Venn"
const BY_SEED = new RegExp(String.raw`(?<![\p{L}])(?:seed|seeded)[ \t]+(${SET_PLAYER})(?![ \t]*\p{Lu})(?![\p{L}'’])`, 'gdu');
const PAIR_SPLIT = /[ \t]*(?:\/|[ \t]and[ \t])[ \t]*/;

/** The players either side of a verb of a match won in sets, and (on a page of a sport people play one against one) the seeded. */
export function setPlayerSpans(text: string, individual = false): [number, number][] {
  const spans: [number, number][] = [];
  if (individual) for (const m of text.matchAll(BY_SEED)) spans.push(m.indices![1]! as [number, number]);
  for (const m of text.matchAll(SET_MATCH))
    for (const [from, to] of m.indices!.slice(1).filter((x) => x !== undefined) as [number, number][]) {
      let at = from;
      for (const piece of text.slice(from, to).split(PAIR_SPLIT)) {
        // (a seeding before the name is no part of it: "Sixth-seeded Marek")
        const part = piece.replace(SEEDED, '');
        const start = text.indexOf(part, at);
        spans.push([start, start + part.length]);
        at = start + part.length;
      }
    }
  return spans;
}

// a play and the player who made it: "a pass from Hale", "a header by Moss", "a free kick
// from Hale", "the cross of Hale and Moss" (a side's play is no pass: clubs score goals, so
// not "goal")
const PLAYS = ['pass', 'passes', 'cross', 'crosses', 'header', 'headers', 'shot', 'shots', 'free kick', 'free-kick', 'volley', 'through ball', 'lob', 'tackle', 'foul', 'assist', 'assists', 'rebound', 'dunk', 'layup', 'putt', 'tee shot', 'backhand', 'forehand'];
const PLAY = new RegExp(String.raw`(?<![\p{L}])(?:${PLAYS.map((w) => w.replace(/[ -]/g, '[ \t-]')).join('|')})[ \t]+(?:from|by|of)[ \t]+(${SET_SIDE})(?![ \t]*\p{Lu})(?![\p{L}'’])`, 'gdu');

/** The players named by the play they made. */
export function playSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(PLAY)) {
    const [from, to] = m.indices![1]!;
    let at = from;
    for (const part of text.slice(from, to).split(PAIR_SPLIT)) {
      const start = text.indexOf(part, at);
      spans.push([start, start + part.length]);
      at = start + part.length;
    }
  }
  return spans;
}

// guesses a match in sets outweighs: a club or a team the sports rules made of a player
const SET_GUESSES = new Set(['location.tagged', 'location.gazetteer', 'location.town', 'org.subject', 'org.tagged', 'org.acronym', 'resolve.repeat', 'org.club-cue', 'org.club-result', 'org.team', 'org.club-listed']);

// guesses a play's player outweighs: a town's guess too ("a pass from Dover")
const PLAY_GUESSES = new Set([...SET_GUESSES, 'location.cue', 'location.known-place']);

// a side's lineup: the side, a dash or a colon, then four players or more, each perhaps after
// the shirt's number ("Kelby - 1 - Tom Hale, 2 - Lee Moss, ...", "Dunmore: Tarvel; Brask,
// Quellen, Doyle; Marek"), a note in brackets after one ("Orrin (captain)")
const LINEUP_ITEM = String.raw`(?:\d{1,2}[ \t]*-[ \t]*)?${PLAYER}(?:[ \t]*\([^()\n]{1,30}\))?`;
const LINEUP = new RegExp(String.raw`^[ \t]*(\p{Lu}[\p{L}'’.-]*)(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,3}[ \t]*[-–:][ \t]*(${LINEUP_ITEM}(?:[ \t]*[,;][ \t]*${LINEUP_ITEM}){3,})[ \t]*\.?[ \t]*$`, 'du');
const LINEUP_PLAYER = new RegExp(String.raw`^[ \t]*(?:\d{1,2}[ \t]*-[ \t]*)?(${PLAYER})`, 'du');

/** The sides of the lineups' lines ("Dunmore" of "Dunmore: Tarvel; Brask, Quellen, Doyle"). */
export function lineupSides(text: string): [number, number][] {
  const sides: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const m = /[,;]/.test(line) ? LINEUP.exec(line) : null;
    if (m && !isCommonWord(m[1]!.toLowerCase())) {
      const side = /^[ \t]*(.*?)[ \t]*[-–:]/u.exec(line)!;
      const start = at + side[0].indexOf(side[1]!);
      sides.push([start, start + side[1]!.length]);
    }
    at += line.length + 1;
  }
  return sides;
}

/** The players of the lineups' lines. */
export function lineupSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const m = /[,;]/.test(line) ? LINEUP.exec(line) : null;
    if (m) {
      // (a side's name, not a list's word: "Group A: Kelby, Dunmore, Arden, Tolby" lists clubs)
      if (isCommonWord(m[1]!.toLowerCase())) {
        at += line.length + 1;
        continue;
      }
      const from = at + m.indices![2]![0];
      let offset = 0;
      for (const item of m[2]!.split(/[,;]/)) {
        const p = LINEUP_PLAYER.exec(item);
        if (p) spans.push([from + offset + p.indices![1]![0], from + offset + p.indices![1]![1]]);
        offset += item.length + 1;
      }
    }
    at += line.length + 1;
  }
  return spans;
}

/** The spans of the scorers of a piece of a line: items split at commas that stand between names. */
function items(text: string, from: number, to: number, pattern: RegExp, out: [number, number][]): void {
  const piece = text.slice(from, to);
  // "Hale 12, 45, Marek 80": a comma before a minute stays with its player
  let at = 0;
  for (const item of piece.split(/[,;](?![ \t]*(?:\d|pen|og))/)) {
    const m = pattern.exec(item);
    if (m) out.push([from + at + m.indices![1]![0], from + at + m.indices![1]![1]]);
    at += item.length + 1;
  }
}

export function scorerSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const head = SCORERS_LINE.exec(line);
    if (head) {
      let from = head[0].length;
      // "Scorers: Kelby - Hale 12, Marek 45; Dunmore - Doyle 80"
      for (const part of line.slice(from).split(';')) {
        const side = SIDE.exec(part);
        const skip = side ? side[0].length : 0;
        items(text, at + from + skip, at + from + part.length, LISTED, spans);
        from += part.length + 1;
      }
    } else if (/Tr(?:y|ies)|Goal|Con|Pen|Drop|Field/.test(line)) {
      for (const m of line.matchAll(SCORING_KIND)) {
        const from = m.index! + m[0].length - m[1]!.length;
        items(text, at + from, at + from + m[1]!.length, COUNTED, spans);
      }
    } else if (line.includes('(')) {
      for (const m of line.matchAll(AFTER_SCORE)) {
        const inner = m.index! + m[0].indexOf('(') + 1;
        items(text, at + inner, at + inner + m[1]!.length, BARE, spans);
      }
    }
    at += line.length + 1;
  }
  return spans;
}

// a month or a weekday is a date's ("(March 12)"), not a player
const dated = (name: string) => lexiconTags(name).some((g) => g === 'Month' || g === 'WeekDay' || g === 'Date');

export function scorerPeople(a: Analysis): Mention[] {
  const text = a.plain.text;
  const scorers = /scorer|tries|goals|\d[ \t]+\(/i.test(text) ? scorerSpans(text) : [];
  const individual = isIndividualSportPage(text);
  const sets = /[0-7]-[0-7][ \t(]| sets|seed/.test(text) ? setPlayerSpans(text, individual) : [];
  const plays = / (?:from|by|of) \p{Lu}/u.test(text) ? playSpans(text) : [];
  const lineups = lineupSpans(text);
  if ((!scorers.length && !sets.length && !plays.length && !lineups.length) || !isSportsDocument(text)) return a.mentions;
  let mentions = a.mentions;
  const added: Mention[] = [];
  for (const [spans, rule, guesses, skip] of [
    [scorers, RULE, GUESSES, dated],
    // (a country in a list is no player: "Italy, Spain, France, Germany")
    [lineups, LINEUP_RULE, GUESSES, (name: string) => dated(name) || isNation(name)],
    [sets, SETS_RULE, SET_GUESSES, dated],
    // (a country is where a play came from: "a pass from Spain" is none)
    [plays, PLAY_RULE, PLAY_GUESSES, (name: string) => dated(name) || isNation(name)],
  ] as const) {
    if (!spans.length) continue;
    const r = peopleAtSpans(text, [...mentions, ...added].sort((x, y) => x.start - y.start), spans, rule, guesses, skip);
    mentions = r.mentions.filter((m) => !added.includes(m));
    added.push(...r.added);
  }
  if (!added.length) return mentions;
  return propagateNames(text, [...mentions, ...added].sort((x, y) => x.start - y.start), nameLexicons().titles);
}

export const scorerPeopleRefiner: ResolveRefiner = {
  id: 'scorer-people',
  refine: (a) => void (a.mentions = scorerPeople(a)),
};
