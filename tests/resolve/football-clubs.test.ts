// org.club-listed: the football clubs of football-clubs.txt (openfootball/clubs, CC0) in a
// document about sport. Every sentence here is invented; the clubs are real names of the list.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { isListedClub, listedClubSpans } from '../../src/resolve/football-clubs.js';

// a sentence that makes a document about sport (four sports words and more)
const SPORT = 'The striker scored twice in the league match, and the coach praised the team. ';

/** The names of the text, type and text of each mention, the rule org.club-listed's marked. */
const names = (text: string) =>
  extract(text, { types: ['ORG', 'LOCATION', 'PERSON'] })
    .entities.flatMap((e) => e.mentions.map((m) => `${e.type} ${m.text}${m.rule === 'org.club-listed' || m.retypedBy === 'org.club-listed' ? ' *' : ''}`));

describe('listedClubSpans: a capitalized run of words that is a listed club, longest first', () => {
  it.each([
    ['Ajax Amsterdam striker', ['Ajax Amsterdam']],
    ['Heart of Midlothian won', ['Heart of Midlothian']],
    ['St. Pauli beat them', ['St. Pauli']],
    // the possessive set aside, and the run ends with it
    ["Rangers' manager", ['Rangers']],
    ["Celta Vigo's Brazilian forward", ['Celta Vigo']],
    // a word that opens the sentence is no part of the name
    ['Yesterday Celtic lost.', ['Celtic']],
    // a run longer than the club's name is something else
    ['Fans met at Celtic Park.', []],
    ['John Barnsley said so.', []],
    ['Sparta Prague and Slavia Prague', ['Sparta Prague', 'Slavia Prague']],
  ])('%s', (text, expected) => {
    expect(listedClubSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('keeps no name that stands for no club alone: a club word, a country, a city whose club is minor', () => {
    for (const n of ['United', 'City', 'Real', 'Athletic', 'Monaco', 'Austria', 'Paris', 'AZ']) expect(isListedClub(n), n).toBe(false);
    for (const n of ['Barnsley', 'Feyenoord', 'Sparta Prague', 'Borussia Moenchengladbach', 'Bayern München', 'Arsenal', 'St Pauli', 'St. Pauli']) expect(isListedClub(n), n).toBe(true);
  });
});

describe('org.club-listed in a document about sport', () => {
  it.each([
    // no cue at all: the list says it is a club
    [SPORT + 'Feyenoord went top of the table on Sunday.', ['ORG Feyenoord *']],
    // a club and its city: the club, not the city inside it
    [SPORT + 'Sparta Prague striker Jan Novak was injured.', ['ORG Sparta Prague', 'PERSON Jan Novak']],
    // a guessed person of several words is the club
    [SPORT + 'Vitesse Arnhem held Twente Enschede to a goalless draw.', ['ORG Vitesse Arnhem *', 'ORG Twente Enschede *']],
    [SPORT + "Celta Vigo's Brazilian forward scored twice.", ['ORG Celta Vigo *']],
    // a saint as British news writes it ("St", no period), a place's reading of it set aside
    [SPORT + 'Paris St Germain stayed top after the win.', ['ORG Paris St Germain *']],
    // a place, in a sentence about the game
    [SPORT + 'Porto moved three points clear after a win over Benfica.', ['ORG Porto *', 'ORG Benfica']],
    // "X, who": a club, unless a person's name
    [SPORT + 'Middlesbrough, who have not won in six games, lost 3-1 to Derby.', ['ORG Middlesbrough *', 'ORG Derby']],
    [SPORT + 'Preston, who scored twice, was praised.', ['PERSON Preston']],
    // a club named by a common word: inside a sentence, where no lower-case "arsenal" is
    // one that opens a sentence, before a match's verb
    [SPORT + 'Hearts drew with Dunfermline on Saturday.', ['ORG Hearts *', 'ORG Dunfermline']],
    // (and a place, in a sentence about the game)
    [SPORT + 'The defender left Leeds after six years with Arsenal.', ['ORG Leeds *', 'ORG Arsenal *']],
    // the other rules keep what they read: a results line, "X beat Y 2-1"
    ['Celtic 3 Rangers 1\nAberdeen 0 Kilmarnock 2\nThe goalkeeper saved a penalty and the referee sent off a defender in the league match.', ['ORG Celtic', 'ORG Rangers', 'ORG Aberdeen', 'ORG Kilmarnock']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // no sport in the document: places stay places, and the list says nothing
    ['Officials in Barnsley said on Monday the new hospital would open next year. The council in Gillingham approved plans for housing. Feyenoord is a district of Rotterdam.', ['LOCATION Barnsley', 'LOCATION Gillingham', 'LOCATION Feyenoord', 'LOCATION Rotterdam']],
    ['Heavy rain flooded homes in Barnsley on Monday. Porto and Valencia reported storms too.', ['LOCATION Barnsley', 'LOCATION Porto', 'LOCATION Valencia']],
    // a sport article, but the place where the match was played, or a place in a list of places
    [SPORT + 'The match was played in Barnsley before 9,000 fans.', ['LOCATION Barnsley']],
    [SPORT + 'The women played in Ottawa and Halifax before the cup final.', ['LOCATION Ottawa', 'LOCATION Halifax']],
    [SPORT + 'Officials visited Little Falls, Minnesota, before the final.', ['LOCATION Little Falls', 'LOCATION Minnesota']],
    // a name a speech verb stands before is the speaker
    [SPORT + 'The referee, said Barnsley, was poor.', ['LOCATION Barnsley']],
    // a common word that opens a sentence, or that the document writes in lower case
    [SPORT + 'He bought an arsenal of old boots. Then Arsenal lost.', []],
    [SPORT + 'Hearts sank when the fans left.', []],
    // a longer run is another name
    [SPORT + 'Fans gathered at Celtic Park before the game.', ['LOCATION Celtic Park']],
  ])('not: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('never reads "United", "City" or "Real" alone', () => {
    expect(names(SPORT + 'The coach said United had a strong squad, that City was rich and Real was richer.').filter((n) => n.endsWith('*'))).toEqual([]);
  });
});
