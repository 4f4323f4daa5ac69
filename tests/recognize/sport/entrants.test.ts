// Results tables name each entrant with the country in brackets: the entrant is a person
// (or a club), the country a place, even one no gazetteer knows. Invented people and places.
import { beforeAll, describe, expect, it } from 'vitest';
import { mentions, names, warm } from './helpers.js';

beforeAll(warm, 120_000);

const ATHLETICS = "Results of the women's 100 metres sprint at the athletics meeting on Friday, the second race of the season:";
const TENNIS = 'Results of the second round of the tennis tournament, with the seeded players:';

describe('a country in brackets after an entrant is a place', () => {
  it.each([
    [`${ATHLETICS}\n1. Ann Roe (Zemblania) 11.02\n2. Mia Kestrel (Freedonia) 1:23.45`, ['PERSON Ann Roe', 'LOCATION Zemblania', 'PERSON Mia Kestrel', 'LOCATION Freedonia']],
    [`${TENNIS}\nJ. Doe (Zemblania) beat K. Roe (Freedonia) 6-3 6-2`, ['PERSON J. Doe', 'LOCATION Zemblania', 'PERSON K. Roe', 'LOCATION Freedonia']],
    // a golf leaderboard: the score first, several entrants a line
    ['Leading scores after the first round of the golf championship, where the players made birdies at the last:\n65 Ann Roe\n66 Mia Kestrel (Freedonia), Karl Bexley\n68 J. Doe (Zemblania)', ['PERSON Ann Roe', 'PERSON Mia Kestrel', 'LOCATION Freedonia', 'PERSON Karl Bexley', 'PERSON J. Doe', 'LOCATION Zemblania']],
    // a cycling stage: the rider, the country, the team, the time
    ['Results of the third stage of the cycling race, the hardest climb of the season for the riders:\n1. Ann Roe (Zemblania) Kelby-Vox 4:07:47\n2. Mia Kestrel (Freedonia) Dunmore 4:07:52', ['PERSON Ann Roe', 'LOCATION Zemblania', 'ORG Kelby-Vox', 'PERSON Mia Kestrel', 'LOCATION Freedonia', 'ORG Dunmore']],
    // the rider given the time of the one before: "same time", "s.t." where the time stands
    ['Results of the third stage of the cycling race, the hardest climb of the season for the riders:\n1. Ann Roe (Zemblania) Kelby-Vox 4:07:47\n2. Mia Kestrel (Freedonia) Dunmore Sport same time\n3. Karl Bexley (Zemblania) Orvik Bikes s.t.', ['PERSON Ann Roe', 'LOCATION Zemblania', 'ORG Kelby-Vox', 'PERSON Mia Kestrel', 'LOCATION Freedonia', 'ORG Dunmore Sport', 'PERSON Karl Bexley', 'ORG Orvik Bikes']],
    // an entrant no rule read, opening the line before the brackets
    [`${ATHLETICS}\n1. Quorra Vellin (France) 11.02`, ['PERSON Quorra Vellin', 'LOCATION France']],
    // clubs with their countries in a results line
    [`${TENNIS.replace('tennis tournament', 'soccer cup')}\nKelby (Zemblania) 2 Dunmore (Freedonia) 1`, ['ORG Kelby', 'LOCATION Zemblania', 'ORG Dunmore', 'LOCATION Freedonia']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it('the country is a place wherever the document names it', () => {
    expect(mentions(`${ATHLETICS} Ann Roe of Zemblania won.\n1. Ann Roe (Zemblania) 11.02`)).toEqual(['PERSON Ann Roe', 'LOCATION Zemblania', 'PERSON Ann Roe', 'LOCATION Zemblania']);
  });

  it.each([
    // no sport in the document
    ['The report was written by Ann Roe (Zemblania) 2011 for the ministry.', 'LOCATION Zemblania'],
    // words in brackets that are no name, a note after a result
    [`${ATHLETICS}\n1. Ann Roe (Zemblania) 11.02 (Wind) 2.1`, 'LOCATION Wind'],
    // a club the document names as a side, in brackets after its scorer
    [`${ATHLETICS.replace('athletics meeting', 'soccer league')}\nKelby 2 Dunmore 1\nLeading scorers: 12 - Ann Roe (Kelby)`, 'LOCATION Kelby'],
    // words after the brackets with no result after them: no team
    ['Results of the third stage of the cycling race, the hardest climb of the season for the riders:\n2. Mia Kestrel (Freedonia) Dunmore Sport said so', 'ORG Dunmore Sport'],
    // an organization's short name in brackets
    [`${ATHLETICS} The lead went to the Kelby Hockey Club (Kelby HC), and the fans cheered.`, 'LOCATION Kelby HC'],
  ])('not: %s', (text, absent) => expect(names(text)).not.toContain(absent));
});
