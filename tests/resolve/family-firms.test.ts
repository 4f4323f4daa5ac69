// A firm named for its family: the surname of a person named in full is the person's,
// unless the words of shares or stakes beside it say a firm ("Bill Ford ... Ford shares").
// Invented firms and people; each phrase with the type of every mention of the name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const typesOf = (text: string, name: string) =>
  extract(text, { types: ['PERSON', 'ORG', 'LOCATION'] })
    .entities.flatMap((e) => e.mentions.filter((m) => m.text === name).map((m) => ({ at: m.start, type: e.type })))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.type);

describe('a surname beside the words of shares is a firm', () => {
  it.each([
    ['Ann Merrow founded the firm in 1962. Merrow said sales rose. Shares of Merrow fell.', 'Merrow', ['PERSON', 'ORG']],
    ['Tom Kessler, the chairman, spoke on Monday. Kessler shares fell 2 percent.', 'Kessler', ['ORG']],
    ['Lia Dorne built the group. Investors bought a stake in Dorne last year.', 'Dorne', ['ORG']],
    // negatives: no such words, the person keeps every mention
    ['Ann Merrow founded the firm in 1962. Merrow said sales rose.', 'Merrow', ['PERSON']],
    ['Judge Peter Hale ruled. Hale shared the view of the court.', 'Hale', ['PERSON']],
  ] as [string, string, string[]][])('%s', (text, name, want) => expect(typesOf(text, name)).toEqual(want));
});
