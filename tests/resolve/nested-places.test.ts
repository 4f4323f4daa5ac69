import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const places = (text: string, nested = true) =>
  extract(text, { types: ['LOCATION'], nested }).entities.flatMap((e) => e.mentions.map((m) => `${m.text}@${m.rule}`));

describe('places inside the names of institutions', () => {
  it.each([
    ['The U.S. Air Force ordered new tankers.', ['U.S.@location.in-name']],
    ['She studied at the University of Texas for two years.', ['Texas@location.in-name']],
    ['The Bank of England raised rates.', ['England@location.in-name']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('not inside company names', () => {
    expect(places('Singapore Airlines ordered ten jets.')).toEqual([]);
  });

  it('only when asked for: by default an institution\'s name is one name, as corpora count it', () => {
    expect(places('She studied at the University of Texas for two years.', false)).toEqual([]);
    expect(places('The U.S. Air Force ordered new tankers.', false)).toEqual([]);
  });
});
