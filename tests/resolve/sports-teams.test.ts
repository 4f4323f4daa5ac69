import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

/** Each place or organization entity of the text: type, name and the rules that retyped its mentions. */
const sides = (text: string) =>
  extract(text, { types: ['ORG', 'LOCATION'] })
    .entities.map((e) => `${e.type} ${e.name} ${[...new Set(e.mentions.map((m) => m.retypedBy ?? ''))].join(',')}`.trim())
    .sort();

describe('a country or city named as a side in a match is its team (ORG)', () => {
  it.each([
    [
      'Brazil defeated Chile 2 – 1 in the second match of the tournament. Chile coach Rafael Ortiz said the referee missed a penalty. Brazil had more possession, and its captain scored the first goal.',
      ['ORG Brazil org.team', 'ORG Chile org.team'],
    ],
    // a score after the name, a side's role after a possessive, the short form of a name
    [
      'In the final game of the group, South Korea lost to Ghana after a late goal. Ghana 2, South Korea 1: Korea\u2019s goalkeeper was injured in the first minute and the players left the stadium in silence.',
      ['ORG Ghana org.team', 'ORG Korea org.team', 'ORG South Korea org.team'],
    ],
    // a club named by one word that the tagger guessed a person's
    [
      'Kelby drew 1-1 with Marla in the league on Saturday. The striker scored for Kelby in the 20th minute before Marla equalised, and the coach praised the goalkeeper.',
      ['ORG Kelby', 'ORG Marla org.team'],
    ],
    // after a preposition only a place takes, the town stays the town
    [
      'Lyon beat Marla 2-1 on Saturday in the league. The striker, who lives in Lyon, scored twice for Lyon before the goalkeeper saved a penalty.',
      ['LOCATION Lyon', 'ORG Lyon org.club-cue', 'ORG Marla org.team'],
    ],
    // a results line: each side with its goals, no dash between
    [
      'Soccer results of the league on Saturday, the coach and the players: Madrid 2 Lisbon 1, Porto 0 Seville 0. The goalkeeper saved a penalty.',
      ['ORG Lisbon org.team', 'ORG Madrid org.team', 'ORG Porto org.team', 'ORG Seville org.team'],
    ],
    // a sentence's period ends the side's name: "with Kelby." and "Dunmore beat" are two clubs
    [
      'The striker scored twice in the league match, and the coach praised the team. Tarnwick drew 2-2 with Kelby. Dunmore beat Arden in the cup.',
      ['ORG Arden', 'ORG Dunmore', 'ORG Kelby', 'ORG Tarnwick org.club-cue'],
    ],
    // a standings row: the side opens the line, numbers alone follow it
    [
      'Standings of the league after the matches of Saturday (games played, won, drawn, lost, goals for, against, points):\nMadrid 10 6 2 2 15 8 20\n2. Porto 10 5 3 2 12 9 18',
      ['ORG Madrid org.team', 'ORG Porto org.team'],
    ],
    // a season's record after the place: the team, in any document when the season is named;
    // the town where the fans are stays the town
    ['Bowling Green finished the season 8-5.', ['ORG Bowling Green org.team']],
    ['The coach praised the players after the final goal of the league. Tulsa went 8-5 and fans in Tulsa cheered.', ['LOCATION Tulsa', 'ORG Tulsa org.team']],
    ['Lyon improved to 6-2 with the win, and the coach praised the goalkeeper and the fans in the stadium.', ['ORG Lyon org.team']],
    // a newswire sport page (a sport's slug heads it): a country named as a side stays the
    // place, as the wires' corpora type it; a club named by its city is still the club
    ['SOCCER - JAPAN BEAT SYRIA.\n\nAL-AIN 1996-12-06\n\nJapan beat Syria 2-1 in the Asian Cup on Friday. Syria coach Karl Venn said his side had been unlucky.', ['LOCATION Al-Ain', 'LOCATION Japan', 'LOCATION Syria']],
    ['CRICKET - PAKISTAN LEAD.\n\nLONDON 1996-08-30\n\nPakistan 229 v Britain 275 in the one-day match. Britain captain Tom Hale praised the bowlers.', ['LOCATION London', 'LOCATION Pakistan', 'LOCATION United Kingdom']],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });

  it.each([
    // no sport in the document: a country facing sanctions is a country
    ['Russia faced new sanctions after Ukraine accused it of shelling. Germany and France said Russia defeated its own purpose.', ['LOCATION France', 'LOCATION Germany', 'LOCATION Russia', 'LOCATION Ukraine']],
    // a sports story, but the place is where the match was played
    ['The match was played in Moscow. The coach praised the players after the final goal, and fans left the stadium.', ['LOCATION Moscow']],
    // numbers after a place in a table that is not about sport
    // a record with no season named, outside sport: a vote, a tally
    ['Dover went 5-4 in the vote on Monday.', ['LOCATION Dover']],
    ['Dover finished the year 5-4 in the poll.', ['LOCATION Dover']],
    ['The census counted people in Madrid and in Porto (thousands, in 1990, 2000 and 2010):\nMadrid 3010 2882 3273\nPorto 302 263 237', ['LOCATION Madrid', 'LOCATION Porto']],
    // the sets of a tennis match after a name: a player beat a player
    ['The top seed won the tennis match on the centre court, and the crowd cheered every point. Reed beat Moss 6-3 6-4 in the final, and Hale beat Venn 7-6 (7-4) 6-2.', []],
    // a country's possessive before the player beaten: the player's country
    ["The crowd cheered every point of the tennis match on the centre court. Spain's Ann Hale beat Sweden's Karl Venn in straight sets in the final.", ['LOCATION Spain', 'LOCATION Sweden']],
    // a person "of" a country: where the winner is from, not a side
    ['The coach praised the players after the final goal of the league match. Karl Venn of Germany won the stage ahead of Tom Hale of Italy, and Germany beat Italy 2-1 in the football match.', ['ORG Germany', 'ORG Italy']],
  ])('not: %s', (text, expected) => {
    expect(sides(text).map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(expected);
  });
});
