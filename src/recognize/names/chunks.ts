// Candidate names: maximal runs of capitalized tokens inside a sentence, joined by the few
// lower-case words that live inside names ("Bank of England", "Ludwig van Beethoven").
// Each chunk is then read by the ordered rules of names/order.ts.
import { lexiconTags, type TaggedSentence, type Token } from '../../nlp/tagger.js';
import { lexicon } from '../../lexicon/registry.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { numberedKind } from '../org/unit-number.js';

export interface Chunk {
  sentence: TaggedSentence;
  /** index of the first and one past the last token, within sentence.tokens */
  from: number;
  to: number;
  /** true when the sentence is written in Title Case (a headline): capitals prove little */
  titleCase: boolean;
}

// "the" only directly after "of"/"for"/"on": "Bank of the Philippines". The capitalized word
// after a connector is a name's, not an expression's ("Best Buy for the No. 2 spot").
const AFTER_OF = new Set(['the']);
export const isDateWord = (t: Token): boolean => t.tags.has('Date') || t.tags.has('WeekDay') || t.tags.has('Month');

export const isCapitalized = (t: Token): boolean => /^[\p{Lu}]/u.test(t.text) || /^[\p{Lu}\d][\p{L}\d]*\p{Lu}/u.test(t.text);

// Abbreviations that close a name: what follows "Apple Inc." is not part of it.
const ENDS_NAME = /^(?:Inc|Corp|Co|Ltd|Plc|Bros|Jr|Sr)$/i;

const isAbbreviation = (t: Token): boolean =>
  !ENDS_NAME.test(t.text) && (t.tags.has('Abbreviation') || lexicon('abbreviations').has(t.text.toLowerCase()));

/** Punctuation after a token that ends a name ("Miller," "Moscow." "(NNSA)"). */
function breaksAfter(t: Token): boolean {
  // a bare hyphen joins ("Nunn-Lugar"), so does the period of an initial ("L. Ron
  // Hubbard") or of an abbreviation inside the sentence ("Mr. Lee", "St. Louis"); any other
  // punctuation, or a line break, ends the name
  // (compromise may tag "St" a team's word, not an abbreviation: the list decides too)
  if (t.post === '-' || (t.post === '. ' && (/^\p{Lu}$/u.test(t.text) || isAbbreviation(t)))) return false;
  return t.post.trim() !== '' || t.post.includes('\n');
}

/** A fiscal period, no name nor part of one: "Dunmore Holdings Q3 profit", "FY2024", "H1". */
const FISCAL_PERIOD = /^(?:Q[1-4]|[1-4]Q|H[12]|[12]H|FY\d{0,4})$/;

const breaksBefore = (t: Token): boolean => /[("“‘'\[«<]/.test(t.pre);


/** True when (nearly) every content word of the sentence is capitalized: a headline. */
export function isTitleCase(s: TaggedSentence): boolean {
  // a wire's credit line is written in capitals but names people: "Reporting by Anna
  // Kessler; Editing by Mark Potter" (credit-words.txt)
  for (let i = 0; i < Math.min(3, s.tokens.length - 1); i++) if (s.tokens[i + 1]!.text === 'by' && lexicon('creditWords').has(s.tokens[i]!.text.toLowerCase())) return false;
  let words = 0;
  let lower = 0;
  for (const t of s.tokens) {
    if (t.text.length < 4 || !/^\p{L}/u.test(t.text) || lexicon('headlineMinorWords').has(t.text)) continue;
    words++;
    if (!/^\p{Lu}/u.test(t.text)) lower++;
  }
  // a headline does not end in a period ... unless written in capitals, as wires write
  // them ("SOCCER - KELBY BEAT DUNMORE 2-1.")
  const last = s.tokens[s.tokens.length - 1];
  const capitals = s.tokens.every((t) => !/\p{Ll}/u.test(t.text));
  if (last && /\.\s*$/.test(last.post) && !/\.$/.test(last.text) && !capitals) return false;
  return words >= 3 && lower <= words * 0.1;
}

/**
 * A preposition, conjunction or article written with a capital inside a run of capitals,
 * opening a phrase ("Ann Chiang of DAB In the Kowloon West constituency", "Talks With
 * Washington"), ends the name before it and starts none; names write these words in lower
 * case ("Bank of England"). A surname that is such a word ends no phrase: "James To of the
 * party", "Wilson Or was elected".
 */
function capitalFunctionWord(t: Token, next: Token | undefined): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !next || t.post.trim() !== '') return false;
  if (!isCapitalized(next) && !next.tags.has('Determiner')) return false;
  // another language's article opens the name after it: "El Paso", "Le Monde", "El Fasher"
  if (FOREIGN_ARTICLE.test(t.text) && isCapitalized(next)) return false;
  return lexiconTags(t.text).some((g) => g === 'Preposition' || g === 'Conjunction' || g === 'Determiner');
}

