// The rows of a sport page's results: the sides of a results line with half points (cricket,
// chess, racing), a line after a colon, and the scorers with their minutes. Invented clubs,
// people and places.
import { beforeAll, describe, expect, it } from 'vitest';
import { mentions, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('the sides and the scorers of a results line', () => {
  it.each([
    // half points after a score
    ['CHESS - KELBY LEAD.\nFinal standings of the team tournament after the last round:\nKelby 11 1/2 Dunmore 8 1/2\nTarnwick 10 Sallow 10', ['ORG KELBY', 'ORG Kelby', 'ORG Dunmore', 'ORG Tarnwick', 'ORG Sallow']],
    // a results line after a colon, the clubs with their countries
    ['SOCCER - CUP RESULTS.\nResults of the cup matches on Thursday:\nIn Lyon: Kelby Rovers (Zemblania) 2 Dunmore City (Freedonia) 0', ['LOCATION Lyon', 'ORG Kelby Rovers', 'LOCATION Zemblania', 'ORG Dunmore City', 'LOCATION Freedonia']],
    // scorers in brackets after each side's score
    ['SOCCER - LEAGUE RESULTS.\nResults of league matches on Saturday:\nKelby 3 (Brask 12, Orrin 40, 77) Dunmore 1 (Vosk 55 pen)', ['ORG Kelby', 'PERSON Brask', 'PERSON Orrin', 'ORG Dunmore', 'PERSON Vosk']],
    // a line of scorers, with a side before its own
    ['SOCCER - KELBY WIN.\nKelby beat Dunmore 2-1 in the league on Saturday.\nScorers: Kelby - Hale (12th), Marek (80th pen); Dunmore - Doyle (60th)', ['ORG KELBY', 'ORG Kelby', 'ORG Dunmore', 'ORG Kelby', 'PERSON Hale', 'PERSON Marek', 'ORG Dunmore', 'PERSON Doyle']],
    // a line of scorers, a player's minutes joined by commas
    ['SOCCER - KELBY WIN.\nResult of a league match on Saturday:\nKelby 3 Dunmore 1\nScorers: Tarnby 23, 55, Orrin 67, Vosk 80 pen', ['ORG KELBY', 'ORG Kelby', 'ORG Dunmore', 'PERSON Tarnby', 'PERSON Orrin', 'PERSON Vosk']],
    // the sides joined by a dash before the score; the scorers' clubs in brackets are those sides, and a club beside them
    ['SOCCER - DUTCH LEAGUE RESULTS.\nResults of first division matches on Saturday:\nKelby - Dunmore 2-1\nLeading goalscorers: 5 - Tom Hale (Kelby); 4 - Ivo Marek (Sallow), Sean Doyle (Dunmore)', ['ORG Kelby', 'ORG Dunmore', 'PERSON Tom Hale', 'ORG Kelby', 'PERSON Ivo Marek', 'ORG Sallow', 'PERSON Sean Doyle', 'ORG Dunmore']],
    // rugby's scorers by kind, a count after a name or none
    ['RUGBY LEAGUE - CARNFORD WIN.\nResult of a league match on Sunday:\nCarnford 30 Hallam 12\nCarnford: Tries - Pike 2, Garland. Goals - Holm 5.\nHallam: Tries - Ruiz, Hart. Drop goal - Mbeki.', ['ORG CARNFORD', 'ORG Carnford', 'ORG Hallam', 'ORG Carnford', 'PERSON Pike', 'PERSON Garland', 'PERSON Holm', 'ORG Hallam', 'PERSON Ruiz', 'PERSON Hart', 'PERSON Mbeki']],
    // a county's innings about "v": known places are the sides, a batsman's runs no product's number
    ['CRICKET - COUNTY SCORES.\nClose of play scores in county championship matches on Friday:\nAt Leeds: Yorkshire 229 and 102-3 v Lancashire 275 (A. Dale 101 not out).\nAt Chelmsford: Essex v Surrey.', ['LOCATION Leeds', 'ORG Yorkshire', 'ORG Lancashire', 'PERSON A. Dale', 'LOCATION Chelmsford', 'ORG Essex', 'ORG Surrey']],
    // a bowler's figures are no score: the bowler stays a person beside the teams
    ['CRICKET - ENGLAND V PAKISTAN SCOREBOARD.\nScoreboard on the first day of the test between England and Pakistan on Thursday:\nT. Hale c Marek b Doyle 45\nBowling: Doyle 10-2-34-3, Marek 9-1-40-1', ['LOCATION ENGLAND', 'LOCATION PAKISTAN', 'LOCATION England', 'LOCATION Pakistan', 'PERSON T. Hale', 'PERSON Marek', 'PERSON Doyle', 'PERSON Doyle', 'PERSON Marek']],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it.each([
    // a date in brackets after a number is no scorer
    ['SOCCER - FIXTURES.\nThe league match was moved to round 3 (March 12), the coach said.', 'PERSON March'],
    // a sentence after the kind's word is no list of scorers
    ['RUGBY UNION - KELBY WIN.\nKelby beat Dunmore 24-19 in the league match on Saturday.\nTries - None In The First Half.', 'PERSON None In The First Half'],
    // numbers in brackets outside a document about sport
    ['The council approved 3 (Hale 12, Marek 40) of the plans on Monday.', 'PERSON Hale'],
  ])('not: %s', (text, absent) => expect(mentions(text)).not.toContain(absent));
});

describe('the players of a match won in sets are people, not sides', () => {
  it.each([
    // surnames alone either side of the verb, the sets after them
    ['TENNIS - TARVEL WINS.\nNEW YORK 1996-08-28\nTop seed Tarvel beat Orrin 6-3 6-4 in the second round on Wednesday.', ['PERSON TARVEL', 'LOCATION NEW YORK', 'PERSON Tarvel', 'PERSON Orrin']],
    // a doubles pair each side, a tie-break in brackets
    ['TENNIS - DOUBLES RESULTS.\nNEW YORK 1996-08-28\nTarvel and Brask beat Orrin and Vosk 7-6 (7-4) 3-6 6-2 in the doubles.', ['LOCATION NEW YORK', 'PERSON Tarvel', 'PERSON Brask', 'PERSON Orrin', 'PERSON Vosk']],
    // the players' countries in brackets
    ['TENNIS - RESULTS.\nKELBY 1996-08-28\nBrask (Spain) defeated Vosk (Freedonia) 6-2 6-1 on Tuesday.', ['LOCATION KELBY', 'PERSON Brask', 'LOCATION Spain', 'PERSON Vosk', 'LOCATION Freedonia']],
    // "in straight sets", the loser alone after the verb; the seeded on a tennis page
    ['TENNIS - RESULTS.\nLONDON 1996-08-31\nSecond seed Tarvel needed three sets to beat Orrin 6-3 3-6 6-4, and Sixth-seeded Brask beat Vosk in straight sets.', ['LOCATION LONDON', 'PERSON Tarvel', 'PERSON Orrin', 'PERSON Brask', 'PERSON Vosk']],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it.each([
    // one score of a game: the sides are clubs
    ['BASEBALL - KELBY WIN.\nKelby beat Dunmore 6-3 in the baseball game on Tuesday.', 'PERSON Kelby'],
    // outside sport: no players
    ['Tarvel beat Orrin 6-3 6-4, the council said of the vote on Monday.', 'PERSON Tarvel'],
    // on a tennis page a football club's name is the tournament's, and a cue beside a
    // surname no club's
    ['TENNIS - RESULTS.\nLONDON 1996-08-31\nTarvel, the Wimbledon champion, beat Orrin in the final of the tournament.', 'ORG Wimbledon'],
    ['TENNIS - RESULTS.\nLONDON 1996-08-31\nThe crowd cheered as Tarvel lost to Orrin in the final of the tournament.', 'ORG Orrin'],
  ])('not: %s', (text, absent) => expect(mentions(text)).not.toContain(absent));
});

describe('a player named by the play he made is a person', () => {
  it.each([
    // a town's guess, a surname of the document: the player
    ['SOCCER - KELBY WIN.\nKelby beat Dunmore 2-1 on Saturday. Tarvel scored after a pass from Hale, and the winner came from a header by Tarvel.', ['ORG KELBY', 'ORG Kelby', 'ORG Dunmore', 'PERSON Tarvel', 'PERSON Hale', 'PERSON Tarvel']],
    // two players of one play
    ['SOCCER - KELBY WIN.\nKelby beat Dunmore 2-1 on Saturday after a cross from Orrin and Vosk.', ['ORG KELBY', 'ORG Kelby', 'ORG Dunmore', 'PERSON Orrin', 'PERSON Vosk']],
    // a one-word person who scores is a player, not a side, beside the clubs
    ['SOCCER - KELBY WIN.\nKelby beat Dunmore 2-1 on Saturday. Moss scored twice in the second half.', ['ORG KELBY', 'ORG Kelby', 'ORG Dunmore', 'PERSON Moss']],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it.each([
    // a country the play came from; no sport in the document
    ['SOCCER - KELBY WIN.\nKelby beat Dunmore 2-1 on Saturday. A pass from Spain to Italy was dull.', 'PERSON Spain'],
    ['The letter was a pass from Hale to the council, officials said on Monday.', 'PERSON Hale'],
  ])('not: %s', (text, absent) => expect(mentions(text)).not.toContain(absent));
});

describe("the players of a side's lineup are people, the side a club", () => {
  it.each([
    // the shirts' numbers before the players, a note in brackets after one
    ['SOCCER - KELBY LINEUP.\nThe coach praised the players after the league match.\nKelby - 1 - Tom Hale, 2 - Orrin, 3 - Vosk (captain), 4 - Tarvel', ['ORG KELBY', 'ORG Kelby', 'PERSON Tom Hale', 'PERSON Orrin', 'PERSON Vosk', 'PERSON Tarvel']],
    // the lines of the formation between semicolons
    ['SOCCER - LINEUPS.\nThe coach praised the players after the league match.\nDunmore : Tarvel ; Brask , Quellen , Doyle ; Marek', ['ORG Dunmore', 'PERSON Tarvel', 'PERSON Brask', 'PERSON Quellen', 'PERSON Doyle', 'PERSON Marek']],
    // a bowler's figures in brackets after an innings; the side that bats opens the line
    ['CRICKET - SCOREBOARD.\nThe captain praised the bowlers after the match.\nDunmore first innings 229 (T. Hale 67, Orrin 3-22)', ['ORG Dunmore', 'PERSON T. Hale', 'PERSON Orrin']],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it.each([
    // a list's word before the colon; countries in a list
    ['SOCCER - DRAW.\nThe coach praised the players after the league match.\nGroup A: Kelby, Dunmore, Arden, Tolby', 'PERSON Kelby'],
    ['SOCCER - DRAW.\nThe coach praised the players after the league match.\nArden - Italy, Spain, France, Germany', 'PERSON Spain'],
    // no sport in the document
    ['Council members - Tarvel, Brask, Quellen, Doyle', 'PERSON Quellen'],
  ])('not: %s', (text, absent) => expect(mentions(text)).not.toContain(absent));
});
