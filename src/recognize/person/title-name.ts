// "U.S. Vice President Joe Biden": a title inside a chunk with a name after it. The person
// is what follows the title; what precedes it is read by the chunk rules (the role's org).
import { countryOfDemonym } from '../location/demonyms.js';
import { knownPlace } from '../location/known-place.js';
import { bare, has, lower, phrase, rule, type ChunkView, type NamePart, type NameRule, type Reading } from '../names/view.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { lexicon, normTitle } from '../../lexicon/registry.js';
import { personLike } from './person-like.js';
import { givenName } from './first-name.js';
import { nationalityWord } from './after-nationality.js';
import { PLACE_BEFORE_TITLE, placeBeforeTitle } from './place-before-title.js';

/** An abbreviation a title may be written with, with or without its period: "Lt", "Gen", "Sgt". */
const ABBREVIATION = /^\p{Lu}\p{Ll}{1,3}$/u;

/**
 * Everything a listed title begins with, up to a space: "deputy", "deputy foreign" for
 * "deputy foreign minister". A phrase that is no such beginning grows into no title, so
 * titleAt stops reading words there (most words begin none: one lookup, not one per word
 * up to the longest title).
 */
const beginnings = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function titleBeginnings(titles: ReadonlySet<string>): ReadonlySet<string> {
  let set = beginnings.get(titles);
  if (!set) {
    const b = new Set<string>();
    for (const t of titles) for (let at = t.indexOf(' '); at >= 0; at = t.indexOf(' ', at + 1)) b.add(t.slice(0, at));
    beginnings.set(titles, (set = b));
  }
  return set;
}

/** The longest title (with modifiers) starting at token i, as [i, end), or null. */
export function titleAt(c: ChunkView, i: number, limit: number): number | null {
  // "Port-au-Prince": a word hyphened to a place name's particle is no title
  const joined = c.tokens[i - 1];
  if (joined?.post === '-' && /^(?:au|aux|de|du|des|la|le|les|en|sur|sous|upon|on|in|di|da|del|am|im)$/.test(joined.text)) return null;
  let best: number | null = null;
  const begins = titleBeginnings(c.lex.titles);
  // the title may start after any of the modifiers before it: a modifier can be a title's
  // own first word ("Chief Executive", "General Secretary")
  for (let k = i; k < limit; k++) {
    // an abbreviated title is listed with its periods ("Sen.", "Lt. Gen."), which the token
    // leaves out and which writers often leave out too ("Lt Gen", "Sgt"): each word is
    // tried as written and, when it has a period or an abbreviation's shape, with one
    let ps = [''];
    for (let j = k; j < limit && j - k < c.lex.titleMaxWords; j++) {
      const t = c.tokens[j]!;
      const w = t.text.toLowerCase();
      const abbreviated = t.post.startsWith('.') || ABBREVIATION.test(t.text);
      // (each phrase grown by the word's forms, in one loop: no arrays of all the forms)
      const grown: string[] = [];
      let titled = false;
      for (const p of ps) {
        const f = j > k ? p + ' ' + w : w;
        if (c.lex.titles.has(f)) titled = true;
        if (begins.has(f)) grown.push(f);
        if (!abbreviated) continue;
        const d = f + '.';
        if (c.lex.titles.has(d)) titled = true;
        if (begins.has(d)) grown.push(d);
      }
      if (titled && (best === null || j + 1 > best)) best = j + 1;
      ps = grown;
      if (ps.length === 0) break;
    }
    if (!c.lex.titleModifiers.has(lower(c.tokens[k]!))) break;
  }
  return best;
}

/**
 * The end of a run of titles from i, each read as one ("Lt. Col.", "Maj. Gen.", "Vice
 * Adm.", "Mr. Justice"), when a person's name follows it; null when none does.
 */
function titlesAt(c: ChunkView, i: number): number | null {
  let end = titleAt(c, i, c.to - 1);
  if (end === null) return null;
  // "Energy Minister Prince Abdulaziz", "President Sheikh Mohamed": a title, another title
  // (a rank or a prince's), then the name
  let stacked = end;
  for (let next = titleAt(c, stacked, c.to - 1); next !== null && !personLike(c, stacked, c.to); next = titleAt(c, stacked, c.to - 1)) stacked = next;
  if (stacked > end && personLike(c, stacked, c.to)) end = stacked;
  if (!personLike(c, end, c.to) && !commonGivenName(c, end) && !givenBeforeCommon(c, end)) return addressed(c, i, end) || ranked(c, i, end) ? end : null;
  for (let next = titleAt(c, end, c.to - 1); next !== null && personLike(c, next, c.to); next = titleAt(c, end, c.to - 1)) end = next;
  return end;
}

