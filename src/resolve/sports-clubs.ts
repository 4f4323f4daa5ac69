// A club that a sports report names by a word no lexicon knows ("Kelby", "Dunmore Rovers")
// is an organization, as CoNLL, OntoNotes and GUM type teams, when the text says it is a
// side: a results line ("Dunmore 2 Kelby 1", "Dunmore - Kelby 2-1"), the first cell of a standings row ("Kelby 10
// 6 2 2 15 8 20"), a side before its scorers ("Kelby - Ann Roe (12), Mia Kestrel (65)"), or the words around it ("played for Kelby", "joined Kelby", "lost to
// Kelby", "Kelby beat Dunmore", "Kelby striker Ann Roe"). Only in a document about sport,
// only where no rule found a name, never a person's name; its other mentions follow (one
// sense per discourse). Places named as sides are sports-teams.ts's. Then, after
// sports-teams.ts, the clubs a list names with no cue (org.club-listed, football-clubs.ts).
import { jsonData } from '../data.js';
import { isCommonWord } from '../nlp/dictionary.js';
import { lexiconTags } from '../nlp/tagger.js';
import { countryOfDemonym } from '../recognize/location/demonyms.js';
import { regionOf } from '../recognize/location/regions.js';
import { lexicon } from '../lexicon/registry.js';
import { isGivenName, isSurname } from '../recognize/person/given-names.js';
import { firstName, givenName } from '../recognize/person/first-name.js';
import { nameLexicons } from '../recognize/names/lexicons.js';
import type { Analysis, Mention, RuleInfo, Token } from '../types.js';
import { CLUB_LISTED_RULE, listedClubs } from './football-clubs.js';
import { propagateNames } from './propagate-names.js';
import { lineupSides } from './scorer-people.js';
import { isIndividualSportPage, isNation, isSportsDocument } from './sports-teams.js';
import type { ResolveRefiner } from './types.js';
import { Coverage } from './coverage.js';
import { lowerCaseWords } from '../recognize/shared/lower-words.js';

const CLUB_CODE_RULE = 'org.club-code';

export const rules: readonly RuleInfo[] = [
  {
    id: 'org.club-result',
    emits: 'ORG',
    description: 'a name no rule read, as a side of a results line or the first cell of a standings row, in a document about sport',
    example: 'Soccer results of the league on Saturday, with the goals and the points of each team:\nDunmore 2 Kelby 1\nArden 0 Marsh 3\nStandings: Kelby 10 6 2 2 15 8 20',
    expect: 'Dunmore',
  },
  {
    id: 'org.club-cue',
    emits: 'ORG',
    description: 'a name no rule read, that the words around it make a side in a match or a club ("played for Kelby", "Kelby beat", "Kelby striker"), in a document about sport',
    example: 'The striker scored twice in the league match, and the coach praised the team. He played for Tarnwick before the final.',
    expect: 'Tarnwick',
  },
  {
    id: 'org.club-name',
    emits: 'ORG',
    description: 'a name ending in a club\'s head word ("Kelby United", "Arden FC") or opening with a club\'s word before a city ("Inter Milan", "Real Kelby"), in a document about sport: the whole is the club',
    example: 'The striker scored twice in the league match, and the coach praised the team. Fans of Tolby FC marched in the rain.',
    expect: 'Tolby FC',
  },
  {
    id: CLUB_CODE_RULE,
    emits: 'ORG',
    description: 'a name with a football club\'s code before or after it ("Kelby FC", "FC Dunmore", "Arden A.F.C."), in any document: the whole is the club',
    example: 'The council said he joined FC Dunmore in 2007 and left for Arden A.F.C. later.',
    expect: 'FC Dunmore',
  },
  {
    id: CLUB_LISTED_RULE,
    emits: 'ORG',
    description: 'a football club of the openfootball list (CC0), named by a whole capitalized run of words, in a document about sport; a place or a guessed person of that name only in a sentence about the game',
    example: 'The striker scored twice in the league match, and the coach praised the team. Feyenoord went top of the table.',
    expect: 'Feyenoord',
  },
];

