// The words around a chunk that say a place is named: a preposition of place before it ("in
// Azaz"), a preposition that takes places and not people ("near Khan Rahal"), "the village
// of X", "20 km north of X", a place noun after it ("the Azaz district"), or ", <country or
// region>" after it ("Zorvale, Texas").
import { lexicon } from '../../lexicon/registry.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { bare, lower, phrase, type ChunkView } from '../names/view.js';
import { regionOf } from './regions.js';
import { listedPlace } from './listed-place.js';
import { knownPlace } from './known-place.js';
import type { Token } from '../../types.js';

const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/;
// "the mayor of Dunmore", "residents of Kelby": whom a town has, before "of"
const OF_A_TOWN = /^(?:mayor|mayors|residents|inhabitants|townspeople|villagers)$/;

/** "in Azaz", "from Azaz": a preposition of place, directly before the chunk. */
export function afterPlacePreposition(c: ChunkView): boolean {
  const before = c.tokens[c.from - 1];
  return !!before && lexicon('placePrepositions').has(lower(before)) && before.post.trim() === '';
}

/** "near X", "outside X", "seized X", "the village of X", "north of X", "the outskirts of X": words before the chunk that take a place. */
const DISTANCE = /^(?:miles?|mi|km|kms|kilometres?|kilometers?|metres?|meters?|yards?|leagues?)$/;

export function placeCueBefore(c: ChunkView): 'preposition' | 'noun' | null {
  const b1 = c.tokens[c.from - 1];
  if (b1 && b1.post.trim() === ',' && placeNounApposed(c)) return 'noun';
  if (!b1 || b1.post.trim() !== '') return null;
  // (a cue is written in lower case, or capitalized opening the sentence: "EASTERN CONFERENCE"
  // is a heading's name, no place)
  const asCue = b1.text === b1.text.toLowerCase() || (c.from === 1 && /^\p{Lu}\p{Ll}+$/u.test(b1.text));
  if (asCue && (lexicon('placeCues').has(lower(b1)) || lexicon('placeVerbs').has(lower(b1)))) return 'preposition';
  const b2 = c.tokens[c.from - 2];
  // "born in Ashcombe", "fled to Dravik", "police in Tollbridge": a word that says where, then a preposition of place
  if (b2 && b2.post === ' ' && lexicon('placePrepositions').has(lower(b1)) && lexicon('placePrepositionCues').has(lower(b2))) return 'preposition';
  // "the MP for Dunmore", "the member for Tarvik": the seat a member of a legislature sits for
  if (b1.text === 'for' && b2 && b2.post === ' ' && lexicon('constituencyCues').has(b2.text)) return 'preposition';
  if (lower(b1) !== 'of' || !b2) return null;
  // "Ann Roe, 34, of Dunmore": a person's age, then the town she is from
  if (/^\d{1,3}$/.test(b2.text) && b2.post === ', ' && c.tokens[c.from - 3]?.post === ', ') return 'preposition';
  if (b2.post.trim() !== '') return null;
  // "50 miles northwest of Orlando", "30 km south of Kelby": a distance is measured from a
  // place, whatever person's name it is too
  const b3 = c.tokens[c.from - 3];
  if (COMPASS.test(lower(b2)) && b3?.post === ' ' && DISTANCE.test(b3.text)) return 'noun';
  if (COMPASS.test(lower(b2)) || lower(b2) === 'outskirts' || OF_A_TOWN.test(lower(b2))) return 'preposition';
  // "the government of Kelvania", "the army of Tessaly": what only a state has, "of" its name
  // (one word of state-nouns.txt: a firm has a president and a board, no army)
  if (lexicon('stateNouns').has(lower(b2)) && !/^(?:opposition|border|borders)$/.test(lower(b2))) return 'preposition';
  // "the village of", "the town of": a place noun with its article
  if (lexicon('placeNouns').has(lower(b2)) && lower(b2) !== 'border' && lower(b2) !== 'area' && b3 && /^(?:the|a)$/i.test(b3.text)) return 'noun';
  // "the villages of Lougou and Tougana": a plural place noun, then each name of its list
  if (pluralPlaceNoun(lower(b2))) return 'noun';
  return null;
}

/**
 * "in Vorsk in northern Syria", "at Kelbrook in Kenya", "in Tarvik, south of Prasna", "in
 * Marl, near Leeds": after "in", "at" or "near", a name that lies in a place the lexicons
 * know, or a compass's way from a name, is a place. (The name after "in", "at" or "near"
 * alone is no place by itself: languages, firms and games stand there too.)
 */
