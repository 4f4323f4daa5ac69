// Ships named with their prefix and named military operations are none of our types: no
// person, place or organization is read in them. Invented names, with negatives.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

describe('ships and operations', () => {
  it.each([
    ['The USS Harold T. Mercer sailed with its escorts.', []],
    ['HMS Duke of Kelby left port on Saturday.', []],
    ['The navy said HMS Queen Anne had docked.', []],
    ['The frigate INS Vandar escorted the tanker.', []],
    ['Operation Iron Lantern has trained 20,000 troops.', []],
    ['During Operation Quiet Harbor, jets struck nine sites.', []],
    // negatives: the prefix alone is an acronym, "Operations" heads a command
    ['The INS said it would appeal.', ['ORG INS']],
    ['Special Operations Command awarded the contract.', ['ORG Special Operations Command']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a ship named after its class, and weapons by their acronyms', () => {
  it.each([
    ['The cruiser Zorvana sank in the Black Sea.', ['LOCATION Black Sea']],
    ['The frigate Admiral Kelvanov fired two missiles.', []],
    ['The aircraft carrier Admiral Dunmorov returned to port.', []],
    ['The Admiral Dunmorov aircraft carrier returned to port.', []],
    ['The destroyer Nanchang sailed near Guam.', ['LOCATION Guam']],
    ['Rebels seized the cargo ship Galaxy Harlow off the coast.', []],
    ['The launchers fired ATACMS and HIMARS rockets at the depot.', []],
    // negatives: an airline is a carrier too; a person after a ship's possessive; the rank before a name
    ['The low-cost carrier Quellair cut flights.', ['ORG Quellair']],
    ["The ship's captain, Ivan Dorvak, was arrested.", ['PERSON Ivan Dorvak']],
    ['Admiral Ann Roe took command of the fleet.', ['PERSON Ann Roe']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('exercises, models after a count and a firm\'s unit: no person, no organization of their words', () => {
  it.each([
    ['Exercise Kelby Shield began on Monday.', []],
    ['The navies held the annual Talvan Trident exercise near Brelvo.', ['LOCATION Brelvo']],
    // a model's name after a count is no subject of the verb the tagger finds after it
    ['The army ordered 120 Kestrel armoured vehicles.', []],
    // a listed firm's name that ends in a given name, before its unit's words
    ['The contract went to Lockheed Martin Missiles and Fire Control.', ['ORG Lockheed Martin']],
    // negatives: a body or a sea before the exercise's noun stays what it is
    ['Troops joined the Ruritanian Navy exercise.', ['ORG Ruritanian Navy']],
    ['The Kelvar Sea exercise ended.', ['LOCATION Kelvar Sea']],
    ['In 2019 Brellix said profits rose.', ['ORG Brellix']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('weapon systems named for the defence they give, and treaties with their acronym inside', () => {
  it.each([
    // a kind of defence before its equipment, with or without its acronym: none of our types
    ['The army fields Integrated Air and Sea Defense (IASD) systems.', []],
    ['A Kelvan Area Defense battery was deployed.', []],
    ['It tested the Ground-based Midcourse Defense system.', []],
    ['The Joint Kelby Command and Control effort grew.', []],
    // ... but a body of defence keeps its name, and so does a firm before other nouns
    ['Kelby Command and the Air Force met.', ['ORG Kelby Command', 'ORG Air Force']],
    ['The Kelby Missile Defense Agency (KMDA) tested it.', ['ORG Kelby Missile Defense Agency']],
    ['Shares of Tarvane Defense rose.', ['ORG Tarvane Defense']],
    // a treaty's name, its acronym in brackets, then its head
    ['Russia left the Kelvar Missile Reduction (KMR) Treaty in 2019.', ['LOCATION Russia', 'PROGRAM Kelvar Missile Reduction']],
    ['The Kelby Defense Agency (KDA) Program Office met.', ['ORG Kelby Defense Agency', 'ORG Program Office']],
    // ... or a lower-case head; a weapon's noun after the acronym makes a weapon of the name
    ['Funds for the Next Kelby Dominance (NKD) program fell.', ['PROGRAM Next Kelby Dominance']],
    ['The Long Range Kelby (LRK) weapon was cut.', []],
    ['The Kelby Arms Agency (KAA) missiles were tested.', ['ORG Kelby Arms Agency']],
    // a class of ships named after a place or a person
    ['The navy wants more Dunmore-class frigates.', []],
    // a strategy or a doctrine of a government is a policy, as a program is
    ['The National Kelby Strategy (NKS) calls for more ships.', ['PROGRAM National Kelby Strategy']],
    // a common word before "-based" says on what it stands, not where
    ['Land-based missiles were moved to Dunmore.', ['LOCATION Dunmore']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a model's name before arms in lower case is none of our types", () => {
  it.each([
    ['They used Bradley fighting vehicles near the town.', []],
    ['Germany sent Leopard tanks and Marder infantry fighting vehicles.', ['LOCATION Germany']],
    ['The Army bought Stryker armored vehicles.', ['ORG Army']],
    ['France sent Caesar self-propelled howitzers.', ['LOCATION France']],
    // a body, a firm and a place the lexicons know keep their readings; a person named in full too
    ['Hezbollah drones hit the base.', ['ORG Hezbollah']],
    ['Boeing jets were grounded.', ['ORG Boeing']],
    ['Ukraine tanks advanced.', ['LOCATION Ukraine']],
    ['Tom Bradley said tanks were coming.', ['PERSON Tom Bradley']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
