// One sense per discourse: a name recognized once is the same name elsewhere in the
// document, even where its context proved nothing (a headline, the start of a sentence),
// and a person's surname alone refers back to the full name met earlier.
import { wordList } from '../data.js';
import type { Mention, RuleInfo } from '../types.js';
import { nameLexicons } from '../recognize/names/lexicons.js';
import { lexicon } from '../lexicon/registry.js';
import { cleanName, companyShortNames, familyFirst, fullNameSurnames, isModelNumber, nameKey, surnameOf } from './names.js';
import type { ResolveRefiner } from './types.js';

/** The Arabic article that opens a surname: "al-Sharaa", "el-Sisi". */
const ARABIC_ARTICLE = /^(?:[Aa]l|[Ee]l)-(?=\p{Lu})/u;

/** The rule of a company's short name after its full name (also a retype of a guess). */
const SHORT_NAME_RULE = 'org.short-name';

/** The rule of a surname alone that refers back to a person named in full (also a retype: surnames-are-people.ts). */
export const SURNAME_RULE = 'person.surname';

export const rules: readonly RuleInfo[] = [
  {
    id: 'resolve.repeat',
    emits: 'ORG',
    description: 'a name found once is the same name where it is repeated without the context that found it',
    example: 'The airline Qantora cut fares. Qantora said demand was weak.',
    expect: 'Qantora',
  },
  {
    id: SHORT_NAME_RULE,
    emits: 'ORG',
    description: 'a company named without its corporate suffix or head word after its full name ("Apple" after "Apple Inc.")',
    example: 'Zorblax Corp. reported a loss. Analysts expect Zorblax to recover.',
    expect: 'Zorblax',
  },
  {
    id: SURNAME_RULE,
    emits: 'PERSON',
    description: 'the surname alone of a person named in full in the document (found, or retyped from a place or an organization)',
    example: 'Judge Peter Hale ruled. Hale cited the law.',
    expect: 'Hale',
  },
];

const NAME_TYPES = new Set(['PERSON', 'ORG', 'LOCATION', 'PROGRAM']);
let openers: ReadonlySet<string> | undefined;
/** Words that may stand just before a repeated name without being part of it. */
const isOpener = (w: string) => (openers ??= new Set(wordList('resolve/repeat-openers.txt'))).has(w);

