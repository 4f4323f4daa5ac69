// Military units and commands, and their negatives: invented phrases in the shapes of
// defence reporting.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('military units and commands', () => {
  it.each([
    // an ordinal and a unit's head word
    ['Airmen of the 418th Airlift Wing flew the cargo.', ['ORG 418th Airlift Wing']],
    ['Soldiers of the 6th Battalion arrived on Monday.', ['ORG 6th Battalion']],
    ['The 91st Mountain Division deployed last week.', ['ORG 91st Mountain Division']],
    ['Troops from the 44th Airborne left the base.', ['ORG 44th Airborne']],
    ['Ships of the Ninth Fleet left port.', ['ORG Ninth Fleet']],
    ['The 24th Marine Expeditionary Unit stayed aboard.', ['ORG 24th Marine Expeditionary Unit']],
    // a unit, "of", and the formation it belongs to: two names (ordinals written or Roman)
    ['He commanded the Second Brigade of the Third Division.', ['ORG Second Brigade', 'ORG Third Division']],
    ['It joined the II Corps of the Army of the Kelvar in spring.', ['ORG II Corps', 'ORG Army of the Kelvar']],
    ['Troops of the 3rd Brigade of the 44th Airborne Division left.', ['ORG 3rd Brigade', 'ORG 44th Airborne Division']],
    // ... but a unit's own "of" stays in its name
    ['The Fifth Army of Kelvar attacked.', ['ORG Fifth Army of Kelvar']],
    // a unit and the unit it belongs to
    ['Marines of the 2nd Battalion, 9th Marines patrolled the town.', ['ORG 2nd Battalion, 9th Marines']],
    // task forces, commands abbreviated "-COM", an acronym hyphened to a name
    ['Task Force Kestrel took over the base.', ['ORG Task Force Kestrel']],
    ['Troops of Joint Task Force Harrow stayed.', ['ORG Joint Task Force Harrow']],
    ['A spokesman for CENTCOM declined to comment.', ['ORG CENTCOM']],
    ['AFRICOM said the strike killed two men.', ['ORG AFRICOM']],
    ['JTF-Hollow supports border operations.', ['ORG JTF-Hollow']],
    // negatives: an ordinal before no unit, a war's front
    ['He joined the 40th Anniversary Committee in May.', ['ORG Anniversary Committee']],
    ['It was the 3rd Quarter result.', []],
    ['The 2nd unit of the plant restarted.', []],
    ['He fought on the Western Front in 1916.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('armed groups with the Arabic article', () => {
  it.each([
    ['The al-Nusra Front shelled the village.', ['ORG al-Nusra Front']],
    ['Fighters of al-Qaeda seized the port.', ['ORG al-Qaeda']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
