// The DATE corpus: every way of writing each value, Duckling-style, against one document
// date (Thursday 2013-02-28).
import { describe, expect, it } from 'vitest';
import { type Corpus, checkExample, datesIn } from './helpers.js';

const CORPUS: Corpus[] = [
  // days
  { expect: '2013-02-28', examples: ['today', 'Feb. 28, 2013', 'February 28, 2013', 'Thursday, Feb. 28, 2013', '28 February 2013', '2013-02-28', '2/28/2013', 'FEB. 28, 2013', 'The ministry announced the plan [earlier today].', 'Officials said [Thursday] that the plan was ready.'] },
  { expect: '2013-02-27', examples: ['yesterday', 'The envoy arrived [Wednesday] in Geneva.', 'On [Wednesday], the senator said the vote would wait.', 'A spokesman confirmed on [Wednesday] that talks had begun.'] },
  { expect: '2013-03-01', examples: ['tomorrow', 'The delegation will arrive on [Friday].'] },
  { expect: '2013-02-22', examples: ['Inspectors left the site [last Friday].', 'The talks ended on [Friday] without a deal.'] },
  { expect: '2013-02-26', examples: ['The minister spoke during a [Tuesday] hearing.', 'the day before yesterday'] },
  { expect: '2013-03-05', examples: ['The committee will vote on [Tuesday].', 'The panel meets [next Tuesday].'] },
  { expect: '2013-01-30', examples: ['Jan. 30, 2013', 'January 30th, 2013', 'Wednesday, January 30, 2013', '30 Jan 2013', '1/30/2013'] },
  { expect: '2013-02-13', examples: ['The delegates met on [Feb. 13].', 'The delegates met on [February 13th].', 'The delegates met on [13 February].'] },
  { expect: '2013-04-02', examples: ['The conference is scheduled for [April 2].', 'The review will end on [April 2nd].'] },
  { expect: '2001-09-11', examples: ['Sept. 11, 2001', 'September 11 2001', '9/11/2001'] },
  // ranges
  { expect: '2013-02-13/2013-02-14', examples: ['during a [Feb. 13-14] visit to Moscow', 'February 13-14', 'The talks ran [13-14 February].'] },
  { expect: '2001/2005', examples: ['2001-2005', 'the [2001-05] plan'] },
  // weeks, weekends, months
  { expect: '2013-W09', examples: ['this week', 'Officials said [this week] that the talks were useful.'] },
  { expect: '2013-W08', examples: ['last week', 'this past week'] },
  { expect: '2013-W10', examples: ['next week', 'The vote is expected [next week].'] },
  { expect: '2013-W09-WE', examples: ['this weekend', 'The ministers met over [the weekend].'] },
  { expect: '2013-W08-WE', examples: ['last weekend'] },
  { expect: '2013-02', examples: ['this month', 'later this month', 'earlier this month', 'February 2013', 'Feb. 2013', 'They will travel to Moscow [later in the month].', 'the end of this month'] },
  { expect: '2013-01', examples: ['last month', 'January 2013', 'The letter was sent in [January].'] },
  { expect: '2013-03', examples: ['next month', 'The accord expires in [March].', 'early March', 'The inspection is planned for [mid-March].'] },
  { expect: '2012-10', examples: ['In [October], Russia said it would not renew the deal.', 'October 2012', 'Moscow announced the decision [last October].'] },
  { expect: '2013-05', examples: ['The agreement is set to expire in [May].', 'The talks will resume in [May].', 'May 2013'] },
  { expect: '2012-12', examples: ['In [December], the president said he was ready to revise the deal.'] },
  { expect: '2013-06', examples: ['The umbrella agreement is set to expire in [June].'] },
  // years, quarters, halves, seasons, decades, centuries
  { expect: '2013', examples: ['this year', 'later this year', 'the end of this year', 'The review is due by [year-end].', 'the beginning of the year', 'The report covers the year [2013].'] },
  { expect: '2012', examples: ['last year', 'the previous year', 'the end of last year', 'The budget was cut in [2012].', 'mid-2012', 'early 2012'] },
  { expect: '2014', examples: ['next year', 'The facility will open by [2014].'] },
  { expect: '1992', examples: ['The program was initiated in [1992].', 'The treaty has been in force since [1992].', "[1992]'s accord", 'circa [1992]'] },
  { expect: '2010', examples: ['A milestone was the [2010] signing of the treaty.', 'The talks collapsed at the end of the [2010] summit.', 'after [2010]'] },
  { expect: '2018', examples: ['The team won the World Cup [2018] title.', 'The plant is expected to close by [2018].'] },
  { expect: '1982', examples: ["The index fell to its lowest level since ['82]."] },
  { expect: 'FY2014', examples: ['fiscal 2014', 'fiscal year 2014', 'FY2014', 'FY 2014', 'the [2014 fiscal year]'] },
  { expect: '2013-Q3', examples: ['the third quarter', 'the third quarter of 2013', 'the third quarter of this year', 'Q3 2013'] },
  { expect: '2012-Q4', examples: ['the fourth quarter of 2012', 'the fourth quarter of last year', 'the last quarter', 'Profits fell in [the fourth quarter].'] },
  { expect: '2013-Q1', examples: ['the current quarter', 'Our [first-quarter] results were strong.'] },
  { expect: '2013-H2', examples: ['the second half of 2013', 'the second half of this year'] },
  { expect: '2013-SU', examples: ['this summer', 'the summer of 2013', 'summer 2013', 'The reactor will restart in [the summer].'] },
  { expect: '2012-FA', examples: ['last fall', 'autumn 2012', 'The plant closed in [the fall] after a leak.'] },
  { expect: '2012-WI', examples: ['winter 2012'] },
  { expect: '199', examples: ['In the [1990s], the stockpile shrank.', "the ['90s]", 'the nineties', 'the [mid-1990s]'] },
  { expect: '197', examples: ['boxy cars of the [70s]', 'the seventies'] },
  { expect: '19', examples: ['the 20th century', 'the twentieth century'] },
  { expect: '201', examples: ['this decade'] },
  // relative to the document date
  { expect: '2013-02-14', examples: ['two weeks ago', 'The shipment arrived [14 days ago].'] },
  { expect: '2012-11', examples: ['three months ago'] },
  { expect: '2003', examples: ['a decade ago', 'ten years ago'] },
  { expect: 'PAST_REF', examples: ['several years ago', 'Inspectors visited [years ago].'] },
  // durations
  { expect: 'P20Y', examples: ['two decades', 'more than two decades', 'The [two-decade] program ends soon.', '20 years', 'For [more than two decades] the program has run.'] },
  { expect: 'P3Y', examples: ['three years', 'They signed a [three-year] contract.', '3 years'] },
  // rolling spans: the whole years just before or after the document date's own
  { expect: '2010/2012', examples: ['the past three years'] },
  { expect: '2014/2016', examples: ['The plan covers [the next three years].'] },
  { expect: 'P2W', examples: ['two weeks', 'The inspection lasted [nearly two weeks].'] },
  { expect: 'P6M', examples: ['six months', 'The reactor was shut for [six months].', 'half a year'] },
  { expect: 'P2.5Y', examples: ['two and a half years', 'The project is [almost two and a half years] late.'] },
  { expect: 'P1.5Y', examples: ['a year and a half'] },
  { expect: 'P1W', examples: ['The crisis lasted [a week].'] },
  { expect: '2013-W08', examples: ['the past week'] },
  { expect: 'P4D', examples: ['four straight days', 'four consecutive days', 'a [four-day] visit'] },
  { expect: 'P10Y', examples: ['a decade', 'The plan spans [a decade].'] },
  { expect: '200', examples: ['the past decade'] },
  { expect: 'P100Y', examples: ['a century'] },
  { expect: 'P50Y', examples: ['half a century', 'a [50-year] lifespan'] },
  { expect: 'P2Q', examples: ['two consecutive quarters'] },
  { expect: 'PT30M', examples: ['thirty minutes', 'The system failed after [30 minutes].'] },
  { expect: 'PT12H', examples: ['a [12-hour] flight'] },
  { expect: 'PXY', examples: ['several years', 'many years', 'The dispute has gone on [for years]'.replace('[for years]', 'for [years]'), 'in [recent years]', 'a [decades-long] dispute', 'The talks have stalled in [recent years].'] },
  { expect: 'PXW', examples: ['a few weeks'] },
  { expect: 'FUTURE_REF', examples: ['A decision is expected in [the coming weeks].'] },
];

