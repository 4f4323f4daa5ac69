// Groups mentions into entities, one per real thing in the document: the same name, a
// surname and the full name, an acronym and its expansion, "Moscow Times" and "The Moscow
// Times", "U.S." and "United States"; dates by value and amounts by amount.
import { jsonData, wordList } from '../data.js';
import type { AnyType, Entity, EntityType, Mention, MoneyValue, RuleInfo } from '../types.js';
import { afterWherePreposition, atVenue, cleanName, companyShortNames, familyFirst, fullNameSurnames, initials, isAcronymName, nameKey, shortCompanyName, slug, words } from './names.js';
import type { ResolveRefiner } from './types.js';
import { lexiconTags } from '../nlp/tagger.js';
import { isGivenName } from '../recognize/person/given-names.js';
import { FAMILY_FIRM_RULE } from './surnames-are-people.js';

const VOTE_RULE = 'resolve.vote';
const ACRONYM_RULE = 'resolve.acronym';

export const rules: readonly RuleInfo[] = [
  {
    id: VOTE_RULE,
    emits: 'PERSON',
    description: 'retypes a mention to the type most mentions of its name got in the document (cue rules alone vote where a name has them)',
    example: 'Veltria said no. Veltria agreed later. Mr. Veltria left.',
    expect: 'Veltria',
  },
  {
    id: ACRONYM_RULE,
    emits: 'PROGRAM',
    description: 'retypes an acronym to the type of the name it abbreviates',
    example: 'The Clean Rivers Initiative (CRI) was launched in May. Funding for CRI grew.',
    expect: 'CRI',
  },
];

type AliasTable = Partial<Record<EntityType, Record<string, string[]>>>;
let aliasIndex: Map<string, string> | undefined;

/** `TYPE|key` of any listed form -> the canonical name of aliases.json. */
function aliases(): Map<string, string> {
  if (aliasIndex) return aliasIndex;
  aliasIndex = new Map();
  const table = jsonData<AliasTable>('resolve/aliases.json');
  for (const [type, entries] of Object.entries(table)) {
    if (type.startsWith('_') || !entries) continue;
    for (const [canonical, forms] of Object.entries(entries)) {
      for (const f of [canonical, ...forms]) aliasIndex.set(`${type}|${nameKey(f)}`, canonical);
    }
  }
  return aliasIndex;
}

let programHeads: RegExp | undefined;
/** Lower-case words that end a program's name without changing which program it is: program-heads.txt. */
const withoutProgramHead = (name: string) =>
  name.replace((programHeads ??= new RegExp(`\\s+(?:${wordList('resolve/program-heads.txt').join('|')})$`, 'i')), '');

class Groups {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

interface NameInfo {
  m: Mention;
  name: string;
  key: string;
  canonical?: string;
}

/**
 * Whether an acronym could abbreviate a name: its letters are the initials of the name's
 * words (minor words and hyphenated parts counted), in order or not: "OECD" for
 * "Organisation for Economic Co-operation and Development", "FARC" for the translated
 * "Revolutionary Armed Forces of Colombia"; never "AP" after "Czech Republic (AP)".
 */
function spells(letters: string, name: string): boolean {
  const heads = cleanName(name)
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase());
  const want = letters.toUpperCase();
  let k = 0;
  for (const h of heads) if (k < want.length && h === want[k]) k++;
  if (k === want.length) return true;
  const left = [...heads];
  for (const ch of want) {
    const at = left.indexOf(ch);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

/**
 * "U.S. European Command (EUCOM)", "Central Command (CENTCOM)": an acronym in brackets
 * right after a name may join the first syllables of its words, in order (words may be
 * passed over); each word used gives its first letters, two words at least.
 */
function spellsBySyllables(letters: string, name: string): boolean {
  const words = cleanName(name).split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w)).map((w) => w.toUpperCase());
  const want = letters.toUpperCase();
  const from = (k: number, w: number, used: number): boolean => {
    if (k === want.length) return used >= 2;
    for (let j = w; j < words.length; j++) {
      const word = words[j]!;
      for (let n = Math.min(word.length, want.length - k); n >= 1; n--) if (word.startsWith(want.slice(k, k + n)) && from(k + n, j + 1, used + 1)) return true;
    }
    return false;
  };
  return want.length <= 8 && words.length <= 8 && from(0, 0, 0);
}

