// Bands and record labels named by the words of music news: invented phrases, with
// negatives (people and places after the same words, quoted titles).
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a band or a label named by a phrase of music', () => {
  it.each([
    // the record they made
    ['Ninth Hour is the second album by Grellmoor.', ['ORG Grellmoor']],
    ['Copper Days is a compilation album by The Wrenfields, released in 1997.', ['ORG Wrenfields']],
    ['The single by Marrowgate reached number four.', ['ORG Marrowgate']],
    // who plays in it, whom an artist signs to
    ['Marta Fenn, the drummer of The Velvet Oaks, joined in 2003.', ['PERSON Marta Fenn', 'ORG Velvet Oaks']],
    ['He is the frontman of Quiet Orchard.', ['ORG Quiet Orchard']],
    ['The singer signed to Tallowmere as a solo artist.', ['ORG Tallowmere']],
    // the band's own capital "The" after a kind of organization or a word of touring
    ['Tickets sold out for the band The Parlour Kings.', ['ORG Parlour Kings']],
    ['In 2006 the band toured Japan, supporting The Rustlers.', ['LOCATION Japan', 'ORG Rustlers']],
    ['They later opened for The Lantern Set in Leeds.', ['ORG Lantern Set', 'LOCATION Leeds']],
    // "their" says a group made the record
    ['In 2004 Velmora Drift released their debut album.', ['ORG Velmora Drift']],
    ['Later Crimson Harbour recorded their second EP in Oslo.', ['ORG Crimson Harbour', 'LOCATION Oslo']],
    // negatives: a person's name, a place, a quoted title, no cue
    ['The album by Tom Hale sold well.', ['PERSON Tom Hale']],
    ['He was the drummer for Madrid in the parade.', ['LOCATION Madrid']],
    ['In 2004 Tom Hale released his debut album.', ['PERSON Tom Hale']],
    ['The party is supporting Ukraine.', ['LOCATION Ukraine']],
    ["The news came from the website 'The Pitlane'.", []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a kind of organization, a comma and the name that ends the sentence', () => {
  it.each([
    ['Cure is a single released by American rock band, Kelbs.', ['ORG Kelbs']],
    ['The plant was sold to the carmaker, Brellix Motors.', ['ORG Brellix Motors']],
    // the head of a body, then a person's name in apposition
    ['The deal was signed by the head of the agency, Ann Marrow.', ['PERSON Ann Marrow']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a name whose copula names a kind of organization', () => {
  it.each([
    ['Silent Ferns are a four-piece indie band from Cork.', ['ORG Silent Ferns', 'LOCATION Cork']],
    ['He said Quorvane is an American maker of valves.', ['ORG Quorvane']],
    ['Brellmoor Sound was a jazz trio from Ohio.', ['ORG Brellmoor Sound', 'LOCATION Ohio']],
    // negatives: the kind does not end the noun, or a person is the subject
    ['Tom Hale is a band leader.', ['PERSON Tom Hale']],
    ['Marla Voss is a firm believer in it.', ['PERSON Marla Voss']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
