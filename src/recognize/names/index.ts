// The name recognizer: PERSON, ORG, LOCATION and PROGRAM mentions from capitalized chunks,
// plus the titles found before names (the role facts read them).
import type { Mention, TitleMention } from '../../types.js';

export type { TitleMention };
import { personWho } from '../person/relative-who.js';
import { personApposed } from '../person/apposition.js';
import { saysPronoun } from '../person/speaker.js';
import { possessiveState } from '../location/possessive-state.js';
import { companyVerbAfter, listBeforeCompanyVerb } from '../org/subject.js';
import { mayHoldNames, type TaggedSentence, type Token } from '../../nlp/tagger.js';
import { findChunks, hyphenedSyllable, isCapitalized } from './chunks.js';
import { nameLexicons } from './lexicons.js';
import { commonBeforeCountry } from '../org/before-country.js';
import { joinAcrossAnd } from './join.js';
import { readChunk, readWhole } from './read.js';
import { BEFORE_TITLE_RULES, OPENING_SHAPE_RULES, TITLE_RULE } from './order.js';
import { bare, hyphenSuffixLength, type ChunkView, type NamePart } from './view.js';
import { dateline } from '../location/dateline.js';
import { titleAt } from '../person/title-name.js';
import type { NameLexicons } from './lexicons.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { isKnownOrg } from '../org/known-orgs.js';
import { lexicon } from '../../lexicon/registry.js';
import { isCommandAcronym } from '../org/unit.js';
import { endsInUnitNumber } from '../org/unit-number.js';
import { tickerAfter } from '../org/ticker.js';
import { listedPlace } from '../location/listed-place.js';
import { knownPlace } from '../location/known-place.js';
import { regionOf } from '../location/regions.js';
import { basedAfter, placeNounAfter } from '../location/cue.js';
import { apposedKind, bareBeforeMarketWord, contractWon, copulaKind, listApposedKind, possessedPerson, possessiveBeforeCompanyWord, whichMakes, firmClauseAfter, titleBeforePerson } from '../org/context.js';
import { kindAfter } from './list-kind.js';
import { lowerCaseWords } from '../shared/lower-words.js';

export interface NameResult {
  mentions: Mention[];
  titles: TitleMention[];
}

// Parts of speech that a capitalized first word of a sentence is not a name with.
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Verb', 'QuestionWord', 'Value'];
/** Closed word classes that open a sentence before a name, never inside one. */
const OPENING_WORD_TAGS = ['Conjunction', 'Preposition', 'Pronoun', 'QuestionWord'];
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Organization', 'Acronym'];

/**
 * Whether the first word of a sentence is capitalized only because it opens the sentence:
 * a function word, a word the same document writes in lower case elsewhere ("Nuclear" and
 * "nuclear"), or a lone capitalized word with nothing to say it is a name.
 */
