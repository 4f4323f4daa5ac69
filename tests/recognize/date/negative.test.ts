// Phrases that hold no date.
import { describe, expect, it } from 'vitest';
import { datesIn } from './helpers.js';

const NOT_DATES = [
  'Theresa May said the deal was fair.',
  'May I ask a question?',
  'The talks may resume soon.',
  'Prime Minister May arrived in Brussels.',
  'April Ryan asked the first question.',
  'The seed beat 3 - Jan Kovarek in the final.',
  'The program is now over.',
  'The story is at https://example.com/2013/02/28/story-2010.html for readers.',
  'Write to press2013@example.org for details.',
  'Call the office at +1 202 555 0143 or (202) 555-0199.',
  'The agency runs several 1990s-era reactors.',
  'The base holds 1,200 troops.',
  'The army sent about 2000 troops.',
  'A force of 2000 soldiers crossed the river.',
  'The envoy is in his 70s.',
  'They march 3 miles to the border.',
  'The talks may 5 times have failed.',
  'The sun rose over the capital.',
  'Wait a second.',
  'They met in august company.',
  'The pipeline carries 500,000 barrels a day.',
  'The plant makes 40 cars a week.',
  'He told the Kelvasto daily Vecer that he would run.',
  'The weekly Zorvan Times printed the letter.',
  'The firm earns $3 million a year.',
  'The court sits on the 9th floor.',
  'The 5th Fleet is based in Bahrain.',
  'The score was 3/4 at half time.',
  'Scan the QR code for the 2009/10 season.',
  'Lent is a season of fasting.',
  'He lent 50 dollars to a friend.',
  'Most people live their every day lives at home.',
  'Stocks crashed on Black Monday.',
  'The protests recalled the Arab Spring.',
  'The athletes prepared for the Summer Olympics.',
  'Prices fall sharply when supply rises.',
  'The plant produces 15 a year.',
  'Inspectors visit twice a week.',
  'The shop closes on Mondays.',
  'USA Today reported the story.',
  'The airline ordered 737 jets.',
  'The Russell 2000 Index fell.',
  'The price is $2013.',
  'Turnout reached 20.13 percent.',
  'The document ran to 2013 pages.',
  'He ranked #1 in the poll.',
  'About a quarter of the dealers closed.',
  'The storage holds 1,000,000 files.',
];

describe('recognizeDates negative corpus', () => {
  it.each(NOT_DATES)('%s', (text) => {
    expect(datesIn(text).map((m) => m.text)).toEqual([]);
  });
});
