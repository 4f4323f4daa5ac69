// The Hebrew calendar, by the arithmetic of Dershowitz and Reingold's "Calendrical
// Calculations": the day of Tishrei 1 from the months and parts elapsed since the epoch
// (a lunar month is 29 days 12,793 parts of 25,920 a day; 7 leap years in 19), the
// postponements that keep Rosh Hashanah off Sunday, Wednesday and Friday and keep a year
// between 353 and 385 days, and month lengths from the year's length.

/** Day number (1 = 1 January of year 1, proleptic Gregorian) of the epoch, Tishrei 1 AM 1 less one day. */
const EPOCH = -1373427;

export const isHebrewLeap = (y: number) => (7 * y + 1) % 19 < 7;

function elapsedDays(y: number): number {
  const months = Math.floor((235 * y - 234) / 19);
  const parts = 12084 + 13753 * months;
  const days = 29 * months + Math.floor(parts / 25920);
  return (3 * (days + 1)) % 7 < 3 ? days + 1 : days;
}

/** The day number of Tishrei 1 of Hebrew year y. */
function newYear(y: number): number {
  const [a, b, c] = [elapsedDays(y - 1), elapsedDays(y), elapsedDays(y + 1)];
  const delay = c - b === 356 ? 2 : b - a === 382 ? 1 : 0;
  return EPOCH + b + delay;
}

const yearLength = (y: number) => newYear(y + 1) - newYear(y);

/**
 * The day number of day `day` of month `month` (1 Nisan ... 6 Elul, 7 Tishrei, 8 Cheshvan,
 * 9 Kislev) of Hebrew year y. The year begins with Tishrei: Nisan of AM 5773 is in 2013,
 * Tishrei of AM 5773 in 2012. (The months after Kislev, whose lengths the leap month moves,
 * are not needed by the feasts read here.)
 */
export function hebrewToDayNumber(y: number, month: number, day: number): number {
  if (month >= 7) {
    const len = yearLength(y) % 10; // 3: a short year (Kislev 29), 5: a long one (Cheshvan 30)
    const lengths = [30, len === 5 ? 30 : 29, len === 3 ? 29 : 30];
    let n = newYear(y);
    for (let m = 7; m < month; m++) n += lengths[m - 7]!;
    return n + day - 1;
  }
  // Nisan to Elul: 30, 29, 30, 29, 30, 29 days, then the next year's Tishrei
  let n = newYear(y + 1) - 177;
  for (let m = 1; m < month; m++) n += m % 2 === 1 ? 30 : 29;
  return n + day - 1;
}

/** The Gregorian date (UTC midnight) of a day number; 1970-01-01 is day 719163. */
export const fromDayNumber = (n: number) => new Date((n - 719163) * 86400000);
