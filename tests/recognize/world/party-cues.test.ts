// "the Morena party": a lower-case "party" or "coalition" after a capitalized name says it is
// a party or a bloc (org/party-cues.txt); one common word before it is an adjective.
import { table } from './helpers.js';

table('a name before "party" or "coalition" is an organization', [
  { text: 'The Morena party won the vote.', expect: ['ORG Morena: Morena'] },
  { text: 'The Fiji First party lost the election.', expect: ['ORG Fiji First: Fiji First'] },
  { text: 'Analysts said the Zorvani coalition would hold.', expect: ['ORG Zorvani: Zorvani'] },
  // a party's adjective is no name
  { text: 'The Republican party met on Monday.', expect: [] },
  { text: 'The Conservative party lost seats.', expect: [] },
]);
