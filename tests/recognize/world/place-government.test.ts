// "the Lagos State Government": a place below a country that the lists know, its level, and
// "Government" in capitals name the governing body (org/place-government.ts).
import { table } from './helpers.js';

table('a state, province or city and "Government" are an organization', [
  { text: 'The Lagos State Government raised the levy.', expect: ['ORG Lagos State Government: Lagos State Government'] },
  { text: 'Traders said the Enugu State Government had paid.', expect: ['ORG Enugu State Government: Enugu State Government'] },
  { text: 'The Sindh Government announced relief.', expect: ['ORG Sindh Government: Sindh Government'] },
  // a place no list knows, and "government" in lower case, are left as they were
  { text: 'The Lagos State government raised the levy.', expect: ['LOCATION Lagos State: Lagos State'] },
]);
