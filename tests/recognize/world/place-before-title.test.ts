// "Kisumu Governor Peter Ochieng": before the title of an office held for a place, a place the
// lists know is that place (location.before-title), not the title's organization.
import { table } from './helpers.js';

table('a listed place before an office held for it is a place', [
  { text: 'Kisumu Governor Peter Ochieng opened the road.', expect: ['LOCATION Kisumu: Kisumu', 'PERSON Peter Ochieng: Peter Ochieng'] },
  { text: 'Later Machakos Senator Agnes Kavindu spoke.', expect: ['LOCATION Machakos: Machakos', 'PERSON Agnes Kavindu: Agnes Kavindu'] },
  { text: 'Sabah Chief Minister Hajiji Noor asked for funds.', expect: ['LOCATION Sabah: Sabah', 'PERSON Hajiji Noor: Hajiji Noor'] },
  { text: 'Kano State Governor Abba Yusuf signed the budget.', expect: ['LOCATION Kano State: Kano State', 'PERSON Abba Yusuf: Abba Yusuf'] },
  { text: 'Later Lagos Deputy Governor Obafemi Hamzat spoke.', expect: ['LOCATION Lagos: Lagos', 'PERSON Obafemi Hamzat: Obafemi Hamzat'] },
  // a region of two words opening the sentence keeps its first word
  { text: 'West Java Governor Ridwan Kamil inspected the damage.', expect: ['LOCATION West Java: West Java', 'PERSON Ridwan Kamil: Ridwan Kamil'] },
  // before a title of a company, or before an office with no place before it, nothing changes
  { text: 'Nokia CEO Stephen Elop spoke.', expect: ['ORG Nokia: Nokia', 'PERSON Stephen Elop: Stephen Elop'] },
  { text: 'Later Zorvex Governor Mara Quell spoke.', expect: ['ORG Zorvex: Zorvex', 'PERSON Mara Quell: Mara Quell'] },
  { text: 'Energy Secretary Ernest Moniz spoke.', expect: ['PERSON Ernest Moniz: Ernest Moniz'] },
]);

table("before a town's own office any name is the town, listed or not", [
  { text: 'Kelvasto Mayor Ann Hale said no.', expect: ['LOCATION Kelvasto: Kelvasto', 'PERSON Ann Hale: Ann Hale'] },
  { text: 'Dunmore Deputy Mayor Tom Reed resigned.', expect: ['LOCATION Dunmore: Dunmore', 'PERSON Tom Reed: Tom Reed'] },
  { text: 'Later Port Varna Lord Mayor Ann Hale spoke.', expect: ['LOCATION Port Varna: Port Varna', 'PERSON Ann Hale: Ann Hale'] },
  // an organization's words before "Mayor" stay an organization
  { text: 'Transit Authority Mayor Tom Reed spoke.', expect: ['ORG Transit Authority: Transit Authority', 'PERSON Tom Reed: Tom Reed'] },
]);

table("a nationality before a title says whose it is, however few lexicons know it", [
  { text: 'Eritrean President Kel Vance met the envoy.', expect: ['PERSON Kel Vance: Kel Vance'] },
  { text: 'He met Malawian President Ann Dunmore on Monday.', expect: ['PERSON Ann Dunmore: Ann Dunmore'] },
  { text: 'Gabonese Prime Minister Kel Vance resigned.', expect: ['PERSON Kel Vance: Kel Vance'] },
  { text: 'Later Salvadoran Defence Minister Ann Dunmore spoke.', expect: ['PERSON Ann Dunmore: Ann Dunmore'] },
  { text: 'Tongan Foreign Minister Kel Vance arrived.', expect: ['PERSON Kel Vance: Kel Vance'] },
  // ... a firm's name before its officer stays the firm
  { text: 'Later Kelvon CEO Ann Hale spoke.', expect: ['ORG Kelvon: Kelvon', 'PERSON Ann Hale: Ann Hale'] },
]);
