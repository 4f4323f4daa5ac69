// Rules that read a capitalized chunk as none of our types: a date word, a nationality, a
// word on the list of capitalized non-names ("CEO", "TV"), a market index, a product with a
// model number, an event. They come first in the name loop: a veto decides the chunk.
import type { NameRule } from '../names/view.js';
import { benchmark } from './benchmark.js';
import { dateWord } from './date-word.js';
import { marketStreet } from './market-street.js';
import { nationality } from './nationality.js';
import { notName } from './not-name.js';
import { unit } from './unit.js';
import { operation } from './operation.js';
import { rating } from './rating.js';
import { vessel } from './vessel.js';
import { weaponSystem } from './weapon-system.js';
import { workTitle } from './work-title.js';

export { rating, benchmark, dateWord, marketStreet, nationality, notName, operation, unit, vessel, weaponSystem, workTitle };

export const NOT_NAME_RULES: readonly NameRule[] = [dateWord, unit, notName, nationality, marketStreet, benchmark, rating, workTitle, vessel, operation, weaponSystem];
