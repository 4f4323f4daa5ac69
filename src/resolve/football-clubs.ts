// Football clubs a sports report names with no cue ("Feyenoord went top", "Sparta Prague,
// the champions", "Vitesse Arnhem held Twente Enschede"): a club of football-clubs.txt,
// derived by tests/tools/derive-football-clubs.py from openfootball/clubs (CC0), is an
// organization where a capitalized run of words is exactly its name, longest first, in a
// document about sport only (rule org.club-listed, listed with sports-clubs.ts's rules). A
// place a rule read there ("Barnsley", "Porto") becomes the club mention by mention, in a
// sentence about the game ("Porto moved clear after a win over Benfica"), never after a
// preposition of place ("fans in Porto") or as a region after its town ("Portland,
// Oregon"); a person guessed from a name's shape ("Vitesse Arnhem") is the club. A club's
// name that is a common word alone ("Arsenal", "Reading") counts only inside a sentence or
// before a match's verb ("Hearts drew"), not after "the", where the document never writes
// it in lower case; one that is a
// person's name too ("Preston"), only in a sentence about the game.
import { jsonData, wordList } from '../data.js';
import { lexicon } from '../lexicon/registry.js';
import { isCommonWord } from '../nlp/dictionary.js';
import { lexiconTags } from '../nlp/tagger.js';
import type { Analysis, Mention, Span } from '../types.js';
import { isGivenName, isSurname } from '../recognize/person/given-names.js';
import { afterWherePreposition, atVenue } from './names.js';
import { lowerCaseWords } from '../recognize/shared/lower-words.js';

export const CLUB_LISTED_RULE = 'org.club-listed';

