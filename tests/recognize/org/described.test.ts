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
