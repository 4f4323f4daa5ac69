// A national championship names each entrant's club in brackets where an international one
// names the country: the club is an organization, the country stays a place (CoNLL types
// countries LOC). Invented people, clubs and places (Leeds, a city a lexicon knows).
import { beforeAll, describe, expect, it } from 'vitest';
import { mentions, warm } from './helpers.js';

beforeAll(warm, 120_000);

const SWIMMING = 'SWIMMING - HALE SETS RECORD.\nResults of the national swimming championships on Tuesday:';

describe("a club in brackets after an entrant is the entrant's club", () => {
  it.each([
    // a club by its head word makes the column one of clubs: the unknown names are clubs too
    [`${SWIMMING}\n1. Tom Hale (Kelby) 49.87\n2. Ned Orrin (Tarnwick) 50.12\n3. Paul Sage (Dunmore Swimming Club) 50.40`, ['PERSON HALE', 'PERSON Tom Hale', 'ORG Kelby', 'PERSON Ned Orrin', 'ORG Tarnwick', 'PERSON Paul Sage', 'ORG Dunmore Swimming Club']],
    // a city a lexicon knows is the club; a time in minutes
    [`${SWIMMING}\n1. Tom Hale (Leeds) 1:23.45\n2. Ned Orrin (Tarnwick) 1:24.01`, ['PERSON HALE', 'PERSON Tom Hale', 'ORG Leeds', 'PERSON Ned Orrin', 'ORG Tarnwick']],
    // a text split into tokens: spaces inside the brackets
    [`${SWIMMING}\n1. Tom Hale ( Kelby ) 49.87\n2. Ned Orrin ( Leeds ) 50.12`, ['PERSON HALE', 'PERSON Tom Hale', 'ORG Kelby', 'PERSON Ned Orrin', 'ORG Leeds']],
    // in a sentence: a player and his club before a verb
    ['RUGBY UNION - LEEDS HOLD ON.\nLeeds beat Tarnwick 24-19 in the league on Saturday. Jenkins (Leeds) scored two tries and Rhys Bowen (Tarnwick Rovers) replied with one.', ['ORG LEEDS', 'ORG Leeds', 'ORG Tarnwick', 'PERSON Jenkins', 'ORG Leeds', 'PERSON Rhys Bowen', 'ORG Tarnwick Rovers']],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));
});

describe('a country in brackets stays a place', () => {
  it.each([
    // tennis: known countries, and unknown names beside them are countries too
    ['TENNIS - HALE ADVANCES.\nResults of the tennis tournament on Thursday:\nAnn Roe (Ruritania) beat Mara Quell (Germany) 6-3 6-4\nTom Hale (Zembla) beat Lena Vosk (Leeds) 6-1 6-0', ['PERSON HALE', 'PERSON Ann Roe', 'LOCATION Ruritania', 'PERSON Mara Quell', 'LOCATION Germany', 'PERSON Tom Hale', 'LOCATION Zembla', 'PERSON Lena Vosk', 'ORG Leeds']],
    // no club anywhere: unknown names are countries
    ['ATHLETICS - ROE WINS.\nResults of the 800 metres on Wednesday:\n1. Ann Roe (Zembla) 1:44.12\n2. Jon Brask (Freedonia) 1:44.80', ['PERSON ROE', 'PERSON Ann Roe', 'LOCATION Zembla', 'PERSON Jon Brask', 'LOCATION Freedonia']],
    // a country before a verb is left to the other rules
    ['RUGBY UNION - KELBY WIN.\nKelby beat Tarnwick 24-19 in the league match on Saturday. Jenkins (Germany) scored two tries for the team.', ['ORG KELBY', 'ORG Kelby', 'ORG Tarnwick', 'PERSON Jenkins', 'LOCATION Germany']],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it.each([
    // a word in brackets before a verb that is no club nor place: a note
    ['SOCCER - KELBY WIN.\nKelby beat Dunmore 2-1 in the league. Tom Hale (Injured) missed the game and the fans sang.', 'Injured'],
    // an unknown name before a verb, in no column of clubs
    ['SOCCER - KELBY WIN.\nKelby beat Dunmore 2-1 in the league. Tom Hale (Quellmark) missed the game and the fans sang.', 'Quellmark'],
  ])('not: %s', (text, absent) => expect(mentions(text).filter((m) => m.endsWith(` ${absent}`))).toEqual([]));
});
