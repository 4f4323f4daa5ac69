// A city of the gazetteer listed after a place with "and" or "or" is a place too, though no
// preposition stands before it (location/after-place.ts).
import { table } from './helpers.js';

table('a gazetteer city after a place and "and" is a place', [
  { text: 'Police arrested two men in Lautoka and Nadi.', expect: ['LOCATION Lautoka: Lautoka', 'LOCATION Nadi: Nadi'] },
  { text: 'Forecasters said Accra and Kumasi had more rain.', expect: ['LOCATION Accra: Accra', 'LOCATION Kumasi: Kumasi'] },
  { text: 'Voters in Wakiso and Mukono queued early.', expect: ['LOCATION Wakiso: Wakiso', 'LOCATION Mukono: Mukono'] },
  { text: 'Heavy rain hit Hefei, Wuhu and other cities.', expect: ['LOCATION Hefei: Hefei', 'LOCATION Wuhu: Wuhu'] },
  // a town's name alone does not start the list; a comma that ends an apposition is no list
  { text: 'In 2008, Endeavour and Atlantis await a journey.', expect: [] },
  { text: 'A professor at the University of Kelby, Fayetteville, said so.', expect: ['ORG University of Kelby: University of Kelby'] },
]);
