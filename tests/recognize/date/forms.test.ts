// The DATE corpus, continued: lower-case names, compositions, movable holidays, numeric
// forms, ordinal days, abbreviations, frequencies, ages and anaphoric periods, against
// the same document date (Thursday 2013-02-28).
import { describe, expect, it } from 'vitest';
import { type Corpus, checkExample, datesIn, marked } from './helpers.js';

const CORPUS: Corpus[] = [
  // lower case where no other word is meant
  { expect: '2013-02-22', examples: ['friday', 'The board met on [friday].'] },
  { expect: '2013-03-04', examples: ['next monday'] },
  { expect: '2013-03-03', examples: ['The vote is on [march 3].'] },
  { expect: '2013-06', examples: ['The fair opens in [june].'] },
  // compositions
  { expect: '2013-06-28', examples: ['the last Friday of June', 'The vote falls on [the last Friday of June].'] },
  { expect: '2013-01-01', examples: ['the first Tuesday of last month'] },
  { expect: '2014-01-06', examples: ['the first Monday of 2014'] },
  { expect: '2019-W51', examples: ['the 2nd last week of 2019', 'the second last week of 2019'] },
  { expect: '2012-W12', examples: ['Sales rebounded in [the last week of March].'] },
  { expect: '2013-03-08', examples: ['Friday after next', 'the 8th of next month'] },
  { expect: '2013-03-15', examples: ['three Fridays from now'] },
  { expect: '2013-06-03/2013-06-06', examples: ['The fair runs [from the 3rd to the 6th of June].'] },
  { expect: '2014-05-10/2014-05-12', examples: ['between the 10th and the 12th of May 2014'] },
  // holidays, fixed and movable
  { expect: '2012-11-22', examples: ['thanksgiving', 'Thanksgiving'] },
  { expect: '2013-11-28', examples: ['Thanksgiving 2013'] },
  { expect: '2014-04-20', examples: ['Easter 2014', 'easter 2014'] },
  { expect: '2012-04-08', examples: ['last Easter'] },
  { expect: '2013-03-29', examples: ['Good Friday'] },
  { expect: '2013-05-27', examples: ['Memorial Day'] },
  { expect: '2013-12-25', examples: ['next Christmas', 'Christmas 2013'] },
  { expect: '2013-07-09/2013-08-07', examples: ['Ramadan', 'ramadan'] },
  { expect: '2014-06-28/2014-07-27', examples: ['Ramadan 2014'] },
  { expect: '2013-08-08', examples: ['Eid al-Fitr'] },
  { expect: '2013-02-10', examples: ['Chinese New Year', 'Lunar New Year'] },
  { expect: '2012-11-13', examples: ['Diwali'] },
  // numeric forms
  { expect: '1981-11-04', examples: ['11-04-81', '4.11.1981'] },
  { expect: '1981-03-17', examples: ['17/Mar/1981', '17-Mar-1981'] },
  { expect: '2019-03-07', examples: ['2019-3-7', '2019/3/7'] },
  { expect: '2019-10', examples: ['2019/10'] },
  { expect: '2013-03-17', examples: ['The report is due by [3/17].'] },
  // ordinal days
  { expect: '2013-03-01', examples: ['the first of march', 'The vote is on [the first of March].'] },
  { expect: '2014-05-23', examples: ['the twenty-third of May 2014'] },
  { expect: '2013-03-09', examples: ['The vote is on [the 9th].'] },
  { expect: '2013-02-22', examples: ['Friday the 22nd'] },
  // anchored offsets
  { expect: '2013-03-14', examples: ['two weeks from now', 'The vote is [two weeks hence].'] },
  { expect: '2013-03-03', examples: ['three days from now'] },
  // abbreviations
  { expect: '2013-Q3', examples: ['3rd qtr'] },
  { expect: '2013-Q2', examples: ['next qtr'] },
  { expect: '2012', examples: ['last yr'] },
  // frequencies (TIMEX3 SET values)
  { expect: 'P1Y', examples: ['The firm posted an [annual] profit.', 'Prices are reviewed [annually].', 'The fair is held [every year].'] },
  { expect: 'P1W', examples: ['Inspectors come [each week].', 'a [weekly] report', 'It is published [weekly] in Kelvasto.'] },
  { expect: 'P2Y', examples: ['The games are held [every two years].'] },
  { expect: 'P2M', examples: ['every other month'] },
  // ages
  { expect: 'P61Y', examples: ['The [61-year-old] minister resigned.', 'The minister, [61 years old], resigned.', 'a [sixty-one-year-old] farmer'] },
  { expect: 'P6M', examples: ['a [six-month-old] child'] },
];

describe('recognizeDates forms', () => {
  for (const entry of CORPUS) {
    describe(String(entry.expect), () => {
      it.each(entry.examples)('%s', (example) => checkExample(example, entry.expect));
    });
  }
});

describe('anaphoric periods', () => {
  it('"the same period last year" is the period named before, a year back', () => {
    checkExampleIn('Sales rose in January compared with [the same period last year].', '2012-01', 'January');
  });
});

function checkExampleIn(example: string, value: string, before: string): void {
  const { text, span, start } = marked(example);
  const found = datesIn(text).map((m) => ({ text: m.text, start: m.start, value: m.value }));
  expect(found.at(-1)).toEqual({ text: span, start, value });
  expect(found[0]!.text).toBe(before);
}