/** Articles of Spanish, French, Arabic transliterations, Italian and Portuguese, which English lexicons may tag a determiner. */
const FOREIGN_ARTICLE = /^(?:El|Le|La|Les|Los|Las|De|Du|Des|Del|Della|Il|Dos|Das)$/;

const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

// the Arabic article as transliterations write it before a sun letter, joined by a hyphen:
// "Hizb ut-Tahrir", "Salah ad-Din", "Ahrar ash-Sham", "Deir ez-Zor", "Tell es-Sultan" (only
// with the hyphen: "at", "as", "an" are English words); "wal-" is "and the" ("Jamaat Nusrat
// al-Islam wal-Muslimin")
const ASSIMILATED_ARTICLE = /^(?:ul|ut|ud|ad|ar|as|ash|at|az|an|ur|us|ush|ez|es|ed|wal)$/;

/**
 * A lower-case word that opens a name before a capital: an ordinal before a military unit
 * ("the 312th Airlift Wing", kept only when a unit's head word ends the run) and the Arabic
 * article joined by a hyphen ("al-Shabaab", "el-Sisi").
 */
function opensName(toks: readonly Token[], i: number): 'ordinal' | 'cardinal' | 'article' | null {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (!next || !isCapitalized(next) || breaksBefore(next)) return null;
  // ("al Qaeda", "al Shabaab": the article also stands apart before the name)
  if ((t.post === '-' || (t.post === ' ' && t.text === 'al')) && /^(?:al|el)$/.test(t.text)) return 'article';
  if (t.post === ' ' && ORDINAL.test(t.text)) return 'ordinal';
  // "16 Air Assault Brigade", "120 Squadron": British units are numbered without the suffix
  if (t.post === ' ' && CARDINAL.test(t.text) && !/^[$£€¥]/.test(t.pre) && !/[.,]$/.test(toks[i - 1]?.text ?? '')) return 'cardinal';
  return null;
}

const CARDINAL = /^[1-9]\d{0,2}$/;

