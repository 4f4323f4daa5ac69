// The country of a nationality word: "Russian" -> Russia, "French" -> France. Most come from
// compromise's lexicon (its demonyms and its countries share a stem of four letters or
// more); the irregular ones are data.
import { jsonData } from '../../data.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { model } from '../../nlp/model.js';

let countries: string[] | undefined;

function lexiconCountries(): string[] {
  if (countries) return countries;
  // (a for-in, not Object.entries: the entries of the whole lexicon cost 40-100 ms at each
  // worker's start, the loop 7-19 ms; the same words in the same order)
  const lexicon = model().lexicon;
  countries = [];
  for (const w in lexicon) {
    const t = lexicon[w];
    if (t === 'Country' || (Array.isArray(t) && t.includes('Country'))) countries.push(w);
  }
  return countries;
}

const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** Answers by word: the rules ask for the same words many times, and a demonym's answer scans every country. */
const answers = new Map<string, string | null>();

/** The country a nationality word names, or null. */
export function countryOfDemonym(word: string): string | null {
  let answer = answers.get(word);
  if (answer === undefined) {
    answer = demonymCountry(word);
    if (answers.size >= 50_000) answers.clear();
    answers.set(word, answer);
  }
  return answer;
}

function demonymCountry(word: string): string | null {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const listed = jsonData<Record<string, string>>('recognize/location/demonym-countries.json')[w];
  if (listed) return listed;
  if (!lexiconTags(w).includes('Demonym')) return null;
  // the country sharing the longest stem, if that stem is long and the rest is a suffix
  let best: string | null = null;
  let length = 0;
  for (const c of lexiconCountries()) {
    let i = 0;
    while (i < w.length && i < c.length && w[i] === c[i]) i++;
    if (i > length && i >= 4 && c.length - i <= 2) {
      best = c;
      length = i;
    }
  }
  return best ? titleCase(best) : null;
}
