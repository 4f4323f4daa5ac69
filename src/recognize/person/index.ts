// The PERSON rules, in the order the name loop tries them (src/recognize/names/order.ts
// interleaves them with the other types' rules).
import type { NameRule } from '../names/view.js';
import { personAfterName } from './after-name.js';
import { personAfterNationality } from './after-nationality.js';
import { afterTitle } from './after-title.js';
import { personApposed } from './apposition.js';
import { personWho } from './relative-who.js';
import { hyphenatedGiven } from './hyphenated-given.js';
import { initialSurname } from './initial-surname.js';
import { personOf } from './of.js';
import { personBeforeTenure } from './before-tenure.js';
import { beforeTrailingTitle } from './trailing-title.js';
import { personShape } from './shape.js';
import { listSibling } from './list-sibling.js';
import { speaker } from './speaker.js';
import { taggedPerson } from './tagged.js';
import { titledName } from './title-name.js';
import { titleOf } from './title-of.js';

export { personBeforeTenure, beforeTrailingTitle, personAfterName, personAfterNationality, afterTitle, hyphenatedGiven, initialSurname, listSibling, personApposed, personOf, personWho, personShape, speaker, taggedPerson, titledName, titleOf };

export const PERSON_RULES: readonly NameRule[] = [personAfterNationality, titledName, hyphenatedGiven, beforeTrailingTitle, titleOf, personOf, personBeforeTenure, personAfterName, initialSurname, personApposed, personWho, taggedPerson, speaker, afterTitle, personShape, listSibling];
