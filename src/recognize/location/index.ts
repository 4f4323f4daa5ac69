import { locationListSibling } from './list-sibling.js';
// The LOCATION rules, in the order the name loop tries them (src/recognize/names/order.ts
// interleaves them with the other types' rules).
import type { NameRule } from '../names/view.js';
import { placeAcronym } from './acronym.js';
import { facility } from './facility.js';
import { base } from './base.js';
import { feature } from './feature.js';
import { river } from './river.js';
import { gazetteerPlace } from './in-gazetteer.js';
import { placeInRegion } from './in-region.js';
import { locationKnown } from './known.js';
import { taggedPlace } from './tagged.js';
import { dateline } from './dateline.js';
import { regionAfterTown, regionPlace } from './region.js';
import { townPlace } from './town.js';
import { givenNameCity } from './given-name-city.js';
import { division } from './division.js';
import { placeByCue } from './by-cue.js';
import { possessiveState } from './possessive-state.js';
import { placeBeforePeople } from './before-people.js';

export { division, base, placeAcronym, facility, feature, river, gazetteerPlace, placeInRegion, locationKnown, taggedPlace, dateline, regionAfterTown, regionPlace, townPlace, givenNameCity, placeByCue, possessiveState, locationListSibling, placeBeforePeople };

export const LOCATION_RULES: readonly NameRule[] = [dateline, river, locationKnown, placeAcronym, regionAfterTown, base, facility, feature, division, placeInRegion, taggedPlace, regionPlace, townPlace, givenNameCity, possessiveState, placeByCue, gazetteerPlace, locationListSibling, placeBeforePeople];