function sentenceCapital(t: Token, next: Token | undefined, alone: boolean, lowerWords: ReadonlySet<string>, lex: NameLexicons): boolean {
  const lower = t.text.toLowerCase();
  if (lex.titles.has(lower)) return false;
  // "Attended Kelby High School", "Co-founded by ...": a fragment's verb
  if (lexicon('openingVerbs').has(t.post === '-' && next ? `${lower}-${next.text.toLowerCase()}` : lower)) return true;
  // "A. Stewart made 101": an initial, not the article, before a name that is no common word
  if (/^\p{Lu}$/u.test(t.text) && t.post === '. ' && next && /^\p{Lu}\p{Ll}/u.test(next.text) && !isCommonWord(next.text.toLowerCase()) && !FUNCTION_TAGS.some((g) => next.tags.has(g))) return false;
  // a name the lexicons list ("Pentagon", "Kremlin") is a name wherever it stands
  const word = bare(t);
  if (lex.orgNames.has(word) || lex.placeNames.has(word) || lex.programNames.has(word) || isKnownOrg(word) || isCommandAcronym(word)) return false;
  // "CODECO militiamen killed ...", "NAVCENT said": capitals that spell no English word are
  // an acronym wherever it stands (the rules of acronyms read it, and set aside headlines)
  // ("GE's profit rose", "BP said": two capitals too, but no word, unit or abbreviation of the lists)
  if ((/^[A-Z]{3,8}$/.test(word) || (/^[A-Z]{2}$/.test(word) && !lex.notNames.has(word))) && !isCommonWord(word.toLowerCase()) && t.tags.size > 0 && !FUNCTION_TAGS.some((g) => t.tags.has(g))) return false;
  // "Athens' airport closed": a known place's possessive, which the tagger took for a noun
  if (/['’]s?$/.test(t.text) && knownPlace(word)) return false;
  if (FUNCTION_TAGS.some((g) => t.tags.has(g))) return true;
  // a nationality before more capitals says whose title or body follows ("French Foreign
  // Minister ..."): the rules read it, and never make it a name of its own
  if (!alone && t.tags.has('Demonym')) return false;
  // the first word of a multi-word name the tagger knows: "New Zealand", "Wall Street"
  const tagged = (x: Token | undefined) => x !== undefined && (x.tags.has('Place') || x.tags.has('Person') || x.tags.has('Organization'));
  if (tagged(t) && tagged(next)) return false;
  // ... or a place the lists know by two words: "Bowling Green", "Grand Rapids"
  // (or a region: "West Java", "North Waziristan")
  // (or a name the lexicons list by two words: "White House", "Red Cross")
  if (next && t.post === ' ' && /^\p{Lu}/u.test(next.text)) {
    const two = `${t.text} ${bare(next)}`;
    if (listedPlace(two) || regionOf(two)?.kind === 'name' || lex.placeNames.has(two) || lex.orgNames.has(two)) return false;
  }
  if (lowerWords.has(lower)) return true;
  if (isCommonWord(lower) && !NAME_TAGS.some((g) => t.tags.has(g))) return true;
  // a lone common word the tagger guessed to be a name from its capital ("Stock markets")
  if (alone && isCommonWord(lower) && t.text !== t.text.toUpperCase() && !['Person', 'Place', 'Acronym'].some((g) => t.tags.has(g))) return true;
  // a plural common noun: "Officials of the agency", "Senators said"
  if (t.tags.has('Plural') && !t.tags.has('ProperNoun')) return true;
  if (NAME_TAGS.some((g) => t.tags.has(g))) return false;
  return alone || t.tags.has('Adjective');
}

/**
 * Whether a chunk opening a sentence ends in the head word of an organization or a program
 * ("National Nuclear Security Administration", "Apple Computer", "Bank of America") or is
 * an organization named by a common noun and a country ("Air Canada"): its first word
 * belongs to the name, however common a word it is.
 */
function headed(tokens: readonly Token[], at: number, to: number, lex: NameLexicons): boolean {
  if (to - at < 2) return false;
  // "But Kelby Airlines", "Later Brellix Corp.": a sentence's adverb or closed-class word
  // before the name is no part of it, whatever head ends the name
  if (OPENING_WORD_TAGS.some((g) => tokens[at]!.tags.has(g)) || lexicon('openingAdverbs').has(tokens[at]!.text.toLowerCase()) || lexicon('openingVerbs').has(tokens[at]!.text.toLowerCase())) return false;
  // "A State Department spokesman": an article is no part of the name ("The" is set aside later)
  if (/^(?:a|an)$/i.test(tokens[at]!.text) && tokens[at]!.post === ' ' && tokens[at]!.tags.has('Determiner')) return false;
  if (endsInUnitNumber(tokens, at, to)) return true; // "Carrier Strike Group 12 sailed"
  const last = bare(tokens[to - 1]!);
  const l = last.toLowerCase();
  if (!/^\p{Lu}/u.test(last)) return false;
  // "Officials of the Defense Threat Reduction Agency": the first word stands apart
  // ("Grain and Feed Board officials said": the chunk joined across "and")
  const second = /^(?:and|&)$/.test(tokens[at + 1]!.text) && at + 2 < to ? tokens[at + 2]! : tokens[at + 1]!;
  if (isCapitalized(second) && (lex.orgHeads.has(l) || lex.programHeads.has(l) || lexicon('divisionHeads').has(l) || lex.corporateSuffixes.has(last.replace(/\.$/, '')))) return true;
  if (lexicon('armedCues').has(tokens[to]?.text ?? '') && !FUNCTION_TAGS.some((g) => tokens[at]!.tags.has(g))) return true; // "Islamic State militants attacked"
  if (/^task$/i.test(tokens[at]!.text) && /^force$/i.test(tokens[at + 1]!.text) && to - at > 2) return true; // "Task Force Falcon took over"
  if (commonBeforeCountry(tokens, at, to, lex)) return true; // "Air Canada has ordered
  return to - at > 2 && lex.orgHeads.has(bare(tokens[at]!).toLowerCase()) && /^(?:of|for)$/.test(tokens[at + 1]!.text);
}

/**
 * "Insurer Dunmore Group said", "Rival Brellix Corp. reported": a noun of a firm's kind (no
 * head word of a name: "Bank Leumi") opening the sentence before a name that is no common
 * word is no part of the name ("Lender Processing Services" keeps its first word).
 */
function kindOpens(tokens: readonly Token[], at: number, to: number, lex: NameLexicons): boolean {
  const [t, next] = [tokens[at]!, tokens[at + 1]];
  const w = t.text.toLowerCase();
  if (to - at < 2 || !next || t.post !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  if (!(lex.orgDescriptors.has(w) || w === 'rival') || lex.orgHeads.has(w)) return false;
  return !isCommonWord(bare(next).toLowerCase()) && !lex.orgHeads.has(bare(next).toLowerCase());
}

/** Rules whose reading from a sentence's first word keeps that word in the name. */
const KEEP_FIRST_WORD = [...BEFORE_TITLE_RULES, ...OPENING_SHAPE_RULES];

const DATELINE_DASH = /[—–]|(?:^|\s)-{1,2}\s/;

/**
 * Where the story's first sentence opens after a dateline: "PRAGUE, Czech Republic (AP) —
 * Voters ...", "LONDON, March 3 (Reuters) - Stock markets ...". The dateline opens with a
 * place in capitals and holds no word in lower case before its dash; the word after the
 * dash opens the sentence. 0 when there is no dateline.
 */
function storyStart(tokens: readonly Token[]): number {
  if (tokens.length < 3 || !/^\p{Lu}[\p{Lu}.'’-]+$/u.test(bare(tokens[0]!))) return 0;
  for (let j = 1; j < Math.min(tokens.length, 12); j++) {
    if (/^\p{Ll}/u.test(tokens[j - 1]!.text)) return 0;
    if (DATELINE_DASH.test(tokens[j - 1]!.post)) return j;
  }
  return 0;
}

/** The Arabic article that opens a name: "al-Shabaab". */
const arabicArticle = (t: Token): boolean => t.post === '-' && /^(?:al|el)$/.test(t.text);

/**
 * Whether the words around a run that opens the sentence say it is a name, whatever its first
 * word: a place noun ("Azaz is a village"), a market word ("Quorvane shares fell"), an
 * "-based" ("Kelby-based Harlowe Bank"), an apposition naming a kind of organization ("Sorvent, the world's largest maker"), or a
 * list's plural noun ("Quorvane and other lenders"), a ticker in brackets ("Quorvane (NYSE: QRV)"), a copula and a kind of several words
 * ("Silent Ferns are a four-piece band"), a relative "who" ("Brenner, who chairs"), what a firm says of itself ("Dunmere
 * said its"), a possessive before what only firms have ("Dunmere's chief executive"). A function word opening it is none.
 */
function contextSaysName(whole: ChunkView, at: number): boolean {
  const first = whole.tokens[at]!;
  // ("Tessaly's parliament": the tagger reads a possessive in "-ly's" as an adverb)
  if (FUNCTION_TAGS.some((g) => first.tags.has(g) && !(g === 'Adverb' && /\p{L}['’]s$/u.test(first.text)))) return false;
  // one singular noun the document never writes in lower case, then a comma, is a name
  // before an apposition or a firm's clause, common word or not: "Hale, the London-based
  // lender, said" (an adverb or an adjective opens the sentence: "Separately, the lender")
  const named = (): boolean => !isCommonWord(first.text.toLowerCase()) || (whole.to - at === 1 && first.post === ', ' && first.tags.has('Singular') && !first.tags.has('Adjective') && !whole.lowerWords.has(first.text.toLowerCase()));
  // ("Kelvo fighters seized the road": a word no dictionary knows before the words of armed men)
  const armed = (): boolean => whole.tokens[whole.to - 1]!.post === ' ' && lexicon('armedCues').has(whole.tokens[whole.to]?.text ?? '') && !isCommonWord(first.text.toLowerCase()) && !['Person', 'LastName', 'FirstName'].some((g) => first.tags.has(g));
  return placeNounAfter(whole) || basedAfter(whole) || armed() || (whole.to - at === 1 && contractWon(whole) && !isCommonWord(first.text.toLowerCase())) || possessiveState.read({ ...whole, from: at }) !== null || bareBeforeMarketWord(whole) || (whole.to - at === 1 && (companyVerbAfter(whole) || listBeforeCompanyVerb(whole))) || ((personWho.read(whole) !== null || (whole.to - at === 1 && (personApposed.read(whole) !== null || saysPronoun(whole))) || apposedKind(whole) || listApposedKind(whole)) && named()) || (whole.to - at >= 2 && copulaKind(whole)) || ((possessedPerson(whole) || possessiveBeforeCompanyWord(whole)) && !isCommonWord(first.text.toLowerCase().replace(/['’]s$/, ''))) || kindAfter(whole) !== null || titleBeforePerson(whole) || (tickerAfter(whole) && !isCommonWord(first.text.toLowerCase())) || ((whichMakes(whole) || firmClauseAfter(whole)) && named());
}


const ABBREVIATED = /^(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros|Mt|Ft|Ave|Blvd|Dept|Univ|[A-Z](?:\.[A-Z])+)$/;

function toMention(text: string, tokens: readonly Token[], p: NamePart): Mention {
  let from = p.from;
  // "the" is not part of the mention, even of "The Moscow Times" (its name keeps no "the"
  // either: names compare without it)
  if (p.to - from > 1 && /^the$/i.test(tokens[from]!.text)) from++;
  const start = tokens[from]!.start;
  const last = tokens[p.to - 1]!;
  // "U.S.-based": the suffix makes an adjective of the name and is no part of it
  let end = last.end - (p.possessive ? 0 : /['’]s$/i.test(last.text) ? 2 : /['’]$/.test(last.text) ? 1 : hyphenSuffixLength(last.text));
  // the period of an abbreviation belongs to the name: "Apple Inc.", "Martin Luther King Jr.", "Phoenix, Ariz."
  if (text[end] === '.' && end === last.end && (ABBREVIATED.test(last.text) || p.rule === 'location.region-abbreviation')) end++;
  const m: Mention = { type: p.type, start, end, text: text.slice(start, end), rule: p.rule };
  // a place written in capitals in a dateline is named as usual: "VIENNA" -> "Vienna"
  if (p.rule === 'location.capitals') m.name = m.text.charAt(0) + m.text.slice(1).toLowerCase();
  // "Moody's": the possessive is the name's own, and so in the name it goes by
  if (p.possessive) m.name = m.text;
  if (p.name) m.name = p.name;
  return m;
}

/** The longest readable spans of a Title Case chunk, left to right (strong rules only). */
function headlineParts(c: ChunkView): NamePart[] {
  const parts: NamePart[] = [];
  let i = c.from;
  while (i < c.to) {
    let taken = 0;
    for (let n = Math.min(4, c.to - i); n >= 1 && !taken; n--) {
      const r = readChunk({ ...c, from: i, to: i + n });
      if (r && r.parts.length) {
        parts.push(...r.parts);
        taken = n;
      }
    }
    i += taken || 1;
  }
  return parts;
}

function capitalRuns(c: ChunkView): ChunkView[] {
  const runs: ChunkView[] = [];
  let start = -1;
  for (let i = c.from; i <= c.to; i++) {
    // a lower-case syllable hyphened to a capital stays with it: "Shiu Ka-chun of ..."
    const capital = i < c.to && (isCapitalized(c.tokens[i]!) || (start >= 0 && hyphenedSyllable(c.tokens[i - 1]!, c.tokens[i]!)));
    if (capital && start < 0) start = i;
    if (!capital && start >= 0) {
      if (start > c.from || i < c.to) runs.push({ ...c, from: start, to: i });
      start = -1;
    }
  }
  return runs;
}

export function recognizeNames(text: string, sentences: readonly TaggedSentence[]): NameResult {
  const lex = nameLexicons();
  const mentions: Mention[] = [];
  const titles: TitleMention[] = [];
  const lowerWords = lowerCaseWords(text);
  for (const s of sentences) {
    if (!mayHoldNames(text, s)) continue; // leave it untagged
    const at = storyStart(s.tokens);
    for (const chunk of joinAcrossAnd(findChunks(s), lex)) {
      let from = chunk.from;
      // the first word of a sentence (after an opening quote) is capitalized anyway
      // ... unless a title follows it ("Energy Secretary Ernest Moniz", "Assistant Secretary")
      // (a modifier only when a title follows it: "Then Norway" is no "then-President")
      // (a title of several words or abbreviated: "Staff Sgt.", "Vice Adm", "Lt Gen")
      const whole: ChunkView = { tokens: s.tokens, from: chunk.from, to: chunk.to, titleCase: chunk.titleCase, lex, lowerWords, read: readChunk };
      const beforeTitle = (i: number): boolean => i < chunk.to && titleAt(whole, i, chunk.to) !== null;
      const opener = FUNCTION_TAGS.some((g) => s.tokens[at]!.tags.has(g)) && !beforeTitle(at); // "Then Chief Executive ..."
      // "Quellmark CEO Mara Quell", "Apple Computer CEO Steve Jobs": the words before a title
      // that name its organization keep the first word, common or not
      const titledOrg = (): boolean => {
        const r = chunk.to > 2 ? TITLE_RULE.read(whole) : null;
        return r?.title?.org !== undefined && r.title.org.from === at;
      };
      // (a dateline's place in capitals, known or not, stays: "TOLVANE, Zemblania 1996-08-22")
      // "Electronic Arts said": an organization named in full keeps its first word, common or not
      const listed = (): boolean => KEEP_FIRST_WORD.some((r) => r.read(whole)?.parts[0]?.from === at);
      if (from === at && kindOpens(s.tokens, at, chunk.to, lex)) from++;
      else if (from === at && !headed(s.tokens, at, chunk.to, lex) && !titledOrg() && !listed() && !(at === 0 && dateline.read(whole)) && !contextSaysName(whole, at) && (opener || (!beforeTitle(at) && !beforeTitle(at + 1))) && sentenceCapital(s.tokens[at]!, chunk.to > at + 1 ? s.tokens[at + 1] : undefined, chunk.to === at + 1, lowerWords, lex)) {
        from++;
        while (from < chunk.to && !isCapitalized(s.tokens[from]!) && !arabicArticle(s.tokens[from]!)) from++; // "Officials of the ...", not "The al-Nusra Front"
      }
      if (from >= chunk.to) continue;
      const view: ChunkView = { tokens: s.tokens, from, to: chunk.to, titleCase: chunk.titleCase, lex, lowerWords, read: readChunk };
      if (chunk.titleCase) {
        // a headline is one run of capitals: find the names inside it by lexicon alone
        for (const p of headlineParts(view)) mentions.push(toMention(text, s.tokens, p));
        continue;
      }
      const reading = readWhole(view);
      if (!reading) {
        // no reading for the whole: read the capitalized runs between connectors alone
        // ("Vienna & Geneva", "Biden of Delaware")
        for (const part of capitalRuns(view)) {
          const r = readChunk(part);
          if (r) for (const p of r.parts) mentions.push(toMention(text, s.tokens, p));
        }
        continue;
      }
      for (const p of reading.parts) mentions.push(toMention(text, s.tokens, p));
      if (reading.title) {
        const t = reading.title;
        const start = s.tokens[t.from]!.start;
        const end = s.tokens[t.to - 1]!.end;
        titles.push({
          start,
          end,
          title: text.slice(start, end).replace(/\s+/g, ' '),
          person: toMention(text, s.tokens, t.person),
          org: t.org && toMention(text, s.tokens, t.org),
          ...(t.country ? { country: t.country } : {}),
        });
      }
    }
  }
  return { mentions, titles };
}
