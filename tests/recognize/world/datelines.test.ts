// Wire datelines of the world's capitals: the city in capitals, a comma, then the date
// ("ABUJA, May 4 (NAN) -"), whether or not the lexicons know the city.
import { table } from './helpers.js';

table('a city in capitals before a comma and a date opens a dateline', [
  { text: 'ABUJA, May 4 (NAN) - The bank said inflation eased.', expect: ['LOCATION Abuja: ABUJA', 'ORG NAN: NAN'] },
  { text: 'KUALA LUMPUR, Oct 9 (Bernama) - The bank kept its rate.', expect: ['LOCATION Kuala Lumpur: KUALA LUMPUR', 'ORG Bernama: Bernama'] },
  { text: 'PORT MORESBY, June 6 - Counting was delayed.', expect: ['LOCATION Port Moresby: PORT MORESBY'] },
  { text: 'ZEMBALI, March 3 - Counting was delayed.', expect: ['LOCATION Zembali: ZEMBALI'] },
  // a month's name that the tagger reads otherwise ("May") still closes it
  { text: 'SUVA, May 5 - Collections rose.', expect: ['LOCATION Suva: SUVA'] },
  // capitals with no date after the comma are an acronym, as before
  { text: 'NAN, the news agency, said inflation eased.', expect: ['ORG NAN: NAN'] },
  { text: 'The IMF, May 4 figures show, cut its forecast.', expect: ['ORG IMF: IMF'] },
]);

table('a known city in capitals before a dash opens a dateline', [
  { text: 'SYDNEY — The central bank held its cash rate.', expect: ['LOCATION Sydney: SYDNEY'] },
  { text: 'MOMBASA - Police said the port was shut.', expect: ['LOCATION Mombasa: MOMBASA'] },
  { text: 'WINSTON-SALEM — The bank said so.', expect: ['LOCATION Winston-Salem: WINSTON-SALEM'] },
  // a word in capitals no gazetteer knows is a headline's label, an acronym stays an acronym
  { text: 'BREAKING — The central bank held its cash rate.', expect: [] },
  { text: 'NATO — The alliance met.', expect: ['ORG NATO: NATO'] },
]);