const WORDS = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function previousWord(text: string, at: number): string {
  const m = /([\p{L}.'’-]+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1]! : '';
}

function nextWord(text: string, at: number): string {
  const m = /^[ \t]+([\p{L}][\p{L}.'’-]*)/u.exec(text.slice(at, at + 40));
  return m ? m[1]! : '';
}

/**
 * Whether a title and a capitalized name follow: "Halvorsen Chief Executive Mark Delaney"
 * (the title's organization), not "Ben Player said" (a surname that is also a title word).
 */
function beforeTitledName(text: string, at: number, titleWords: ReadonlySet<string>): boolean {
  const words = text.slice(at, at + 80).split(/[ \t]+/).slice(1, 6);
  let i = 0;
  while (i < words.length && /^\p{Lu}/u.test(words[i]!) && titleWords.has(words[i]!.toLowerCase())) i++;
  return i > 0 && i < words.length && /^\p{Lu}\p{Ll}/u.test(words[i]!);
}

// rules that type a name from its shape or the tagger's guess, not from a word that says what it is
const GUESSES = new Set(['person.tagged', 'person.shape', 'person.speaker', 'person.first-name', 'location.tagged', 'location.known-place', 'location.gazetteer', 'org.subject']);
/** "in Dover", "near Dover": the place, whatever company is named after it. */
const afterPlacePreposition = (text: string, at: number) => lexicon('placePrepositions').has(previousWord(text, at).toLowerCase());

export function propagateNames(text: string, mentions: readonly Mention[], titleWords: ReadonlySet<string>): Mention[] {
  const taken = new Uint8Array(text.length);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  // what to look for: every name found, and the surname of every full personal name
  const wanted = new Map<string, { type: Mention['type']; rule: string }>();
  for (const m of mentions) {
    if (!NAME_TYPES.has(m.type) || m.text.includes('\n')) continue;
    const name = cleanName(m.text);
    if (name.length >= 3 && !wanted.has(name)) wanted.set(name, { type: m.type, rule: 'resolve.repeat' });
  }
  mentions = widenAtSentenceStart(text, mentions, wanted);
  // a company's name without its suffix or head word: "Apple" after "Apple Inc." or "Apple
  // Computer" (not the surname of a person named in full: "Ann Morgan ... Morgan said")
  const surnames = fullNameSurnames(mentions);
  const stems = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    for (const stem of companyShortNames(cleanName(m.text))) {
      if (stem.length < 3 || surnames.has(nameKey(stem))) continue;
      stems.add(stem);
      if (!wanted.has(stem)) wanted.set(stem, { type: 'ORG', rule: SHORT_NAME_RULE });
    }
  }
  // ... and where a recognizer typed that short name otherwise from its shape or the
  // tagger's guess ("Ridgeway said", "Dover said"), it is the company too: one sense per
  // document (a surname of a person named in full still wins: surnames-are-people.ts)
  if (stems.size) mentions = mentions.map((m) => (m.type !== 'ORG' && GUESSES.has(m.retypedBy ?? m.rule) && stems.has(cleanName(m.text)) && !afterPlacePreposition(text, m.start) ? { ...m, type: 'ORG', retypedBy: SHORT_NAME_RULE } : m));
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const last = surnameOf(m.text);
    // (a family name written first may be two letters: "Xi" of "Xi Jinping", "Li" of "Li Qiang")
    const min = last && familyFirst(cleanName(m.text)) === last ? 2 : 3;
    if (last && last.length >= min && /^\p{Lu}/u.test(last) && !wanted.has(last)) wanted.set(last, { type: 'PERSON', rule: SURNAME_RULE });
    // "Ahmed al-Sharaa ... Sharaa said": a surname with the Arabic article goes without it too
    const bareLast = last && ARABIC_ARTICLE.test(last) ? last.replace(ARABIC_ARTICLE, '') : null;
    if (bareLast && bareLast.length >= 3 && /^\p{Lu}/u.test(bareLast) && !wanted.has(bareLast)) wanted.set(bareLast, { type: 'PERSON', rule: SURNAME_RULE });
  }
  // one pass over the words of the text: at each word, the names that start with it,
  // longest first (linear in the text, however many names the document has)
  const byFirstWord = new Map<string, string[]>();
  for (const name of wanted.keys()) {
    const first = FIRST_WORD.exec(name)?.[0];
    if (!first) continue;
    const list = byFirstWord.get(first);
    if (list) list.push(name);
    else byFirstWord.set(first, [name]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const added: Mention[] = [];
  for (const word of text.matchAll(WORDS)) {
    const at = word.index!;
    const names = byFirstWord.get(word[0]);
    if (!names || isWordChar(text[at - 1])) continue;
    for (const name of names) {
      const end = at + name.length;
      if (!text.startsWith(name, at) || isWordChar(text[end])) continue;
      if (taken.subarray(at, end).includes(1)) continue;
      // part of a longer name we did not read: "Steve Miller", "Moscow State University"
      // (a word that ends the sentence before is none: "on Monday. Ridgeway said")
      const before = previousWord(text, at);
      const endsSentence = /^\p{Lu}\p{Ll}{2,}\.$/u.test(before) && !titleWords.has(before.toLowerCase());
      if (/^\p{Lu}/u.test(before) && !endsSentence && !isOpener(before.toLowerCase()) && !titleWords.has(before.toLowerCase())) break;
      const after = nextWord(text, end);
      // the first word of a title: "the Cabinet" ... "Cabinet Secretary Ann Wekesa"
      if (text[end] === ' ' && titleWords.has(`${name} ${after}`.toLowerCase())) continue;
      if (/^\p{Lu}/u.test(after) && text[end] === ' ' && !beforeTitledName(text, end, titleWords)) continue;
      // a product or an index named after it: "Boeing 747", "FTSE 100"
      if (text[end] === ' ' && isModelNumber(/^ ([\p{L}\p{N}-]+)/u.exec(text.slice(end, end + 20))?.[1] ?? '')) continue;
      const how = wanted.get(name)!;
      taken.fill(1, at, end);
      added.push({ type: how.type, start: at, end, text: name, rule: how.rule });
      break;
    }
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** Where a sentence opens: the text's start, a line's, a quotation's, or after a sentence's end. */
const SENTENCE_OPENS = /(?:^|\n|[.!?]["'”’)]?[ \t]+|["“‘(][ \t]*)$/u;

/**
 * "Random House published it. ... a novel from Random House": a name found elsewhere whose
 * first word opened a sentence, where the recognizers set that word aside as the sentence's
 * capital (a common word), is the whole name there too.
 */
function widenAtSentenceStart(text: string, mentions: readonly Mention[], wanted: ReadonlyMap<string, { type: Mention['type']; rule: string }>): Mention[] {
  const starts = new Set(mentions.map((m) => m.start));
  return mentions.map((m) => {
    if (!NAME_TYPES.has(m.type) || m.entry) return m;
    const w = /(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (!w) return m;
    const from = m.start - w[0].length;
    const name = `${w[1]} ${m.text}`;
    const how = wanted.get(name);
    if (!how || starts.has(from) || !SENTENCE_OPENS.test(text.slice(Math.max(0, from - 4), from))) return m;
    return { type: how.type, start: from, end: m.end, text: name, rule: 'resolve.repeat' };
  });
}

export const propagateNamesRefiner: ResolveRefiner = {
  id: 'propagate-names',
  refine: (a) => void (a.mentions = propagateNames(a.plain.text, a.mentions, nameLexicons().titles)),
};
