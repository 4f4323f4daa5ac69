// With `nested` (`--nested`), a place named inside an organization's name is a place too:
// "U.S." in "U.S. Air Force", "Texas" in "University of Texas". These nested mentions may overlap the organization (a
// different type); they never overlap another place.
import type { Mention, RuleInfo } from '../types.js';
import { knownPlace } from '../recognize/location/known-place.js';
import { nameLexicons } from '../recognize/names/lexicons.js';
import { wordList } from '../data.js';
import type { ResolveRefiner } from './types.js';

export const rules: readonly RuleInfo[] = [
  {
    id: 'location.in-name',
    emits: 'LOCATION',
    description: 'with --nested: a place named inside the name of an institution that serves it ("Texas" in "University of Texas")',
    example: 'She taught at the University of Nebraska for ten years.',
    expect: 'Nebraska',
  },
];

let institutions: Set<string> | undefined;
const isInstitution = (word: string) => (institutions ??= new Set(wordList('resolve/institution-heads.txt'))).has(word.toLowerCase());

const MAX_WORDS = 3;

function placeAt(words: string[], from: number, to: number, isPlaceForm: (s: string) => boolean): boolean {
  const phrase = words.slice(from, to).join(' ');
  return isPlaceForm(phrase) || knownPlace(phrase);
}

export function nestedPlaces(mentions: readonly Mention[], isPlaceForm: (s: string) => boolean): Mention[] {
  // where places already stand (a bitmap: one lookup per candidate, however many places)
  const length = mentions.reduce((n, m) => Math.max(n, m.end), 0);
  const placed = new Uint8Array(length);
  for (const m of mentions) if (m.type === 'LOCATION') placed.fill(1, m.start, m.end);
  const overlapsPlace = (s: number, e: number) => placed.subarray(s, e).includes(1);
  const added: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.text.includes('\n')) continue;
    // word offsets inside the mention
    const words: string[] = [];
    const starts: number[] = [];
    for (const w of m.text.matchAll(/[^\s]+/g)) {
      words.push(w[0].replace(/['’]s$/, ''));
      starts.push(m.start + w.index!);
    }
    if (words.length < 2) continue;
    // only institutions: "U.S. Air Force", "University of Texas" (not "Singapore Airlines")
    if (!isInstitution(words[words.length - 1]!) && !words.some((w, i) => i < words.length - 1 && words[i + 1] === 'of' && isInstitution(w))) continue;
    const add = (from: number, to: number) => {
      const start = starts[from]!;
      const end = starts[to - 1]! + words[to - 1]!.length;
      if (!overlapsPlace(start, end)) added.push({ type: 'LOCATION', start, end, text: m.text.slice(start - m.start, end - m.start), rule: 'location.in-name' });
    };
    // a leading place: "U.S. Air Force", "United States Navy"
    for (let n = Math.min(MAX_WORDS, words.length - 1); n >= 1; n--) {
      if (placeAt(words, 0, n, isPlaceForm)) {
        add(0, n);
        break;
      }
    }
    // "of <place>" at the end: "University of Texas", "Bank of England"
    const of = words.lastIndexOf('of');
    if (of > 0 && of < words.length - 1 && words.length - of - 1 <= MAX_WORDS) {
      const from = words[of + 1] === 'the' ? of + 2 : of + 1;
      if (from < words.length && placeAt(words, from, words.length, isPlaceForm)) add(from, words.length);
    }
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

export const nestedPlacesRefiner: ResolveRefiner = {
  id: 'nested-places',
  refine(a) {
    // asked for: corpora and most readers count "University of Texas" as one name, no place
    if (!a.options.nested) return;
    const lex = nameLexicons();
    a.mentions = nestedPlaces(a.mentions, (s) => lex.placeAcronyms.has(s) || lex.placeNames.has(s));
  },
};
