// A headline in capitals: its words are names only where there is evidence, a lexicon's or
// the body's (the same name written in Title Case). Invented clubs, people and places.
import { beforeAll, describe, expect, it } from 'vitest';
import { mentions, warm } from './helpers.js';

beforeAll(warm, 120_000);

const headline = (text: string) => mentions(text).filter((m) => m === m.toUpperCase());

describe('the names of a headline in capitals', () => {
  it.each([
    // the body names the clubs: the headline's words are those clubs
    ['SOCCER - KELBY BEAT DUNMORE 2-1.\nKelby beat Dunmore 2-1 in the league match, and the coach praised the players and the fans.', ['ORG KELBY', 'ORG DUNMORE']],
    // a sport's headline names a club by its first word ("Kelby Wanderers", a known city's club too)
    ['SOCCER - KELBY HAMMER LEEDS.\nKelby Wanderers beat Leeds United 3-0 in the league match, and the coach praised the players and the fans.', ['ORG KELBY', 'ORG LEEDS']],
    // a person's surname, after the full name in the body
    ["ATHLETICS - ROE WINS IN OSLO.\nAnn Roe won the women's race in Oslo on Friday.", ['PERSON ROE', 'LOCATION OSLO']],
    ['QUELLMARK SHARES FALL AFTER WARNING\nShares of Quellmark Holdings fell after Quellmark said sales would drop.', ['ORG QUELLMARK']],
    // a headline drops the corporate suffix the body writes
    ['DUNMORE ENERGY POSTS RECORD PROFIT\nDunmore Energy Inc. posted a record profit on Monday.', ['ORG DUNMORE ENERGY']],
    // a place a lexicon knows needs no body
    ['STORM HITS OHIO.\nThe storm flooded roads on Monday.', ['LOCATION OHIO']],
    // the acronym the body uses, or the initials of a name it writes in full
    ['ZLF CONDEMNS ATTACK.\nThe ZLF and its allies condemned the attack.', ['ORG ZLF', 'ORG ZLF']],
    ['KTA TO MEET IN MAY.\nThe Kelby Trade Authority will meet on Monday.', ['ORG KTA']],
    // a name of several words the body writes covers the capitals' reading of one of its words
    ['SOCCER - REAL KELBY BEAT DUNMORE.\nReal Kelby beat Dunmore 2-1 in the league match, and the coach praised the players and the fans.', ['ORG REAL KELBY', 'ORG DUNMORE']],
    ['STORM HITS NEW YORK TIMES OFFICE.\nThe New York Times said its office flooded.', ['ORG NEW YORK TIMES']],
    // a short headline is read as one too, not as one name of three words
    ['ZU REJECTS CALL.\nThe Zorvan Union said no.', ['ORG ZU']],
    // ... not a word in capitals that is a word in lower case too
    ['IT WORKS.\nThe Idle Trust said so.', []],
    // ... nor an abbreviation of a thing, nor initials with a legal form
    ['AI TOOLS SPREAD IN NEWSROOMS\nAmnesty Kelby said the tools were spreading.', []],
    ['GDP FALLS AGAIN\nGreat Dunmore Plc said sales fell.', []],
  ])('%s', (text, expected) => expect(headline(text)).toEqual(expected));

  it.each([
    // no evidence: capitals alone make no name
    ['KELBY PLANT TO CLOSE.\nThe plant will close next year, workers said.'],
    ['TALKS IN TOLVANE FAIL AGAIN.\nThe talks failed, a spokesman said.'],
    // outside sport a name's first word is no name of its own
    ['KELBY PLANT TO CLOSE.\nKelby Holdings will close the plant next year, workers said.'],
  ])('not: %s', (text) => expect(headline(text)).toEqual([]));

  it('leaves a headline in Title Case to the rules', () => {
    expect(mentions('Kelby Beat Dunmore Again\nThe company Kelby beat its rival Dunmore in sales.')).not.toContain('ORG Beat');
  });
});