export function withinPlaceAfter(c: ChunkView): boolean {
  const toks = c.tokens;
  const b1 = toks[c.from - 1];
  if (!b1 || b1.post !== ' ' || !/^(?:in|at|near)$/.test(b1.text)) return false;
  const last = toks[c.to - 1]!;
  // ("worked in Marketing in London": a common word capitalized is a field)
  if (c.to - c.from === 1 && isCommonWord(bare(last).toLowerCase())) return false;
  let i = c.to;
  if (last.post === ' ' && toks[i]?.text === 'in' && toks[i]!.post === ' ') {
    i++;
    if (toks[i]?.text === 'the' && toks[i]!.post === ' ') i++;
    // (a word of where inside it: "northern", "central", "rural"; place-cues.txt)
    if (lexicon('placeCues').has(toks[i]?.text ?? '') && toks[i]!.post === ' ') i++;
    // the place it lies in: up to five words the lexicons know as a place or a region ("the
    // East Riding of Yorkshire")
    let j = i;
    while (j < toks.length && j - i < 5 && (capital(toks[j]!) || (j > i && toks[j]!.text === 'of'))) {
      j++;
      if (toks[j - 1]!.post !== ' ') break;
    }
    for (let k = j; k > i; k--) {
      const p = phrase(toks, i, k);
      if (capital(toks[k - 1]!) && (knownPlace(p) || listedPlace(p) || regionOf(p) !== undefined)) return true;
    }
    return false;
  }
  // "Tarvik, south of Prasna", "Marl, near Leeds": the way from a name
  if (last.post !== ', ') return false;
  const w = toks[i]?.text ?? '';
  if (w === 'near' || w === 'outside') return capital(toks[i + 1]);
  return COMPASS.test(w) && toks[i]!.post === ' ' && toks[i + 1]?.text === 'of' && capital(toks[i + 2]);
}

/**
 * "the capital, Brellon,", "the country's largest city, Tarvos.": a place noun with its
 * article or a possessive before it, then a comma and the chunk, which the apposition closes.
 */
