// A cricket scorecard names people: the batsman, the fielder and the bowler of each line,
// and the bowlers with their figures. Invented people and places.
import { beforeAll, describe, expect, it } from 'vitest';
import { mentions, names, warm } from './helpers.js';

beforeAll(warm, 120_000);

const CARD = 'Scoreboard on the first day of the cricket match, after the first innings of the home team:';

describe('the names of a cricket scorecard are people', () => {
  it.each([
    [`${CARD}\nA. Quellby c Doe b Barlow 45`, ['PERSON A. Quellby', 'PERSON Doe', 'PERSON Barlow']],
    [`${CARD}\nM. Kestrel lbw b Tarrow 0\nJ. Vrek c and b Tarrow 12\nOrwen run out 7\nQuillan not out 23`, ['PERSON M. Kestrel', 'PERSON Tarrow', 'PERSON J. Vrek', 'PERSON Orwen', 'PERSON Quillan']],
    // bowlers with their figures, one or several a line
    [`${CARD}\nBowling: Barlow 10-2-34-3, Tarrow 9.3-1-40-2`, ['PERSON Barlow', 'PERSON Tarrow']],
    // a surname that is also a known place
    [`${CARD}\nA. Quellby c Doe b Lancaster 45`, ['PERSON A. Quellby', 'PERSON Doe', 'PERSON Lancaster']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it("types the player's other mentions the same way", () => {
    expect(mentions(`${CARD}\nQuillan not out 23\nQuillan hit six fours.`)).toEqual(['PERSON Quillan', 'PERSON Quillan']);
  });

  it.each([
    // no sport in the document
    ['The list of the board:\nQuillan not out 23', 'PERSON Quillan'],
    // the table's own lines
    [`${CARD}\nExtras (b-4 lb-6) 10\nTotal (for 5 wickets) 97`, 'PERSON Total'],
  ])('not: %s', (text, absent) => expect(names(text)).not.toContain(absent));
});
