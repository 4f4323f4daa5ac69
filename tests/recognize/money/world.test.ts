// Money of the whole world: symbols, codes and names of the currencies of Africa, Asia and
// Latin America, Indian scales and digit groups, and shared symbols read by the document's
// country. Each row: a text, then its MONEY mentions as [text, amount, currency].
import { describe, expect, it } from 'vitest';
import { documentCountry } from '../../../src/recognize/money/country.js';
import { moneyIn } from './helpers.js';

type Row = [string, [string, number, string, number?][]];

const NAIROBI = 'NAIROBI, Kenya (Wire) - ';
const KAMPALA = 'KAMPALA, Uganda - ';
const JOBURG = 'JOHANNESBURG, South Africa - ';
const LAGOS = 'LAGOS, Nigeria - ';
const MANILA = 'MANILA, Philippines - ';
const TORONTO = 'TORONTO, Canada - ';
const BEIJING = 'BEIJING, China - ';
const RABAT = 'RABAT, Morocco - ';

const TABLE: Row[] = [
  // India and its neighbours: lakh, crore, Indian digit groups
  ['The scheme costs Rs 5 crore.', [['Rs 5 crore', 5e7, 'INR']]],
  ['He was fined ₹12 lakh.', [['₹12 lakh', 1.2e6, 'INR']]],
  ['The budget is Rs 2 lakh crore.', [['Rs 2 lakh crore', 2e12, 'INR']]],
  ['A flat sells for Rs 1,50,000.', [['Rs 1,50,000', 150000, 'INR']]],
  ['The award was 12 lakh rupees.', [['12 lakh rupees', 1.2e6, 'INR']]],
  ['They spent Rs 450 crores.', [['Rs 450 crores', 4.5e9, 'INR']]],
  ['KARACHI, Pakistan - Pakistan raised Rs 50 billion in Karachi.', [['Rs 50 billion', 5e10, 'PKR']]],
  ['COLOMBO, Sri Lanka - Sri Lanka will borrow 10 billion rupees.', [['10 billion rupees', 1e10, 'LKR']]],
  ['DHAKA, Bangladesh - The plant costs Tk 5 crore.', [['Tk 5 crore', 5e7, 'BDT']]],
  ['The bridge cost 300 crore taka.', [['300 crore taka', 3e9, 'BDT']]],
  // East Africa: shillings by the country
  [`${NAIROBI}The county got KSh 2 billion.`, [['KSh 2 billion', 2e9, 'KES']]],
  [`${NAIROBI}Farmers were paid Sh500 million.`, [['Sh500 million', 5e8, 'KES']]],
  [`${NAIROBI}The tax raised 40 billion shillings.`, [['40 billion shillings', 4e10, 'KES']]],
  [`${KAMPALA}Kampala set aside Shs 3 billion.`, [['Shs 3 billion', 3e9, 'UGX']]],
  [`${KAMPALA}Uganda spent 120 billion shillings.`, [['120 billion shillings', 1.2e11, 'UGX']]],
  ['The loan is USh 80 billion.', [['USh 80 billion', 8e10, 'UGX']]],
  // West and southern Africa
  [`${LAGOS}The state lost N5bn to fraud in Lagos.`, [['N5bn', 5e9, 'NGN']]],
  ['The bank lent ₦250 million.', [['₦250 million', 2.5e8, 'NGN']]],
  ['The fine was five hundred naira.', [['five hundred naira', 500, 'NGN']]],
  [`${JOBURG}Eskom needs R2.5 billion.`, [['R2.5 billion', 2.5e9, 'ZAR']]],
  [`${JOBURG}A ticket costs R350.`, [['R350', 350, 'ZAR']]],
  ['ACCRA, Ghana - Ghana raised GH₵3 billion.', [['GH₵3 billion', 3e9, 'GHS']]],
  ['The levy brought 2 million cedis.', [['2 million cedis', 2e6, 'GHS']]],
  // the Gulf and North Africa
  ['DUBAI - The tower cost Dh2 billion in Dubai.', [['Dh2 billion', 2e9, 'AED']]],
  [`${RABAT}Morocco will spend 10 billion dirhams.`, [['10 billion dirhams', 1e10, 'MAD']]],
  [`${RABAT}The port cost Dh5bn.`, [['Dh5bn', 5e9, 'MAD']]],
  ['DOHA, Qatar - The stadium cost QR10 billion.', [['QR10 billion', 1e10, 'QAR']]],
  ['RIYADH, Saudi Arabia - Saudi Arabia spent SR4 billion.', [['SR4 billion', 4e9, 'SAR']]],
  ['The deal is worth 7 billion riyals.', [['7 billion riyals', 7e9, 'SAR']]],
  ['BAGHDAD, Iraq - Iraq paid 600 billion dinars.', [['600 billion dinars', 6e11, 'IQD']]],
  // Asia
  ['The plant cost RM5 billion.', [['RM5 billion', 5e9, 'MYR']]],
  ['Malaysia earned 12 billion ringgit.', [['12 billion ringgit', 1.2e10, 'MYR']]],
  ['Thailand spent 30 billion baht.', [['30 billion baht', 3e10, 'THB']]],
  ['The line cost ฿40 billion.', [['฿40 billion', 4e10, 'THB']]],
  ['The fund holds Rp 5 trillion.', [['Rp 5 trillion', 5e12, 'IDR']]],
  ['Sales reached 9.9 billion yuan.', [['9.9 billion yuan', 9.9e9, 'CNY']]],
  ['Sales reached RMB 9.9 billion.', [['RMB 9.9 billion', 9.9e9, 'CNY']]],
  [`${BEIJING}Beijing set aside ¥40 billion.`, [['¥40 billion', 4e10, 'CNY']]],
  ['TOKYO, Japan - Tokyo set aside ¥40 billion.', [['¥40 billion', 4e10, 'JPY']]],
  [`${MANILA}Manila spent 20 billion pesos.`, [['20 billion pesos', 2e10, 'PHP']]],
  ['The fare is ₱50.', [['₱50', 50, 'PHP']]],
  // Latin America
  ['MEXICO CITY - Mexico spent 20 billion pesos.', [['20 billion pesos', 2e10, 'MXN']]],
  ['BUENOS AIRES, Argentina - Argentina printed 100 billion pesos.', [['100 billion pesos', 1e11, 'ARS']]],
  ['The deal is worth R$3 billion.', [['R$3 billion', 3e9, 'BRL']]],
  ['Brazil lent 3 billion reais.', [['3 billion reais', 3e9, 'BRL']]],
  ['The road cost ₡5 billion.', [['₡5 billion', 5e9, 'CRC']]],
  // dollars by the country
  [`${TORONTO}Ontario will spend $2 billion, Toronto said.`, [['$2 billion', 2e9, 'CAD']]],
  ['SYDNEY, Australia - Australia pledged $500 million.', [['$500 million', 5e8, 'AUD']]],
  ['WASHINGTON - Canada and the U.S. will spend $2 billion, U.S. officials said.', [['$2 billion', 2e9, 'USD']]],
  [`${NAIROBI}Kenya borrowed $1 billion.`, [['$1 billion', 1e9, 'USD']]],
  // other forms
  ['The contract is worth 50 MUSD.', [['50 MUSD', 5e7, 'USD']]],
  ['The budget is 3.5 MEUR.', [['3.5 MEUR', 3.5e6, 'EUR']]],
  ['The plan costs two million dollars.', [['two million dollars', 2e6, 'USD']]],
  ['The fee is three hundred dollars.', [['three hundred dollars', 300, 'USD']]],
  ['They raised two hundred and fifty million dollars.', [['two hundred and fifty million dollars', 2.5e8, 'USD']]],
  ['The deal is worth $5m-$7m.', [['$5m-$7m', 5e6, 'USD', 7e6]]],
  ['They raised one hundred thousand dollars.', [['one hundred thousand dollars', 1e5, 'USD']]],
  ['He paid 10 bucks.', [['10 bucks', 10, 'USD']]],
  // the symbol after the amount
  ['The ticket costs 20€.', [['20€', 20, 'EUR']]],
  ['The ticket costs 20 €.', [['20 €', 20, 'EUR']]],
  ['The fine was 3 million € in all.', [['3 million €', 3e6, 'EUR']]],
  ['It cost 20$.', [['20$', 20, 'USD']]],
  ['He had 5 $10 bills.', [['$10', 10, 'USD']]],
];

