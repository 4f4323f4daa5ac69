// Motor racing names a team by its chassis and its engine joined by a hyphen ("Kelby-Ford",
// "Arrow-Renault"): in a document about sport, a capitalized word joined to a maker of
// racing-teams.txt is the team, an organization, as CoNLL types it. A person or a place a
// guess made of that span becomes the team; a guess that runs on past it ("Kelby-Ford of
// Tom Hale") is cut back to it, the maker's company inside it ("Honda") gives way to it; a
// person's name holding it ("Ann Smith-Ford") stays.
import { wordList } from '../data.js';
import type { Mention, RuleInfo } from '../types.js';
import { propagateNames } from './propagate-names.js';
import { nameLexicons } from '../recognize/names/lexicons.js';
import { isSportsDocument } from './sports-teams.js';
import type { ResolveRefiner } from './types.js';

const RULE = 'org.racing-team';

export const rules: readonly RuleInfo[] = [
  {
    id: RULE,
    emits: 'ORG',
    description: 'a name joined by a hyphen to a maker of cars or engines ("Kelby-Ford"), in a document about sport: the motor racing team',
    example: 'Tom Hale took pole position for the grand prix race on Sunday, the fastest lap of the season for his team, ahead of the Tarnby-Renault of Karl Brenner.',
    expect: 'Tarnby-Renault',
  },
];

// rules whose guess the maker outweighs
const GUESSES = new Set(['person.shape', 'person.tagged', 'person.first-name', 'person.speaker', 'location.tagged', 'location.town', 'org.tagged', 'org.subject', 'org.acronym', 'resolve.repeat', 'org.club-cue', 'org.club-result']);

let pattern: RegExp | undefined;
const load = (): RegExp =>
  (pattern ??= new RegExp(String.raw`(?<![\p{L}'’.-])\p{Lu}[\p{L}'’]+-(?:${wordList('resolve/racing-teams.txt').map((w) => w.replace(/ /g, '[ \\t]')).sort((a, b) => b.length - a.length).join('|')})(?![\p{L}'’-])`, 'gu'));

export function racingTeams(text: string, mentions: readonly Mention[]): Mention[] {
  if (!text.includes('-')) return [...mentions];
  const spans = [...text.matchAll(load())].map((m) => [m.index!, m.index! + m[0].length] as const);
  if (!spans.length || !isSportsDocument(text)) return [...mentions];
  const out = [...mentions];
  const added: Mention[] = [];
  for (const [start, end] of spans) {
    const over = out.flatMap((m, i) => (m.start < end && start < m.end ? [i] : []));
    if (over.length > 1) continue;
    if (over.length === 1) {
      const i = over[0]!;
      const m = out[i]!;
      // the maker alone, a company inside the team's name ("Honda" of "Penwick-Honda"): the team
      if (m.type === 'ORG' && m.start > start && m.end <= end) {
        out[i] = { type: 'ORG', start, end, text: text.slice(start, end), rule: RULE };
        continue;
      }
      // a person's name that holds the team's name ("Ann Smith-Ford"), or a strong rule's reading
      if (m.start !== start || m.end < end || (m.type === 'ORG' && m.end === end)) continue;
      if (!GUESSES.has(m.retypedBy ?? m.rule)) continue;
      const { name: _, ...rest } = m;
      out[i] = { ...rest, type: 'ORG', end, text: text.slice(start, end), retypedBy: RULE };
      continue;
    }
    added.push({ type: 'ORG', start, end, text: text.slice(start, end), rule: RULE });
  }
  if (!added.length) return out;
  return propagateNames(text, [...out, ...added].sort((x, y) => x.start - y.start), nameLexicons().titles);
}

export const racingTeamsRefiner: ResolveRefiner = {
  id: 'racing-teams',
  refine: (a) => void (a.mentions = racingTeams(a.plain.text, a.mentions)),
};
