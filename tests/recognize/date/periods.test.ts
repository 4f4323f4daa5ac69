// The DATE corpus against Duckling's reference date, Tuesday 2013-02-12 (ISO week 2013-W07):
// rolling spans (periods ending or starting at the document date, not bare durations),
// anchored offsets, parts of periods, bare years with a cue, the Hebrew-calendar feasts and
// the tables of the Chinese New Year and Diwali; then phrases that hold no date.
import { describe, expect, it } from 'vitest';
import { dayBounds } from '../../../src/recognize/date/bounds.js';
import { holidayIn } from '../../../src/recognize/date/holidays.js';
import { type Corpus, checkExample, datesIn } from './helpers.js';

const REFERENCE = '2013-02-12';

const CORPUS: Corpus[] = [
  // rolling spans: the whole units just before or after the document date's own
  { expect: '2013-02-09/2013-02-11', examples: ['the last 3 days', 'the past three days', 'Prices fell over [the last three days].', 'last 3 days'] },
  { expect: '2013-02-13/2013-02-15', examples: ['the next 3 days', 'The talks go on for [the next three days].', 'next 3 days'] },
  { expect: '2013-W05/2013-W06', examples: ['the past two weeks', 'the last 2 weeks'] },
  { expect: '2013-W08/2013-W09', examples: ['the next two weeks', 'the coming two weeks', 'Talks will resume in [the next two weeks].'] },
  { expect: '2012-11/2013-01', examples: ['the past three months'] },
  { expect: '2013-03/2013-08', examples: ['the next six months', 'The rule takes effect within [the next six months].'] },
  { expect: '2010/2012', examples: ['the past three years', 'Output doubled in [the last three years].'] },
  { expect: '2014/2018', examples: ['the next five years', 'The firm will cut 900 jobs over [the next five years].'] },
  { expect: '2012-Q3/2012-Q4', examples: ['the last two quarters'] },
  { expect: '2013-W06', examples: ['the past week'] },
  { expect: '2012', examples: ['the past year'] },
  { expect: '200', examples: ['the past decade', 'the last decade'] },
  { expect: 'FUTURE_REF', examples: ['the coming months', 'the coming weeks', 'the next few years', 'Prices will rise in [the coming months].'] },
  // anchored offsets: the date a duration ahead
  { expect: '2013-02-19', examples: ['in [a week]', 'a week from now', 'one week from today', 'The results come out in [a week].'] },
  { expect: '2013-02-14', examples: ['The plant opens in [two days].', 'two days from now', 'The vote is in [2 days].'] },
  { expect: '2013-02-15', examples: ['three days from today', 'three days hence'] },
  { expect: '2013-02-26', examples: ['two weeks hence', 'The board will decide in [two weeks].'] },
  { expect: '2013-05', examples: ['The accord lapses in [three months].'] },
  { expect: '2018', examples: ['The plant will close in [five years].'] },
  // parts of periods keep the period's value (TimeML: the period, its part a modifier)
  { expect: '2013-W08', examples: ['end of next week', 'the end of next week', 'the beginning of next week'] },
  { expect: '2013-02', examples: ['the end of the month', 'the middle of this month'] },
  { expect: '2014', examples: ['beginning of next year', 'the start of next year'] },
  { expect: '2013-02-12', examples: ['Shares rallied [late in the day].', 'The vote came [later in the day].'] },
  // spans of days
  { expect: '2013-06-03/2013-06-06', examples: ['from the 3rd to the 6th of June'] },
  // bare years with a cue
  { expect: '1984', examples: ['The court struck down a [1984] law.', 'Critics cited an [1984] ruling.', 'The plant opened in [1984].', 'The [1984] law still stands.'] },
  { expect: '2003', examples: ['Critics recalled the [2003] invasion.'] },
  // durations where the count runs back, or a past tense tells how long
  { expect: 'P6Y', examples: ['The index hit its lowest level in [six years].'] },
  { expect: 'P3M', examples: ['It was the first rise in [three months].'] },
  { expect: 'P2D', examples: ['The deal was done in [two days].'] },
  { expect: 'P2Y', examples: ['He spent his last [two years] in Paris.'] },
  { expect: 'P2Q', examples: ['The firm posted [two straight quarters] of losses.', 'Growth shrank for [two consecutive quarters].'] },
  // holidays of the Hebrew calendar, and the corrected tables
  { expect: '2013-03-26/2013-04-02', examples: ['Passover', 'Passover 2013', 'next Passover', 'Pesach'] },
  { expect: '2013-09-05/2013-09-06', examples: ['Rosh Hashanah 2013', 'Rosh Hashana 2013'] },
  { expect: '2013-09-14', examples: ['Yom Kippur 2013'] },
  { expect: '2013-11-28/2013-12-05', examples: ['Hanukkah 2013', 'Chanukah 2013'] },
  { expect: '2024-10-12', examples: ['Yom Kippur 2024'] },
  { expect: '2024-04-23/2024-04-30', examples: ['Passover 2024'] },
  { expect: '2024-10-31', examples: ['Diwali 2024'] },
  { expect: '2027-10-28', examples: ['Diwali 2027'] },
  { expect: '2035-02-08', examples: ['Chinese New Year 2035'] },
  { expect: '1995-01-31', examples: ['Lunar New Year 1995'] },
];

