// compromise's data, read once: its lexicon, tag hierarchy, suffix and regex tables. The
// fast tagger applies them itself; compromise's own tagger is not run on every sentence.
//
// Loading compromise builds its lexicon (conjugating every verb) and takes about 250 ms per
// process and per worker; the build writes the tables it gives to a JSON snapshot
// (`npm run build` runs this file), which loads in about 15 ms.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readSnapshot, writeSnapshotWhenRun } from '../snapshot.js';
import { wordList } from '../data.js';

type TagValue = string | string[];
type Pattern = [RegExp, TagValue, string?];

export interface Model {
  lexicon: Record<string, TagValue>;
  /** First word of a multi-word lexicon entry -> the most words such an entry has. */
  multi: Record<string, number>;
  /**
   * First word of a multi-word lexicon entry -> the second words of such entries. In the
   * snapshot: gathering them from the whole lexicon took 20-40 ms per worker.
   */
  multiSecond: Record<string, string[]>;
  tagSet: Record<string, { parents: string[]; not?: string[] }>;
  prefixes: Record<string, boolean>;
  suffixes: Record<string, boolean>;
  prePunctuation: Record<string, boolean>;
  postPunctuation: Record<string, boolean>;
  /** By suffix length: suffix -> tag. */
  suffixPatterns: Array<Record<string, string> | undefined>;
  regexText: Pattern[];
  regexNormal: Pattern[];
  regexNumbers: Pattern[];
  endsWith: Record<string, Pattern[]>;
  orgWords: Record<string, boolean>;
  placeWords: Record<string, boolean>;
  /** Words with two readings -> which two ("Person|Verb"). */
  switches: Record<string, string>;
  /** By the two readings: the neighbouring words and tags that pick one. */
  clues: Record<string, Clues>;
}

interface Clues {
  beforeTags: Record<string, string>;
  afterTags: Record<string, string>;
  beforeWords: Record<string, string>;
  afterWords: Record<string, string>;
}

let cached: Model | undefined;

const SNAPSHOT = 'compromise-model.json';

export function model(): Model {
  if (cached) return cached;
  const json = readSnapshot<Model & { version: string }>(import.meta.url, SNAPSHOT);
  return (cached = json && json.version === compromiseVersion() ? revive(json) : fromCompromise());
}

/** compromise's version, from its package.json (its exports do not list that file). */
function compromiseVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('compromise'));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'compromise') return pkg.version;
    }
    if (dirname(dir) === dir) return 'unknown';
    dir = dirname(dir);
  }
}

/** The tables straight from compromise (when there is no snapshot of this version). */
export function fromCompromise(): Model {
  const require = createRequire(import.meta.url);
  const nlp = require('compromise') as { model(): unknown };
  const m = nlp.model() as { one: Record<string, unknown>; two: Record<string, unknown> };
  const one = m.one as Record<string, never>;
  const two = m.two as Record<string, never>;
  const lexicon = { ...(one.lexicon as Record<string, TagValue>), ...lexiconCorrections() };
  return {
    lexicon,
    multi: one._multiCache,
    multiSecond: secondWords(lexicon),
    tagSet: one.tagSet,
    prefixes: one.prefixes,
    suffixes: one.suffixes,
    prePunctuation: one.prePunctuation,
    postPunctuation: one.postPunctuation,
    suffixPatterns: two.suffixPatterns,
    regexText: two.regexText,
    regexNormal: two.regexNormal,
    regexNumbers: two.regexNumbers,
    endsWith: two.endsWith,
    orgWords: two.orgWords,
    placeWords: two.placeWords,
    switches: two.switches,
    clues: two.clues,
  };
}

/** lexicon-corrections.txt: a word and the tags it takes instead of compromise's. */
function lexiconCorrections(): Record<string, TagValue> {
  const out: Record<string, TagValue> = {};
  for (const line of wordList('nlp/lexicon-corrections.txt')) {
    const [word, tags] = line.split('\t');
    if (!word || !tags) continue;
    const list = tags.split(',');
    out[word] = list.length === 1 ? list[0]! : list;
  }
  return out;
}

