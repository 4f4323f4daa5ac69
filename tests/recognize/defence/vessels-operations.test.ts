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
