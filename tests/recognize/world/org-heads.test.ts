// Organizations of South and South-East Asia, Latin America and the Pacific named with the
// head words of their own languages: at the end ("Janata Dal", "Barisan Nasional",
// world-heads.txt) or at the start ("Partido ...", "Frente Amplio", world-opening-heads.txt).
import { table } from './helpers.js';

table('a head word of the region\'s languages ends an organization\'s name', [
  { text: 'Nitish Kumar of the Janata Dal spoke.', expect: ['PERSON Nitish Kumar: Nitish Kumar', 'ORG Janata Dal: Janata Dal'] },
  { text: 'The Vishwa Hindu Parishad held a rally.', expect: ['ORG Vishwa Hindu Parishad: Vishwa Hindu Parishad'] },
  { text: 'The Dravida Munnetra Kazhagam won the seat.', expect: ['ORG Dravida Munnetra Kazhagam: Dravida Munnetra Kazhagam'] },
  { text: 'Ismail Sabri said the Barisan Nasional would win.', expect: ['PERSON Ismail Sabri: Ismail Sabri', 'ORG Barisan Nasional: Barisan Nasional'] },
  { text: 'The motion was passed by the Dewan Rakyat on Tuesday.', expect: ['ORG Dewan Rakyat: Dewan Rakyat'] },
  { text: 'The Pangu Pati said it had the numbers.', expect: ['ORG Pangu Pati: Pangu Pati'] },
  // a person's name is no party: a given name and a surname that is no head word
  { text: 'Tejashwi Yadav spoke in Patna.', expect: ['PERSON Tejashwi Yadav: Tejashwi Yadav', 'LOCATION Patna: Patna'] },
  { text: 'Daniel Sena scored twice for the club.', expect: ['PERSON Daniel Sena: Daniel Sena'] },
]);

table('a head word of the region\'s languages opens an organization\'s name', [
  { text: 'The Partido Revolucionario Institucional lost the vote.', expect: ['ORG Partido Revolucionario Institucional: Partido Revolucionario Institucional'] },
  { text: 'Frente Amplio won the election in Uruguay.', expect: ['ORG Frente Amplio: Frente Amplio', 'LOCATION Uruguay: Uruguay'] },
  { text: 'The Partai Demokrat said it would join.', expect: ['ORG Partai Demokrat: Partai Demokrat'] },
  { text: 'Anwar Ibrahim of Parti Keadilan Rakyat spoke.', expect: ['PERSON Anwar Ibrahim: Anwar Ibrahim', 'ORG Parti Keadilan Rakyat: Parti Keadilan Rakyat'] },
  // French and Italian heads: a bank, a fund, a company, before a land's name too
  { text: 'Officials said the Banque de Kelvanie had cut rates.', expect: ['ORG Banque de Kelvanie: Banque de Kelvanie'] },
  { text: 'Caisse des Tarvins bought the stake.', expect: ['ORG Caisse des Tarvins: Caisse des Tarvins'] },
]);
