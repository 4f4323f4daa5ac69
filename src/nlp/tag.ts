// The fast tagger: compromise's lexicon and guessing tables applied to our own tokens,
// word by word. It gives the tags compromise's first pass gives; compromise's second pass
// (a sweep of ~570 match patterns over every sentence, three quarters of its time) is not
// run: the recognizers decide names from tags, lexicons and context themselves, and the
// eval scores are the same without it (see the commit that brought this file).
import { lexiconTags, model, tagList, tagSet } from './model.js';
import { isCommonWord } from './dictionary.js';
import type { RawToken, Token } from '../types.js';


const TITLE_CASE = /^\p{Lu}[\p{Ll}'’]/u;
const HAS_DIGIT = /[0-9]/;
// a capitalized word with one of these tags is not a proper noun for it ("Monday", "Kg")
const NOT_PROPER = ['Date', 'Month', 'WeekDay', 'Unit', 'Expression'];
const ROMAN = /^[IVXLCDM]{2,}$/;
const ROMAN_VALID = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const POSSESSIVE = /^(.+)['’]s$/;
// "it's", "that's", "there's" are contractions of "is", not possessives
const NOT_POSSESSOR = new Set(['Pronoun', 'QuestionWord', 'Determiner', 'There', 'Adverb']);
const NEGATIVE = /^(.+)n['’]t$/;
const NEGATIVE_BASE: Record<string, string> = { won: 'will', ca: 'can', sha: 'shall' };
const OTHER_CONTRACTION = /^(.+)['’](?:re|ve|ll|d|m)$/;
const UPPER = /^[A-Z-]+$/;
const UPPER_THEN_S = /^[A-Z]+s$/;
const PERIOD_ACRONYM = /([A-Z]\.)+[A-Z]?,?$/;
const LOWER_ACRONYM = /([a-z]\.)+[a-z]\.?$/;
const ONE_LETTER = /^[A-Z]('s|,)?$/;
const NO_PERIOD_ACRONYM = /[A-Z]{2,}('s|,)?$/;
const PLACE_ACRONYMS = new Set(['la', 'ny', 'us', 'dc', 'gb', 'uk']);
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, curly apostrophes straightened, accents dropped: compromise's `normal`. */
function normalize(word: string): string {
  let s = word.toLowerCase();
  if (NON_ASCII.test(s)) s = s.replace(/[‘’‛`´]/g, "'").normalize('NFD').replace(/\p{M}/gu, '');
  return s;
}

function lookup(word: string): readonly string[] | undefined {
  // own keys only: "constructor" is a word, not Object.prototype's
  const lexicon = model().lexicon;
  return tagList(Object.hasOwn(lexicon, word) ? lexicon[word] : undefined);
}

// compromise's shape patterns that need a character other than an ASCII letter (a #, @, dot,
// apostrophe, slash, colon, backslash, an upper-case run in a lower-case string, an emoji):
// a word of plain letters, most unknown words, skips them. By their source, so that a
// pattern of another compromise version is always tried.
const NEEDS_NON_LETTER = new Set([
  '^#[\\p{Number}_]*\\p{Letter}',
  '^@\\w{2,}$',
  '^([A-Z]\\.){2}[A-Z]?',
  ".{3}[lkmnp]in['‘’‛‵′`´]$",
  ".{4}s['‘’‛‵′`´]$",
  '^[\\p{Emoji_Presentation}\\p{Extended_Pictographic}]',
  '^[\\w.+]+@[\\w.]+\\.[a-z]{2,3}$',
  '^(https?:\\/\\/|www\\.)+\\w+\\.[a-z]{2,3}',
  '^[a-z0-9./].+\\.(com|net|gov|org|ly|edu|info|biz|dev|ru|jp|de|in|uk|br|io|ai)',
  "^ma?c'[a-z]{3}",
  "^o'[a-z]{3}",
  '^(un|de|re)\\\\-[a-z\\u00C0-\\u00FF]{2}',
  '^(m|k|cm|km)\\/(s|h|hr)$',
  '^(ug|ng|mg)\\/(l|m3|ft3)$',
  '[^:/]\\/\\p{Letter}',
]);
/** Only upper case: never matches a lower-case string (normal). */
const NEEDS_UPPER = new Set(['^[PMCE]ST$']);
const PLAIN = /^[A-Za-z]+$/;
type Patterns = ReturnType<typeof model>['regexText'];
let forPlain: { text: Patterns; normal: Patterns } | undefined;

/** Tags from the shape of a word compromise's lexicon does not know. */
function guess(text: string, normal: string): string[] {
  const m = model();
  forPlain ??= {
    text: m.regexText.filter(([re]) => !NEEDS_NON_LETTER.has(re.source)),
    normal: m.regexNormal.filter(([re]) => !NEEDS_NON_LETTER.has(re.source) && !(NEEDS_UPPER.has(re.source) && !re.flags.includes('i'))),
  };
  const texts = PLAIN.test(text) ? forPlain.text : m.regexText;
  for (const [re, tag] of texts) if (re.test(text)) return ([] as string[]).concat(tag);
  const normals = PLAIN.test(normal) && normal === normal.toLowerCase() ? forPlain.normal : m.regexNormal;
  for (const [re, tag] of normals) if (re.test(normal)) return ([] as string[]).concat(tag);
  if (HAS_DIGIT.test(normal)) for (const [re, tag] of m.regexNumbers) if (re.test(normal)) return ([] as string[]).concat(tag);
  return [];
}

function byEnding(normal: string): string[] {
  const m = model();
  const ends = m.endsWith[normal[normal.length - 1]!];
  if (ends) for (const [re, tag] of ends) if (re.test(normal)) return ([] as string[]).concat(tag);
  const max = Math.min(7, normal.length - 1);
  const bySuffix = suffixMaps();
  for (let i = max; i > 1; i--) {
    const tag = bySuffix[i]?.get(normal.slice(normal.length - i));
    if (tag !== undefined) return [tag];
  }
  return [];
}

// the suffix tables as Maps: a fresh string looked up in a Map costs a third of what it
// costs as an object key (measured on the dev docs' 9,598 lower-case words)
let suffixes: (Map<string, string> | undefined)[] | undefined;
const suffixMaps = (): (Map<string, string> | undefined)[] =>
  (suffixes ??= model().suffixPatterns.map((o) => (o ? new Map(Object.entries(o)) : undefined)));

function isAcronym(text: string, normal: string): boolean {
  let s = text;
  if (!UPPER.test(s)) {
    if (s.length > 3 && UPPER_THEN_S.test(s)) s = s.slice(0, -1);
    else return false;
  } else if (PLACE_ACRONYMS.has(normal)) return true;
  // (a unit of time in capitals is a body's letters: "the SEC", not "sec")
  if (s.length > 5 || s === 'I' || s === 'A' || (Object.hasOwn(model().lexicon, normal) && !(s.length >= 3 && lexiconTags(normal).includes('Duration')))) return false;
  return PERIOD_ACRONYM.test(s) || LOWER_ACRONYM.test(s) || ONE_LETTER.test(s) || NO_PERIOD_ACRONYM.test(s);
}

/** One word's tags, before its neighbours are looked at. */
function wordTags(tok: RawToken, first: boolean, multi: readonly string[] | undefined): string[] {
  const text = tok.text;
  let normal = normalize(text);
  let possessive = false;
  let tags = multi;
  if (tags) possessive = POSSESSIVE.test(normal) && !tags.some((t) => NOT_POSSESSOR.has(t));
  else {
    tags = lookup(normal);
    let m: RegExpExecArray | null;
    if (!tags && (m = POSSESSIVE.exec(normal))) {
      tags = lookup(m[1]!);
      possessive = !tags || !tags.some((t) => NOT_POSSESSOR.has(t));
      normal = m[1]!;
    } else if (!tags && (m = NEGATIVE.exec(normal))) {
      tags = lookup(NEGATIVE_BASE[m[1]!] ?? m[1]!);
    } else if (!tags && (m = OTHER_CONTRACTION.exec(normal))) {
      tags = lookup(m[1]!);
    }
  }
  let out = tags ? [...tags] : [];
  const known = out.length > 0;
  // a capitalized word inside a sentence is a proper noun, unless it is a date or unit word
  if (!first && TITLE_CASE.test(text) && !HAS_DIGIT.test(text) && !/["']$/.test(tok.pre) && normal !== 'the') {
    const set = tagSet(out);
    if (!NOT_PROPER.some((t) => set.has(t))) {
      if (!set.has('Noun')) out = [];
      out.push('ProperNoun');
    }
  } else if (text.length >= 2 && ROMAN.test(text) && ROMAN_VALID.test(text) && !['li', 'dc', 'md', 'dm', 'ml'].includes(normal)) {
    out = ['RomanNumeral'];
  }
  if (!known) {
    const shape = guess(text, normal);
    if (shape.length) out.push(...shape);
    else if (out.length === 0) {
      out = byEnding(normal);
      // "Tessaly rose": a capitalized word in "-ly" opening the sentence that neither
      // lexicon knows is a name, no adverb (English adverbs are in them)
      if (first && out.includes('Adverb') && TITLE_CASE.test(text) && !isCommonWord(normal)) out = ['ProperNoun', 'Noun'];
    }
  }
  if (isAcronym(text, normal)) {
    out = ['Acronym', 'Noun'];
    if (PLACE_ACRONYMS.has(normal)) out.push('Place');
    if (UPPER_THEN_S.test(text)) out.push('Plural');
  } else if (text.length <= 3 && out.includes('Organization')) out.push('Acronym');
  if (out.length === 0) out = ['Noun'];
  if (possessive) out.push('Possessive');
  return out;
}

// Words repeat ("the", "said", "Moscow"): what a word's text alone decides (its lexicon key,
// the multi-word entries it opens, whether it is an org or a place word, its two readings)
// and its own tags (which depend only on its text, on whether it opens the sentence and on
// a quote before it) are worked out once per distinct text. A token then costs one Map
// lookup, not one per table (each was a hash of a fresh string).
const MEMO_SIZE = 50_000;

/** What a word's text decides, once per distinct text. */
interface Entry {
  text: string;
  /** Lower case, without a possessive "'s": the lexicon key. */
  normal: string;
  /** The second words of the multi-word entries it opens (most words open none). */
  seconds: ReadonlySet<string> | undefined;
  /** Its own tags by [first word?][quote before?], made when first needed. */
  own: (Tags | undefined)[];
  orgWord: boolean;
  placeWord: boolean;
  /** Its two readings ("Person|Verb"), if it has two. */
  form: string | undefined;
  titleCase: boolean;
  fourDigits: boolean;
  /** looksPlural(normal), made when first needed. */
  plural?: boolean;
}

/**
 * A tag list and its set of tags with their parents: one object per distinct list (by its
 * tags in order), shared between words and never changed; adding a tag moves a word to
 * another one, found through `plus`.
 */
interface Tags {
  list: readonly string[];
  set: ReadonlySet<string>;
  plus?: Map<string, Tags>;
  /** The set by specificity, most specific first (for byTag), made when first needed. */
  sorted?: string[];
  /** Whether number() has nothing to add (not a noun, counted, or not countable). */
  counted?: boolean;
}

const interned = new Map<string, Tags>();
function intern(list: readonly string[]): Tags {
  const key = list.join('|');
  let t = interned.get(key);
  if (!t) interned.set(key, (t = { list, set: tagSet(list) }));
  return t;
}

const entries = new Map<string, Entry>();

function entryOf(text: string): Entry {
  let e = entries.get(text);
  if (e) return e;
  if (entries.size >= MEMO_SIZE) entries.clear();
  const w = wordTables();
  const n = normalize(text);
  const normal = n.includes("'") ? (POSSESSIVE.exec(n)?.[1] ?? n) : n;
  e = {
    text,
    normal,
    seconds: multiSecond().get(normal),
    own: [undefined, undefined, undefined, undefined],
    orgWord: w.orgWords.has(normal),
    placeWord: w.placeWords.has(normal),
    form: w.switches.get(normal),
    titleCase: TITLE_CASE.test(text),
    fourDigits: /^\d{4}$/.test(normal),
  };
  entries.set(text, e);
  return e;
}

// compromise's org-word, place-word and two-reading tables as a Set and a Map: a new word's
// lookups in the objects cost more than the rest of its entry (a fresh string as an object key)
let tables: { orgWords: Set<string>; placeWords: Set<string>; switches: Map<string, string> } | undefined;
function wordTables(): NonNullable<typeof tables> {
  if (tables) return tables;
  const m = model();
  const trueKeys = (o: Record<string, boolean>) => new Set(Object.keys(o).filter((k) => o[k] === true));
  return (tables = { orgWords: trueKeys(m.orgWords), placeWords: trueKeys(m.placeWords), switches: new Map(Object.entries(m.switches)) });
}

function ownTags(e: Entry, tok: RawToken, first: boolean): Tags {
  const last = tok.pre.charCodeAt(tok.pre.length - 1);
  const k = (first ? 2 : 0) + (last === 34 || last === 39 ? 1 : 0);
  return (e.own[k] ??= intern(wordTags(tok, first, undefined)));
}

let secondWords: Map<string, Set<string>> | undefined;

/** First word -> the second words of the multi-word entries it starts (most words start none). */
function multiSecond(): Map<string, Set<string>> {
  if (secondWords) return secondWords;
  secondWords = new Map();
  for (const [first, seconds] of Object.entries(model().multiSecond)) secondWords.set(first, new Set(seconds));
  return secondWords;
}

/** The multi-word lexicon entry ("united states", "new york") starting at i: its length, if any. */
function multiWord(words: readonly Word[], i: number): number {
  const e = words[i]!.e;
  if (!e.seconds || i + 1 >= words.length || !e.seconds.has(words[i + 1]!.e.normal)) return 0;
  const { multi, lexicon } = model();
  const max = Math.min(multi[e.normal]!, words.length - i);
  let phrase = e.normal;
  let found = 0;
  for (let n = 2; n <= max; n++) {
    phrase += ' ' + words[i + n - 1]!.e.normal;
    if (Object.hasOwn(lexicon, phrase)) found = n;
  }
  return found;
}

const NO_TAGS: Tags = intern([]);

export function tagTokens(raw: readonly RawToken[]): Token[] {
  const words: Word[] = [];
  for (const t of raw) words.push({ e: entryOf(t.text), tags: NO_TAGS });
  for (let i = 0; i < raw.length; ) {
    const n = multiWord(words, i);
    if (n) {
      const tags = lookup(words.slice(i, i + n).map((w) => w.e.normal).join(' '))!;
      for (let k = 0; k < n; k++) {
        // "came in": the second word of a phrasal verb is its particle
        const own = k === 1 && tags.includes('PhrasalVerb') ? ['Particle'] : tags;
        words[i + k]!.tags = intern(wordTags(raw[i + k]!, i + k === 0, own));
      }
      i += n;
    } else {
      words[i]!.tags = ownTags(words[i]!.e, raw[i]!, i === 0);
      i++;
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.e.fourDigits) year(words, i);
    number(words[i]!);
  }
  for (let i = 0; i < words.length; i++) {
    const e = words[i]!.e;
    if (e.orgWord) organizations(words, i);
    if (e.placeWord) places(words, i);
    if (e.form !== undefined) switches(words, i);
  }
  const out: Token[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    out[i] = { start: t.start, end: t.end, text: t.text, pre: t.pre, post: t.post, tags: words[i]!.tags.set };
  }
  return out;
}

interface Word {
  e: Entry;
  /** Shared between words: replaced, never changed in place. */
  tags: Tags;
}

function add(w: Word, tag: string): void {
  const t = w.tags;
  if (t.list.includes(tag)) return;
  let next = t.plus?.get(tag);
  if (!next) (t.plus ??= new Map()).set(tag, (next = intern([...t.list, tag])));
  w.tags = next;
}

const has = (w: Word | undefined, tag: string): boolean => !!w && w.tags.set.has(tag);

/** A noun is singular or plural: compromise guesses by the ending when its lexicon does not say. */
function number(w: Word): void {
  const t = w.tags;
  if ((t.counted ??= countedOrUncountable(t.set))) return;
  add(w, (w.e.plural ??= looksPlural(w.e.normal)) ? 'Plural' : 'Singular');
}
const countedOrUncountable = (tags: ReadonlySet<string>): boolean =>
  !tags.has('Noun') || tags.has('Plural') || tags.has('Singular') || UNCOUNTED.some((t) => tags.has(t));
const UNCOUNTED = ['Acronym', 'Abbreviation', 'ProperNoun', 'Uncountable', 'Possessive', 'Pronoun', 'Activity', 'Honorific', 'Month'];
const NOT_PLURAL = /(bus|mas|was|ias|xas|vas|cis|lis|nis|ois|ris|sis|tis|xis|aus|cus|eus|fus|gus|ius|lus|nus|das|ous|pus|rus|sus|tus|xus|aos|igos|ados|ogos|'s|ss)$/;
const looksPlural = (s: string): boolean => s.length > 3 && (/(men|feet|mice|ae|octopi|radii|nuclei|fungi|cacti|stimuli)$/.test(s) || (s.endsWith('s') && !NOT_PLURAL.test(s)));

// a four-digit number in a date context is a year: "in 2013", "2008 budget"
const YEAR_WORDS = new Set(['in', 'on', 'by', 'until', 'for', 'to', 'during', 'throughout', 'through', 'within', 'before', 'after', 'of', 'this', 'next', 'last', 'circa', 'around', 'post', 'pre', 'budget', 'classic', 'plan', 'may']);
/** Word i has four digits. */
function year(words: Word[], i: number): void {
  const w = words[i]!;
  if (!has(w, 'Cardinal')) return;
  const n = Number(w.e.normal);
  if (n <= 1400 || n >= 2100) return;
  const good = (x?: Word) => !!x && (YEAR_WORDS.has(x.e.normal) || ['Date', 'Month', 'WeekDay', 'Year', 'ProperNoun'].some((t) => has(x, t)));
  if (good(words[i - 1]) || good(words[i + 1])) add(w, 'Year');
}

/** A capitalized word, or a capitalized singular noun opening the sentence. */
const titleCased = (w: Word, k: number): boolean => w.e.titleCase && (k > 0 || has(w, 'Singular'));

function isOrg(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w || has(w, 'FirstName') || has(w, 'Place')) return false;
  if (has(w, 'ProperNoun') || has(w, 'Organization') || has(w, 'Acronym')) return true;
  return titleCased(w, k);
}

/** "Johnson Controls Inc", "Energy Department": a run of proper nouns before an org word (word i). */
function organizations(words: Word[], i: number): void {
  if (!isOrg(words, i - 1)) return;
  add(words[i]!, 'Organization');
  for (let t = i - 1; t >= 0 && isOrg(words, t); t--) add(words[t]!, 'Organization');
}

// words that may sit between a place word and its name: "Pine View Park"
const PLACE_CONTINUES = new Set(['athletic', 'city', 'community', 'eastern', 'federal', 'financial', 'great', 'historic', 'historical', 'local', 'memorial', 'municipal', 'national', 'northern', 'provincial', 'southern', 'state', 'western', 'spring', 'pine', 'sunset', 'view', 'oak', 'maple', 'spruce', 'cedar', 'willow']);
const NOTHING_AFTER = new Set(['center', 'centre', 'way', 'range', 'bar', 'bridge', 'field', 'pit']);

function isPlace(words: Word[], k: number): boolean {
  const w = words[k]!;
  if (has(w, 'Organization') || has(w, 'Possessive')) return false;
  if (has(w, 'ProperNoun') || has(w, 'Place')) return true;
  return titleCased(w, k);
}

function markPlace(words: Word[], from: number, to: number): void {
  for (let k = from; k <= to; k++) add(words[k]!, 'Place');
}

/** "Wawel Castle", "Lake Geneva", "Gulf of Mexico": a place word (word i) and the proper nouns by it. */
function places(words: Word[], i: number): void {
  for (let n = i - 1; n >= 0; n--) {
    if (PLACE_CONTINUES.has(words[n]!.e.normal)) continue;
    if (isPlace(words, n)) {
      markPlace(words, n, i);
      continue;
    }
    break;
  }
  if (NOTHING_AFTER.has(words[i]!.e.normal)) return;
  for (let n = i + 1; n < words.length; n++) {
    if (isPlace(words, n)) return markPlace(words, i, n);
    if (words[n]!.e.normal !== 'of' && !PLACE_CONTINUES.has(words[n]!.e.normal)) return;
  }
}

/**
 * Words with two readings ("mark" a name or a verb, "supply" a noun or a verb): the
 * neighbouring words and tags decide, from compromise's clue tables.
 */
function switches(words: Word[], i: number): void {
  const w = words[i]!;
  const form = w.e.form;
  if (!form || has(w, 'Acronym') || has(w, 'PhrasalVerb')) return;
  const clues = model().clues[form];
  const before = words[i - 1]?.e.text !== 'also' ? i - 1 : Math.max(0, i - 2);
  const capital = has(w, 'ProperNoun') && /^[A-Z][a-z]/.test(w.e.text);
  let tag = ADHOC[form]?.(words, i, capital) ?? null;
  if (!tag && clues) {
    tag = clues.afterWords[words[i + 1]?.e.normal ?? ''] ?? clues.beforeWords[words[before]?.e.normal ?? ''] ?? null;
    tag ??= byTag(words[before], clues.beforeTags) ?? byTag(words[i + 1], clues.afterTags) ?? null;
  }
  if (!tag || has(w, tag)) return;
  // the reading replaces the other one, as compromise's setTag does
  const keep = has(w, 'ProperNoun') && tagSet([tag]).has('Noun') ? ['ProperNoun'] : [];
  w.tags = intern([tag, ...keep]);
  number(w);
}

/** The clue for the most specific of a word's tags. */
function byTag(w: Word | undefined, clues: Record<string, string>): string | undefined {
  if (!w) return undefined;
  const t = w.tags;
  if (!t.sorted) {
    const ts = model().tagSet;
    const depth = (tag: string) => ts[tag]?.parents.length ?? 0;
    t.sorted = [...t.set].sort((a, b) => depth(b) - depth(a));
  }
  const tag = t.sorted.find((x) => clues[x]);
  return tag === undefined ? undefined : clues[tag];
}

// compromise's own exceptions to the clue tables, by the word's two readings
const ADHOC: Record<string, (words: Word[], i: number, capital: boolean) => string | null> = {
  'Adj|Gerund': (_w, _i, capital) => (capital ? 'Noun' : null),
  'Adj|Noun': (w, i, capital) => (capital ? 'Noun' : !w[i + 1] && has(w[i - 1], 'Determiner') ? 'Noun' : null),
  'Actor|Verb': (_w, _i, capital) => (capital ? 'Noun' : null),
  'Adj|Past': (_w, _i, capital) => (capital ? 'Noun' : null),
  'Adj|Present': (_w, _i, capital) => (capital ? 'Noun' : null),
  'Noun|Gerund': (_w, _i, capital) => (capital ? 'Noun' : null),
  'Noun|Verb': (w, i, capital) => (i > 0 && capital ? 'Noun' : i === 0 && w.length === 1 ? 'Infinitive' : null),
  'Plural|Verb': (w, i, capital) => (capital ? 'Noun' : i === 0 && w.length === 1 ? 'PresentTense' : i === 0 && w.length > 3 ? 'Plural' : null),
  'Person|Noun': (_w, _i, capital) => (capital ? 'Noun' : null),
  'Person|Verb': (_w, i, capital) => (i !== 0 && capital ? 'Noun' : null),
  'Person|Adj': (w, i, capital) => ((i === 0 && w.length > 1) || capital ? 'Person' : null),
};