// weekdays and months by their spelling: compromise tags "March" or "May" as it reads the
// sentence, and may read them as a verb or a name
const CALENDAR_WORD = /^(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?$|^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/;

/**
 * "On Tuesday John Hale said", "in March Dover Holdings agreed": a run of capitals that
 * opens with a date after a word of time ends at the date, and the name after it is read
 * alone. Returns the index after the date, or -1.
 */
function afterLeadingDate(toks: readonly Token[], i: number, j: number): number {
  const openers = lexicon('dateOpeners');
  const calendar = (t: Token): boolean => CALENDAR_WORD.test(t.text) && (t.post === ' ' || t.post === '. ');
  // "On Tuesday John ...": the word of time is the run's first, capitalized at the sentence's start
  if (i + 2 < j && openers.has(toks[i]!.text.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text) && calendar(toks[i + 1]!)) return i + 2;
  // "... in March Dover Holdings": the word of time before the run, in lower case
  if (i > 0 && i + 1 < j && openers.has(toks[i - 1]!.text) && toks[i - 1]!.post === ' ' && calendar(toks[i]!)) return i + 1;
  return -1;
}

/** the most tokens one candidate name may have */
const MAX_CHUNK = 12;

// prefixes written with a capital and a hyphen before a word in lower case inside a name
const NAME_PREFIX = /^(?:Co|Non|Anti|Counter|Inter|Multi|Self|Post|Pre|Sub)$/;

/** "Organization for Security and Co-operation", "Nuclear Non-proliferation Treaty": a word in lower case after a capitalized prefix and its hyphen. */
const prefixedWord = (before: Token, t: Token): boolean => before.post === '-' && NAME_PREFIX.test(before.text) && /^\p{Ll}{3,}$/u.test(t.text) && !lexicon('hyphenSuffixes').has(t.text);

/** A lower-case syllable hyphened to the word before, part of its name ("Lee Cheuk-yan"), unless a suffix makes an adjective of it ("Kelby-based"). */
export const hyphenedSyllable = (before: Token, t: Token): boolean => before.post === '-' && /^\p{Ll}{1,6}$/u.test(t.text) && !lexicon('hyphenSuffixes').has(t.text);

/**
 * "Paris' CAC 40", "Athens' mayor": a name's possessive written with the apostrophe alone
 * ends the run, as "'s" does; a common plural's stays in it ("Workers' Party", "Veterans'
 * Affairs"), and so does one before a body's head word ("Ratepayers' Association").
 */
const namePossessive = (t: Token, next: Token | undefined): boolean =>
  /^\p{Lu}\p{Ll}+s['’]$/u.test(t.text) && !isCommonWord(t.text.slice(0, -1).toLowerCase()) && !isCommonWord(t.text.slice(0, -2).toLowerCase()) && !(next && lexicon('orgHeads').has(next.text.toLowerCase()));

/** The legal forms a comma may set off inside a firm's name: "Brellix, Inc.", "Kelby Partners, L.P." */
const COMMA_SUFFIX = /^(?:Inc|LLC|L\.L\.C|LLP|LP|L\.P|Ltd|Corp|plc|PLC|GmbH|N\.V|B\.V|S\.A|S\.p\.A|SpA|Pty)\.?$/;

/** "Brellix, Inc.": a comma, then a firm's legal form, which ends the name. */
const commaSuffix = (toks: readonly Token[], j: number): boolean => toks[j - 1]!.post === ', ' && /^\p{Lu}/u.test(toks[j - 1]!.text) && COMMA_SUFFIX.test(toks[j]?.text ?? '');

const GIVEN_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

/**
 * `William "Cowboy" Kelley`, `Joaquin "El Tigre" Marquez`: a nickname of one to three
 * capitalized words in quotation marks between a given name and a surname is part of the
 * person's name. Where the surname ends the run, or 0 when no nickname opens at `j`.
 */
function nicknameEnd(toks: readonly Token[], from: number, j: number): number {
  if (!/["“]$/.test(toks[j]!.pre) || toks[j - 1]!.post !== ' ' || !toks.slice(from, j).some((t) => GIVEN_TAGS.some((g) => t.tags.has(g)))) return 0;
  for (let q = j; q < Math.min(toks.length - 1, j + 3); q++) {
    if (!/^\p{Lu}/u.test(toks[q]!.text)) return 0;
    if (q > j && toks[q - 1]!.post !== ' ') return 0;
    if (!/^["”] $/.test(toks[q]!.post)) continue;
    const surname = toks[q + 1]!;
    return /^\p{Lu}\p{Ll}/u.test(surname.text) && surname.pre === '' ? q + 2 : 0;
  }
  return 0;
}

export function findChunks(s: TaggedSentence): Chunk[] {
  const chunks: Chunk[] = [];
  const titleCase = isTitleCase(s);
  const toks = s.tokens;
  let i = 0;
  while (i < toks.length) {
    // "BRIEF-Dunmore Holdings ...": a wire's word before the headline is no part of a name
    if (toks[i]!.post === '-' && lexicon('wireSlugs').has(toks[i]!.text)) {
      i++;
      continue;
    }
    const opener = opensName(toks, i);
    if (!opener && (!isCapitalized(toks[i]!) || FISCAL_PERIOD.test(toks[i]!.text) || (i > 0 && capitalFunctionWord(toks[i]!, toks[i + 1])))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && (!breaksAfter(toks[j - 1]!) || commaSuffix(toks, j)) && !/['’]s$/i.test(toks[j - 1]!.text) && !namePossessive(toks[j - 1]!, toks[j])) {
      const t = toks[j]!;
      const nick = nicknameEnd(toks, i, j);
      if (nick > 0) {
        j = nick;
        continue;
      }
      if (breaksBefore(t)) break;
      // "Kelvane plc": the British public company's suffix, written in lower case, ends the name
      if (t.text === 'plc') {
        j++;
        break;
      }
      if ((isCapitalized(t) && !capitalFunctionWord(t, toks[j + 1]) && !FISCAL_PERIOD.test(t.text)) || hyphenedSyllable(toks[j - 1]!, t) || prefixedWord(toks[j - 1]!, t)) {
        j++;
        continue;
      }
      // "Sgt. 1st Class Ann Roe", "Petty Officer 2nd Class": a rank's class is part of the run
      if (ORDINAL.test(t.text) && t.post === ' ' && toks[j + 1]?.text === 'Class' && !breaksAfter(toks[j + 1]!)) {
        j += 2;
        continue;
      }
      // "Big 12 Conference", "Atlantic 10 Conference": a sports conference's number inside its
      // name, "Conference" ending it (not "Block 7 Conference Centre")
      const after = toks[j + 2];
      if (CARDINAL.test(t.text) && t.post === ' ' && toks[j + 1]?.text === 'Conference' && !breaksAfter(t) && (!after || breaksAfter(toks[j + 1]!) || !isCapitalized(after))) {
        j += 2;
        continue;
      }
      // "Task Force 51", "Carrier Strike Group 12": the number closes the unit's name; a
      // station's name may go on after it ("Channel 4 News", "Radio 5 Live")
      const numbered = numberedKind(toks, j);
      if (numbered) {
        j++;
        const next = toks[j];
        if (numbered === 'station' && next && toks[j - 1]!.post === ' ' && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !isDateWord(next) && !breaksBefore(next)) continue;
        break;
      }
      // a connector, or "of the", followed by a capitalized word
      const lower = t.text.toLowerCase();
      let k = j;
      const joins = lexicon('nameConnectors').has(lower) || (lower === 'on' && lexicon('takesOn').has(toks[j - 1]!.text.toLowerCase())) || (t.post === '-' && ASSIMILATED_ARTICLE.test(t.text));
      if (joins && !breaksAfter(t)) k = j + 1;
      if (k > j && AFTER_OF.has(toks[k]?.text.toLowerCase() ?? '') && !breaksAfter(toks[k]!)) k++;
      // "Center for a New American Security": "a" after a body's "for"
      else if (k > j && lower === 'for' && toks[k]?.text === 'a' && toks[k]!.post === ' ' && lexicon('orgHeads').has(toks[j - 1]!.text.toLowerCase())) k++;
      // two particles of a person's name: "de la Rua", "von der Leyen"
      else if (k > j && lexicon('nameParticles').has(lower) && lexicon('nameParticles').has(toks[k]?.text ?? '') && !breaksAfter(toks[k]!)) k++;
      if (k > j && k < toks.length && isCapitalized(toks[k]!) && !breaksBefore(toks[k]!) && !isDateWord(toks[k]!) && !toks[k]!.tags.has('Expression')) {
        j = k + 1;
        continue;
      }
      break;
    }
    const date = afterLeadingDate(toks, i, j);
    if (date > 0) {
      chunks.push({ sentence: s, from: i, to: date, titleCase });
      i = date;
      continue;
    }
    // an ordinal opens only a unit's name: "the 82nd Airborne Division", not "the 19th Century"
    // (... or a court's circuit: "the 9th Circuit", "the 9th U.S. Circuit Court of Appeals")
    if (opener === 'ordinal' && !lexicon('unitHeads').has(toks[j - 1]!.text.replace(/['’]s$/i, '').toLowerCase()) && !toks.slice(i + 1, j).some((t) => t.text.replace(/['’]s$/, '') === 'Circuit')) i++;
    // ... a number only a unit's name of one formation, its head singular ("16 Air Assault
    // Brigade", not "900 Marines")
    if (opener === 'cardinal' && (j - i < 2 || !lexicon('numberedCardinalHeads').has(toks[j - 1]!.text.replace(/['’]s$/i, '').toLowerCase()))) i++;
    // no name runs this long: a longer run is a list or noise, read in pieces
    for (let k = i; k < j; k += MAX_CHUNK) chunks.push({ sentence: s, from: k, to: Math.min(j, k + MAX_CHUNK), titleCase });
    i = j;
  }
  return chunks;
}