const NOT_MONEY = [
  'R2-D2 beeped.',
  'The robot R2 beeped.',
  'Take the R5 to the airport.',
  'He wore an N95 mask.',
  'The N5 road runs north.',
  'Sh was his nickname.',
  'The SR 520 bridge is closed.',
  'Scan the QR code.',
  'His KD ratio is 2.5.',
  'The RM team met.',
  'They paid 500 dinars.',
  'The dong fell.',
  'A real 5 goal lead.',
  'The buck stops here.',
];

describe('money of the whole world', () => {
  for (const [text, want] of TABLE)
    it(text, () => {
      expect(
        moneyIn(text).map((m) => {
          const v = m.value as { amount: number; currency: string; max?: number };
          return [m.text, v.amount, v.currency, ...(v.max !== undefined ? [v.max] : [])];
        }),
      ).toEqual(want);
    });
});

describe('letters that are no money', () => {
  it.each(NOT_MONEY)('%s', (text) => expect(moneyIn(text).map((m) => m.text)).toEqual([]));
});

describe('documentCountry', () => {
  it.each([
    ['NAIROBI, Kenya - The Kenyan parliament met.', 'KE'],
    ['The talks in Nairobi ended. Kampala, Kampala and Uganda disagreed.', 'UG'],
    ['A report.', undefined],
    ['Kenya and Uganda.', undefined],
  ])('%s -> %s', (text, code) => expect(documentCountry(text)).toBe(code));
});

describe('a country inside a longer name is no cue', () => {
  it('"Air Canada" and "American Airlines" leave "$" a US dollar', () => {
    const text = 'Boeing wins $11bn\nAir Canada ordered jets and Air Canada paid. American Airlines did not.';
    expect(documentCountry(text)).toBeUndefined();
    expect(moneyIn(text).map((m) => (m.value as { currency: string }).currency)).toEqual(['USD']);
  });
});

describe('a country after a preposition is a cue', () => {
  it('"In Kenya" counts', () => expect(documentCountry('In Kenya, prices rose. At Nairobi the shilling fell.')).toBe('KE'));
});
