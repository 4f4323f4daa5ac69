// A plural noun of a kind opens or closes a list of names and types each of them: invented
// phrases, with negatives (lexicons and head words decide first; peoples are no persons).
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

describe('a list of names that a plural noun says the kind of', () => {
  it.each([
    // the noun, then "such as", "like", "including"
    ['He worked for companies such as Quorvane, Brellix and Tamsworth.', ['ORG Quorvane', 'ORG Brellix', 'ORG Tamsworth']],
    ['Lenders including Quorvane and Brellix cut rates.', ['ORG Quorvane', 'ORG Brellix']],
    ['The fund sold stakes in carmakers, notably Velbury and Orvane.', ['ORG Velbury', 'ORG Orvane']],
    ['Such banks as Quorvane and Brellix lost money.', ['ORG Quorvane', 'ORG Brellix']],
    ['Countries such as Ruritania and Zembla voted no.', ['LOCATION Ruritania', 'LOCATION Zembla']],
    ['It signed players such as Mara Quell and Tom Hale.', ['PERSON Mara Quell', 'PERSON Tom Hale']],
    // the list, then "and other", "and several other"
    ['The tour featured Orvix, Velbury Road, and several other bands.', ['ORG Orvix', 'ORG Velbury Road']],
    ['Quorvane and other lenders raised rates.', ['ORG Quorvane']],
    ['They flew to Kalvar, Dunmore and other small towns.', ['LOCATION Kalvar', 'LOCATION Dunmore']],
    // negatives: a stronger reading decides; peoples and creeds are no persons; no list
    ['Banks such as the Bank of Kelvar lent more.', ['ORG Bank of Kelvar']],
    ['It hurt people such as European Jews and Catholics.', []],
    ['The banks and Mara Quell agreed.', ['PERSON Mara Quell']],
    ['Banks and other lenders raised rates.', []],
    ['Leaders like to meet in Paris.', ['LOCATION Paris']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
