// A military unit named in full and then by its ordinal alone is one organization; an
// ordinal that counts something else, or that two units share, stays unread.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const entities = (text: string) =>
  extract(text, { types: ['PERSON', 'ORG', 'LOCATION'] }).entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

describe('a unit named by its ordinal alone', () => {
  it.each([
    ['The 139th Infantry Regiment landed first. Later the 139th crossed the river.', ['ORG 139th Infantry Regiment: 139th Infantry Regiment | 139th']],
    ['Troops of the 82nd Airborne Division arrived. The 82nd was sent north, officials said.', ['ORG 82nd Airborne Division: 82nd Airborne Division | 82nd']],
    // another thing counted, another name opened, or no unit with that ordinal
    ['The 139th Infantry Regiment marked the 139th anniversary of its founding.', ['ORG 139th Infantry Regiment: 139th Infantry Regiment']],
    ['The 65th Air Division moved. Then the 65th Fighter Wing joined the 65th.', ['ORG 65th Air Division: 65th Air Division', 'ORG 65th Fighter Wing: 65th Fighter Wing']],
    ['She finished the 82nd race of her career.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
