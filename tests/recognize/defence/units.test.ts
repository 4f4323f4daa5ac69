// Military units named by their head words and a number, or by a unit's head word after a
// name, and their negatives. Invented phrases in the shapes of defence reporting.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

describe('a unit named by its head words and its number', () => {
  it.each([
    ['Carrier Strike Group 14 entered the Adriatic on Sunday.', ['ORG Carrier Strike Group 14']],
    ['Ships of Carrier Strike Group 14 entered the Adriatic.', ['ORG Carrier Strike Group 14']],
    ['Task Force 63 coordinates the sealift.', ['ORG Task Force 63']],
    ['Combined Task Force 152 patrols the strait.', ['ORG Combined Task Force 152']],
    ['Destroyer Squadron 28 is based abroad.', ['ORG Destroyer Squadron 28']],
    ['Jets of Carrier Air Wing 5 flew the strikes.', ['ORG Carrier Air Wing 5']],
    ['Expeditionary Strike Group 7 left port.', ['ORG Expeditionary Strike Group 7']],
    // negatives: a number that counts what follows, a bare head and a number, a year
    ['In the Kestrel Squadron 12 pilots were trained.', ['ORG Kestrel Squadron']],
    ['The Marrow Fleet 40 years ago had six ships.', ['ORG Marrow Fleet']],
    ['The teams of Group 7 met in the final.', []],
    ['The Hallam Group 2019 report was late.', ['ORG Hallam Group']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a unit named by a name and a unit's head word", () => {
  it.each([
    ['The Caspian Sea Fleet lost its flagship.', ['ORG Caspian Sea Fleet']],
    ['Ships of the Arctic Fleet left port.', ['ORG Arctic Fleet']],
    ['The Dorvan Battalion held the steel plant.', ['ORG Dorvan Battalion']],
    ['Fighters of the Karsk Brigade entered the town.', ['ORG Karsk Brigade']],
    ['Soldiers of the Highland Regiment paraded.', ['ORG Highland Regiment']],
    ['The Danube Flotilla patrols the river.', ['ORG Danube Flotilla']],
    // negatives: the head word in lower case, a wing of a building or a party
    ['The fleet of the company was sold.', []],
    ['The brigade moved east.', []],
    ["The party's right wing walked out.", []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('bodies named by a head word the lists lacked', () => {
  it.each([
    ['The Dorvan Foreign Legion deployed to the coast.', ['ORG Dorvan Foreign Legion']],
    ['Analysts at the Kelby Endowment for Peace disagreed.', ['ORG Kelby Endowment for Peace']],
    // negative: the word in lower case
    ['The legion of fans cheered.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('British usage: units numbered without a suffix, stations by their prefix, posts "for"', () => {
  it.each([
    ['The Army sent 16 Air Assault Zorvan Brigade to the exercise.', ['ORG Army', 'ORG 16 Air Assault Zorvan Brigade']],
    ['Crews of 120 Squadron flew from RAF Kelvanmouth.', ['ORG 120 Squadron', 'LOCATION RAF Kelvanmouth']],
    ['Jets from RAF Brize Dunmore flew south.', ['LOCATION RAF Brize Dunmore']],
    // a post named "Minister for ..." is a title, not a body
    ['Minister for the Armed Forces Luke Dorvan visited the base.', ['PERSON Luke Dorvan']],
    // negatives: a number that counts people; a sum; the prefix before a plural or a unit
    ['The US sent 900 Marines to the region.', ['LOCATION United States']],
    ['He paid £16 Brigade fees.', []],
    ['RAF Typhoons intercepted the bombers.', []],
    ['The RAF Regiment guards the base.', ['ORG RAF Regiment']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('an ordinal opens a unit named across "and"', () => {
  it.each([
    ['The 10th Army Air and Missile Defense Command will oversee the battery.', ['ORG 10th Army Air and Missile Defense Command']],
    ['Soldiers of the 4th Engineering and Logistics Brigade arrived.', ['ORG 4th Engineering and Logistics Brigade']],
    // no unit's head word at the end: the ordinal stays out
    ['On the 5th Energy and Water Development Subcommittee met.', ['ORG Energy and Water Development Subcommittee']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
