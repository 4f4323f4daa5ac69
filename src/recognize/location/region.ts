// First-level regions of every country (regions.ts: GeoNames' admin1, the provinces package,
// the press abbreviations): "Phoenix, Ariz.", "Dubbo, NSW", "fighting in Idlib".
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexicon } from '../../lexicon/registry.js';
import { lexiconTags } from '../../nlp/tagger.js';
import type { Token } from '../../types.js';
import { isGivenName, isSurname } from '../person/given-names.js';
import { bare, has, one, phrase, rule, type ChunkView, type NameRule } from '../names/view.js';
import { afterPlacePreposition, afterTownComma, besideListedPlace, placeCueBefore, townBefore } from './cue.js';
import { isGazetteerCity } from './gazetteer.js';
import { afterListedPlace } from './after-place.js';
import { listedPlace } from './listed-place.js';
import { regionOf } from './regions.js';

/**
 * "Phoenix, Ariz.", "Kingston, Ont.", "Dubbo, NSW", "a Dover, Del.-based maker": a region's
 * abbreviation or postal code is a region only after "Town," (alone, "Miss." and "IN" are
 * words). The mention keeps the abbreviation's period and goes by the region's name.
 */
export const regionAfterTown: NameRule = {
  id: 'location.region-abbreviation',
  strong: true,
  info: [rule('location.region-abbreviation', 'LOCATION', "a region's press abbreviation or postal code after a town and a comma", 'The plant in Zorvale, Ariz., employs 300.', 'Ariz.')],
  read(c) {
    if (c.to - c.from !== 1) return null;
    const r = regionOf(bare(c.tokens[c.from]!));
    if (!r || r.kind === 'name') return null;
    if (!afterTownComma(c)) return r.kind === 'abbreviation' && abbreviationAfterCue(c) ? { parts: [{ type: 'LOCATION', from: c.from, to: c.to, rule: 'location.region-abbreviation', name: r.name }] } : null;
    // the town is a name, not a word that opens the sentence ("However, IN ...")
    const town = c.tokens[c.from - 1]!;
    if (isCommonWord(town.text.toLowerCase()) && !has(town, 'Place')) return null;
    // a postal code follows a known place ("Palm Springs, CA"), not a person ("Tom Hale, QC")
    if (r.kind === 'code') {
      const t = townBefore(c);
      if (!listedPlace(t)) return null;
    }
    return { parts: [{ type: 'LOCATION', from: c.from, to: c.to, rule: 'location.region-abbreviation', name: r.name }] };
  },
};

/**
 * "in Del.", "in Ariz. and Del.": a press abbreviation with its period after a preposition of
 * place, or after "and" and another region's abbreviation (not a postal code: "in IN").
 */
function abbreviationAfterCue(c: ChunkView): boolean {
  const t = c.tokens[c.from]!;
  if (!t.text.endsWith('.') && !t.post.startsWith('.')) return false;
  if (afterPlacePreposition(c)) return true;
  const and = c.tokens[c.from - 1];
  const other = c.tokens[c.from - 2];
  if (!and || !other || !/^(?:and|or)$/.test(and.text)) return false;
  return (other.text.endsWith('.') || other.post.startsWith('.')) && regionOf(bare(other))?.kind === 'abbreviation';
}

/** "in Idlib", "Maiduguri, Borno", "Nizhny Novgorod": a region by its name (one word needs a cue of place). */
export const regionPlace: NameRule = {
  id: 'location.region',
  strong: true,
  info: [rule('location.region', 'LOCATION', "a country's first-level region by name (a one-word name after a preposition of place or a town and a comma)", 'Fighting spread into Helmand overnight.', 'Helmand')],
  read(c) {
    const r = regionOf(phrase(c.tokens, c.from, c.to));
    // a city of the same name ("Herat", "Geneva") is the gazetteer's to read
    if (!r || r.kind !== 'name' || isGazetteerCity(phrase(c.tokens, c.from, c.to))) return null;
    // (or in a list after a preposition of place that names a place the lists know: "in
    // Cabo Delgado, Tigray and Ituri")
    if (c.to - c.from === 1 && !afterPlacePreposition(c) && !placeCueBefore(c) && !afterListedPlace(c) && !afterTownComma(c) && !modifiesNoun(c) && !besideListedPlace(c) && !onlyPlace(c.tokens[c.from]!)) return null;
    return one('LOCATION', c.from, c.to, 'location.region');
  },
};

/**
 * "Ituri", "Zamfara", "Helmand": a region's one-word name that is no given name, surname,
 * common word or name the tagger gives a person or a firm needs no cue ("Victoria",
 * "Georgia", "Montana" do).
 */
function onlyPlace(t: Token): boolean {
  const w = bare(t);
  return !lexicon('regionWords').has(w) && !isCommonWord(w.toLowerCase()) && !isGivenName(w) && !isSurname(w) && !has(t, 'Person', 'FirstName', 'LastName', 'Organization', 'Acronym') && !lexiconTags(w).some((g) => /Name|Person|Organization/.test(g));
}

/**
 * "a Virginia contractor", "the Ohio senator": between an article and a lower-case noun a
 * region's name says where the noun is from (a person there has two names: "a Virginia
 * Woolf novel").
 */
function modifiesNoun(c: ChunkView): boolean {
  const before = c.tokens[c.from - 1];
  const after = c.tokens[c.to];
  if (!before || !after || !/^(?:a|an|the|A|An|The)$/.test(before.text) || before.post !== ' ' || c.tokens[c.to - 1]!.post !== ' ') return false;
  return /^\p{Ll}+$/u.test(after.text) && has(after, 'Noun') && !has(after, 'Verb', 'Adverb', 'Preposition', 'Conjunction');
}
