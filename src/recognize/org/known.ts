import { knownNameRule } from '../names/known.js';
import { rule } from '../names/view.js';

/** An organization our lexicon lists (recognize/org/names.txt). */
export const orgKnown = knownNameRule('ORG', 'org.known', (lex) => lex.orgNames, rule('org.known', 'ORG', 'an organization the lexicon lists', 'The Pentagon said on Monday that talks would resume.', 'Pentagon'));
