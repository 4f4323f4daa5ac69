// The words around a chunk that say a place is named: a preposition of place before it ("in
// Azaz"), a preposition that takes places and not people ("near Khan Rahal"), "the village
// of X", "20 km north of X", a place noun after it ("the Azaz district"), or ", <country or
// region>" after it ("Zorvale, Texas").
import { lexicon } from '../../lexicon/registry.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { bare, lower, type ChunkView } from '../names/view.js';
import { regionOf } from './regions.js';

const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/;

/** "in Azaz", "from Azaz": a preposition of place, directly before the chunk. */
export function afterPlacePreposition(c: ChunkView): boolean {
  const before = c.tokens[c.from - 1];
  return !!before && lexicon('placePrepositions').has(lower(before)) && before.post.trim() === '';
}

/** "near X", "outside X", "the village of X", "north of X", "the outskirts of X": words before the chunk that take a place. */
export function placeCueBefore(c: ChunkView): 'preposition' | 'noun' | null {
  const b1 = c.tokens[c.from - 1];
  if (!b1 || b1.post.trim() !== '') return null;
  if (lexicon('placeCues').has(lower(b1))) return 'preposition';
  const b2 = c.tokens[c.from - 2];
  if (lower(b1) !== 'of' || !b2 || b2.post.trim() !== '') return null;
  if (COMPASS.test(lower(b2)) || lower(b2) === 'outskirts') return 'preposition';
  // "the village of", "the town of": a place noun with its article
  const b3 = c.tokens[c.from - 3];
  if (lexicon('placeNouns').has(lower(b2)) && lower(b2) !== 'border' && lower(b2) !== 'area' && b3 && /^(?:the|a)$/i.test(b3.text)) return 'noun';
  return null;
}

/** "the Azaz district", "the Tell Abyad area": a place noun in lower case right after the chunk. */
export function placeNounAfter(c: ChunkView): boolean {
  const last = c.tokens[c.to - 1]!;
  const next = c.tokens[c.to];
  return !!next && last.post.trim() === '' && /^\p{Ll}/u.test(next.text) && lexicon('placeNouns').has(next.text.toLowerCase());
}

/**
 * "Zorvale, Texas", "Zorvale, Del.": a comma and a country or region by compromise's lexicon,
 * or a region's press abbreviation with its period, after the chunk (a postal code may follow
 * a person: "Tom Hale, QC").
 */
export function regionAfter(c: ChunkView): boolean {
  const last = c.tokens[c.to - 1]!;
  const next = c.tokens[c.to];
  if (!next || last.post.trim() !== ',' || !/^\p{Lu}/u.test(next.text)) return false;
  if (lexiconTags(bare(next)).some((g) => g === 'Region' || g === 'Country')) return true;
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
