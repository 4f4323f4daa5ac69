// org.party-word: a party named by a common word, with its people after it or "member of"
// before it. Invented people and places; negatives where the word is common.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a party named by one word', () => {
  it.each([
    ['She is a Liberal member of the assembly.', ['ORG Liberal']],
    ['He was the Labor MP for the seat until 2010.', ['ORG Labor']],
    ['A Labour councillor said the plan would fail.', ['ORG Labour']],
    ['Labour councillor Ann Kelbow said the plan would fail.', ['ORG Labour', 'PERSON Ann Kelbow']],
    ['He is a member of One Nation.', ['ORG One Nation']],
    ['The Greens senator Ann Kelbow spoke.', ['ORG Greens', 'PERSON Ann Kelbow']],
    ['She joined Labour as a student.', ['ORG Labour']],
    ['The Nationals candidate won the seat.', ['ORG Nationals']],
    // a member of parliament by the abbreviation, a title before the name
    ['Labor MP Ann Kelbow said the plan would fail.', ['ORG Labor', 'PERSON Ann Kelbow']],
    ['He met MP Ann Kelbow on Monday.', ['PERSON Ann Kelbow']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('no party', () => {
  it.each([
    ['It was a liberal policy.', []],
    ['Labor costs rose in the second quarter.', []],
    ['He voted for a liberal member of the board.', []],
    ['The Liberal arts college closed.', []],
    ['The Greens were planted in spring.', []],
    ['Ten MPs voted against the plan.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
