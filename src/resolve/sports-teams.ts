// A country or a city (or one word the tagger guessed a person: "Chelsea") named as a side
// in a match is its team: an organization, as OntoNotes and GUM type sports teams ("Belgium
// defeated Panama 3-0", "Tunisia's goalkeeper"). Only in a document about sport (several sports words), only for a place seen at least once in a
// match context, and then for all its mentions in the document (one sense per discourse:
// "Belgium had more possession" is the team too).
import { jsonData, wordList } from '../data.js';
import type { Mention, RuleInfo } from '../types.js';
import { nameLexicons } from '../recognize/names/lexicons.js';
import { lexiconTags } from '../nlp/tagger.js';
import { afterWherePreposition, atVenue } from './names.js';
import type { ResolveRefiner } from './types.js';

const TEAM_RULE = 'org.team';

export const rules: readonly RuleInfo[] = [
  {
    id: TEAM_RULE,
    emits: 'ORG',
    description: 'retypes a country or city named as a side in a match as its team, in a document about sport',
    example: 'Spain defeated Croatia 2-1 in the final match of the tournament. Croatia coach Ivan Horvat blamed the referee for the penalty, and the fans left the stadium.',
    expect: 'Croatia',
  },
];

interface TeamCues {
  sportsWords: string[];
  matchVerbs: string[];
  teamRoles: string[];
}

let cues: { sports: RegExp; slug: RegExp; individual: RegExp; verbs: Set<string>; roles: Set<string>; wordsBefore: RegExp; nations: Set<string> } | undefined;

function load() {
  if (cues) return cues;
  const c = jsonData<TeamCues>('recognize/org/team-cues.json');
  const words = c.sportsWords.map((w) => w.replace(/[-\s]/g, '[-\\s]')).join('|');
  // "defeated Panama", "lost to England", "beaten by the hosts Qatar"
  const epithets = wordList('resolve/team-epithets.txt').join('|');
  return (cues = {
    sports: new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'giu'),
    // "SOCCER - KELBY BEAT DUNMORE", "MOTOR RACING-HALE ON POLE": a sport's slug opens the first line
    slug: new RegExp(`^\\s*(?:${wordList('resolve/sport-slugs.txt').map((w) => w.toUpperCase().replace(/ /g, '[ \\t]+')).join('|')})[ \\t]*[-–][ \\t]*\\p{Lu}`, 'u'),
    individual: new RegExp(`^\\s*(?:${wordList('resolve/individual-sport-slugs.txt').map((w) => w.toUpperCase().replace(/ /g, '[ \\t]+')).join('|')})[ \\t]*[-–][ \\t]*\\p{Lu}`, 'u'),
    verbs: new Set(c.matchVerbs),
    roles: new Set(c.teamRoles),
    wordsBefore: new RegExp(`([\\p{L}-]+)\\s+(?:(?:to|by|with|over)\\s+)?(?:(?:${epithets})\\s+)*$`, 'iu'),
    nations: new Set(wordList('resolve/wire-nations.txt')),
  });
}

/** How many distinct sports words the document uses (at least `enough`, then it stops). */
function sportsWords(text: string, enough: number): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(load().sports)) {
    seen.add(m[0].toLowerCase());
    if (seen.size >= enough) break;
  }
  return seen.size;
}

/** A newswire sport page: a sport's slug opens it ("SOCCER - KELBY BEAT DUNMORE"). */
const isWireSportPage = (text: string): boolean => load().slug.test(text.slice(0, 200));

/** A newswire page of a sport people play one against one, with no clubs ("TENNIS - HALE BEATS VENN"). */
export const isIndividualSportPage = (text: string): boolean => load().individual.test(text.slice(0, 200));

/** The text asked about last and its answer: eight refiners ask in turn of the same document,
 * and the scan for sports words reads the whole text of one that is not about sport. */
let asked: { text: string; sport: boolean } | undefined;

/** A document about sport: it opens with a sport's slug, or it uses several distinct sports words. */
export const isSportsDocument = (text: string): boolean => {
  if (asked?.text !== text) asked = { text, sport: isWireSportPage(text) || sportsWords(text, 4) >= 4 };
  return asked.sport;
};

/** A country or a nation of its own ("Japan", "Scotland", "West Indies"), not a city or a state. */
export const isNation = (name: string): boolean => lexiconTags(name).includes('Country') || load().nations.has(name);