describe(`recognizeDates periods (document date ${REFERENCE})`, () => {
  for (const entry of CORPUS) {
    describe(String(entry.expect), () => {
      it.each(entry.examples)('%s', (example) => checkExample(example, entry.expect, REFERENCE));
    });
  }
});

describe('rolling spans carry day bounds', () => {
  it.each([
    ['the last 3 days', '2013-02-09', '2013-02-11'],
    ['the next two weeks', '2013-02-18', '2013-03-03'],
    ['the past three years', '2010-01-01', '2012-12-31'],
  ])('%s: %s to %s', (phrase, first, last) => {
    const [m] = datesIn(phrase, REFERENCE);
    expect(dayBounds(m!.value!)).toEqual({ first, last });
  });
});

describe('"the year before" counts from the last year named', () => {
  it('follows "last year"', () => {
    const text = 'Costs fell to $118 billion last year, $19 billion less than the year before.';
    expect(datesIn(text, '2010-01-28').map((m) => [m.text, m.value])).toEqual([
      ['last year', '2009'],
      ['the year before', '2008'],
    ]);
  });
  it('with no year before it, is the document year before', () => {
    expect(datesIn('Sales were higher the year before.', REFERENCE).map((m) => m.value)).toEqual(['2012']);
  });
});

// The days of the Hebrew feasts (15 Nisan, 1 and 10 Tishrei, 25 Kislev), as @hebcal/hdate
// gives them and as the calendars of those years print them; and the North Indian
// Lakshmi Puja day of Diwali, as date-holidays' Suriname and Trinidad tables give it.
const HOLIDAYS: [string, number, string, string][] = [
  ['Passover', 2012, '2012-04-07', '2012-04-14'],
  ['Passover', 2015, '2015-04-04', '2015-04-11'],
  ['Rosh Hashanah', 2012, '2012-09-17', '2012-09-18'],
  ['Rosh Hashanah', 2024, '2024-10-03', '2024-10-04'],
  ['Yom Kippur', 2012, '2012-09-26', '2012-09-26'],
  ['Yom Kippur', 2014, '2014-10-04', '2014-10-04'],
  ['Hanukkah', 2012, '2012-12-09', '2012-12-16'],
  ['Hanukkah', 2024, '2024-12-26', '2025-01-02'],
  ['Sukkot', 2013, '2013-09-19', '2013-09-25'],
  ['Shavuot', 2013, '2013-05-15', '2013-05-16'],
  ['Diwali', 2016, '2016-10-30', '2016-10-30'],
  ['Diwali', 2024, '2024-10-31', '2024-10-31'],
  ['Diwali', 2028, '2028-10-17', '2028-10-17'],
  ['Chinese New Year', 1990, '1990-01-27', '1990-01-27'],
  ['Chinese New Year', 2033, '2033-01-31', '2033-01-31'],
];

describe('holidayIn', () => {
  it.each(HOLIDAYS)('%s %i: %s to %s', (name, year, first, last) => {
    expect(holidayIn(name, year)).toEqual({ first, last });
  });
  it('has no value outside a table', () => {
    expect(holidayIn('Diwali', 1990)).toBeUndefined();
  });
});

const NOT_DATES = [
  'He lives at 1984 Main Street.',
  'The office is at 2010 N. Elm Ave. in town.',
  'He wrote a 2000 word essay.',
  'The ship was a 1600 ton vessel.',
  '1984 people signed the letter.',
  'The bus costs 5 dollars per day.',
  'The talks start at 3 p.m.',
  'They met at 10:30 a.m.',
];

describe('no date', () => {
  it.each(NOT_DATES)('%s', (text) => {
    expect(datesIn(text, REFERENCE)).toEqual([]);
  });
});