/** Whether a name holds a country's name of one or two words that is no given name ("Sri Lanka", "Kenya"). */
function holdsCountry(name: string): boolean {
  const ws = name.split(' ');
  for (let i = 0; i < ws.length; i++)
    for (const n of [1, 2]) {
      const p = ws.slice(i, i + n).join(' ');
      if (i + n <= ws.length && lexiconTags(p).includes('Country') && !isGivenName(p)) return true;
    }
  return false;
}

/**
 * An acronym takes the type and group of the name it abbreviates: the name it follows in
 * parentheses ("National Nuclear Security Administration (NNSA)"), whose initials it spells
 * (in order or not), else the last name before it whose initials it spells, else the first after it.
 * Names are indexed by their initials and by where they end, so each acronym finds its
 * expansion at once (a long document has thousands of both).
 */
function linkAcronyms(infos: NameInfo[], text: string, groups: Groups): void {
  const byInitials = new Map<string, number[]>();
  const byEnd = new Map<number, number>();
  infos.forEach((e, j) => {
    if (isAcronymName(e.name) || e.name.split(' ').length < 2) return;
    byEnd.set(e.m.end, j);
    for (const key of new Set([initials(e.name), initials(withoutProgramHead(e.name))])) {
      const list = byInitials.get(key);
      if (list) list.push(j);
      else byInitials.set(key, [j]);
    }
  });
  for (let i = 0; i < infos.length; i++) {
    const a = infos[i]!;
    if (!isAcronymName(a.name) || a.canonical) continue;
    const letters = a.name.replace(/\./g, '');
    const paren = /\(\s*$/.exec(text.slice(Math.max(0, a.m.start - 8), a.m.start));
    let best = -1;
    if (paren) {
      const open = a.m.start - paren[0].length;
      let end = open;
      while (end > 0 && /\s/.test(text[end - 1]!)) end--;
      const j = byEnd.get(end);
      if (j !== undefined && j !== i && (spells(letters, infos[j]!.name) || spellsBySyllables(letters, infos[j]!.name))) best = j;
    }
    if (best < 0) {
      const list = (byInitials.get(letters) ?? []).filter((j) => j !== i).sort((x, y) => infos[x]!.m.start - infos[y]!.m.start);
      for (const j of list) {
        if (infos[j]!.m.start < a.m.start) best = j; // the last expansion before it
        else {
          if (best < 0) best = j;
          break;
        }
      }
    }
    if (best < 0) continue;
    // "the Sri Lanka Podujana Peramuna (SLPP)": a name with a country's in it, spelled by an
    // organization's acronym in brackets after it, is that organization, whatever person
    // a given name made of it ("Andrés Manuel López Obrador (AMLO)" stays a person)
    if (paren && a.m.type === 'ORG' && infos[best]!.m.type === 'PERSON' && !infos[best]!.m.entry && holdsCountry(infos[best]!.name)) infos[best]!.m = { ...infos[best]!.m, type: 'ORG', retypedBy: ACRONYM_RULE };
    const type = infos[best]!.m.type;
    a.m = type === a.m.type ? { ...a.m } : { ...a.m, type, retypedBy: ACRONYM_RULE };
    groups.join(i, best);
  }
}

// Rules that type a name by a word of the text that says what it is ("airline Aer Lingus",
// "Foreign Minister Lavrov", "Acme Inc."), not by its shape or a tagger's guess: where a
// name has such mentions, they alone vote. A mention resolution retyped counts by the rule
// that retyped it (a retyped team is no longer cued by the rule that found the place).
const CUE_RULES = new Set(['org.described', 'org.suffix', 'org.cue', 'person.title-name', 'person.after-title', 'location.in-region']);

const DATELINE_RULES = new Set(['location.dateline', 'location.dateline-region']);

/** Which type a name has in this document: the one most of its mentions got. */
function voteTypes(infos: NameInfo[], text: string): void {
  // a user's lexicon says what a name is, as a cue does, and is never outvoted
  const cue = (m: Mention) => m.entry !== undefined || CUE_RULES.has(m.retypedBy ?? m.rule);
  const cued = new Set(infos.filter((x) => cue(x.m)).map((x) => x.key));
  // a dateline names where the story was filed, whatever else the name is in it ("DUNMORE
  // 1996-08-30" above a story of the club Dunmore): it neither votes nor is outvoted
  // (so does the ground a line of results opens with: "At Leeds:", and a family's firm kept
  // by the words of shares beside it: "Bill Ford ... Ford shares fell")
  const dateline = (m: Mention) => (m.type === 'LOCATION' && m.retypedBy === undefined && (DATELINE_RULES.has(m.rule) || atVenue(text, m.start, m.end))) || m.retypedBy === FAMILY_FIRM_RULE;
  const named = new Map<string, number>();
  for (const x of infos) named.set(x.key, (named.get(x.key) ?? 0) + 1);
  const votes = new Map<string, Map<AnyType, number>>();
  for (const x of infos) {
    if (cued.has(x.key) && !cue(x.m)) continue;
    if (dateline(x.m) && named.get(x.key)! > 1) continue;
    const v = votes.get(x.key) ?? new Map<AnyType, number>();
    v.set(x.m.type, (v.get(x.m.type) ?? 0) + 1);
    votes.set(x.key, v);
  }
  for (const x of infos) {
    const v = votes.get(x.key);
    if (!v || x.m.entry || dateline(x.m) || (v.size === 1 && v.has(x.m.type))) continue;
    // "lives in Lyon" in a story of the club Lyon: the town, one sense per context
    if (x.m.type === 'LOCATION' && afterWherePreposition(text, x.m.start)) continue;
    // a company named with its suffix says what it is: "Mr. Kelby" is not "Kelby Inc."
    if (x.m.type === 'ORG' && shortCompanyName(x.name) !== null) continue;
    // the most frequent type; on a tie, the type of the first mention (insertion order)
    let best: AnyType | undefined;
    for (const [t, n] of v) if (best === undefined || n > v.get(best)!) best = t;
    if (best !== x.m.type) x.m = { ...x.m, type: best!, retypedBy: VOTE_RULE };
  }
}

function nameEntities(mentions: readonly Mention[], text: string): Entity[] {
  const idx = aliases();
  // the surnames of people named in full: no company's short name ("Ann Morgan ... Morgan
  // said" in a story of Morgan Stanley & Co.)
  const surnames = fullNameSurnames(mentions);
  const infos: NameInfo[] = mentions.map((m) => {
    const name = m.name ?? cleanName(m.text);
    // a lexicon's entry names its entity, whichever of its forms is written
    const canonical = m.entry?.name ?? idx.get(`${m.type}|${nameKey(name)}`);
    // programs are one whatever head word follows ("Nunn-Lugar program", "Nunn-Lugar
    // agreement"), companies whatever suffix ("Acme Inc.", "Acme")
    const short = m.type === 'PROGRAM' ? null : shortCompanyName(name);
    const core = m.type === 'PROGRAM' ? withoutProgramHead(name) : short && !surnames.has(nameKey(short)) ? short : name;
    const key = canonical ? nameKey(canonical) : nameKey(core);
    return { m, name, key, canonical };
  });
  voteTypes(infos, text);
  const groups = new Groups(infos.length);
  linkAcronyms(infos, text, groups);
  const byKey = new Map<string, number>();
  infos.forEach((x, i) => {
    const k = `${x.m.type}|${x.key}`;
    const j = byKey.get(k);
    if (j === undefined) byKey.set(k, i);
    else groups.join(i, j);
  });
  // a shorter form of a longer name of the same type: a surname, "Strategic Forces
  // Subcommittee" in "U.S. Strategic Forces Subcommittee", "Apple" for "Apple Inc."
  // Longer names are indexed by their word suffixes (and companies by their stems), so
  // each short name finds its candidates at once; lists are in document order.
  const longer = new Map<string, number[]>();
  const index = (key: string, j: number) => {
    const list = longer.get(key);
    if (list) list.push(j);
    else longer.set(key, [j]);
  };
  const wordsOf = infos.map((x) => words(x.name));
  infos.forEach((b, j) => {
    const bw = wordsOf[j]!;
    for (let n = 1; n < bw.length; n++) {
      if (b.m.type === 'PERSON' ? n === 1 : n >= 2) index(`${b.m.type}|${bw.slice(-n).join(' ')}`, j);
    }
    // a name written family name first is also named by its first word: "Moon" for "Moon Jae-in"
    const family = b.m.type === 'PERSON' ? familyFirst(cleanName(b.name)) : null;
    if (family) index(`PERSON|${nameKey(family)}`, j);
    if (b.m.type === 'ORG') for (const stem of companyShortNames(cleanName(b.name))) index(`ORG|${nameKey(stem)}`, j);
  });
  infos.forEach((a, i) => {
    const aw = wordsOf[i]!;
    if (aw.length === 0 || isAcronymName(a.name)) return;
    // two entries of a lexicon are two things, even where one's name ends the other's
    const entry = a.m.entry?.key;
    const candidates = longer.get(`${a.m.type}|${aw.join(' ')}`)?.filter((j) => j !== i && !(entry && infos[j]!.m.entry && infos[j]!.m.entry!.key !== entry));
    if (!candidates?.length) return;
    // the nearest full name before the short one wins ("Biden" after "Joe Biden")
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (infos[candidates[mid]!]!.m.start < a.m.start) lo = mid + 1;
      else hi = mid;
    }
    groups.join(i, candidates[lo > 0 ? lo - 1 : 0]!);
  });
  const members = new Map<number, NameInfo[]>();
  infos.forEach((x, i) => {
    const r = groups.find(i);
    const list = members.get(r);
    if (list) list.push(x);
    else members.set(r, [x]);
  });
  return [...members.values()].map((xs) => {
    const user = xs.find((x) => x.m.entry)?.m;
    const type = user?.type ?? xs[0]!.m.type;
    const listed = user?.entry!.name ?? xs.find((x) => x.canonical)?.canonical;
    // the fullest form: most words, then the most frequent; acronyms only when nothing else
    const count = new Map<string, number>();
    for (const x of xs) count.set(x.name, (count.get(x.name) ?? 0) + 1);
    const name =
      listed ??
      [...count.keys()].sort(
        (p, q) => Number(isAcronymName(p)) - Number(isAcronymName(q)) || words(q).length - words(p).length || count.get(q)! - count.get(p)!,
      )[0]!;
    const id = user?.entry!.id !== undefined ? `${type}:${user.entry!.id}` : `${type}:${slug(name)}`;
    return { id, type, name, mentions: xs.map((x) => ({ ...x.m, type })) };
  });
}

