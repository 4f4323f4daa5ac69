// Military ranks and posts of several words before a name: the person is the name alone,
// the rank is the role's title, and no word of the rank becomes a person or an organization.
// Invented names; the ranks as defence news writes them.
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import type { EntityType } from '../../../src/types.js';
import { warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

const NAME_TYPES: EntityType[] = ['PERSON', 'ORG', 'LOCATION', 'PROGRAM'];
const run = (text: string) => extract(text, { date: '2014-03-12', types: NAME_TYPES });
const names = (text: string) => run(text).entities.map((e) => `${e.type} ${e.name}`);
const roles = (text: string) =>
  run(text)
    .facts.filter((f) => f.type === 'role')
    .map((f) => {
      const r = f as { person: string; title: string; org?: string };
      return `${r.person}: ${r.title}${r.org ? ` (${r.org})` : ''}`;
    });

const RANKS: { text: string; names: string[]; role: string }[] = [
  { text: 'Sgt. 1st Class Nia Varda was killed by a roadside bomb.', names: ['PERSON Nia Varda'], role: 'Nia Varda: Sgt. 1st Class' },
  { text: 'Sgt 1st Class Nia Varda was killed by a roadside bomb.', names: ['PERSON Nia Varda'], role: 'Nia Varda: Sgt 1st Class' },
  { text: 'Petty Officer 3rd Class Theo Marsh was rescued.', names: ['PERSON Theo Marsh'], role: 'Theo Marsh: Petty Officer 3rd Class' },
  { text: 'Chief of the General Staff Oren Kallis resigned.', names: ['PERSON Oren Kallis'], role: 'Oren Kallis: Chief of the General Staff' },
  { text: 'Squadron Leader Amir Rahel flew the first sortie.', names: ['PERSON Amir Rahel'], role: 'Amir Rahel: Squadron Leader' },
  { text: 'Group Captain Lucy Harn commands the station.', names: ['PERSON Lucy Harn'], role: 'Lucy Harn: Group Captain' },
  { text: 'Flight Lieutenant Omar Dace ejected safely.', names: ['PERSON Omar Dace'], role: 'Omar Dace: Flight Lieutenant' },
  // the service before the rank is the role's organization
  { text: 'Supreme Allied Commander Europe Gen. Ivo Brandt said the plan was ready.', names: ['PERSON Ivo Brandt'], role: 'Ivo Brandt: Supreme Allied Commander Europe Gen' },
  { text: 'Marine Corps Commandant Gen. Ivo Brandt spoke at the event.', names: ['ORG Marine Corps', 'PERSON Ivo Brandt'], role: 'Ivo Brandt: Commandant Gen (Marine Corps)' },
];

describe('ranks of several words before a name', () => {
  for (const { text, names: want, role } of RANKS) {
    it(text, () => {
      expect(names(text)).toEqual(want);
      expect(roles(text)).toContain(role);
    });
  }
});

describe('no rank without a name, no class without a rank', () => {
  it.each([
    ['The chief of staff met the press on Monday.', []],
    // a title that runs to the end of the capitals names no one ("Europe" is no person)
    ["NATO's Supreme Allied Commander Europe, Gen. Ivo Brandt, spoke.", ['ORG NATO', 'PERSON Ivo Brandt']],
    ['She travelled 1st Class to Rome.', ['LOCATION Rome']],
  ] as [string, string[]][])('%s', (text, want) => expect(names(text)).toEqual(want));
});
