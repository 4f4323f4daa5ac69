// Market and company reporting: invented wire phrases, each with the exact names expected,
// and negatives where the same words name nothing (an index) or two names.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a company head word alone before "and" names a trade of the body', () => {
  it.each([
    ['The Securities and Exchange Commission fined the broker.', ['ORG Securities and Exchange Commission']],
    ['He settled with the Securities and Exchange Commission on Monday.', ['ORG Securities and Exchange Commission']],
    ['She joined the Securities and Futures Commission in May.', ['ORG Securities and Futures Commission']],
    // two names: a firm after "and", or a firm's name before it
    ['Kestrel Securities and Harlow Bank agreed to merge.', ['ORG Kestrel Securities', 'ORG Harlow Bank']],
    ['Analysts at Dunmore Investments and Kelby Bank cut their forecasts.', ['ORG Dunmore Investments', 'ORG Kelby Bank']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a firm whose name ends in a possessive keeps it', () => {
  it.each([
    ["Moody's cut the rating on Monday.", ["ORG Moody's"]],
    ["The bonds were downgraded by Moody's on Friday.", ["ORG Moody's"]],
    ["Sales at Macy's rose 2 percent.", ["ORG Macy's"]],
    ["McDonald's said profit rose.", ["ORG McDonald's"]],
    // a person's possessive is no firm
    ["Mr. Harlow's comments were odd.", ['PERSON Harlow']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('the firm that gives its name to an index, or the index', () => {
  it.each([
    ["Standard & Poor's cut the rating to junk.", ["ORG Standard & Poor's"]],
    ["The bonds were cut by Standard & Poor's on Monday.", ["ORG Standard & Poor's"]],
    ['S&P cut its outlook to negative.', ['ORG S&P']],
    ['The rating was affirmed by S&P in June.', ['ORG S&P']],
    // the index: "the" before it, a number or an index word after it
    ['The S&P 500 rose 1 percent.', []],
    ['The S&P fell 3 points.', []],
    ["The Standard & Poor's 500 index rose.", []],
    ["Standard & Poor's 500-stock index slipped.", []],
    ['S&P 500 futures rose.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