const moneyKey = (v: MoneyValue) => `${v.amount}-${v.currency}`;

function valueEntities(mentions: readonly Mention[]): Entity[] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key =
      m.type === 'MONEY' && m.value && typeof m.value === 'object' ? `MONEY:${moneyKey(m.value)}`
      : m.type === 'DATE' && typeof m.value === 'string' ? `DATE:${m.value}`
      : `${m.type}:${slug(m.text)}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  return [...groups].map(([id, ms]) => {
    const name = ms.map((m) => cleanName(m.text)).sort((a, b) => b.length - a.length)[0]!;
    const first = ms[0]!;
    return { id, type: first.type, name, ...(first.value !== undefined ? { value: first.value } : {}), mentions: ms };
  });
}

/** Entities in order of first mention, with ids unique within the document. */
export function buildEntities(mentions: readonly Mention[], text: string): Entity[] {
  const named = mentions.filter((m) => m.type !== 'DATE' && m.type !== 'MONEY');
  const valued = mentions.filter((m) => m.type === 'DATE' || m.type === 'MONEY');
  const all = [...nameEntities(named, text), ...valueEntities(valued)];
  for (const e of all) e.mentions.sort((a, b) => a.start - b.start);
  all.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const seen = new Map<string, number>();
  for (const e of all) {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    if (n > 1) e.id = `${e.id}-${n}`;
  }
  return all;
}

export const buildEntitiesRefiner: ResolveRefiner = {
  id: 'build-entities',
  refine: (a) => void (a.entities = buildEntities(a.mentions, a.plain.text)),
};
