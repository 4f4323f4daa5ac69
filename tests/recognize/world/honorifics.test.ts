// Forms of address of the news of Nigeria, Kenya, India, Pakistan, Bangladesh, Malaysia and
// Fiji stand before a name and are no part of it, nor a role (world-honorifics.txt).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { table } from './helpers.js';

table('a form of address before a name is left out of it', [
  { text: 'Alhaji Musa Danjuma said the levy would hurt traders.', expect: ['PERSON Musa Danjuma: Musa Danjuma'] },
  { text: 'Hon. Wanjiku Kamau tabled the motion.', expect: ['PERSON Wanjiku Kamau: Wanjiku Kamau'] },
  { text: 'Shri Rajesh Kumar Verma ordered schools to close.', expect: ['PERSON Rajesh Kumar Verma: Rajesh Kumar Verma'] },
  { text: 'Smt. Sunita Devi won the seat.', expect: ['PERSON Sunita Devi: Sunita Devi'] },
  { text: 'Begum Khaleda Zia was admitted to a hospital.', expect: ['PERSON Khaleda Zia: Khaleda Zia'] },
  { text: 'Datuk Seri Anwar Ibrahim said the coalition would win.', expect: ['PERSON Anwar Ibrahim: Anwar Ibrahim'] },
  { text: 'Tan Sri Muhyiddin Yassin was charged on Monday.', expect: ['PERSON Muhyiddin Yassin: Muhyiddin Yassin'] },
  // the titles of Gulf rulers and clerics
  { text: 'Emir Zayed bin Kelvar Al Dorani met the envoy.', expect: ['PERSON Zayed bin Kelvar Al Dorani: Zayed bin Kelvar Al Dorani'] },
  { text: 'Grand Mufti Ahmed Kelbani issued the ruling.', expect: ['PERSON Ahmed Kelbani: Ahmed Kelbani'] },
  // a run of them, and one with a title of learning after it
  { text: 'Tun Dr Mahathir Mohamad spoke.', expect: ['PERSON Mahathir Mohamad: Mahathir Mohamad'] },
  { text: 'The Rt. Hon. Sitiveni Rabuka spoke.', expect: ['PERSON Sitiveni Rabuka: Sitiveni Rabuka'] },
  { text: 'Ratu Wiliame Katonivere opened the session.', expect: ['PERSON Wiliame Katonivere: Wiliame Katonivere'] },
  { text: 'Engr. Ibrahim Yusuf denied the claim.', expect: ['PERSON Ibrahim Yusuf: Ibrahim Yusuf'] },
  // a word of address inside a place's or a body's name stays
  { text: 'The Tun Razak Exchange opened a tower.', expect: ['ORG Tun Razak Exchange: Tun Razak Exchange'] },
  { text: 'The Honourable Court dismissed the appeal.', expect: ['ORG Honourable Court: Honourable Court'] },
]);

table('a country the lexicon knows by all its words is a place, whatever one word of it looks like', [
  { text: 'Sri Lanka said the talks would resume.', expect: ['LOCATION Sri Lanka: Sri Lanka'] },
  { text: 'Colombo is the largest city of Sri Lanka.', expect: ['LOCATION Colombo: Colombo', 'LOCATION Sri Lanka: Sri Lanka'] },
  // a given name and a surname are still a person
  { text: 'Sri Mulyani said the deficit narrowed.', expect: ['PERSON Sri Mulyani: Sri Mulyani'] },
]);

describe('a form of address is no role', () => {
  const roles = (text: string) => extract(text, { date: '2014-03-12' }).facts.filter((f) => f.type === 'role').map((f) => `${'person' in f ? f.person : ''} | ${'title' in f ? f.title : ''}`);
  it('one or a run of them', () => {
    expect(roles('Tun Dr Mahathir Mohamad spoke. Alhaji Musa Danjuma spoke. Tan Sri Muhyiddin Yassin spoke.')).toEqual([]);
  });
  it('a role after it still is one', () => {
    expect(roles('Hon. Wanjiku Kamau, the chairman of the committee, spoke.')).toEqual(['Wanjiku Kamau | chairman']);
  });
});

table("a minister's portfolio of several fields, joined by 'and', is the title's, not the person's", [
  { text: 'Minister of Finance and Economic Development Tendai Mavuso said so.', expect: ['PERSON Tendai Mavuso: Tendai Mavuso'] },
  { text: 'Under Secretary of Defense for Acquisition and Sustainment Ann Kelby testified.', expect: ['PERSON Ann Kelby: Ann Kelby'] },
  { text: 'Cabinet Secretary for Interior and National Administration Wekesa Omondi said.', expect: ['PERSON Wekesa Omondi: Wekesa Omondi'] },
  // a body's name across "and" stays whole, and a person after "and" stays as named
  { text: 'The Ministry of Trade and Industry said.', expect: ['ORG Ministry of Trade and Industry: Ministry of Trade and Industry'] },
  { text: 'Secretary of State and Tom Hale met.', expect: ['PERSON Tom Hale: Tom Hale'] },
]);

table("titles and particles of the world's leaders", [
  // Portuguese and Arabic particles inside a name
  { text: 'Former president Jose Eduardo dos Kelvos died.', expect: ['PERSON Jose Eduardo dos Kelvos: Jose Eduardo dos Kelvos'] },
  { text: 'Fatima bint Kelvan spoke.', expect: ['PERSON Fatima bint Kelvan: Fatima bint Kelvan'] },
  // a crown prince, and a former holder written "Ex-"
  { text: 'Saudi Crown Prince Mohammed bin Kelvan met him.', expect: ['PERSON Mohammed bin Kelvan: Mohammed bin Kelvan'] },
  // a title, then a prince's or a sheikh's: the field before the first is the title's, no body
  { text: 'Output will rise, Saudi Energy Minister Prince Abdulkel bin Kelvan said.', expect: ['PERSON Abdulkel bin Kelvan: Abdulkel bin Kelvan'] },
  { text: 'Foreign Minister Sheikh Abdullah bin Kelvan said so.', expect: ['PERSON Abdullah bin Kelvan: Abdullah bin Kelvan'] },
  { text: 'Ex-President Evo Kelvos spoke.', expect: ['PERSON Evo Kelvos: Evo Kelvos'] },
  // a movement's adherents before "government" are no leader
  { text: 'The Sandinista government of Daniel Kelvos expelled them.', expect: ['PERSON Daniel Kelvos: Daniel Kelvos'] },
  { text: 'The Sunak government fell.', expect: ['PERSON Sunak: Sunak'] },
  // a surname in "-i" before the noun of a tenure is the leader's, no nationality
  { text: 'It was changed by the Kelvanti government.', expect: ['PERSON Kelvanti: Kelvanti'] },
  { text: 'The Zembian government fell.', expect: [] },
]);
