import { describe, expect, it } from 'vitest';
import { countryOfDemonym } from '../../../src/recognize/location/demonyms.js';

describe('countryOfDemonym', () => {
  it.each([
    ['Russian', 'Russia'],
    ['Chinese', 'China'],
    ['Israeli', 'Israel'],
    ['French', 'France'],
    ['American', 'United States'],
    ['British', 'United Kingdom'],
    ['Saudi', 'Saudi Arabia'],
  ])('%s -> %s', (word, country) => {
    expect(countryOfDemonym(word)).toBe(country);
  });

  it.each(['European', 'Asian', 'Officials', 'Secretary'])('%s names no country', (word) => {
    expect(countryOfDemonym(word)).toBeNull();
  });
});
