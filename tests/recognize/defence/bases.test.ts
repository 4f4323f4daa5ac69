// Military bases are places, as facilities are (the contract has no facility type): named by
// their words after or before the name. Invented names, with negatives.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

describe('military bases', () => {
  it.each([
    ['Two tankers landed at Vorsk Air Base on Thursday.', ['LOCATION Vorsk Air Base']],
    ['The jets flew from Kelham Air Force Base.', ['LOCATION Kelham Air Force Base']],
    ['Troops at Joint Base Harlow-Dunmore will deploy.', ['LOCATION Joint Base Harlow-Dunmore']],
    ['Sailors at Naval Station Kelby were told to stay home.', ['LOCATION Naval Station Kelby']],
    ['The battalion is based at Marrow Barracks.', ['LOCATION Marrow Barracks']],
    // negatives: the words in lower case, the head word alone
    ['The air base was shelled overnight.', []],
    ['He visited the Barracks on Monday.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a base's words in lower case after a name make it a place", () => {
  it.each([
    ["Officials said Crimea's Saky air base was hit.", ['LOCATION Crimea', 'LOCATION Saky']],
    ['Jets flew from the Hmeimim airbase.', ['LOCATION Hmeimim']],
    ['Planes landed at the Kelbovo airfield.', ['LOCATION Kelbovo']],
    // ... and a site of extraction's
    ['The firm will develop the Abadi gas field.', ['LOCATION Abadi']],
    ['Workers at the Kelby coal mine struck.', ['LOCATION Kelby']],
    ['It is a Chinese mine.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
