// A common word capitalized is a firm's name only with evidence: a list of firms that knows
// it ("Apple"), or a list whose other items are firms. Invented phrases, with negatives: words
// capitalized for their sense, a people's members, a type's letters before its number.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a common word capitalized needs evidence to be a firm', () => {
  it.each([
    // negatives: a list of fields, a trophy, a rite, the members of a creed
    ['His career in Marketing, Sales and Management began in 1989.', []],
    ['In 1893 the Cup was contested for the first time.', []],
    ['Later Christians said the rite was old.', []],
    // a faith by its name, as subject or in a list: no body
    ['Islam and Christianity were discussed.', []],
    ['Buddhism spread quickly.', []],
    // a type's letters before its number are no acronym of a body
    ['The squadron flew the CH-53 and the EF-111 until 1991.', []],
    ['The army deployed SS-20 missiles near the border.', []],
    // a firm the lists know by a common word, a name no dictionary knows
    ['Traders said Shell raised its dividend.', ['ORG Shell']],
    ['Last year Zentrix announced a new plant.', ['ORG Zentrix']],
  ])('%s', (text, expected) => check(text, expected));
});

describe('a name in a list of firms is a firm', () => {
  it.each([
    ['Rivals Apple, Google and Microsoft objected.', ['ORG Apple', 'ORG Google', 'ORG Microsoft']],
    ['Rivals Quorvane, Google and Microsoft objected.', ['ORG Quorvane', 'ORG Google', 'ORG Microsoft']],
    ['He said Quorvane, Google and Microsoft objected.', ['ORG Quorvane', 'ORG Google', 'ORG Microsoft']],
    // negatives: a person's full name and a place keep their readings
    ['Shares of Google, Microsoft and Tom Hale rose.', ['ORG Google', 'ORG Microsoft', 'PERSON Tom Hale']],
    ['Envoys from Google, Microsoft and Paris met.', ['ORG Google', 'ORG Microsoft', 'LOCATION Paris']],
    // one word beside one firm (resolve/list-siblings.ts); a place or a person by the lexicons keeps its reading
    ['Talks between Microsoft and Quorvane stalled.', ['ORG Microsoft', 'ORG Quorvane']],
    ['Ties between Paris and Google grew.', ['LOCATION Paris', 'ORG Google']],
    ['He thanked Obama and Google for the help.', ['PERSON Obama', 'ORG Google']],
  ])('%s', (text, expected) => check(text, expected));
});
