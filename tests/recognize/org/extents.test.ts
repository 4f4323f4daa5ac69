// Where an organization's name begins and ends: invented phrases, each with the exact names
// expected, and negatives where the same shape holds two names or none.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a role before "of" is no part of the name', () => {
  it.each([
    ['She was elected a Fellow of the Royal Society in 2006.', ['ORG Royal Society']],
    ['He has been a Member of the Legislative Assembly since May.', ['ORG Legislative Assembly']],
    ['The Governor of the Bank of Zorvania resigned.', ['ORG Bank of Zorvania']],
    ['The President of the Kelby Chamber of Commerce spoke.', ['ORG Kelby Chamber of Commerce']],
    ['He is the Secretary of the Navy.', ['ORG Navy']],
    // the rest names nothing: no name at all
    ['The Minister of Finance resigned.', []],
    ['He met the Secretary of State on Monday.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('"and" inside or between names', () => {
  it.each([
    ['She joined the Department of Physics and Astronomy in May.', ['ORG Department of Physics and Astronomy']],
    ['He taught at the Quellmark Institute of Arts and Sciences.', ['ORG Quellmark Institute of Arts and Sciences']],
    ['The Ministry of Finance and Economy said so.', ['ORG Ministry of Finance and Economy']],
    ['The Grain and Exchange Board met.', ['ORG Grain and Exchange Board']],
    // two names: a whole "<head> of" name, or a name of its own after "and"
    ['The University of Zorvania and Kelby College signed a pact.', ['ORG University of Zorvania', 'ORG Kelby College']],
    ['The Department of Justice and FBI agents arrived.', ['ORG Department of Justice', 'ORG FBI']],
    // "News" ends a newsroom's name as a head word would
    ['He was voted best player by the Kelby Morning News and Dunmore Post in 1969.', ['ORG Kelby Morning News', 'ORG Dunmore Post']],
    // a modifier of the noun after it: "Treasury officials" (the Treasury's, a name of its own: org.issuer)
    ['The Bank of Zorvania and Treasury officials met.', ['ORG Bank of Zorvania', 'ORG Treasury']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a court of appeals by its circuit's ordinal keeps the ordinal", () => {
  it.each([
    ['The 9th U.S. Circuit Court of Appeals in Kelby blocked the rule.', ['ORG 9th U.S. Circuit Court of Appeals']],
    ['The 5th Circuit ruled on Friday.', ['ORG 5th Circuit']],
    ["The 5th Circuit's ruling stood.", ['ORG 5th Circuit']],
    // no circuit: the ordinal is a date's or nobody's
    ['In the 19th Century the town grew.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("an acronym after a body's name, with no brackets, is a name of its own", () => {
  it.each([
    ['The official Zorvan News Agency ZNA said so.', ['ORG Zorvan News Agency']],
    ['The Kelby Trade Authority KTA said so.', ['ORG Kelby Trade Authority']],
    ['The Kelby News Agency KELNA said so.', ['ORG Kelby News Agency', 'ORG KELNA']],
    // a legal form, a land's letters and a club's two letters end the name
    ['The Kelby Bank AG said so.', ['ORG Kelby Bank AG']],
    ['The Kelby Army FC won.', ['ORG Kelby Army FC']],
    ['Shares of Zorvan Islamic Bank PJSC rose.', ['ORG Zorvan Islamic Bank PJSC']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('two or three common words after "and" name a second field of a "<head> of" name', () => {
  it.each([
    ['The Department of Health and Human Services said so.', ['ORG Department of Health and Human Services']],
    ['The Ministry of Agriculture and Rural Development said so.', ['ORG Ministry of Agriculture and Rural Development']],
    ["Zorvania's Ministry of Finance and Public Credit approved it.", ['LOCATION Zorvania', 'ORG Ministry of Finance and Public Credit']],
    // a body of its own after "and": two names
    ['The Ministry of Finance and Central Bank agreed.', ['ORG Ministry of Finance', 'ORG Central Bank']],
    ['The Ministry of Defence and Foreign Office staff met.', ['ORG Ministry of Defence', 'ORG Foreign Office']],
    ['The Department of Energy and Western Digital signed a deal.', ['ORG Department of Energy', 'ORG Western Digital']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a possessive before a legal name', () => {
  it.each([
    ['Quellmark’s Broadcasting Service Pty Ltd ran the station.', ['ORG Quellmark’s Broadcasting Service Pty Ltd']],
    ["Marrow's Corp. said profits fell.", ["ORG Marrow's Corp"]],
    ['Farmer’s Mutual Bank lent the money.', ['ORG Farmer’s Mutual Bank']],
    // a place's possessive, or a possessive before another name, stays apart
    ["Britain's Quellmark Ltd. said so.", ['LOCATION United Kingdom', 'ORG Quellmark Ltd']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('"for" before a whole organization', () => {
  it.each([
    ['He played in the National Hockey League for the St. Louis Hawks.', ['ORG National Hockey League', 'ORG St. Louis Hawks']],
    ['The National League for Democracy won.', ['ORG National League for Democracy']],
    ['The Committee for the Protection of Journalists said so.', ['ORG Committee for the Protection of Journalists']],
    // common words after "for" are the field, whatever the tagger made of them; so is a
    // name only the tagger reads
    ['The U.S. Agency for International Development said so.', ['ORG U.S. Agency for International Development']],
    ['The Council for Economic Development met on Monday.', ['ORG Council for Economic Development']],
    ['The Office for Kelby Affairs said so.', ['ORG Office for Kelby Affairs']],
    // an acronym alone after "for", before a noun, says what the noun is for
    ['It won a contract from the Missile Defense Agency for THAAD interceptors.', ['ORG Missile Defense Agency']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a place's name and a plural noun", () => {
  it.each([
    ['He signed with the Denver Hawks last season.', ['ORG Denver Hawks']],
    ['The Pakistan Rangers opened fire.', ['ORG Pakistan Rangers']],
    ['He was traded to the St. Louis Falcons.', ['ORG St. Louis Falcons']],
    // features of the land are places; peoples and events are no organization (the place before its people is a place)
    ['Money moved to the Cayman Islands.', ['LOCATION Cayman Islands']],
    ['The Texas Democrats met on Monday.', ['LOCATION Texas']],
    ['The Geneva Talks ended.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('an abbreviation that opens a name', () => {
  it.each([
    ['He was traded to the St. Louis Cardinals in July.', ['ORG St. Louis Cardinals']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('the airline of a numbered flight', () => {
  it.each([
    ['Divers found the recorders of Zorvair Flight 447 on Monday.', ['ORG Zorvair']],
    ['The losses of Kelby Air Flight 574 and Garuda Indonesia Flight 200 killed 123.', ['ORG Kelby Air', 'ORG Garuda Indonesia']],
    ['Flight 447 crashed into the sea.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a word of an industry ends a company's name", () => {
  it.each([
    ['Velbury Capital upgraded the stock to buy.', ['ORG Velbury Capital']],
    ['Kalvex Therapeutics said its drug failed a trial.', ['ORG Kalvex Therapeutics']],
    ['The fund bought Dunmore Energy last year.', ['ORG Dunmore Energy']],
    ['Traders said Shell Oil shares rose.', ['ORG Shell Oil']],
    ['It sold the design to Aero Composites in 1986.', ['ORG Aero Composites']],
    ['Velbury Packaging cut 200 jobs.', ['ORG Velbury Packaging']],
    // common adjectives alone before it name a field
    ['Renewable Energy is cheap now.', []],
    ['Public Utilities are regulated.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('heads of exchanges, schools, ensembles, broadcasters and works', () => {
  it.each([
    ['The firm was listed on the Kelby Stock Exchange in 1998.', ['ORG Kelby Stock Exchange']],
    ['She graduated from Dunmore High School in May.', ['ORG Dunmore High School']],
    ['Police said the Zorvan Cartel ran the port.', ['ORG Zorvan Cartel']],
    ['He conducted the Kelby Philharmonic last year.', ['ORG Kelby Philharmonic']],
    ['The station was bought by Quellmark Broadcasting in 1994.', ['ORG Quellmark Broadcasting']],
    ['Dunmore Locomotive Works built the engine.', ['ORG Dunmore Locomotive Works']],
    ['The novel was published by Velbury Books.', ['ORG Velbury Books']],
    ['The inquiry targets Corbel Dynamics, a defense contractor.', ['ORG Corbel Dynamics']],
    ['Kelby Construction won the bid.', ['ORG Kelby Construction']],
    // a trade alone after common adjectives is a field
    ['Civil Engineering is a hard course.', []],
    // a railroad is as often the line as the company: no head of its own
    ['The Kelby Railroad ran along the coast.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a word of an industry in a list of heads or before a title', () => {
  it.each([
    ['The Senate Energy and Water Development Subcommittee met.', ['ORG Senate Energy and Water Development Subcommittee']],
    ['Dunmore Energy and Kelby Power Corp. agreed to merge.', ['ORG Dunmore Energy', 'ORG Kelby Power Corp']],
    ['Kelby Mining Minister Tom Hale resigned.', ['PERSON Tom Hale']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a saint's or a sovereign's possessive opens a body's name; chambers named 'House of'", () => {
  it.each([
    ["She works at St. Mary's Hospital in May.", ["ORG St. Mary's Hospital"]],
    ["He studied at King's College until May.", ["ORG King's College"]],
    ['The House of Representatives voted on Friday.', ['ORG House of Representatives']],
    ['Lord Kelvane told the House of Lords that the bill was flawed.', ['PERSON Kelvane', 'ORG House of Lords']],
    // a possessive of anyone else before a head word is whose it is
    ["Russia's Foreign Ministry said so.", ['LOCATION Russia', 'ORG Foreign Ministry']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a sentence's opening adverb or conjunction is no part of the name after it", () => {
  it.each([
    ['But Kelby Airlines cut fares.', ['ORG Kelby Airlines']],
    ['Later Brellix Corp. said it would cut jobs.', ['ORG Brellix Corp']],
    ['In Kelby Airlines\' case, fares rose.', ['ORG Kelby Airlines']],
    ['Soon Dunmore University will close.', ['ORG Dunmore University']],
    // an adjective or a participle opening the name stays in it
    ['General Dynamics Corp. said no.', ['ORG General Dynamics Corp']],
    ['Applied Materials Inc. rose.', ['ORG Applied Materials Inc']],
    ['United Airlines cut fares.', ['ORG United Airlines']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("the verb opening a profile's fragment is no part of the name after it", () => {
  it.each([
    ['Attended Kelby High School in Dunmore.', ['ORG Kelby High School', 'LOCATION Dunmore']],
    ['Joined Dunmore Trust in 1990.', ['ORG Dunmore Trust']],
    ['Founded Velbury Records in 1982.', ['ORG Velbury Records']],
    ['Co-founded by Tom Hale, the firm grew.', ['PERSON Tom Hale']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a firm's legal form after a comma stays in its name", () => {
  it.each([
    ['Brellix, Inc. said profits rose.', ['ORG Brellix, Inc']],
    ['The firm formed Cascade Kelby, LLC, in 2004.', ['ORG Cascade Kelby, LLC']],
    ['Shares of Kelby Partners, L.P. fell.', ['ORG Kelby Partners, L.P.']],
    // a list's comma before another firm is no legal form
    ['He sold Brellix, Kelby Ltd. and Dunmore Corp.', ['ORG Brellix', 'ORG Kelby Ltd', 'ORG Dunmore Corp']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('"All-" and one word is an honour, no body', () => {
  it.each([
    ['He was named to the All-Star team and was an All-American.', []],
    ['All-India Radio reported it.', ['ORG All-India Radio']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
