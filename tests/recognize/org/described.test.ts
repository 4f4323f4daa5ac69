// A noun naming a kind of organization before a name says it is one; not when the name in
// apposition names someone the noun's phrase is about.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a name described by a kind of organization', () => {
  it.each([
    ['The engine maker Zantrel cut its forecast.', ['ORG Zantrel']],
    ['The manufacturer, Quorvia, said it would appeal.', ['ORG Quorvia']],
    // negatives: the apposition names the head of the agency, a person
    ['The head of the agency, Neile Miller, spoke.', ['PERSON Neile Miller']],
    ['A spokesman for the company, Tomas Varga, declined to comment.', ['PERSON Tomas Varga']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a kind of organization before a town of the gazetteer, or in the plural before a list', () => {
  it.each([
    // the noun beats a town's name; a land keeps its reading
    ['The bank Dover said profit rose.', ['ORG Dover']],
    ['Shares of miners Rio Tinto and Glencore fell.', ['ORG Rio Tinto', 'ORG Glencore']],
    ['Lenders Barclays and Santander cut rates.', ['ORG Barclays', 'ORG Santander']],
    ['Investors sold oil majors Kelvex and Tarrow Petroleum.', ['ORG Kelvex', 'ORG Tarrow Petroleum']],
    // negatives: people by their given names, one common singular before a person, a land
    ['Rivals Tom Hale and Ann Roe met in Dover.', ['PERSON Tom Hale', 'PERSON Ann Roe', 'LOCATION Dover']],
    ['Coal miner Tom Hale died.', ['PERSON Tom Hale']],
    ['The union rejected the deal, head of FX strategy Ann Roe said.', ['PERSON Ann Roe']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