interface ClubCues {
  before: string[];
  after: string[];
  scored: string[];
  plural: string[];
  tableWords: string[];
  clubHeads: string[];
  pairs: string[];
  between: string[];
  transfers: string[];
  namedHeads: string[];
  openers: string[];
  codes: string[];
  margins: string[];
}

interface Patterns {
  result: RegExp;
  dashed: RegExp;
  standings: RegExp;
  scorers: RegExp;
  team: RegExp;
  before: RegExp;
  after: RegExp;
  scored: RegExp;
  plural: RegExp;
  coordinated: RegExp;
  pair: RegExp;
  between: RegExp;
  from: RegExp;
  score: RegExp;
  owner: RegExp;
  innings: RegExp;
  headed: RegExp;
  opened: RegExp;
  codedHead: RegExp;
  codedOpen: RegExp;
  tableWords: ReadonlySet<string>;
  clubHeads: ReadonlySet<string>;
}

// a club's name: one to four capitalized words ("Kelby", "Dunmore Rovers", "St. Arden"), none after it;
// a period after a word of four letters or more ends the sentence ("a draw with Kelby. Dunmore beat")
const WORD = String.raw`\p{Lu}(?:[\p{L}'’&-]|(?<!\p{L}{4})\.)*`;
const NAME = String.raw`${WORD}(?:[ \t]${WORD}){0,3}`;
const END = String.raw`(?![ \t]*\p{Lu})(?![\p{L}'’])`;
const HALF = String.raw`(?:[ \t]+1/2|[ \t]*½)?`;

/** A club's words as written: a code in capitals ("FC", "AC"), a word capitalized ("United"). */
const written = (ws: readonly string[]): string => ws.map((w) => (w.length <= 3 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1))).join('|');

