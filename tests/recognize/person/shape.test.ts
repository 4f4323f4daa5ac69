// person.shape: capitalized words no lexicon knows read as a person's name, except where the
// words around them or inside them say a place or a firm. Invented names.
import { beforeAll, describe, it } from 'vitest';
import { names, warm } from '../org/helpers.js';
import { expect } from 'vitest';

beforeAll(warm, 120_000);

const persons = (text: string): string[] => names(text).filter((n) => n.startsWith('PERSON '));

describe('a person by shape alone', () => {
  it.each([
    ['The report was written by Zabihullah Ardashir in the spring.', ['PERSON Zabihullah Ardashir']],
    // a known given name after a preposition of place or an article
    ['The meeting was held at Ahmed Kelbyni’s farm.', ['PERSON Ahmed Kelbyni']],
    // a possessive after a preposition of place: whose home
    ['The talks were held at Zabihullah Ardashir’s home.', ['PERSON Zabihullah Ardashir']],
    // prepositions that take people as often as places
    ['She received a letter from Zabihullah Ardashir last week.', ['PERSON Zabihullah Ardashir']],
    ['The prize went to Zabihullah Ardashir this year.', ['PERSON Zabihullah Ardashir']],
  ] as [string, string[]][])('%s', (text, expected) => expect(persons(text)).toEqual(expected));
});

describe('no person by shape where a place or a firm is named', () => {
  it.each([
    // a preposition of place before unknown words
    'The festival was held at Teater Kelvastu last year.',
    'The party won seats in Ruritas Tessal last year.',
    'The rebels camped near Kelvaro Dunmaz for weeks.',
    'The march ended on Kelvaski Spusk at noon.',
    // an article before them
    'The temple stands in the Dunmara Taluk of the state.',
    'The car used a Kelvari Motori engine.',
    // a word of another language naming a kind of place or firm
    'The chain became part of Dansk Kelvamarked last year.',
    'Both towns came from Kreis Dunmarsh after the reform.',
    'Shares of Tessaly Industrias fell.',
    // one hyphened word
    'The band was louder than Kelv-Dunar on the record.',
    // an article of another language
    'The crowd sang La Kelvastaise at the end.',
  ])('%s', (text) => expect(persons(text)).toEqual([]));
});
