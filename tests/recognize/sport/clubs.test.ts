// Clubs a sports report names by a word no lexicon knows are organizations, when the text
// says they are sides: results lines, standings rows, "played for", "beat", "striker".
// Invented clubs, people and places.
import { beforeAll, describe, expect, it } from 'vitest';
import { mentions, names, warm } from './helpers.js';

beforeAll(warm, 120_000);

// enough words about sport for the document to be about sport
const SPORT = 'The coach praised the players after the league match, and the fans cheered every goal.';

describe('a club named by an unknown word in a sports report is an ORG', () => {
  it.each([
    // results lines, one or two a line; a note in parentheses after them
    [`${SPORT}\nResults on Saturday:\nDunmore 2 Kelby 1\nArden Rovers 0 Marsh 0 (halftime 0-0)\nTolby 1 Vennick 3, Brask 2 Orwen 2`,
      ['ORG Dunmore', 'ORG Kelby', 'ORG Arden Rovers', 'ORG Marsh', 'ORG Tolby', 'ORG Vennick', 'ORG Brask', 'ORG Orwen']],
    // the scorers in brackets after each side, a note after the result; a side before its scorers
    [`${SPORT}\nKelby 2 (Ann Roe 12, Mia Kestrel 65) Dunmore 1 (Karl Bexley 80). Halftime 1-0.\nScorers:\nTolby - Ann Roe (12th minute), Mia Kestrel (65)`,
      ['ORG Kelby', 'PERSON Ann Roe', 'PERSON Mia Kestrel', 'ORG Dunmore', 'PERSON Karl Bexley', 'ORG Tolby']],
    // a standings table: the name and at least three numbers; a rank before it; a percentage
    [`${SPORT}\nStandings (played, won, drawn, lost, points):\n1. Kelby 10 6 2 2 20\nDunmore Town 10 5 3 2 18\nArden 74 62 .544 -`, ['ORG Kelby', 'ORG Dunmore Town', 'ORG Arden']],
    // the words around the name
    [`${SPORT} Ann Roe played 26 games for Tarnwick last season.`, ['PERSON Ann Roe', 'ORG Tarnwick']],
    // a college side by its "Tech"; a poll's rank before a side is no club ("No. 12")
    [`${SPORT} Kelvane Tech upset No. 12 Marston 31-28.`, ['ORG Kelvane Tech', 'ORG Marston']],
    [`${SPORT} Ann Roe signed for Dunmore Rovers in June.`, ['PERSON Ann Roe', 'ORG Dunmore Rovers']],
    // a club's head word after a name that is also a given name; the period that ends the sentence
    [`${SPORT} Tolvane beat Kelby United 2-1, and Real Orvale drew with Sporting Dunmore.`, ['ORG Tolvane', 'ORG Kelby United', 'ORG Real Orvale', 'ORG Sporting Dunmore']],
    [`${SPORT} Kelby Rovers manager Karl Bexley was sacked.`, ['ORG Kelby Rovers', 'PERSON Karl Bexley']],
    // the sides of a score: before it, with a possessive, and after it
    [`${SPORT} Kelby's 2-1 win over Dunmore kept them top.`, ['ORG Kelby', 'ORG Dunmore']],
    // the side after a score, the club a player leaves
    [`${SPORT} Vennick drew 2-2 with Brask, and Orwen won 3-1 against Tolby.`, ['ORG Vennick', 'ORG Brask', 'ORG Orwen', 'ORG Tolby']],
    [`${SPORT} Ann Roe joined Tolby from Dunmore in July.`, ['PERSON Ann Roe', 'ORG Tolby', 'ORG Dunmore']],
    // two sides: "v", "vs", and a match between them
    [`${SPORT}\nFixtures for Saturday: Kelby v Dunmore, Arden vs. Marsh.`, ['ORG Kelby', 'ORG Dunmore', 'ORG Arden', 'ORG Marsh']],
    [`${SPORT} The final between Kelbyshire and Dunmoreshire starts on Sunday.`, ['ORG Kelbyshire', 'ORG Dunmoreshire']],
    // a club named by its city, known or not
    [`${SPORT} Ann Roe played 26 games for Lyon last season.`, ['PERSON Ann Roe', 'ORG Lyon']],
    [`${SPORT} Last year Karl Bexley coached Brenholt to the title.`, ['PERSON Karl Bexley', 'ORG Brenholt']],
    [`${SPORT} Kelby beat Dunmore 2-1 on Sunday.`, ['ORG Kelby', 'ORG Dunmore']],
    [`${SPORT} The visitors lost to Orvale 63-7 in the rain.`, ['ORG Orvale']],
    [`${SPORT} Kelby striker Ann Roe scored twice.`, ['ORG Kelby', 'PERSON Ann Roe']],
    // a side in capitals (the home team), its first word a given name; a nickname ends the side
    [`${SPORT}\nResults (home team in capitals):\nKELBY BISONS 102 Dunmore Hawks 98\nDUNMORE HAWKS 98 Kelby Bisons 102`, ['ORG Kelby Bisons', 'ORG Dunmore Hawks']],
    // two sides either side of a verb of the match, the score after the second
    [`${SPORT} Dunmore held Kelby 1-1, and Tolvane edged Brask 2-1.`, ['ORG Dunmore', 'ORG Kelby', 'ORG Tolvane', 'ORG Brask']],
    [`${SPORT} Orvale thrashed Vennick 5-0 at home.`, ['ORG Orvale', 'ORG Vennick']],
    // a side that opens with a given name and ends in a team's nickname; "the" before the other side
    [`${SPORT} Kelby Bisons rallied past the Dunmore Hawks 5-3.`, ['ORG Kelby Bisons', 'ORG Dunmore Hawks']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    // a plural verb after a name opening a sentence: British reports agree a side
    [`${SPORT} Kelby are third in the table.`, ['ORG Kelby']],
    [`${SPORT} Kelby lead the table by two points.`, ['ORG Kelby']],
    [`${SPORT} Kelby, second in the table, play Dunmore on Saturday.`, ['ORG Kelby', 'ORG Dunmore']],
    // a relative clause between: the verb outweighs the "who" a person takes
    [`${SPORT} Kelby, who beat Dunmore 3-0 last week, face Arden on Sunday.`, ['ORG Kelby', 'ORG Dunmore', 'ORG Arden']],
    // two sides before a verb of the match; a side after "moved to", "held to a draw by"
    [`${SPORT} Kelby and Dunmore drew 1-1 on Saturday.`, ['ORG Kelby', 'ORG Dunmore']],
    [`${SPORT} Ann Roe moved to Brask last season.`, ['PERSON Ann Roe', 'ORG Brask']],
    [`${SPORT} Arden were held to a draw by Tolby.`, ['ORG Arden', 'ORG Tolby']],
    // an article before the side and its player's role
    [`${SPORT} The Dunmore midfielder was booked.`, ['ORG Dunmore']],
    // the margin of a cricket side's win: wickets, runs, an innings
    [`${SPORT} Bravenia won by six wickets against the champions.`, ['ORG Bravenia']],
    [`${SPORT} Tarnwick won by 45 runs, and Kelbury won by an innings on the third day.`, ['ORG Tarnwick', 'ORG Kelbury']],
    // a scorecard's heading: the side that bats, opening its own line; a country stays the place
    [`${SPORT}\nScores on the second day:\nKelbury first innings\nA. Varma c Dent b Morl 45\nIndia 2nd innings\nJ. Harker run out 12`,
      ['ORG Kelbury', 'PERSON A. Varma', 'PERSON Dent', 'PERSON Morl', 'LOCATION India', 'PERSON J. Harker']],
    // not: the words mid-sentence
    [`${SPORT} The first innings was slow, said Orlek.`, ['PERSON Orlek']],
  ])('in prose: %s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    // a person takes the singular; a name after "and" or "of" is no subject of its own
    [`${SPORT} Hale is third in the standings.`, []],
    [`${SPORT} Ann Roe and Hale are level on points.`, ['PERSON Ann Roe']],
    [`${SPORT} Tom Reed of Zemblania beat Ian Moss in the final.`, ['PERSON Tom Reed', 'PERSON Ian Moss']],
    // a country: the national side, sports-teams.ts's, not a club
    [`${SPORT} Japan are top of the group.`, ['LOCATION Japan']],
    // a golfer wins by strokes; a country that wins by wickets stays the place
    [`${SPORT} Orlek won by three strokes on Sunday.`, []],
    [`${SPORT} India won by six wickets.`, ['LOCATION India']],
    // no sport in the document
    ['Kelby are third in the poll, the council said on Monday.', []],
  ])('not in prose: %s', (text, expected) => expect(names(text)).toEqual(expected));

  it('reads no court case as a match', () => {
    expect(names('The ruling in Kelby v Dunmore was upheld by the appeals court on Monday.')).not.toContain('ORG Kelby');
  });

  it('types the other mentions of the club the same way', () => {
    expect(mentions(`${SPORT} Ann Roe joined Kelby in June. She scored for Kelby again.\nKelby 10 6 2 2 20`)).toEqual(['PERSON Ann Roe', 'ORG Kelby', 'ORG Kelby', 'ORG Kelby']);
  });

  it.each([
    // no sport in the document: nothing changes
    ['Kelby beat expectations in the third quarter, the company said.', []],
    ['Dover beat expectations in the third quarter, the port said.', ['LOCATION Dover']],
    ['Workers at the Kelby plant joined Dunmore in the strike.', []],
    // a person in a table of scores
    [`${SPORT}\nScores after three rounds:\nAnn Roe 68 70 71 209\nMia Kestrel 70 70 70 210`, ['PERSON Ann Roe', 'PERSON Mia Kestrel']],
    // a table's own words; a nationality before a role; a common word opening a sentence
    [`${SPORT}\nTotal 10 6 2 2 20`, []],
    [`${SPORT} Ruritanian striker Ann Roe scored twice.`, ['PERSON Ann Roe']],
    // a city that hosts games is the city
    [`${SPORT} Tolvane hosts the games next year.`, []],
    // people beat people
    [`${SPORT} The title went to Karl Bexley, who beat Ann Roe in the final.`, ['PERSON Karl Bexley', 'PERSON Ann Roe']],
    // a country is its national side, which sports-teams.ts reads from a match, not a club
    [`${SPORT} Ann Roe played 26 games for France.`, ['PERSON Ann Roe', 'LOCATION France']],
    [`${SPORT} Veteran striker Ann Roe scored twice.`, ['PERSON Ann Roe']],
    // two players in a results line, a given name opening each: people, not sides
    [`${SPORT}\nResults of the fourth round:\nKarl Hale 1 Ann Roe 0`, ['PERSON Karl Hale', 'PERSON Ann Roe']],
    // a person whose surname is a nickname's word, with no side's cue
    [`${SPORT} Tom Hawks pitched well on Sunday.`, ['PERSON Tom Hawks']],
    // the sets of a tennis match: people, not sides; no score, no side
    [`${SPORT} Tom Reed beat Ian Moss 6-3 6-4 in the final.`, ['PERSON Tom Reed', 'PERSON Ian Moss']],
    [`${SPORT} Tolvane held talks with Brask on Monday.`, []],
    // no sport in the document
    ['Voters in Kelby held Dunmore 52-48 in the ballot count, officials said.', []],
  ])('not: %s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe("a club's own words make it a club, with no cue around it", () => {
  it.each([
    // a club's head word ends the name; the sentence's first word is set aside
    [`${SPORT} Kelby United held their nerve.`, ['ORG Kelby United']],
    [`${SPORT} Yesterday Arden Wanderers held their nerve.`, ['ORG Arden Wanderers']],
    [`${SPORT} Fans of Tolby FC marched.`, ['ORG Tolby FC']],
    // a club's word opens the name, and the city inside it is no place
    [`${SPORT} Inter Milan held their nerve.`, ['ORG Inter Milan']],
    [`${SPORT} Fans of Real Kelby marched.`, ['ORG Real Kelby']],
    // a player a role's word names is no club, wherever he plays
    [`${SPORT} Veteran striker Tarvo scored twice as Kelby beat Dunmore 2-1. Tarvo scored again.`, ['PERSON Tarvo', 'ORG Kelby', 'ORG Dunmore']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    // no sport in the document; a city's word is no club's head
    ['Kelby United held a rally on Monday.', []],
    [`${SPORT} Fans marched in Dunmore City.`, ['LOCATION Dunmore City']],
  ])('not: %s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe("a football club's code makes a club in any document", () => {
  it.each([
    ['He joined FC Dunmore in 2007.', ['ORG FC Dunmore']],
    ['The council thanked Kelby FC for the land.', ['ORG Kelby FC']],
    ['AFC Tolby won the vote, the council said.', ['ORG AFC Tolby']],
    ['She founded Arden F.C. in 1901.', ['ORG Arden F.C.']],
    ['Fans of Tolby A.F.C. marched on Monday.', ['ORG Tolby A.F.C.']],
    // a known city inside the club's name is no place
    ['He left FC Basel last year.', ['ORG FC Basel']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([
    // common words with a code are no club's name outside sport; other codes stay sport-only
    ['The AFC Championship was held on Monday.', []],
    ['He works at Youth FC now.', []],
    ['AC Dunmore held a rally on Monday.', []],
  ])('not: %s', (text, expected) => expect(names(text)).toEqual(expected));
});
