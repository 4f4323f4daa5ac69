// The PROGRAM rules, in the order the name loop tries them (src/recognize/names/order.ts
// interleaves them with the other types' rules).
import type { NameRule } from '../names/view.js';
import { programHead, withProgramHead } from './head.js';
import { programKnown } from './known.js';

export { programHead, programKnown, withProgramHead };

export const PROGRAM_RULES: readonly NameRule[] = [programKnown, programHead];