let patterns: Patterns | undefined;
function load(): Patterns {
  if (patterns) return patterns;
  const c = jsonData<ClubCues>('resolve/sports-clubs.json');
  const { teamRoles } = jsonData<{ teamRoles: string[] }>('recognize/org/team-cues.json');
  // the words before a name may open a sentence ("Against Kelby, ..."); those after it are
  // in lower case ("Kelby Players" is one name)
  const alternatives = (ws: readonly string[], capital = false) =>
    ws
      .flatMap((w) => (capital ? [w, w.charAt(0).toUpperCase() + w.slice(1)] : [w]))
      .map((w) => w.replace(/ /g, '[ \\t]+'))
      .join('|');
  // "Kelby won by six wickets", "Dunmore won by 45 runs", "Arden won by an innings": the
  // margin of a side's win (a golfer wins by strokes, which the list leaves out)
  const wonBy = String.raw`won[ \t]+by[ \t]+(?:an[ \t]+innings|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:${c.margins.join('|')}))`;
  const codes = c.codes.map((w) => w.replace(/\./g, '\\.')).join('|');
  return (patterns = {
    // "Dunmore 2 Kelby 1", "Dunmore Rovers 0 Kelby 0", "Dunmore (Ruritania) 2 Kelby (Freedonia)
    // 1": the whole line (or a piece of it after a colon: "In Kelby: Dunmore 2 Kelby 1") (or a piece of it between commas)
    // 1", "Kelby 11 1/2 Dunmore 8 1/2": a half point of cricket, chess or racing after a score
    result: new RegExp(String.raw`^(${NAME})(?:[ \t]+\(${NAME}\))?[ \t]+\d{1,3}${HALF}[ \t]+(${NAME})(?:[ \t]+\(${NAME}\))?[ \t]+\d{1,3}${HALF}$`, 'du'),
    // "Kelby - Dunmore 2-1": the sides joined by a dash, the score after them
    dashed: new RegExp(String.raw`^(${NAME})[ \t]+[-–][ \t]+(${NAME})[ \t]+\d{1,3}[ \t]*[-–:][ \t]*\d{1,3}$`, 'du'),
    // "Kelby 10 6 2 2 15 8 20", "3. Kelby 10 6 2 2 15 8 20", "KELBY 74 62 .544 -": a name and at least three numbers
    standings: new RegExp(String.raw`^[ \t]*(?:\d{1,2}\.?[ \t]+)?(${NAME})((?:[ \t]+(?:\d+|\d*\.\d+|-|1/2|½)){3,})[ \t]*$`, 'du'),
    // "1. Ann Roe (Ruritania) Kelby-Vox 4:07:47": the entrant's team, between the country and
    // the result (or the time of the rider before: "2. Mia Kestrel (Tessaly) Dunmore Sport same time")
    team: new RegExp(String.raw`^[ \t]*(?:\d{1,3}\.?[ \t]+)?${NAME}[ \t]+\([ \t]?${NAME}[ \t]?\)[ \t]+(${NAME})[ \t]+(?:\d[\d:.,]*|same[ \t]+time|s\.t\.)(?:[ \t]|$)`, 'du'),
    // "Kelby - Ann Roe (12th minute), Mia Kestrel (65)": a side and its scorers
    // (or its lineup, a shirt's number before each player: "Kelby - 1 - Tom Hale, 2 - Ann Roe")
    scorers: new RegExp(String.raw`^[ \t]*(${NAME})[ \t]+[-–][ \t]+(?:\d{1,2}[ \t]+[-–][ \t]+)?\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?[ \t]*(?:\d|[ \t]*$|[,;])`, 'du'),
    before: new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(c.before, true)})[ \t]+(${NAME})${END}`, 'gu'),
    // (an article before it is no part of it: "The Dunmore midfielder"; nor is the subject
    // a name after "of": "Dana Reed of Ruritania beat Lee Moss", where the player is from)
    after: new RegExp(String.raw`(?<![\p{L}'’.-])(?<!(?<![\p{L}])of[ \t]+)(?:(?:The|the)[ \t]+)?(${NAME})(?:['’]s)?[ \t]+(?:${alternatives([...c.after, ...teamRoles])}|${wonBy})(?![\p{L}])`, 'gdu'),
    // "Kelby and Dunmore drew 1-1": two sides before a verb of the match
    coordinated: new RegExp(String.raw`(?<![\p{L}'’.-])(${NAME})[ \t]+and[ \t]+(${NAME})[ \t]+(?:${alternatives(c.after)})(?![\p{L}])`, 'gdu'),
    // "Kelby are third", "Kelby, second in the table, play Dunmore", "Kelby, who beat Dunmore
    // 3-0, face Arden": a name opening a sentence, its verb plural (checked where it opens)
    plural: new RegExp(String.raw`(?<![\p{L}'’.-])(${NAME})(?:,[ \t]+[\p{Ll}\d][^,;:\n]{0,60},)?[ \t]+(?:${alternatives(c.plural)})(?![\p{L}'’-])`, 'gdu'),
    // "Kelby held Dunmore 1-1", "Arden edged Marsh 2-1": both sides, a score after the second
    // (not the sets of a tennis match, which people win: "Reed beat Moss 6-3 6-4")
    // (a poll's rank may stand before the second: "Kelby Tech upset No. 12 Marsh 31-28")
    scored: new RegExp(String.raw`(?<![\p{L}'’.-])(${NAME})[ \t]+(?:${alternatives(c.scored)})[ \t]+(?:the[ \t]+)?(?:No\.[ \t]*\d{1,2}[ \t]+)?(${NAME})[ \t]+\d{1,3}-\d{1,3}(?![\d-])(?![ \t]+\(?\d{1,2}-\d)`, 'gdu'),
    // "Kelby v Dunmore", "KELBY V DUNMORE": both sides
    pair: new RegExp(String.raw`(?<![\p{L}'’.-])(${NAME})[ \t]+(?:${c.pairs.flatMap((w) => [w, w.toUpperCase()]).map((w) => w.replace('.', '\\.')).join('|')})[ \t]+(${NAME})${END}`, 'gdu'),
    // "the match between Kelby and Dunmore"
    between: new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(c.between)})[ \t]+between[ \t]+(${NAME})[ \t]+and[ \t]+(${NAME})${END}`, 'gdu'),
    // "joined Kelby from Dunmore": the club he leaves
    from: new RegExp(String.raw`(?<![\p{L}])(?:${alternatives(c.transfers)})[ \t]+${NAME}[ \t]+from[ \t]+(${NAME})${END}`, 'gdu'),
    // "Kelby's 2-1 win", "Kelby's 3-0 defeat": the side before its score
    owner: new RegExp(String.raw`(?<![\p{L}'’.-])(${NAME})['’]s[ \t]+\d{1,3}-\d{1,3}[ \t]+(?:(?:home|away)[ \t]+)?(?:win|victory|defeat|draw|loss|triumph|thrashing|success)(?![\p{L}])`, 'gdu'),
    // "Kelby first innings", "Dunmore 2nd innings (overnight 45-2)": a scorecard's heading, the
    // side that bats opening its own line
    innings: new RegExp(String.raw`^[ \t]*(${NAME})[ \t]+(?:first|second|1st|2nd)[ \t]+innings(?![\p{L}])`, 'gmdu'),
    // "drew 2-2 with Brask", "a 3-1 win over Marsh": the side after a score
    score: new RegExp(String.raw`(?<![\d-])\d{1,3}-\d{1,3}[ \t]+(?:(?:win|victory|defeat|draw|loss|home|away)[ \t]+)?(?:with|against|over|to|by)[ \t]+(${NAME})${END}`, 'gdu'),
    // "Kelby United", "Arden FC": a club's head word ends the name (capitalized, or a code in capitals)
    headed: new RegExp(String.raw`(?<![\p{L}'’.-])((?:${WORD}[ \t]+){1,3}(?:${written(c.namedHeads)}))(?![\p{L}'’-])`, 'gu'),
    // "Inter Milan", "Real Kelby", "FC Dunmore": a club's word opens the name
    opened: new RegExp(String.raw`(?<![\p{L}'’.-])((?:${written(c.openers)})[ \t]+${WORD}(?:[ \t]+${WORD})?)${END}`, 'gu'),
    // "Kelby FC", "Arden A.F.C.", "FC Dunmore": a football club's code, in any document
    codedHead: new RegExp(String.raw`(?<![\p{L}'’.-])((?:${WORD}[ \t]+){1,3}(?:${codes}))(?![\p{L}'’-])`, 'gu'),
    codedOpen: new RegExp(String.raw`(?<![\p{L}'’.-])((?:${codes})[ \t]+${WORD}(?:[ \t]+${WORD})?)${END}`, 'gu'),
    tableWords: new Set(c.tableWords),
    clubHeads: new Set(c.clubHeads),
  });
}

/** A span the text names a club at, and the rule that says so. */
interface Candidate {
  start: number;
  end: number;
  rule: string;
  /** the team's place in a results line, between the entrant's country and the result: whatever a guess made of it */
  team?: boolean;
  /** a name its plural verb makes a side ("Kelby are third"): one word a person's guess read is the club */
  plural?: boolean;
}

/** What every pattern of tableNames needs in its line: a digit, a dash, a half point. */
const TABLE_MARK = /[\d\-–½]/;

/** The sides of the results lines and the first cells of the standings rows. */
function tableNames(text: string, p: Patterns): Candidate[] {
  const out: Candidate[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    // every pattern of a results line needs a digit, a dash or a half point (a score, a
    // standings row, "Kelby - Ann Roe"): most lines of prose have none and are passed over
    if (!TABLE_MARK.test(line)) {
      at += line.length + 1;
      continue;
    }
    // "Dunmore 2 Kelby 1 (halftime 1-0)", "Dunmore 2 Kelby 1, Arden 0 Marsh 3", "Kelby 2 (Ann
    // Roe 12, Mia Kestrel 65) Dunmore 1. Halftime 1-0.": what is in brackets set aside
    const body = line.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
    let from = 0;
    for (const piece of body.split(/[,;:]|\.(?=[ \t]|$)/)) {
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      const start = at + from + lead;
      // (not a headline in capitals: "SOCCER - KELBY BEAT DUNMORE 2-1")
      // (both need a score: a piece with no digit is passed over)
      const r = !/\d/.test(trimmed) ? null : p.result.exec(trimmed) ?? (/\p{Ll}/u.test(trimmed) ? p.dashed.exec(trimmed) : null);
      if (r) for (const [from, to] of r.indices!.slice(1)) out.push({ start: start + from!, end: start + to!, rule: 'org.club-result' });
      from += piece.length + 1;
    }
    // (a slug in capitals is no side and its scorers: "BASEBALL - STANDINGS.")
    const s = p.standings.exec(line) ?? (/\p{Ll}/u.test(line) ? p.scorers.exec(body) : null);
    if (s) out.push({ start: at + s.indices![1]![0], end: at + s.indices![1]![1], rule: 'org.club-result' });
    // (the entrant's country in brackets, then a result)
    const t = line.includes('(') ? p.team.exec(line) : null;
    if (t) out.push({ start: at + t.indices![1]![0], end: at + t.indices![1]![1], rule: 'org.club-result', team: true });
    at += line.length + 1;
  }
  // the side before its lineup: "Dunmore: Tarvel; Brask, Quellen, Doyle; Marek"
  for (const [start, end] of lineupSides(text)) out.push({ start, end, rule: 'org.club-result' });
  return out;
}

/** Names the words around them make clubs: "played for Kelby", "Kelby beat", "Kelby striker", "Kelby v Dunmore", "the match between Kelby and Dunmore". */
function cuedNames(text: string, p: Patterns): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(p.before)) {
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, rule: 'org.club-cue' });
  }
  for (const m of text.matchAll(p.after)) out.push({ start: m.indices![1]![0], end: m.indices![1]![1], rule: 'org.club-cue' });
  for (const m of text.matchAll(p.plural)) if (opensSentence(text, m.index!)) out.push({ start: m.indices![1]![0], end: m.indices![1]![1], rule: 'org.club-cue', plural: true });
  for (const re of [p.scored, p.coordinated, p.pair, p.between, p.from, p.score, p.owner, p.innings]) for (const m of text.matchAll(re)) for (const [start, end] of m.indices!.slice(1)) out.push({ start: start!, end: end!, rule: 'org.club-cue' });
  return out;
}

