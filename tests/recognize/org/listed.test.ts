// An organization that a list names in full is an ORG with no cue around it: the whole chunk,
// or the chunk less a leading "the" or a trailing corporate suffix, as written.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('organizations named in full (listed-orgs.ts)', () => {
  it.each([
    ['The contract went to Northrop Grumman after a long review.', ['ORG Northrop Grumman']],
    ['Lockheed Martin and BAE Systems bid for the frigates.', ['ORG Lockheed Martin', 'ORG BAE Systems']],
    // ... and a name listed in full after "and" is no end of the name before it
    ['Envoys of Marston Keel and Harvard University signed the pact.', ['ORG Harvard University']],
    // a title's word opening the name is no title
    ['General Dynamics said on Monday that its profit rose.', ['ORG General Dynamics']],
    ['Analysts said General Dynamics would win the tender.', ['ORG General Dynamics']],
    // at a sentence's start the common first word stays in the name
    ['Electronic Arts said it would cut 300 jobs.', ['ORG Electronic Arts']],
    ['Home Depot shares rose 2 percent.', ['ORG Home Depot']],
    // a holding named without its "Group"
    ['Credit Suisse shares fell 3 percent.', ['ORG Credit Suisse']],
    // a possessive, a leading "the", a corporate suffix
    ["Rheinmetall's orders doubled in a year.", ['ORG Rheinmetall']],
    ['Shares of the Delta Air Lines group fell.', ['ORG Delta Air Lines']],
    ['Lockheed Martin Corp. signed the deal in Fort Worth.', ['ORG Lockheed Martin Corp', 'LOCATION Fort Worth']],
    // universities
    ['She studied economics at Aalborg University before moving abroad.', ['ORG Aalborg University']],
    // negatives: a person or a street that shares a word, a common phrase, words in lower case
    ['Martin Grumman, a retired teacher, spoke at the meeting.', ['PERSON Martin Grumman']],
    ['The general dynamics of the market were unclear.', []],
    ['Mr. Lockheed said the home depot was closed.', ['PERSON Lockheed']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
