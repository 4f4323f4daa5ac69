// Bodies of defence and security reports whose names the general rules cut: a body named
// by where it serves ("... Mission in Mali"), by a title ("Office of the Secretary of
// Defense"), with "for a" or a hyphened prefix inside; a realm's service; missions and
// services known by a long acronym. Invented sentences, with negatives.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

describe('a body named by where it serves', () => {
  it.each([
    ['The Zorvan Training Mission in Mali closed its base.', ['ORG Zorvan Training Mission in Mali']],
    ['The NATO Mission in Iraq trains officers.', ['ORG NATO Mission in Iraq']],
    ['The Islamic Resistance in Iraq claimed the drone attack.', ['ORG Islamic Resistance in Iraq']],
    ['The Council for Security and Co-operation in Europe met in Vienna.', ['ORG Council for Security and Co-operation in Europe', 'LOCATION Vienna']],
    // negatives: a force of no such name, a place no list knows
    ['The Quds Force in Syria was hit.', ['ORG Quds Force', 'LOCATION Syria']],
    ['The Air Force in Germany flew sorties.', ['ORG Air Force', 'LOCATION Germany']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a body named by a title', () => {
  it.each([
    ['The Office of the Secretary of Defense released the request.', ['ORG Office of the Secretary of Defense']],
    ['A spokesman for the Office of the President declined to comment.', ['ORG Office of the President']],
    // negative: a person after the title is the title's holder
    ['Defence Secretary Mara Quell visited the base.', ['PERSON Mara Quell']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('words inside a body\'s name', () => {
  it.each([
    ['The Center for a New Zorvan Security released a report.', ['ORG Center for a New Zorvan Security']],
    ['The Republic of Zorvania Navy tracked the missile.', ['ORG Republic of Zorvania Navy']],
    // negatives: a realm without a body's head word; "for a" after no head word
    ['The Republic of Zorvania held elections.', ['LOCATION Republic of Zorvania']],
    ['Quellmark Corp. paid for a New York office.', ['ORG Quellmark Corp', 'LOCATION New York']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('missions and services known by a long acronym or a name without a head word', () => {
  it.each([
    ['The UN mission, MINUSMA, left the country.', ['ORG United Nations', 'ORG MINUSMA']],
    ['MI6 recruited the officer in 1998.', ['ORG MI6']],
    ['Chatham House published a paper on the war.', ['ORG Chatham House']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('an acronym no list knows: seven capitals, or opening the sentence', () => {
  it.each([
    ['A spokesman for NAVKELT said the tanker was seized.', ['ORG NAVKELT']],
    ['Peacekeepers of MINUKEL were attacked near the camp.', ['ORG MINUKEL']],
    // the first word of a sentence, capitals that spell no word
    ['BRELKO said the tanker was seized.', ['ORG BRELKO']],
    ['KELDECO militiamen killed 20 villagers.', ['ORG KELDECO']],
    ['ZARVEUR announced the exercise.', ['ORG ZARVEUR']],
    // negatives: a word in capitals for emphasis, a headline in capitals
    ['WARNING signs were posted along the road.', []],
    ['They were NOWHERE near the border.', []],
    ['TROOPS ENTER KELVAR CAPITAL', []],
    ['Hackers broke into the KELVSAT database.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("legislatures and special forces of the world's newswires by their own name", () => {
  it.each([
    ['Members of the Wolesi Jirga voted against the bill.', ['ORG Wolesi Jirga']],
    ['The Loya Jirga met near Kelvabad.', ['ORG Loya Jirga', 'LOCATION Kelvabad']],
    ['The State Duma said it would act.', ['ORG State Duma']],
    ['Verkhovna Rada approved the law on Monday.', ['ORG Verkhovna Rada']],
    ['Officers of Unit 8200 were named.', ['ORG Unit 8200']],
    ['The Navy SEALs raided the compound.', ['ORG Navy SEALs']],
    // negative: the word in lower case is a council, no name
    ['Elders called a jirga to settle the feud.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