/**
 * "Senator Bill Gore", "Vice President Al Gore": after a title, a given name that is a
 * common word too opens a person's name of two words even when the surname is a common
 * word as well (without the title, "Bill Gore" could be anything).
 */
const commonGivenName = (c: ChunkView, from: number): boolean =>
  c.to - from === 2 && lexicon('commonWordNames').has(c.tokens[from]!.text) && personLike(c, from, c.to, true);

/**
 * "Foreign Minister Ivo Marsh": after a title, a given name of the wider lists opens a
 * person's name of two words whose surname is a common word ("marsh"), which without the
 * title could be a place's ("Ivo Marsh" is tagged one) or anything ("Belle Image").
 */
const givenBeforeCommon = (c: ChunkView, from: number): boolean => c.to - from === 2 && givenName(c.tokens[from]!) && personLike(c, from, c.to, true);

/**
 * "Gen. Ivo Marsh", "Maj. Gen. Kel Vance": after a run of abbreviated ranks
 * (rank-abbreviations.txt), one to three capitalized words are a person's name, whatever
 * the tagger made of them, unless they name a place or a body.
 */
function ranked(c: ChunkView, i: number, end: number): boolean {
  const ranks = c.tokens.slice(i, end);
  if (!ranks.some((t) => t.post.startsWith('.') || /^(?:Lt|Gen|Col|Maj|Sgt|Adm|Capt|Brig|Cmdr|Cdr)$/.test(t.text)) || !ranks.every((t) => lexicon('rankAbbreviations').has(bare(t).toLowerCase()))) return false;
  const words = c.tokens.slice(end, c.to);
  if (words.length > 3 || !words.every((t) => /^\p{Lu}(?:\p{Ll}+|\.)$/u.test(bare(t)) && !c.lex.orgHeads.has(lower(t)) && !has(t, 'Month', 'WeekDay', 'Date'))) return false;
  return !knownPlace(phrase(c.tokens, end, c.to));
}

/**
 * "Mr. Major", "Mrs Paris Hale": after a form of address any capitalized words are a
 * person's name, even a title's ("Major") or a place's ("Paris") word, unless they are a
 * role addressed ("Mr. President", "Madam Speaker") or an organization's.
 */
function addressed(c: ChunkView, i: number, end: number): boolean {
  if (end - i !== 1 || !lexicon('honorifics').has(normTitle(c.tokens[i]!.text) + (c.tokens[i]!.post.startsWith('.') ? '.' : ''))) return false;
  // "Mr Justice Anthony Mann": a title and a name after it are read as a run of titles
  if (c.to - end > 3 || (c.to - end > 1 && titleAt(c, end, c.to - 1) !== null)) return false;
  const words = c.tokens.slice(end, c.to);
  if (!words.every((t) => /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(t.text) && !c.lex.orgHeads.has(lower(t)) && !has(t, 'Month', 'WeekDay', 'Date'))) return false;
  return !(words.length === 1 && lexicon('addressedRoles').has(lower(words[0]!)));
}