// the sets of a tennis match after a name, single figures each ("Moss 6-3 6-4", "7-6 (7-4)
// 6-2"): a player's, not a side's (a volleyball side's sets run to 25: "Kelby 25-20 25-18")
const SETS = /^[ \t]+[0-7]-[0-7][ \t]+(?:\([0-9]{1,2}-[0-9]{1,2}\)[ \t]+)?[0-7]-[0-7](?!\d)/;
// a possessive before a person's name of two words: the player's country, not a side
const PLAYER_AFTER = /^['’]s[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+/u;
// (not a bowler's figures: "Doyle 10-2-34-3")
const SCORE = /^\s*\(?\d{1,3}\s*[-–—:]\s*\d{1,3}\b(?![-–]\d)/;
// a results line: "Dunmore 2 Kelby 1", "Dunmore 2 Kelby 1, Arden 0 Marsh 0"
const RESULT_AFTER = /^[ \t]+\d{1,2}[ \t]+\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}[ \t]+\d{1,2}(?![\d:]|\.\d)/u;
const RESULT_BEFORE = /\p{Lu}[\p{L}.'’-]*[ \t]+\d{1,2}[ \t]+$/u;
const RESULT_END = /^[ \t]+\d{1,2}(?:[ \t]*[,;)\n]|[ \t]*\.(?!\d)|[ \t]*$)/u;
// a standings row: the side opens the line and numbers alone follow it ("Lyon 10 6 2 2 15 8 20", "3. Lyon 74 62 .544 -")
const STANDINGS_BEFORE = /(?:^|\n)[ \t]*(?:\d{1,2}\.?[ \t]+)?$/;
const STANDINGS_AFTER = /^(?:[ \t]+(?:\d+|\d*\.\d+|-)){3,}[ \t]*(?:\n|$)/;
const SCORE_BEFORE = /\b\d{1,3}\s*[-–—:]\s*\d{1,3}\s+(?:to|against|over|with)\s*$/i;
const WORD_AFTER = /^(?:['’]s)?\s+([\p{L}-]+)/u;
// a fixture's sides about "v": "Yorkshire 229 and 102-3 v Lancashire 275", "Essex v Surrey",
// a side's innings (runs, wickets, a second innings, a bracket of its batsmen) before "v"
const INNINGS = String.raw`\d{1,3}(?:-\d{1,2})?(?:[ \t]+dec)?`;
const VERSUS_AFTER = new RegExp(String.raw`^(?:[ \t]+${INNINGS}(?:[ \t]+and[ \t]+${INNINGS})?(?:[ \t]*\([^()\n]*\))?)?[ \t]+(?:v|vs\.?)[ \t]+\p{Lu}`, 'u');
const VERSUS_BEFORE = /(?:^|[ \t])(?:v|vs\.?)[ \t]+$/;

// a season's record after the side: "Kelby finished the season 8-5", "Kelby went 8-5",
// "Kelby improved to 8-5": a place has no record of wins and losses, its team has
const RECORD_AFTER = /^(?:['’]s)?[ \t]+(?:finished|ended|closed|went|improved[ \t]+to|fell[ \t]+to|dropped[ \t]+to|moved[ \t]+to)(?:[ \t]+(?:the|its|their|this|last)[ \t]+(?:regular[ \t]+)?(?:season|year|campaign))?(?:[ \t]+at)?[ \t]+\d{1,2}-\d{1,2}(?:-\d{1,2})?(?![\d-])/;
// a person's name and "of" or "from" before the place: where the person is from
const ORIGIN_BEFORE = /\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+(?:of|from)[ \t]+$/u;
const SEASON_RECORD = /^(?:['’]s)?[ \t]+\S+[ \t]+\S+[ \t]+(?:regular[ \t]+)?season/;

// what a player does as often as a side: a one-word name the tagger guessed a person's is
// no side for these alone ("Hale scored twice", "Moss won the race")
const PLAYERS_DO = new Set(['scored', 'won', 'wins', 'winning', 'led', 'leads', 'conceded', 'qualified', 'advanced']);

/** Whether this mention of a place reads as a side in a match. */
function asTeam(text: string, m: Mention): boolean {
  const { verbs, roles, wordsBefore } = load();
  const after = text.slice(m.end, m.end + 40);
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (SETS.test(after)) return false;
  if (SCORE.test(after) || SCORE_BEFORE.test(before)) return true;
  if (VERSUS_AFTER.test(after) || VERSUS_BEFORE.test(before)) return true;
  if (RECORD_AFTER.test(text.slice(m.end, m.end + 60))) return true;
  if (STANDINGS_BEFORE.test(before) && STANDINGS_AFTER.test(text.slice(m.end, m.end + 80))) return true;
  if (RESULT_AFTER.test(after) || (RESULT_BEFORE.test(before) && RESULT_END.test(after))) return true;
  // ("Karl Venn of Germany won the stage": the winner is the person, the country where he is from)
  if (ORIGIN_BEFORE.test(before)) return false;
  const next = WORD_AFTER.exec(after)?.[1]?.toLowerCase();
  if (next && (verbs.has(next) || roles.has(next)) && !(guessedPerson(m) && PLAYERS_DO.has(next))) return true;
  // ("beat Sweden's Tom Reed": the player beaten, from that country)
  if (PLAYER_AFTER.test(after)) return false;
  const prev = wordsBefore.exec(before)?.[1]?.toLowerCase();
  return prev !== undefined && verbs.has(prev);
}

// a person read from the tagger's guess or the shape of one word: "Chelsea drew with Leeds"
const PERSON_GUESSES = new Set(['person.tagged', 'person.shape', 'person.speaker', 'person.first-name']);
const guessedPerson = (m: Mention): boolean => m.type === 'PERSON' && PERSON_GUESSES.has(m.retypedBy ?? m.rule) && !/\s/.test(m.text.trim());
const retypable = (m: Mention): boolean => m.type === 'LOCATION' || guessedPerson(m);

export function sportsTeams(text: string, mentions: Mention[]): Mention[] {
  // the sides of the document's matches: places, guessed persons, and organizations (a club
  // the sports rules found) that the text names as playing
  const teams = new Set<string>();
  const places = new Set<string>();
  // "Brazilian striker Ronaldo scored": a name a role's word stands before is a player's
  const titles = nameLexicons().titles;
  const players = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const prev = /([\p{L}-]+)[ \t]+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
    if (prev && /^\p{Ll}/u.test(prev) && titles.has(prev)) players.add(m.text.replace(/['’]s$/, ''));
  }
  for (const m of mentions) {
    if (players.has(m.text.replace(/['’]s$/, ''))) continue;
    if (!retypable(m) && m.type !== 'ORG') continue;
    const name = m.text.replace(/['’]s$/, '');
    if (!asTeam(text, m)) continue;
    teams.add(name);
    // (a club the sports rules retyped from a place or a person counts as one: "North Melbourne")
    if (m.type !== 'ORG' || m.retypedBy !== undefined) places.add(name);
  }
  // a match has two sides; only then is the whole text read for sports words. A place is a
  // team only against another place or guessed person ("Brazil defeated Chile"): beside one
  // club it may be where the club plays. A guessed person that plays is no person at all.
  if (!isSportsDocument(text)) return recordedTeams(text, mentions);
  if (teams.size < 2) return recordedTeams(text, mentions);
  const placesPlay = places.size >= 2;
  // a side with a season's record is the team, whatever else plays: "Kelby finished the season 8-5"
  const recorded = new Set(mentions.filter((m) => retypable(m) && RECORD_AFTER.test(text.slice(m.end, m.end + 60))).map((m) => m.text.replace(/['’]s$/, '')));
  // "Korea" after "South Korea": the short form of a team's name is the team
  for (const t of [...teams]) if (t.includes(' ')) teams.add(t.slice(t.lastIndexOf(' ') + 1));
  // ("lives in Lyon", "At Lyon:", a dateline's "LYON 1996-08-29": the town, whatever the club)
  // a newswire sport page keeps a country named as a side the place, as the wires' corpora
  // type it (CoNLL: "Japan beat Syria 2-1"); its clubs, named by a city, are still teams
  const wire = isWireSportPage(text);
  // (on a page of a sport people play one against one, a guessed person is a player)
  const individual = isIndividualSportPage(text);
  const team = (m: Mention): boolean => !(individual && m.type === 'PERSON') && !(wire && m.type === 'LOCATION' && isNation(m.text.replace(/['’]s$/, ''))) && !players.has(m.text.replace(/['’]s$/, '')) && (m.type === 'LOCATION' ? (placesPlay || recorded.has(m.text.replace(/['’]s$/, ''))) && !m.rule.includes('.dateline') && !afterWherePreposition(text, m.start) && !atVenue(text, m.start, m.end) : guessedPerson(m)) && teams.has(m.text.replace(/['’]s$/, ''));
  return mentions.map((m) => (team(m) ? { ...m, type: 'ORG', retypedBy: TEAM_RULE } : m));
}

/**
 * Outside a document about sport, or with one side alone, a place with a season's record in
 * its sentence ("Kelby finished the season 8-5") is the team there; its other mentions keep
 * their type (the town may be named too).
 */
function recordedTeams(text: string, mentions: Mention[]): Mention[] {
  const sport = isSportsDocument(text);
  return mentions.map((m) => {
    if (!retypable(m)) return m;
    const after = text.slice(m.end, m.end + 60);
    if (!RECORD_AFTER.test(after) || (!sport && !SEASON_RECORD.test(after))) return m;
    return { ...m, type: 'ORG', retypedBy: TEAM_RULE };
  });
}

export const sportsTeamsRefiner: ResolveRefiner = {
  id: 'sports-teams',
  refine: (a) => void (a.mentions = sportsTeams(a.plain.text, a.mentions)),
};