describe('recognizeDates corpus (document date Thursday 2013-02-28)', () => {
  for (const entry of CORPUS) {
    describe(String(entry.expect), () => {
      it.each(entry.examples)('%s', (example) => checkExample(example, entry.expect));
    });
  }
});

describe('a phrase with two dates', () => {
  it('keeps "October" and "next year" apart, with the year applied to the month', () => {
    const found = datesIn('The lease runs until October of next year.').map((m) => [m.text, m.value]);
    expect(found).toEqual([
      ['October', '2014-10'],
      ['next year', '2014'],
    ]);
  });
  it('keeps "from X to Y" as two dates', () => {
    const found = datesIn('Deliveries run from 2009 to 2011, then between May and July 2014.').map((m) => [m.text, m.value]);
    expect(found).toEqual([
      ['2009', '2009'],
      ['2011', '2011'],
      ['May', '2013-05'],
      ['July 2014', '2014-07'],
    ]);
  });
});

describe('without a document date', () => {
  it.each([
    ['Feb. 28, 2013', '2013-02-28'],
    ['The program was initiated in [1992].', '1992'],
    ['the [1990s]', '199'],
    ['two decades', 'P20Y'],
  ])('%s keeps its stated value', (example, value) => checkExample(example, value, null));
  it.each(['In [October], Russia said no.', 'The envoy arrived [Wednesday].', 'last week', 'yesterday', 'the third quarter'])(
    '%s is still a date, without a value',
    (example) => checkExample(example, undefined, null),
  );
});