const MAX_WORDS = 6;
// a word of a name: a capital opens it ("Queen's", "Saint-Germain"); "&" and small links inside ("Heart of Midlothian")
const TOKEN = /\p{L}[\p{L}\p{N}'’-]*|&/gu;
const CAPITALIZED = /^\p{Lu}/u;
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord'];

interface Clubs {
  names: ReadonlySet<string>;
  /** a match's verbs: "beat", "drew", "lost" */
  verbs: ReadonlySet<string>;
  /** a sentence about the game: a score, a word of sport, a match's verb or a team's role */
  sport: RegExp;
}

let clubs: Clubs | undefined;

/** Whether a name of the list can stand for its club: not a stop, not a code of two letters, not a country (its national side is sports-teams.ts's). */
function stands(name: string, stops: ReadonlySet<string>): boolean {
  if (stops.has(name)) return false;
  if (!name.includes(' ')) return name.length > 2 && !lexiconTags(name).includes('Country');
  return true;
}

function load(): Clubs {
  if (clubs) return clubs;
  const stops = new Set(wordList('resolve/football-clubs-stops.txt'));
  const c = jsonData<{ sportsWords: string[]; matchVerbs: string[]; teamRoles: string[] }>('recognize/org/team-cues.json');
  const words = [...c.sportsWords, ...c.matchVerbs, ...c.teamRoles].map((w) => w.replace(/[-\s]/g, '[-\\s]')).join('|');
  return (clubs = {
    names: new Set(wordList('resolve/football-clubs.txt').filter((n) => stands(n, stops))),
    verbs: new Set(c.matchVerbs),
    sport: new RegExp(String.raw`(?<![\p{L}])(?:${words})(?![\p{L}])|(?<![\d.])\d{1,3}-\d{1,3}(?![\d])`, 'iu'),
  });
}

/** Whether the name is a football club of the list ("Sparta Prague", "Barnsley"). */
export const isListedClub = (name: string): boolean => load().names.has(name);

/** A span of text that names a listed club. */
export interface ClubSpan {
  start: number;
  end: number;
}

/** Whether a sentence opens at `at` (or a line, or a quotation). */
const opensSentence = (text: string, at: number): boolean => /(?:^|(?<!\b(?:v|vs|St|Mr|Mrs|Dr|No))[.!?]|[:;"“‘(\n])[ \t]*$/.test(text.slice(Math.max(0, at - 8), at));

/**
 * The spans where a capitalized run of words is a listed club's whole name, the longest
 * first: "Ajax Amsterdam" (not "Ajax"), "Borussia Dortmund", "Heart of Midlothian".
 * A word that opens a sentence before the run is set aside ("Yesterday Celtic").
 */
export function listedClubSpans(text: string): ClubSpan[] {
  const { names } = load();
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, word: m[0] }));
  // whether tokens i and i + 1 are one run of words: a space between them, or "St." and a space
  const joined = (i: number): boolean => {
    const gap = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
    return /^[ \t]+$/.test(gap) || (tokens[i]!.word === 'St' && /^\.[ \t]+$/.test(gap));
  };
  const capital = (i: number): boolean => CAPITALIZED.test(tokens[i]!.word);
  const out: ClubSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(i)) continue;
    if (i > 0 && joined(i - 1) && capital(i - 1)) {
      // "Yesterday Celtic", "Then Porto": a common word that opens the sentence is no part of the name
      const prev = tokens[i - 1]!;
      const opener = (i < 2 || !joined(i - 2) || !capital(i - 2)) && opensSentence(text, prev.start);
      if (!opener || !(isCommonWord(prev.word.toLowerCase()) || lexiconTags(prev.word).some((g) => FUNCTION_TAGS.includes(g)))) continue;
    }
    for (let j = Math.min(tokens.length - 1, i + MAX_WORDS - 1); j >= i; j--) {
      if (!capital(j)) continue;
      let k = i;
      while (k < j && joined(k)) k++;
      if (k < j) continue;
      // the run ends with the name: no capitalized word right after ("Ajax Amsterdam striker",
      // not "Celtic Park"), but after a possessive ("Celta Vigo's Brazilian forward")
      if (j + 1 < tokens.length && joined(j) && capital(j + 1) && !/['’]s?$/u.test(tokens[j]!.word)) continue;
      let end = tokens[j]!.end;
      let name = text.slice(tokens[i]!.start, end);
      // "Rangers'", "Celtic's": the name without its possessive
      const possessive = /['’]s?$/u.exec(name);
      if (!names.has(name) && possessive) {
        name = name.slice(0, possessive.index);
        end -= possessive[0].length;
      }
      if (!names.has(name)) continue;
      out.push({ start: tokens[i]!.start, end });
      i = j;
      break;
    }
  }
  return out;
}

// the readings of a name a club's name may stand for: a person guessed from its shape or
// the tagger's guess ("Vitesse Arnhem", "Chelsea")
const PERSON_GUESSES = new Set(['person.shape', 'person.tagged', 'person.first-name', 'person.speaker']);
// places a club's name is not: a dateline's city, an acronym's expansion
const FIXED_PLACES = /\.(?:dateline|acronym)$/;

// "in Ottawa and Halifax", "near Leeds or Bradford": the preposition of place takes both
const WHERE_LIST = /(?:^|[^\p{L}])(?:in|near|outside|inside|around|across)[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)$/u;
// "Little Falls, Minnesota": a region after its town
const AFTER_TOWN = /\p{Lu}[\p{L}'’.-]*,[ \t]*$/u;

/** Whether the place at [start, end) is named as the place, whatever a club of its name: "played in Barnsley", "in Ottawa and Halifax", "Little Falls, Minnesota", "At Leeds:". */
const namedAsPlace = (text: string, start: number, end: number): boolean => {
  const before = text.slice(Math.max(0, start - 40), start);
  return afterWherePreposition(text, start) || WHERE_LIST.test(before) || AFTER_TOWN.test(before) || atVenue(text, start, end);
};

/** The sentence around [start, end): a span of `sentences`, else the line. */
function sentenceOf(text: string, sentences: readonly Span[], start: number, end: number): string {
  const s = sentences.find((x) => x.start <= start && end <= x.end);
  if (s) return text.slice(s.start, s.end);
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to);
}

/**
 * The listed clubs of a document about sport (the caller tells): spans no rule read become
 * ORG; a place or a guessed person of the same span, in a sentence about the game, is
 * retyped; mentions inside a club's name ("Prague" of "Sparta Prague") give way to it.
 * Returns the mentions and whether any is new.
 */
export function listedClubs(a: Analysis, mentions: readonly Mention[]): { mentions: Mention[]; added: boolean } {
  const text = a.plain.text;
  const spans = listedClubSpans(text);
  if (!spans.length) return { mentions: [...mentions], added: false };
  const { sport, verbs } = load();
  const speech = lexicon('speechVerbs');
  const lowerWords = lowerCaseWords(text);
  const out = [...mentions];
  const dropped = new Set<number>();
  const added: Mention[] = [];
  const core = (m: Mention): number => m.end - (/['’]s?$/u.exec(m.text)?.[0].length ?? 0);
  const inSport = (s: ClubSpan): boolean => sport.test(sentenceOf(text, a.sentences, s.start, s.end));
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    // one word a speech verb stands before is the speaker: "said Mauer", "said Barnsley"
    if (!name.includes(' ') && speech.has(/([\p{L}]+)[ \t]+$/u.exec(text.slice(Math.max(0, s.start - 20), s.start))?.[1]?.toLowerCase() ?? '')) continue;
    const over = out.flatMap((m, i) => (!dropped.has(i) && m.start < s.end && s.start < m.end ? [i] : []));
    const same = over.find((i) => out[i]!.start === s.start && core(out[i]!) === s.end);
    if (same !== undefined) {
      const m = out[same]!;
      if (m.type === 'ORG') continue;
      // ("Middlesbrough, who have not won": but "Preston, who scored", a person's name)
      const how = m.retypedBy ?? m.rule;
      const guessed = m.type === 'PERSON' && (PERSON_GUESSES.has(how) || (how === 'person.who' && !isGivenName(name) && !isSurname(name)));
      // a person guessed from a name of several words is the club ("Twente Enschede"); one
      // word ("Chelsea") or a place ("Barnsley") only where the sentence is about the game
      const place = m.type === 'LOCATION' && !FIXED_PLACES.test(m.rule) && !namedAsPlace(text, m.start, m.end);
      if (((guessed && name.includes(' ')) || ((guessed || place) && inSport(s))) && over.length === 1) {
        out[same] = { ...m, type: 'ORG', retypedBy: CLUB_LISTED_RULE };
      }
      continue;
    }
    // a mention that runs past the club's name reads it otherwise ("Celtic Park", "John Barnsley")
    if (over.some((i) => out[i]!.start < s.start || out[i]!.end > s.end)) continue;
    if (added.some((m) => m.start < s.end && s.start < m.end)) continue;
    // a common word alone: never in lower case in the document, not "the Palace", inside a
    // sentence or opening one before a match's verb ("Hearts drew with Dunfermline")
    if (!name.includes(' ') && isCommonWord(name.toLowerCase()) && (lowerWords.has(name.toLowerCase()) || (opensSentence(text, s.start) && !verbs.has(/^[ \t]+(\p{Ll}+)/u.exec(text.slice(s.end, s.end + 20))?.[1] ?? '')) || /\bthe[ \t]+$/i.test(text.slice(Math.max(0, s.start - 5), s.start)))) continue;
    // a name that is a person's too ("Preston"): only where the sentence is about the game
    if (!name.includes(' ') && (isGivenName(name) || isSurname(name)) && !inSport(s)) continue;
    for (const i of over) dropped.add(i);
    added.push({ type: 'ORG', start: s.start, end: s.end, text: name, rule: CLUB_LISTED_RULE });
  }
  const result = out.filter((_, i) => !dropped.has(i));
  return { mentions: [...result, ...added].sort((x, y) => x.start - y.start), added: added.length > 0 };
}