function readTitled(c: ChunkView): Reading | null {
  for (let i = c.from; i < c.to - 1; i++) {
    // "Supreme Allied Commander Europe": a title that runs to the chunk's end names no one
    if (titleAt(c, i, c.to) === c.to) return null;
    const end = titlesAt(c, i);
    if (end === null) continue;
    // "Executive Summary", "General Conclusions": a heading of a title's word and a section's
    // word (section-words.txt), the whole line, names a section, not a person
    if (c.to - end === 1 && c.to - c.from === 2 && c.from === 0 && c.to === c.tokens.length && lexicon('sectionWords').has(lower(c.tokens[end]!))) return null;
    const person: NamePart = { type: 'PERSON', from: end, to: c.to, rule: 'person.title-name' };
    const parts = [person];
    let org: NamePart | undefined;
    let country: string | undefined;
    let from = i;
    // "Kisumu Governor": a place the lists know, before an office held for it
    let d = c.from;
    while (d < i - 1 && has(c.tokens[d]!, 'Demonym')) d++;
    const place = i > c.from ? placeBeforeTitle(c, d, i, end) : null;
    if (place) {
      parts.push(place);
      org = place;
      from = i;
    } else if (i > c.from + 1 && fieldBeforeTitle(c, c.from + 1, i, end) && placeFirst(c)) {
      // "U.S. Energy Secretary", "U.S. Treasury Secretary": the place whose office it is, then the field's words of the title
      const p: NamePart = { type: 'LOCATION', from: c.from, to: c.from + 1, rule: 'location.before-title' };
      parts.push(p);
      org = p;
      from = c.from + 1;
    } else if (i > c.from && fieldBeforeTitle(c, d, i, end)) {
      // "Spanish Farm Minister": a policy field's common words are the title's
      from = d;
      if (d > c.from) country = countryOfDemonym(bare(c.tokens[d - 1]!)) ?? undefined;
    } else if (i > c.from) {
      // "Former Federal Reserve Chairman": a modifier of the title opening the chunk is no part of the organization
      let lead = c.from;
      while (lead < i - 1 && c.lex.titleModifiers.has(lower(c.tokens[lead]!))) lead++;
      // "House Speaker Ann Hale": a legislature's one word before its office is the organization
      const chamber = i - lead === 1 && lexicon('chamberWords').has(c.tokens[lead]!.text);
      const before = chamber ? { parts: [{ type: 'ORG' as const, from: lead, to: i, rule: 'org.before-title' }] } : c.read({ ...c, from: lead, to: i });
      const p = before?.parts.find((x) => x.type !== 'PERSON' && x.to === i);
      if (before) parts.push(...before.parts.filter((x) => x.type !== 'PERSON'));
      if (p) org = p;
      // proper names before a title name its organization ("Apple CEO Steve Jobs"); other
      // words are part of the title ("Energy Secretary"), but a nationality only says whose
      // the title is ("Russian Deputy Foreign Minister")
      else if (!before || before.parts.length === 0) {
        let k = c.from;
        // (a nationality the tagger does not know too: "Eritrean President", "Tongan King")
        while (k < i && (has(c.tokens[k]!, 'Demonym') || (!has(c.tokens[k]!, 'Place', 'Organization') && nationalityWord(c.tokens[k]!)))) k++;
        const head = c.tokens.slice(i, end).map((t) => lower(t)).filter((w) => !c.lex.titleModifiers.has(w)).join(' ');
        // the tagger leaves a sentence's first word untagged: it is proper when it is no
        // common word ("Quellmark CEO ...") or more proper words follow it ("Apple Computer CEO")
        const properAt = (j: number): boolean => {
          const t = c.tokens[j]!;
          if (c.lowerWords.has(bare(t).toLowerCase()) || c.lex.titleModifiers.has(lower(t)) || c.lex.titles.has(lower(t))) return false;
          if (has(t, 'ProperNoun')) return true;
          return j === 0 && /^\p{Lu}/u.test(t.text) && !has(t, 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'Verb', 'Adjective') && (!isCommonWord(lower(t)) || (j + 1 < i && has(c.tokens[j + 1]!, 'ProperNoun')));
        };
        const proper = k < i && !c.lex.domainTitles.has(head) && c.tokens.slice(k, i).every((_, n) => properAt(k + n));
        if (proper) {
          org = { type: 'ORG', from: k, to: i, rule: 'org.before-title' };
          parts.push(org);
        } else from = k;
        if (k > c.from) country = countryOfDemonym(bare(c.tokens[k - 1]!)) ?? undefined;
      }
    }
    return { parts, title: { from, to: end, person, org, country } };
  }
  return null;
}

/** The chunk opens with a country written as an acronym or a known place's one word ("U.S.", "Britain"). */
function placeFirst(c: ChunkView): boolean {
  const t = c.tokens[c.from]!;
  const w = bare(t);
  return c.lex.placeAcronyms.has(w) || lexiconTags(w).some((g) => g === 'Country');
}

/**
 * Whether tokens [from, i) are common words of a policy field before a title that takes one
 * ("Farm Minister", "Trade Secretary"): no place or body of the lexicons ("Texas Governor").
 */
function fieldBeforeTitle(c: ChunkView, from: number, i: number, end: number): boolean {
  if (from >= i) return false;
  // (the first of stacked titles takes the field: "Energy Minister Prince ...")
  const first = Math.min(end, titleAt(c, i, end) ?? end);
  const head = c.tokens.slice(i, first).map((t) => lower(t)).filter((w) => !c.lex.titleModifiers.has(w)).join(' ');
  if (!c.lex.domainTitles.has(head)) return false;
  return c.tokens.slice(from, i).every((t) => {
    const w = bare(t);
    return /^\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w.toLowerCase()) && !knownPlace(w) && !c.lex.orgNames.has(w) && !c.lex.placeNames.has(w);
  });
}

/** Tried on a whole chunk before the chunk rules: a title splits it into org, title, person. */
export const titledName: NameRule = {
  id: 'person.title-name',
  strong: false,
  info: [
    rule('person.title-name', 'PERSON', 'a name after a capitalized title in one run of capitals', 'Foreign Minister Sergei Lavrov arrived on Monday.', 'Sergei Lavrov'),
    rule('org.before-title', 'ORG', 'the proper names before a title name its organization', 'Later, Zorvex Chief Executive Mara Quell spoke.', 'Zorvex'),
    PLACE_BEFORE_TITLE,
  ],
  read: readTitled,
};
