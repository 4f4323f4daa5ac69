import { knownNameRule } from '../names/known.js';
import { rule } from '../names/view.js';

/** A program, treaty or agreement our lexicon lists (recognize/program/names.txt). */
export const programKnown = knownNameRule('PROGRAM', 'program.known', (lex) => lex.programNames, rule('program.known', 'PROGRAM', 'a program, treaty or agreement the lexicon lists', 'Both sides said New START had served them well.', 'New START'));
