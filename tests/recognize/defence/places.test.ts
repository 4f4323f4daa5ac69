// Places of war reporting: towns a word of places opens ("Khan", "Tal", "Deir", "Kiryat"),
// the Arabic article inside a place's name ("Deir ez-Zor"), the press spellings of the
// wars' towns (location/names.txt) and islets by their head word. Invented sentences, with
// negatives.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

describe('a name opened by a word of places', () => {
  it.each([
    // a word that opens people's names too: after any preposition of place
    ['Shells fell in Khan Zorvani overnight.', ['LOCATION Khan Zorvani']],
    ['The convoy came from Tal Qarvash at dawn.', ['LOCATION Tal Qarvash']],
    ['Families fled to Umm Dabrik on foot.', ['LOCATION Umm Dabrik']],
    ['Residents of Ras al-Zorva were evacuated.', ['LOCATION Ras al-Zorva']],
    // a word that opens nobody's name: wherever it stands
    ['Drones hit Deir al-Qarvan and two villages.', ['LOCATION Deir al-Qarvan']],
    ['Rockets struck Kiryat Dalvan on Monday.', ['LOCATION Kiryat Dalvan']],
    ['Jisr al-Marwan fell after a week.', ['LOCATION Jisr al-Marwan']],
    ['Troops entered Velyka Zorivka on Sunday.', ['LOCATION Velyka Zorivka']],
    // the article before a sun letter with its hyphen
    ['Clashes went on in Deir ez-Zorvan province.', ['LOCATION Deir ez-Zorvan']],
    // negatives: a word that opens people's names, with no preposition of place; a person
    // who bears it as a surname; the word alone
    ['Tal Brenner said the talks had failed.', ['PERSON Tal Brenner']],
    ['Prime Minister Imran Kelvani met Khan.', ['PERSON Imran Kelvani', 'PERSON Khan']],
    ['The envoy met Tal Brody in Jerusalem.', ['PERSON Tal Brody', 'LOCATION Jerusalem']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('the towns of the wars in the press spellings', () => {
  it.each([
    ['The militants retook Tal Afar after a week.', ['LOCATION Tal Afar']],
    ['Strikes hit Rafah and Deir al-Balah overnight.', ['LOCATION Rafah', 'LOCATION Deir al-Balah']],
    ['The brigade withdrew from Avdiivka in February.', ['LOCATION Avdiivka']],
    ['Jihadists attacked Barsalogho at dawn.', ['LOCATION Barsalogho']],
    ["Mariupol's defenders held out for weeks.", ['LOCATION Mariupol']],
    ['Boats sailed near Second Thomas Shoal.', ['LOCATION Second Thomas Shoal']],
    ['Ships gathered off Dalvane Reef.', ['LOCATION Dalvane Reef']],
    // a city the gazetteer lists by a common word and a country's name is no organization
    ['The envoy flew to Port Sudan on Monday.', ['LOCATION Port Sudan']],
    // negative: a common noun before a country still names a body
    ['The warning came from Environment Canada on Sunday.', ['ORG Environment Canada']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('places by the words around them: a land\'s side, a neighbour, an apposition, a list', () => {
  it.each([
    // a land's side or its neighbours before an unknown name
    ['The rebels are backed by neighbouring Veldorra.', ['LOCATION Veldorra']],
    ['Fighting continued in northern Tarsania on Monday.', ['LOCATION Tarsania']],
    // an apposition of place after a comma: a town and a distance, a capital, a land's city
    ['Clashes erupted in Kelvarsk, a town 20 km from the border.', ['LOCATION Kelvarsk']],
    ['Jets bombed Umm Zarra, a village held by rebels.', ['LOCATION Umm Zarra']],
    ['Fighting spread to Tarsovo, the capital of the province.', ['LOCATION Tarsovo']],
    ['The rebels seized Brelvo, Sudan\'s second city.', ['LOCATION Brelvo', 'LOCATION Sudan']],
    // a city of the gazetteer after a verb of war, a town of several words by its side alone
    ['The RSF seized Nyala on Friday.', ['ORG RSF', 'LOCATION Nyala']],
    ['Troops cleared North Waziristan.', ['LOCATION North Waziristan']],
    // a city the tagger reads as a person's: by its list, after a preposition of place
    ['Protests erupted in Zorvale and Santa Cruz.', ['LOCATION Zorvale', 'LOCATION Santa Cruz']],
    ['Police in Santa Cruz said two men were held.', ['LOCATION Santa Cruz']],
    // a place's particle hyphened to a title's word
    ['Gang violence spread in Port-au-Prince.', ['LOCATION Port-au-Prince']],
    // a name that lies in a place the lexicons know, or a compass's way from a name
    ['The camp is in Vorsk in northern Syria.', ['LOCATION Vorsk', 'LOCATION Syria']],
    ['Clashes erupted in Tarvik, south of Prasna.', ['LOCATION Tarvik', 'LOCATION Prasna']],
    ['It is a village in Kelbrook, near Leeds.', ['LOCATION Kelbrook', 'LOCATION Leeds']],
    // a region's one word that is nobody's name needs no cue; one a person bears does
    ['Gunmen in Borno State and Zamfara killed 20.', ['LOCATION Borno State', 'LOCATION Zamfara']],
    ['Officials said Ituri was calm.', ['LOCATION Ituri']],
    ['He toured Aceh with aides.', ['LOCATION Aceh']],
    ['Victoria told reporters she would stay.', ['PERSON Victoria']],
    ['Nord said it would appeal.', []],
    // what only a state has, "of" a name; an envoy's land; the land of a state's office
    ['The government of Kelvania denied it.', ['LOCATION Kelvania']],
    ['The army of Tessaly crossed the river.', ['LOCATION Tessaly']],
    ['He was ambassador to Kelvania.', ['LOCATION Kelvania']],
    ['President Ivo Dorn of Kelvania spoke.', ['PERSON Ivo Dorn', 'LOCATION Kelvania']],
    // ... but a firm's officer's firm, a body's name, a person's government
    ['Chief Executive Ann Hale of Kelvane spoke.', ['PERSON Ann Hale']],
    ['President Tom Hale of the Kelvane Society spoke.', ['PERSON Tom Hale', 'ORG Kelvane Society']],
    ['The government of Prime Minister Tom Hale fell.', ['PERSON Tom Hale']],
    // a name in a list whose other items are all places
    ['Aid reached Paris, Tarvosk and Madrid on Monday.', ['LOCATION Paris', 'LOCATION Tarvosk', 'LOCATION Madrid']],
    // ... but not in an address, nor a person's name by its first name
    ['The poems appeared in Tarvosk Quell, Melbourne, Australia, in 2004.', ['LOCATION Melbourne', 'LOCATION Australia']],
    ['He met Paris, Madrid and Tom Hale.', ['LOCATION Paris', 'LOCATION Madrid', 'PERSON Tom Hale']],
    // where a firm or a unit is based
    ['The carrier, based in Brasko, flies to 40 cities.', ['LOCATION Brasko']],
    // the seat a member of a legislature sits for
    ['He was elected MPP for Kenmore in 1951.', ['LOCATION Kenmore']],
    ['She is the member for Tarvik.', ['LOCATION Tarvik']],
    ['The member for Kelby Holdings spoke.', ['ORG Kelby Holdings']],
    // ... but not a field, a firm, or a year after the name
    ['She worked in Marketing in London.', ['LOCATION London']],
    ['He invested in Kelvane in 2019.', []],
    ['Shares in Kelvane in London fell.', ['ORG Kelvane', 'LOCATION London']],
    // negatives: a person, an apposition naming a person's office, a firm's capital
    ['Ted Cruz said so.', ['PERSON Ted Cruz']],
    ['Tom Kelvar, a city councilman, said so.', ['PERSON Tom Kelvar']],
    ['Brellix, a capital goods maker, said so.', ['ORG Brellix']],
    ['Crown Prince Kel Vance arrived.', ['PERSON Kel Vance']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
