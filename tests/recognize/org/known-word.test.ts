// A lone word the dictionary of company names lists is an organization, with no cue around it.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('companies known by one word', () => {
  it.each([
    ['Analysts expect Medtronic to raise its forecast.', ['ORG Medtronic']],
    ['Medtronic’s shares fell on Tuesday.', ['ORG Medtronic']],
    ['The order went to Airbus and not to Lockheed.', ['ORG Airbus', 'ORG Lockheed']],
    ['Gazprom raised prices for Ukraine.', ['ORG Gazprom', 'LOCATION Ukraine']],
    // negatives: fragments of places and of longer names, and words written in lower case
    ['The delegation flew to San Juan on Friday.', ['LOCATION San Juan']],
    ['The boeing of the bells woke us.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