/**
 * Names a club's own words make clubs: "Kelby United", "Inter Milan". The words before the
 * name that no name holds are set aside ("Yesterday Kelby United", "Then Real Arden").
 */
function namedClubs(text: string, p: Patterns, coded = false): Candidate[] {
  const out: Candidate[] = [];
  for (const re of coded ? [p.codedHead, p.codedOpen] : [p.headed, p.opened])
    for (const m of text.matchAll(re)) {
      const headed = re === p.headed || re === p.codedHead;
      let start = m.index! + m[0].length - m[1]!.length;
      const end = start + m[1]!.length;
      for (;;) {
        const w = /^([\p{L}'’.&-]+)[ \t]+/u.exec(text.slice(start, end));
        if (!w || !(lexiconTags(w[1]!).some((g) => FUNCTION_TAGS.includes(g)) || (isCommonWord(w[1]!.toLowerCase()) && opensSentence(text, start) && headed))) break;
        start += w[0].length;
      }
      if (!(headed ? /[ \t]/.test(text.slice(start, end)) : start === m.index! + m[0].length - m[1]!.length)) continue;
      // outside sport, the club's own words are names: not "AFC Championship", "Youth FC"
      const own = headed ? text.slice(start, end).split(/[ \t]+/).slice(0, -1) : text.slice(start, end).split(/[ \t]+/).slice(1);
      if (coded && own.every((w) => isCommonWord(w.toLowerCase()))) continue;
      out.push({ start, end, rule: coded ? CLUB_CODE_RULE : 'org.club-name' });
    }
  return out;
}

const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:ian|ean|ese|ish)$/u;
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Month', 'WeekDay', 'Date', 'Demonym'];

/** The word before `at`, in lower case. */
const previousWord = (text: string, at: number): string => /([\p{L}]+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';

/** Whether a sentence, a line or a quotation opens at `at`. */
const opensSentence = (text: string, at: number): boolean => /(?:^|(?<!\b(?:v|vs|St|Mr|Mrs|Dr|No))[.!?]|[:;"“‘(\n])[ \t]*$/.test(text.slice(Math.max(0, at - 8), at));

let nicknameSet: ReadonlySet<string> | undefined;
const nicknames = (): ReadonlySet<string> => (nicknameSet ??= new Set(jsonData<{ nicknames: string[] }>('recognize/org/team-nicknames.json').nicknames));

/** Whether the words at [start, end) can name a club no rule read. */
function clubLike(text: string, c: Candidate, tokens: ReadonlyMap<number, Token>, lowerWords: ReadonlySet<string>, p: Patterns): boolean {
  const name = text.slice(c.start, c.end).replace(/['’]s$/, '');
  const words = name.split(/[ \t]+/);
  const lex = nameLexicons();
  for (const w of words) {
    const l = w.toLowerCase();
    if (lexiconTags(w).some((g) => FUNCTION_TAGS.includes(g)) || lex.titles.has(l)) return false;
  }
  const first = words[0]!.toLowerCase();
  if (p.tableWords.has(first) || lex.notNames.has(words[0]!)) return false;
  // a word the document writes in lower case; "Striker Ann Roe", "Former coach": a common
  // word that opens a sentence ("Marsh" inside a sentence or a table is a name)
  if (words.length === 1 && (lowerWords.has(first) || (c.rule === 'org.club-cue' && isCommonWord(first) && opensSentence(text, c.start)))) return false;
  if (c.rule === 'org.club-cue') {
    // a headline in capitals shows no name's bounds ("KELBYSHIRE V DUNMORESHIRE SCOREBOARD"): headline-capitals.ts reads it from the body
    if (!/\p{Ll}/u.test(name)) return false;
    // a nationality before a role: "Ruritanian striker", "English captain"
    if (words.length === 1 && (countryOfDemonym(first) !== null || DEMONYM_SHAPE.test(words[0]!))) return false;
    // "Greatest Hockey team": a name ends in a word of its own or a club's head word ("Kelby Rovers")
    const last = words[words.length - 1]!.toLowerCase();
    const common = (w: string) => w.split('-').every((x) => isCommonWord(x) || lowerWords.has(x));
    if (words.length > 1 && common(last) && !p.clubHeads.has(last)) return false;
  }
  // a person's name: "Ann Roe 68 70 71 209" (not "Kelby United": a common word of a club's head ends it)
  const t = tokens.get(c.start);
  // (nor "Kelby Bisons 102 Dunmore Hawks 98": a team's nickname ends it, team-nicknames.json)
  if (words.length >= 2 && t && (firstName(t) || givenName(t)) && !clubHeaded(name, p) && !nicknames().has(words[words.length - 1]!.toLowerCase())) return false;
  return true;
}

/** A name that ends in a club's head word that names no person: "Kelby United", "Arden Rovers" (not "Stanley"). */
function clubHeaded(name: string, p: Patterns): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  // (or a team's nickname: "Kelby Bisons", team-nicknames.json)
  return words.length >= 2 && (p.clubHeads.has(last.toLowerCase()) || nicknames().has(last.toLowerCase())) && !isSurname(last) && !isGivenName(last);
}

export function sportsClubs(a: Analysis): Mention[] {
  const text = a.plain.text;
  const p = load();
  // a club's code names a club in any document; the other cues only in one about sport
  // (on a page of a sport people play one against one the cues beside a name are a player's:
  // "beat Venn", "Sixth-seeded Marek beat Moss"; its tables' names are people's)
  const sport = isSportsDocument(text) && !isIndividualSportPage(text);
  const candidates = sport ? [...tableNames(text, p), ...cuedNames(text, p), ...namedClubs(text, p), ...namedClubs(text, p, true)] : namedClubs(text, p, true);
  if (!candidates.length) return a.mentions;
  // a mention some rule read there, by the span: a place or a guessed person may be the club
  const where = new Coverage(text.length, a.mentions);
  const tokens = new Map<number, Token>();
  for (const s of a.tagged) for (const t of s.tokens) tokens.set(t.start, t);
  const lowerWords = lowerCaseWords(text);
  const added: Mention[] = [];
  const retyped = new Map<number, string>();
  const clubPlaces = new Set<string>();
  // mentions inside a club's own name ("Milan" of "Inter Milan"): the club replaces them
  const inside = new Set<number>();
  for (const c of candidates.sort((x, y) => x.start - y.start || (x.rule === 'org.club-result' ? -1 : 1))) {
    if (c.rule === 'org.club-name' || c.rule === CLUB_CODE_RULE) {
      const within = a.mentions.flatMap((m, i) => (m.start < c.end && c.start < m.end ? [i] : []));
      const whole = within.length === 1 && a.mentions[within[0]!]!.start === c.start && a.mentions[within[0]!]!.end === c.end;
      if (whole || within.some((i) => a.mentions[i]!.type === 'ORG' || a.mentions[i]!.start < c.start || a.mentions[i]!.end > c.end)) {
        if (whole && a.mentions[within[0]!]!.type !== 'ORG' && !retyped.has(within[0]!)) retyped.set(within[0]!, c.rule);
        continue;
      }
      if (added.some((m) => m.start < c.end && c.start < m.end)) continue;
      for (const i of within) inside.add(i);
      where.take(c.start, c.end);
      added.push({ type: 'ORG', start: c.start, end: c.end, text: text.slice(c.start, c.end), rule: c.rule });
      continue;
    }
    let end = c.end;
    if (/['’]s$/.test(text.slice(c.start, end))) end -= 2;
    // the period that ends the sentence: "drew with Sporting Dunmore." (not "St.")
    if (/\p{L}{4,}\.$/u.test(text.slice(c.start, end))) end -= 1;
    const at = where.startingAt(c.start);
    const there = at === undefined ? undefined : a.mentions[at]!;
    if (there && there.end === end && !retyped.has(at!) && (retypable(there, c.rule, p) || (c.team && PERSON_GUESSES_OF_TEAMS.has(there.retypedBy ?? there.rule)) || (c.plural && pluralGuess(there)))) {
      retyped.set(at!, c.rule);
      if (there.type === 'LOCATION') clubPlaces.add(there.text);
      continue;
    }
    // "KELBY BISONS 102 Dunmore Hawks 98": a side in capitals, whose first word a guess read
    // as an acronym or a place of its own; the whole side replaces the guesses inside it
    const guesses = c.rule === 'org.club-result' && !where.free(c.start, end) ? a.mentions.flatMap((m, i) => (m.start < end && c.start < m.end ? [i] : [])) : [];
    const replace = guesses.length > 0 && guesses.every((i) => a.mentions[i]!.start >= c.start && a.mentions[i]!.end <= end && INSIDE_GUESSES.has(a.mentions[i]!.rule)) && text.slice(c.start, end) === text.slice(c.start, end).toUpperCase();
    if ((!replace && !where.free(c.start, end)) || !clubLike(text, { ...c, end }, tokens, lowerWords, p)) continue;
    for (const i of replace ? guesses : []) inside.add(i);
    where.take(c.start, end);
    const mention: Mention = { type: 'ORG', start: c.start, end, text: text.slice(c.start, end), rule: c.rule };
    // a name written in capitals in a table is named as usual: "KELBY" -> "Kelby"
    if (/\p{Lu}{2}/u.test(mention.text) && mention.text === mention.text.toUpperCase()) mention.name = mention.text.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
    added.push(mention);
  }
  if (!added.length && !retyped.size) return a.mentions;
  // a place that is a club is the club wherever the document names it (one sense per discourse)
  const mentions = a.mentions.map((m, i): Mention => {
    // (not where a place preposition says it is the city: "a match in Lausanne")
    // (nor a dateline: "NEW YORK 1996-08-29" above a table where "NEW YORK 74 58" is the team)
    const city = m.type === 'LOCATION' && clubPlaces.has(m.text) && !m.rule.includes('.dateline') && !lexicon('placePrepositions').has(previousWord(text, m.start));
    const rule = retyped.get(i) ?? (city ? [...retyped.values()][0]! : undefined);
    return rule && m.type !== 'ORG' ? { ...m, type: 'ORG', retypedBy: rule } : m;
  }).filter((_, i) => !inside.has(i));
  if (!added.length) return mentions;
  // its other mentions: "Striker Ann Roe scored twice for Kelby" ... "Kelby 10 6 2 2"
  return propagateNames(text, [...mentions, ...added].sort((x, y) => x.start - y.start), nameLexicons().titles);
}

const isCountryOrRegion = (name: string): boolean => isNation(name) || lexiconTags(name).some((g) => g === 'Region') || regionOf(name) !== undefined;

// what a guess may have made of a team in a results line
const PERSON_GUESSES_OF_TEAMS = new Set(['person.shape', 'person.tagged', 'person.first-name', 'location.tagged', 'location.town', 'location.gazetteer', 'org.subject']);

// what a guess may have made of one word a plural verb makes a side: "Kelby, who beat
// Dunmore 3-0, face Arden" (person.who), "Kelby are third" (the tagger's person)
const PERSON_GUESSES_OF_PLURALS = new Set(['person.shape', 'person.tagged', 'person.first-name', 'person.who', 'person.speaker', 'org.subject', 'location.tagged', 'location.town', 'location.gazetteer']);
const pluralGuess = (m: Mention): boolean => PERSON_GUESSES_OF_PLURALS.has(m.retypedBy ?? m.rule) && !/\s/.test(m.text.trim()) && !(m.type === 'LOCATION' && isCountryOrRegion(m.text));

// what a guess may have made of one word of a side in capitals ("KELBY" of "KELBY BISONS")
const INSIDE_GUESSES = new Set(['org.acronym', 'location.tagged', 'location.town', 'location.gazetteer', 'person.shape', 'person.tagged', 'person.first-name']);

// rules that type a name from its shape or the tagger's guess
const PERSON_GUESSES = new Set(['person.shape', 'person.tagged']);

/**
 * Whether a mention found where the text names a club is the club: a place in a table
 * ("Dunmore Town 10 6 2 2"; a place a lexicon knows, and one named as a side in a
 * sentence, are sports-teams.ts's), or a person guessed from
 * the shape of a name ending in a club's head word ("Arden Rovers 0 Marsh 0").
 */
function retypable(m: Mention, rule: string, p: Patterns): boolean {
  if (m.type === 'LOCATION') {
    // "played 26 games for Lausanne", "joined Dunmore Town": a city, known or not, is the
    // club the words name (a country is its national side: sports-teams.ts reads that)
    if (rule === 'org.club-cue') return !m.rule.endsWith('acronym') && !m.rule.endsWith('dateline') && !isCountryOrRegion(m.text);
    return !/\.(?:known|known-place|dateline|acronym)$/.test(m.rule);
  }
  // a known first name opens it ("Arden Rovers"): a results line, a table, or a common word of a club's head says it is a club
  const how = m.retypedBy ?? m.rule;
  if (m.type !== 'PERSON' || !(PERSON_GUESSES.has(how) || how === 'person.first-name')) return false;
  const w = m.text.split(/\s+/);
  if (how === 'person.first-name' && rule !== 'org.club-result') return clubHeaded(m.text, p);
  return w.length >= 2 && p.clubHeads.has(w[w.length - 1]!.toLowerCase());
}

export const sportsClubsRefiner: ResolveRefiner = {
  id: 'sports-clubs',
  refine: (a) => void (a.mentions = sportsClubs(a)),
};

/** The listed clubs (football-clubs.ts), in a document about sport, and their other mentions ("Feyenoord ... Feyenoord's coach"). */
function sportsListedClubs(a: Analysis): Mention[] {
  if (!isSportsDocument(a.plain.text) || isIndividualSportPage(a.plain.text)) return a.mentions;
  const listed = listedClubs(a, a.mentions);
  return listed.added ? propagateNames(a.plain.text, listed.mentions, nameLexicons().titles) : listed.mentions;
}

// after sports-teams.ts: what a match's context made a team keeps its rule
export const listedClubsRefiner: ResolveRefiner = {
  id: 'listed-clubs',
  refine: (a) => void (a.mentions = sportsListedClubs(a)),
};
