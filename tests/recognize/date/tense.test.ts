// A date without a year (or week) points the way its sentence's tense does: past tense to
// the latest one before the document date, future to the next one, else the nearest.
import { describe, it } from 'vitest';
import { checkExample } from './helpers.js';

describe('direction from the tense (document date Thursday 2013-01-31)', () => {
  const date = '2013-01-31';
  it.each([
    ['In [October], Russia said it would not extend the program.', '2012-10'],
    ['The program, which started long ago, is set to expire in [May].', '2013-05'],
    ['The ministers will meet on [Friday].', '2013-02-01'],
    ['The ministers met on [Friday].', '2013-01-25'],
    ['On [Thursday], a diplomatic source said talks would go on.', '2013-01-31'],
    ['The deal is expected to be signed in [March].', '2013-03'],
    ['The deal was signed in [March].', '2012-03'],
    ['The treaty will be finalized by [June 10].', '2013-06-10'],
    ['The treaty was finalized on [June 10].', '2012-06-10'],
    ['A hearing is to be held on [Feb. 5].', '2013-02-05'],
    ['The talks resume [Monday].', '2013-01-28'],
    ['Results for [the fourth quarter] were weak, the company said.', '2012-Q4'],
    ['The plant is due to reopen in [the second quarter].', '2013-Q2'],
  ])('%s -> %s', (example, value) => checkExample(example, value, date));
});
