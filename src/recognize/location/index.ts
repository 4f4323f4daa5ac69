// The LOCATION rules, in the order the name loop tries them (src/recognize/names/order.ts
// interleaves them with the other types' rules).
import type { NameRule } from '../names/view.js';
import { placeAcronym } from './acronym.js';
import { facility } from './facility.js';
import { gazetteerPlace } from './in-gazetteer.js';
import { placeInRegion } from './in-region.js';
import { locationKnown } from './known.js';
import { taggedPlace } from './tagged.js';

export { placeAcronym, facility, gazetteerPlace, placeInRegion, locationKnown, taggedPlace };

export const LOCATION_RULES: readonly NameRule[] = [locationKnown, placeAcronym, facility, placeInRegion, taggedPlace, gazetteerPlace];
