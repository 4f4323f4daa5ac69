// The layouts of a newswire sport page: the sport's slug that heads a story, the headings in
// capitals of its tables, the motor racing teams named by chassis and engine. Invented
// clubs, people and places; each text gives exactly these mentions.
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { mentions, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a sport slug makes a short story one about sport', () => {
  it.each([
    // few sports words in the body: the slug says it is sport
    ['SOCCER - TARNLY WIN.\nTARNLY 1996-08-30\nTarnly beat Kelby 3-0 on Friday.', ['ORG TARNLY', 'LOCATION TARNLY', 'ORG Tarnly', 'ORG Kelby']],
    ['TENNIS - HALE THROUGH.\nResults on Thursday:\nPeter Hale (Zemblania) beat Mara Quell (Freedonia) 6-3 6-4', ['PERSON HALE', 'PERSON Peter Hale', 'LOCATION Zemblania', 'PERSON Mara Quell', 'LOCATION Freedonia']],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it.each([
    // a slug needs the dash; a sport's word in a headline is no slug
    // (a club's city of the lists is the club under a sport's slug: "SOCCER - WIGAN SHARES FALL.")
    ['GOLF COURSE PLAN REJECTED.\nWigan rejected the plan 3-0 on Friday after Kelby said so.', 'ORG Wigan'],
    ['BUSINESS - WIGAN SHARES FALL.\nWigan rejected the plan 3-0 on Friday after Kelby said so.', 'ORG Wigan'],
  ])('not: %s', (text, absent) => expect(mentions(text)).not.toContain(absent));
});

describe("a table's heading in capitals names no place by a compass word", () => {
  it.each([
    ['BASKETBALL - STANDINGS.\nKELBY 1996-08-24\nStandings after games played on Friday:\nEASTERN CONFERENCE\nDUNMORE 45 20 .692 -', ['LOCATION KELBY', 'ORG DUNMORE']],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));
});

describe('a dateline and a ground stay places beside a club of their name', () => {
  it.each([
    ['SOCCER - KELBY WIN.\nDUNMORE 1996-08-30\nKelby beat Dunmore 2-1 on Friday. Dunmore coach Ivo Marek was sacked.', ['ORG KELBY', 'LOCATION DUNMORE', 'ORG Kelby', 'ORG Dunmore', 'ORG Dunmore', 'PERSON Ivo Marek']],
    // a known city's dateline above a table where the city is the team
    ['BASEBALL - STANDINGS.\nBOSTON 1996-08-29\nStandings after Wednesday\'s games:\nBOSTON 74 58 .561 -\nCHICAGO 70 62 .530 4', ['LOCATION BOSTON', 'ORG BOSTON', 'ORG CHICAGO']],
    ['CRICKET - COUNTY RESULTS.\nResults of county championship matches on Saturday:\nAt Leeds: Yorkshire drew with Coldmereshire.\nLeeds beat Wigan 2-1 in the soccer league.', ['LOCATION Leeds', 'ORG Yorkshire', 'ORG Coldmereshire', 'ORG Leeds', 'ORG Wigan']],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));
});

describe("a sport page's headings in capitals", () => {
  it.each([
    // a league, a division, a prix: competitions and headings, no organization
    ['BASEBALL - MAJOR LEAGUE STANDINGS.\nStandings after Thursday\'s games:\nAMERICAN LEAGUE\nEASTERN DIVISION\nKELBY 74 58 .561 -\nDUNMORE 70 62 .530 4', ['ORG KELBY', 'ORG DUNMORE']],
    ['MOTOR RACING - HALE TAKES POLE FOR VELNARIAN GRAND PRIX.\nTom Hale took pole position on the grid on Saturday for the race.', ['PERSON HALE', 'PERSON Tom Hale']],
    // a report's word after a name is no part of it
    ['BASKETBALL - NBA RESULTS.\nResults of games on Thursday:\nKELBY 104 Dunmore 98', ['ORG NBA', 'ORG KELBY', 'ORG Dunmore']],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  it.each([
    // the body names the league as an organization: the headline's words are it
    ['SOCCER - KELBY LEAGUE FINES DUNMORE.\nThe Kelby League fined Dunmore after the match, and the coach and the players said the referee was wrong.', 'ORG KELBY LEAGUE'],
  ])('keeps: %s', (text, present) => expect(mentions(text)).toContain(present));
});

describe('a motor racing team: a name joined by a hyphen to a maker', () => {
  it.each([
    ['MOTOR RACING - HALE ON POLE.\nStarting grid for the race:\n1. Tom Hale (Britain) Kelby-Ford 1:22.345\n2. Karl Brenner (Germany) Arrow-Renault 1:22.601', ['PERSON HALE', 'PERSON Tom Hale', 'LOCATION Britain', 'ORG Kelby-Ford', 'PERSON Karl Brenner', 'LOCATION Germany', 'ORG Arrow-Renault']],
    // in a sentence, and a guess that ran on past it cut back
    // the maker's company inside the team's name gives way to it
    ['MOTOR RACING - HALE FASTEST.\nTom Hale said his Penwick-Honda was perfect on the fast corners of the circuit.', ['PERSON HALE', 'PERSON Tom Hale', 'ORG Penwick-Honda']],
    ['MOTOR RACING - BRENNER WINS.\nKarl Brenner won the race. The Tarnby-Peugeot spun off on lap 12, and Tom Hale, driving for Kelby-Mugen Honda, retired.', ['PERSON BRENNER', 'PERSON Karl Brenner', 'ORG Tarnby-Peugeot', 'PERSON Tom Hale', 'ORG Kelby-Mugen Honda']],
  ])('%s', (text, expected) => expect(mentions(text)).toEqual(expected));

  const byRule = (text: string) =>
    extract(text).entities.flatMap((e) => e.mentions.filter((m) => m.rule === 'org.racing-team' || m.retypedBy === 'org.racing-team').map((m) => m.text));

  it.each([
    // a person's double-barrelled surname holds the maker's name
    ['MOTOR RACING - TEAM NEWS.\nThe team boss Ann Smith-Ford said the drivers would test on Monday at the circuit.'],
    // no sport: a hyphenated name is what other rules make of it
    ['The merger of Kelby-Ford with its rival was approved by regulators on Monday.'],
    // no maker after the hyphen
    ['MOTOR RACING - HALE ON POLE.\nTom Hale of Kelby-Tarnby took pole for the race on the last lap.'],
  ])('not: %s', (text) => expect(byRule(text)).toEqual([]));
});