/** First word -> the second words of the multi-word entries it starts, in lexicon order. */
export function secondWords(lexicon: Record<string, TagValue>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const k of Object.keys(lexicon)) {
    const sp = k.indexOf(' ');
    if (sp < 0) continue;
    const first = k.slice(0, sp);
    const second = k.slice(sp + 1).split(' ')[0]!;
    const list = Object.hasOwn(out, first) ? out[first]! : (out[first] = []);
    if (!list.includes(second)) list.push(second);
  }
  return out;
}

const PATTERNS = ['regexText', 'regexNormal', 'regexNumbers'] as const;

/** A pattern in JSON: the expression as its source and flags. */
type FlatPattern = [string, string, TagValue, string?];
const flat = ([re, ...rest]: Pattern): FlatPattern => [re.source, re.flags, ...rest] as FlatPattern;
const unflat = ([source, flags, ...rest]: FlatPattern): Pattern => [new RegExp(source, flags), ...rest] as Pattern;

function revive(json: Model): Model {
  const raw = json as unknown as Record<string, unknown>;
  const revived = { ...json };
  // a snapshot written before the field was (the same compromise version)
  revived.multiSecond ??= secondWords(json.lexicon);
  for (const k of PATTERNS) revived[k] = (raw[k] as FlatPattern[]).map(unflat);
  revived.endsWith = Object.fromEntries(Object.entries(raw.endsWith as Record<string, FlatPattern[]>).map(([c, ps]) => [c, ps.map(unflat)]));
  return revived;
}

export function snapshot(m: Model): string {
  return JSON.stringify({
    version: compromiseVersion(),
    ...m,
    tagSet: Object.fromEntries(Object.entries(m.tagSet).map(([k, v]) => [k, { parents: v.parents }])),
    ...Object.fromEntries(PATTERNS.map((k) => [k, m[k].map(flat)])),
    endsWith: Object.fromEntries(Object.entries(m.endsWith).map(([c, ps]) => [c, ps.map(flat)])),
  });
}

// `node dist/nlp/model.js`: writes the snapshot next to this file (the build runs it)
writeSnapshotWhenRun(import.meta.url, SNAPSHOT, () => snapshot(fromCompromise()));

const expanded = new Map<string, ReadonlySet<string>>();

/**
 * The tags with all their parents ("MaleName" -> FirstName, Person, ProperNoun, Singular,
 * Noun), as compromise fills them. One frozen set per combination: tokens share them.
 */
export function tagSet(tags: readonly string[]): ReadonlySet<string> {
  const key = tags.join('|');
  let set = expanded.get(key);
  if (!set) {
    const s = new Set<string>();
    const ts = model().tagSet;
    for (const t of tags) {
      if (!ts[t]) continue;
      s.add(t);
      for (const p of ts[t]!.parents) s.add(p);
    }
    set = s;
    expanded.set(key, set);
  }
  return set;
}

const NO_TAGS: readonly string[] = Object.freeze([]);
const oneTag = new Map<string, readonly string[]>();

/**
 * A lexicon entry's tags as a list: most entries hold one tag as a string, and the rules ask
 * about a word many times, so each tag's list is made once and shared (never changed).
 */
export function tagList(t: TagValue | undefined): readonly string[] | undefined {
  if (t === undefined || Array.isArray(t)) return t;
  let list = oneTag.get(t);
  if (!list) oneTag.set(t, (list = Object.freeze([t])));
  return list;
}

/** Tags by the word as written: the rules ask for the same words' tags many times, and each
 * answer otherwise costs the word's lower case and two look-ups in the lexicon's large object. */
const tagsByWord = new Map<string, readonly string[]>();

/** The tags compromise's own lexicon gives a lower-case word (not guessed from context). */
export function lexiconTags(word: string): readonly string[] {
  let tags = tagsByWord.get(word);
  if (tags === undefined) {
    const lexicon = model().lexicon;
    const w = word.toLowerCase();
    tags = tagList(Object.hasOwn(lexicon, w) ? lexicon[w] : undefined) ?? NO_TAGS;
    if (tagsByWord.size >= 50_000) tagsByWord.clear();
    tagsByWord.set(word, tags);
  }
  return tags;
}
