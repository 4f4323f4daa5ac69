// org.group-of: a cause's word, a plural noun of fighters, "of" or "for" and a name are one
// armed or political group. Invented groups and places; negatives without a cause's word.
import { beforeAll, describe, it } from 'vitest';
import { check, names, warm } from './helpers.js';
import { expect } from 'vitest';

beforeAll(warm, 120_000);

describe('an armed group named "X of Y"', () => {
  it.each([
    ['The Liberation Tigers of Kelvan Dunmara fought for decades.', ['ORG Liberation Tigers of Kelvan Dunmara']],
    ['The Revolutionary Brigades of Tessaly attacked a convoy.', ['ORG Revolutionary Brigades of Tessaly']],
    ['The Popular Defence Committees for Ruritania met.', ['ORG Popular Defence Committees for Ruritania']],
    ['Fighters said the Islamic Martyrs of the Kelvast Hills withdrew.', ['ORG Islamic Martyrs of the Kelvast Hills']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('no group without a cause\'s word or a name after "of"', () => {
  it.each([
    // a plural that is no fighters' noun
    ['The Liberation Songs of Kelvan Dunmara were sung.', 'ORG Liberation Songs of Kelvan Dunmara'],
    // no cause's word before the plural
    ['The Mountain Wolves of Tessaly howled.', 'ORG Mountain Wolves of Tessaly'],
    // nothing capitalized after "of"
    ['The Red Brigades of old were feared.', 'ORG Red Brigades of old'],
  ])('%s', (text, whole) => expect(names(text)).not.toContain(whole));
});
