// "the Morena party": a lower-case "party", "coalition", "bloc" or "alliance" after a capitalized name says it is
// a party or a bloc (org/party-cues.txt); one common word before it is an adjective.
import { table } from './helpers.js';

table('a name before "party" or "coalition" is an organization', [
  { text: 'The Morena party won the vote.', expect: ['ORG Morena: Morena'] },
  { text: 'The Fiji First party lost the election.', expect: ['ORG Fiji First: Fiji First'] },
  { text: 'Analysts said the Zorvani coalition would hold.', expect: ['ORG Zorvani: Zorvani'] },
  { text: "Kelvo's La Libertad Unida bloc walked out.", expect: ['ORG La Libertad Unida: La Libertad Unida'] },
  { text: 'Leaders of the Tarvo Nuevo alliance met.', expect: ['ORG Tarvo Nuevo: Tarvo Nuevo'] },
  // a party's adjective is no name
  { text: 'The Republican party met on Monday.', expect: [] },
  { text: 'The Conservative party lost seats.', expect: [] },
  // ... and so is a people's or a region's
  { text: 'The Kurdish alliance won seats.', expect: [] },
  { text: 'The Atlantic alliance met in Dunmore.', expect: ['LOCATION Dunmore: Dunmore'] },
]);