function placeNounApposed(c: ChunkView): boolean {
  const [b1, b2] = [c.tokens[c.from - 1]!, c.tokens[c.from - 2]];
  const w = b1.text;
  if (!lexicon('placeNouns').has(w) || w === 'border' || w === 'area' || !b2 || b2.post !== ' ') return false;
  // (up to two modifiers between: "the country's largest city", "its second city")
  let k = c.from - 2;
  for (let n = 0; n < 2 && k >= 0 && /^\p{Ll}+$/u.test(c.tokens[k]!.text) && !/^(?:the|its|their|a)$/.test(c.tokens[k]!.text); n++) k--;
  const det = c.tokens[k];
  if (!det || !(/^(?:the|its|their)$/.test(det.text) || /['’]s$/.test(det.text))) return false;
  return /^[,.;]/.test(c.tokens[c.to - 1]!.post.trim()) || c.to === c.tokens.length;
}

const pluralPlaceNoun = (w: string): boolean => {
  const one = w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.endsWith('s') ? w.slice(0, -1) : '';
  return one !== '' && lexicon('placeNouns').has(one) && one !== 'border' && one !== 'area';
};

/** "the villages of Lougou and Tougana": the chunk after "and" in a list a plural place noun opens. */
export function inPlaceList(c: ChunkView): boolean {
  const b1 = c.tokens[c.from - 1];
  if (!b1 || !/^(?:and|or)$/.test(b1.text)) return false;
  let i = c.from - 2;
  // back over the list's names and commas: "of Lougou, Tara and Tougana"
  for (let n = 0; i >= 1 && n < 12; n++, i--) {
    const t = c.tokens[i]!;
    if (t.text === 'of') return pluralPlaceNoun(lower(c.tokens[i - 1]!));
    if (!/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

const AND_OR = /^(?:and|or)$/;
const capital = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/**
 * "in Berlin and Zorvale", "to Kelby, Dunmore and Portsmouth": the chunk is an item of a list
 * that a preposition of place opens and that names a place the lists know (the chunk or
 * another item). The list's words are runs of capitals, between commas, "and" and "or".
 */
export function besideListedPlace(c: ChunkView): boolean {
  const toks = c.tokens;
  const item = (t: Token): boolean => capital(t) && (t.post.trim() === '' || t.post.trim() === ',') && !t.post.includes('\n');
  const and = (t: Token): boolean => AND_OR.test(t.text) && t.post === ' ';
  // the list's start, back over its items, and its end, on over them
  let start = c.from;
  for (let i = c.from - 1; i >= 0 && c.from - i <= 20; i--) {
    const t = toks[i]!;
    if (item(t)) start = i;
    else if (!and(t)) break;
  }
  let end = c.to;
  if (item(toks[c.to - 1]!))
    for (let i = c.to; i < toks.length && i - c.to < 20; i++) {
      const t = toks[i]!;
      if (and(t)) continue;
      if (!capital(t)) break;
      end = i + 1;
      if (!item(t)) break;
    }
  if (start === c.from && end === c.to) return false;
  // a list ends in "and" or "or": "in Paris, Apple CEO ..." is a clause after the place
  let lastAnd = -1;
  for (let i = end - 1; i > start && lastAnd < 0; i--) if (AND_OR.test(toks[i]!.text)) lastAnd = i;
  if (lastAnd < 0) return false;
  // ... and what follows its last "and" is its last item: not "in Kelby and Dunmore, Hale said"
  if (lastAnd < c.from) {
    if (lastAnd !== c.from - 1) return false;
    end = c.to;
  }
  const opener = toks[start - 1];
  if (!opener || opener.post !== ' ' || !lexicon('placePrepositions').has(lower(opener))) return false;
  // the items, each a run of capitals: one of them (this one too) a place the lists know
  if (listedPlace(phrase(toks, c.from, c.to))) return true;
  let words: string[] = [];
  for (let i = start; i < end; i++) {
    const t = toks[i]!;
    if (i >= c.from && i < c.to) continue;
    if (!AND_OR.test(t.text)) words.push(bare(t));
    const next = toks[i + 1];
    const closes = t.post.trim() === ',' || i === end - 1 || i === c.from - 1 || (next !== undefined && AND_OR.test(next.text));
    if (closes && words.length) {
      if (listedPlace(words.join(' '))) return true;
      words = [];
    }
  }
  return false;
}

/**
 * "the Azaz district", "the Tell Abyad area": a place noun in lower case right after the
 * chunk; or the noun the chunk is said to be, in apposition or after "is": "Tilst, a suburb
 * of Aarhus", "Aisby is a small village in Lincolnshire" (not "Hale, a city councilman").
 */
/** Participles of where a firm stands: "based", "headquartered". */
export const BASED = /^(?:based|headquartered)$/;

/** "a Kelby-based maker": "based" after a hyphen says where a firm stands. */
export function basedAfter(c: ChunkView): boolean {
  return c.tokens[c.to - 1]!.post === '-' && BASED.test(c.tokens[c.to]?.text ?? '');
}

/**
 * "a Dorrit, Ohio-based maker", "the Kelby, New York-based bank": a town before the state
 * or land a firm is based in; the town is a place and the firm comes after, not the town.
 */
export function basedAfterTown(c: ChunkView): boolean {
  if (c.tokens[c.to - 1]!.post.trim() !== ',') return false;
  for (let n = 1; n <= 2; n++) {
    const last = c.tokens[c.to + n - 1];
    if (!last || last.post !== '-' || !BASED.test(c.tokens[c.to + n]?.text ?? '')) continue;
    if (!c.tokens.slice(c.to, c.to + n).every((t, i) => /^\p{Lu}/u.test(t.text) && (i === n - 1 || t.post === ' '))) return false;
    return true;
  }
  return false;
}

/** "Kelby police said", "a Tolvane woman": a noun of a town's people or its police right after the chunk. */
export function townNounAfter(c: ChunkView): boolean {
  const next = c.tokens[c.to];
  return !!next && c.tokens[c.to - 1]!.post === ' ' && lexicon('townNounsAfter').has(next.text);
}

export function placeNounAfter(c: ChunkView): boolean {
  const last = c.tokens[c.to - 1]!;
  const next = c.tokens[c.to];
  if (!!next && last.post.trim() === '' && /^\p{Ll}/u.test(next.text) && lexicon('placeNouns').has(next.text.toLowerCase())) return true;
  // "Crimea's Saky air base", "the Hmeimim airbase": a base's words in lower case (base-nouns.txt)
  if (!!next && last.post === ' ' && /^\p{Ll}/u.test(next.text) && (lexicon('baseNouns').has(next.text) || (next.post === ' ' && lexicon('baseNouns').has(`${next.text} ${c.tokens[c.to + 1]?.text ?? ''}`)))) return true;
  if (townNounAfter(c)) return true;
  return placeNounSaid(c);
}

const IS = /^(?:is|was)$/;
const ARTICLE = /^(?:a|an)$/;
/** "Tarsa, the capital", "Nyala, Sudan's second city": what opens an apposition of place after a comma. */
const appositionOpens = (t: Token | undefined): boolean => t !== undefined && (/^(?:a|an|the)$/.test(t.text) || /^\p{Lu}\p{Ll}+['’]s$/u.test(t.text));

function placeNounSaid(c: ChunkView): boolean {
  const last = c.tokens[c.to - 1]!;
  let i = c.to;
  if (last.post.trim() === ',') {
    if (!appositionOpens(c.tokens[i])) return false;
  } else if (last.post.trim() === '' && IS.test(c.tokens[i]?.text ?? '') && ARTICLE.test(c.tokens[i + 1]?.text ?? '')) i++;
  else return false;
  // "a small village", "a former mining town": up to two lower-case words before the noun
  for (let k = i + 1; k <= i + 3 && k < c.tokens.length; k++) {
    const t = c.tokens[k]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
    const w = t.text;
    // ("Tarsa, the capital of ...": place-nouns.txt holds "capital")
    if (lexicon('placeNouns').has(w) && w !== 'border' && w !== 'area') {
      // the noun ends the phrase: "a city councilman" names a person
      const after = c.tokens[k + 1];
      // ("a town 20 km from the border", "a village held by rebels")
      return !after || t.post.trim() !== '' || /^(?:of|in|on|near|north|south|east|west|located|situated|and|with|that|which|where|about|some|just|outside|from|along|close|held|controlled|under|bordering|\d[\d.,]*)$/.test(after.text);
    }
    if (t.post.trim() !== '') return false;
  }
  return false;
}

/**
 * "Zorvale, Texas", "Zorvale, Del.": a comma and a country or region by compromise's lexicon,
 * or a region's press abbreviation with its period, after the chunk (a postal code may follow
 * a person: "Tom Hale, QC").
 */
export function regionAfter(c: ChunkView): boolean {
  const last = c.tokens[c.to - 1]!;
  const next = c.tokens[c.to];
  // (a possessive is whose the apposition is: "Kelvane, Germany's biggest bank")
  if (!next || last.post.trim() !== ',' || !/^\p{Lu}/u.test(next.text) || /['’]s$/i.test(next.text)) return false;
  if (lexiconTags(bare(next)).some((g) => g === 'Region' || g === 'Country')) return true;
  // a region of two or three words: "Charlotte, North Carolina", "Bend, New South Wales"
  for (let n = 2, words = bare(next); n <= 3 && c.tokens[c.to + n - 1] && c.tokens[c.to + n - 2]!.post === ' '; n++) {
    const t = c.tokens[c.to + n - 1]!;
    if (!/^\p{Lu}/u.test(t.text)) break;
    words += ` ${bare(t)}`;
    // (not whose the apposition is, "Charlotte, New York's mayor", nor a list: "Victoria, North Korea and China")
    if (/['’]s$/i.test(t.text) || /^(?:and|or)$/.test(c.tokens[c.to + n]?.text ?? '')) continue;
    if (lexiconTags(words).some((g) => g === 'Region' || g === 'Country') || regionOf(words)?.kind === 'name') return true;
  }
  const written = bare(next);
  const period = written.endsWith('.') || next.post.startsWith('.');
  return period && regionOf(written)?.kind === 'abbreviation';
}

/** The capitalized words before the chunk up to its comma ("Palm Springs" before ", CA"), or ''. */
export function townBefore(c: ChunkView): string {
  let i = c.from - 1;
  if (i < 0 || c.tokens[i]!.post.trim() !== ',') return '';
  const end = i + 1;
  while (i > 0 && /^\p{Lu}/u.test(c.tokens[i - 1]!.text) && c.tokens[i - 1]!.post.trim() === '' && end - i < 4) i--;
  return c.tokens.slice(i, end).map((t, k, a) => (k === a.length - 1 ? bare(t) : t.text)).join(' ');
}

/** "Phoenix, Ariz.", "Dubbo, NSW": the chunk follows a capitalized name and a comma. */
export function afterTownComma(c: ChunkView): boolean {
  const before = c.tokens[c.from - 1];
  return !!before && before.post.trim() === ',' && /^\p{Lu}/u.test(before.text) && !/['’]s$/i.test(before.text);
}
