// A soccer report names the scorers with their minutes: in brackets after a side's score
// ("Kelby 2 (Hale 12, Marek 45) Dunmore 1 (Doyle 80)") and on a line of scorers
// ("Scorers: Hale (12th), Marek (45th pen)", "Scorers: Kelby - Hale 12, Marek 45"), and
// rugby's scorers by kind with a count ("Tries - Pike 2, Garland. Goals - Holm 5"). In a
// document about sport each name with its minute is a person, a surname alone too; a place
// or an organization a guess made of it becomes the person (as scorecard-people.ts does
// for cricket).
import type { Analysis, Mention, RuleInfo } from '../types.js';
import { lexiconTags } from '../nlp/tagger.js';
import { nameLexicons } from '../recognize/names/lexicons.js';
import { propagateNames } from './propagate-names.js';
import { isSportsDocument } from './sports-teams.js';
import type { ResolveRefiner } from './types.js';
import { peopleAtSpans } from './people-at-spans.js';

const RULE = 'person.scorer';

export const rules: readonly RuleInfo[] = [
  {
    id: RULE,
    emits: 'PERSON',
    description: 'a scorer named with the minute of the goal, in brackets after a side\'s score or on a line of scorers ("Scorers: Hale (12th)"), in a document about sport',
    example: 'Results of the soccer league on Saturday, the goals of each team:\nKelby 2 (Tarnby 12, Marek 45) Dunmore 1 (Doyle 80)\nScorers: Quellen (12th), Marek (45th pen)',
    expect: 'Tarnby',
  },
];

// a player: "Roe", "A. Roe", "de Roe", "Roe-Kelby", "Ann Roe"
const PLAYER = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)*[ \t]?)*(?:(?:de|van|der|du|le|la|da|dos)[ \t])?\p{Lu}[\p{Ll}'’][\p{L}'’-]*(?:[ \t]\p{Lu}[\p{Ll}'’][\p{L}'’-]*){0,2}`;
// a goal's minute: "12", "12th", "45th pen", "90+2", "12th minute", "og 40"
const MINUTE = String.raw`(?:(?:pen|penalty|og|o\.g\.)[ \t]+)?\d{1,3}(?:st|nd|rd|th)?(?:\+\d)?(?:[ \t]+(?:minute|min|mins|pen|penalty|og|o\.g\.))?`;
// "Hale 12", "Hale 12, 45": in brackets after a score
const BARE = new RegExp(String.raw`^[ \t]*(${PLAYER})[ \t]+${MINUTE}(?:[ \t]*,[ \t]*${MINUTE})*[ \t]*$`, 'du');
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

export function scorerPeople(a: Analysis): Mention[] {
  const text = a.plain.text;
  if (!/scorer|tries|goals|\d[ \t]+\(/i.test(text)) return a.mentions;
  const spans = scorerSpans(text);
  if (!spans.length || !isSportsDocument(text)) return a.mentions;
  // a month or a weekday is a date's ("(March 12)"), not a player
  const dated = (name: string) => lexiconTags(name).some((g) => g === 'Month' || g === 'WeekDay' || g === 'Date');
  const { mentions, added } = peopleAtSpans(text, a.mentions, spans, RULE, GUESSES, dated);
  if (!added.length) return mentions;
  return propagateNames(text, [...mentions, ...added].sort((x, y) => x.start - y.start), nameLexicons().titles);
}

export const scorerPeopleRefiner: ResolveRefiner = {
  id: 'scorer-people',
  refine: (a) => void (a.mentions = scorerPeople(a)),
};
