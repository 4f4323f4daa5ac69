// Ranks and honorifics before a name: the person is the name without them, and the rank is
// the role's title. Invented phrases, with and without the abbreviations' periods.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import type { EntityType } from '../../../src/types.js';

const NAME_TYPES: EntityType[] = ['PERSON', 'ORG', 'LOCATION', 'PROGRAM'];
const run = (text: string) => extract(text, { date: '2014-03-12', types: NAME_TYPES });
const names = (text: string) => run(text).entities.map((e) => `${e.type} ${e.name}`);
const titles = (text: string) =>
  run(text)
    .facts.filter((f) => f.type === 'role' && f.rule === 'role.title-name')
    .map((f) => `${(f as { person: string }).person}: ${(f as { title: string }).title}`);

const RANKS: { text: string; person: string; title: string }[] = [
  { text: 'Lt Gen Ann Roe arrived on Monday.', person: 'Ann Roe', title: 'Lt Gen' },
  { text: 'Lt. Gen. Ann Roe arrived on Monday.', person: 'Ann Roe', title: 'Lt. Gen' },
  { text: 'Maj. Gen. Tomas Brevik inspected the base.', person: 'Tomas Brevik', title: 'Maj. Gen' },
  { text: 'Maj Gen Tomas Brevik inspected the base.', person: 'Tomas Brevik', title: 'Maj Gen' },
  { text: 'Brig. Gen. Ayo Okonkwo led the patrol.', person: 'Ayo Okonkwo', title: 'Brig. Gen' },
  { text: 'Brig Gen Ayo Okonkwo led the patrol.', person: 'Ayo Okonkwo', title: 'Brig Gen' },
  { text: 'Col. Dana Whitfield commands the brigade.', person: 'Dana Whitfield', title: 'Col' },
  { text: 'Col Dana Whitfield commands the brigade.', person: 'Dana Whitfield', title: 'Col' },
  { text: 'Lt. Col. Marcus Hale briefed reporters.', person: 'Marcus Hale', title: 'Lt. Col' },
  { text: 'Lt Col Marcus Hale briefed reporters.', person: 'Marcus Hale', title: 'Lt Col' },
  { text: 'Sgt. Pedro Alvarez was wounded.', person: 'Pedro Alvarez', title: 'Sgt' },
  { text: 'Sgt Pedro Alvarez was wounded.', person: 'Pedro Alvarez', title: 'Sgt' },
  { text: 'Staff Sgt. Pedro Alvarez was wounded.', person: 'Pedro Alvarez', title: 'Staff Sgt' },
  { text: 'Adm. Helen Kray took command.', person: 'Helen Kray', title: 'Adm' },
  { text: 'Rear Adm. Helen Kray took command.', person: 'Helen Kray', title: 'Rear Adm' },
  { text: 'Vice Adm Helen Kray took command.', person: 'Helen Kray', title: 'Vice Adm' },
  { text: 'Air Marshal Ravi Menon retired.', person: 'Ravi Menon', title: 'Air Marshal' },
  { text: 'Detective Inspector Ann Lowry said the case was open.', person: 'Ann Lowry', title: 'Detective Inspector' },
  // a name the tagger reads as a place's words ("Marsh") after an abbreviated rank
  { text: 'Gen. Ivo Marsh said the militants used drones.', person: 'Ivo Marsh', title: 'Gen' },
  { text: 'Maj. Gen. Kelvo Marsh, commander of the task force, said so.', person: 'Kelvo Marsh', title: 'Maj. Gen' },
  // a civil title abbreviated with its period, before a name of three words the tagger does not know
  { text: 'Rep. Xochi Torvas Small voted no.', person: 'Xochi Torvas Small', title: 'Rep' },
  { text: 'Sen. Kelvin Orra Wise spoke first.', person: 'Kelvin Orra Wise', title: 'Sen' },
  { text: 'Gov. Lio Brandt Young signed the bill.', person: 'Lio Brandt Young', title: 'Gov' },
];

describe('ranks before a name', () => {
  for (const { text, person, title } of RANKS) {
    it(text, () => {
      expect(names(text)).toEqual([`PERSON ${person}`]);
      expect(titles(text)).toEqual([`${person}: ${title}`]);
    });
  }
});

const NEGATIVES: { text: string; expect: string[] }[] = [
  // a title with no name after it
  { text: 'The Colonel said the road was closed.', expect: [] },
  // an abbreviation of a rank before a company's head word names the company
  { text: 'The Gen. Motors plant closed.', expect: [] },
];

describe('no person from a rank alone', () => {
  for (const { text, expect: want } of NEGATIVES) it(text, () => expect(names(text).filter((n) => n.startsWith('PERSON'))).toEqual(want));
});

const HONORIFICS: { text: string; expect: string[] }[] = [
  // a title before a person from somewhere: the title is no part of the name
  { text: 'Sen. Kelby of Ohio said no.', expect: ['PERSON Kelby', 'LOCATION Ohio'] },
  { text: 'Gov. Dana Whitfield of the Democratic Party spoke.', expect: ['PERSON Dana Whitfield', 'ORG Democratic Party'] },
  // an honorific types every mention of the name as a person ...
  { text: 'Mrs. Orlane went home. Officials said Orlane was tired.', expect: ['PERSON Orlane'] },
  // ... but a company named with its suffix stays a company
  { text: 'Mr Kelby spoke first. Kelby Inc. said sales rose.', expect: ['PERSON Kelby', 'ORG Kelby Inc'] },
  // a title opens a name whose given name and surname are both common words
  { text: 'Former Vice President Al Gore spoke in Dunmore.', expect: ['PERSON Al Gore', 'LOCATION Dunmore'] },
  { text: 'Senator Bill Gore voted no.', expect: ['PERSON Bill Gore'] },
  // ... a word no list gives as a given name still needs a surname that is no common word
  // (a given name of the lists takes one: name-forms.test.ts, "Foreign Minister Ivo Marsh")
  { text: 'Vice President Kelvo Image said no.', expect: [] },
  // a speaker is a title, and a legislature's one word before an office is its organization
  { text: 'House Speaker Ann Hale said no.', expect: ['ORG House', 'PERSON Ann Hale'] },
  { text: 'Later, Assembly Speaker Tom Reed met Ann Hale.', expect: ['ORG Assembly', 'PERSON Tom Reed', 'PERSON Ann Hale'] },
  { text: 'House prices rose in Dunmore.', expect: ['LOCATION Dunmore'] },
  { text: 'The speaker said no.', expect: [] },
];

describe('honorifics', () => {
  for (const { text, expect: want } of HONORIFICS) it(text, () => expect(names(text)).toEqual(want));
});
