// A cricket scorecard names people, each in the form the game writes: the batsman, how he
// was out and by whom ("A. Roe c Doe b Barlow 45", "Kestrel lbw b Barlow 0", "J. Doe not
// out 12", "Roe run out 7", "Vrek c and b Doe 3"), and the bowlers with their figures
// ("Barlow 10-2-34-3"). In a document about sport, each name of such a line is a person,
// a surname alone too; a place or an organization a guess made of it becomes the person.
import type { Analysis, Mention, RuleInfo } from '../types.js';
import { lexicon } from '../lexicon/registry.js';
import { nameLexicons } from '../recognize/names/lexicons.js';
import { propagateNames } from './propagate-names.js';
import { isSportsDocument } from './sports-teams.js';
import type { ResolveRefiner } from './types.js';
import { peopleAtSpans } from './people-at-spans.js';

const RULE = 'person.scorecard';

export const rules: readonly RuleInfo[] = [
  {
    id: RULE,
    emits: 'PERSON',
    description: 'the batsmen, fielders and bowlers of a cricket scorecard line ("A. Roe c Doe b Barlow 45", "Barlow 10-2-34-3"), in a document about sport',
    example: 'Scoreboard of the cricket match on the first day, after the first innings of the home team:\nA. Quellby c Doe b Barlow 45\nBarlow 10-2-34-3',
    expect: 'Barlow',
  },
];

// a player: "Roe", "A. Roe", "A.J. Roe", "de Roe", "Roe-Kelby", "Ann Roe"
const PLAYER = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)*[ \t]?)*(?:(?:de|van|der|du|le|la)[ \t])?\p{Lu}[\p{Ll}'’][\p{L}'’-]*(?:[ \t]\p{Lu}[\p{Ll}'’][\p{L}'’-]*)?`;
// how the batsman was out, naming the fielder and the bowler
const HOW = String.raw`(?:(?:c|st)[ \t](${PLAYER})[ \t]b[ \t](${PLAYER})|c[ \t]and[ \t]b[ \t](${PLAYER})|(?:lbw[ \t])?b[ \t](${PLAYER})|run[ \t]out(?:[ \t]\((${PLAYER})\))?|not[ \t]out|retired[ \t](?:hurt|out))`;
const BATTING = new RegExp(String.raw`^[ \t]*(${PLAYER})[ \t]+${HOW}[ \t]+\d{1,3}[ \t]*$`, 'du');
// "Barlow 10-2-34-3", "Barlow 9.3-1-40-2 (nb-1)"
const BOWLING = new RegExp(String.raw`^[ \t]*(${PLAYER})[ \t]+\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}(?:[ \t]+\([^()]*\))?[ \t]*$`, 'du');

// guesses a scorecard outweighs: a place or an organization typed from its shape or a repeat
const GUESSES = new Set(['location.tagged', 'location.known-place', 'location.gazetteer', 'location.town', 'location.region', 'org.subject', 'org.tagged', 'org.acronym', 'resolve.repeat', 'org.club-cue', 'org.club-result', 'org.team']);

export function scorecardPeople(a: Analysis): Mention[] {
  const text = a.plain.text;
  if (!/\b(?:b|not out|lbw|\d+-\d+-\d+-\d+)\b/.test(text) || !isSportsDocument(text)) return a.mentions;
  const spans: [number, number][] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const m = BATTING.exec(line);
    if (m) for (const range of m.indices!.slice(1)) if (range) spans.push([at + range[0], at + range[1]]);
    // "Bowling: Barlow 10-2-34-3, Lancaster 9.3-1-40-2": the bowlers, one or several a line
    let from = 0;
    for (const piece of line.split(/[,;:]/)) {
      const b = BOWLING.exec(piece);
      if (b) spans.push([at + from + b.indices![1]![0], at + from + b.indices![1]![1]]);
      from += piece.length + 1;
    }
    at += line.length + 1;
  }
  if (!spans.length) return a.mentions;
  const { mentions, added } = peopleAtSpans(text, a.mentions, spans, RULE, GUESSES);
  // the player's other mentions that a guess typed otherwise: "before Doe caught him"
  const players = new Set([...spans.map(([s, e]) => text.slice(s, e))]);
  // (not the place a preposition names: "the match in Lancaster")
  const place = (m: Mention) => lexicon('placePrepositions').has(/([\p{L}]+)[ \t]+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1]?.toLowerCase() ?? '');
  const out = mentions.map((m) => (m.type !== 'PERSON' && players.has(m.text) && GUESSES.has(m.retypedBy ?? m.rule) && !place(m) ? { ...m, type: 'PERSON' as const, retypedBy: RULE } : m));
  if (!added.length) return out;
  return propagateNames(text, [...out, ...added].sort((x, y) => x.start - y.start), nameLexicons().titles);
}

export const scorecardPeopleRefiner: ResolveRefiner = {
  id: 'scorecard-people',
  refine: (a) => void (a.mentions = scorecardPeople(a)),
};
