// Research bodies named "<head> for <adjective> and <field words>": one name across the
// "and", never cut after the adjective. Invented names, with negatives.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

describe('a name across "and" after an adjective', () => {
  it.each([
    ['A report by the Center for Strategic and International Studies warned of shortages.', ['ORG Center for Strategic and International Studies']],
    ['The Institute for Economic and Social Research published the survey.', ['ORG Institute for Economic and Social Research']],
    // negatives: a noun before "and" ends a body
    ['The Department of Justice and Homeland Security officials met.', ['ORG Department of Justice']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
