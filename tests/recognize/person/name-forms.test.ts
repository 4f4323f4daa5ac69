// Forms of personal names the lexicons alone miss: particles inside them, given names that
// are common English words. Invented names, with negatives of the same shape.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from '../org/helpers.js';

beforeAll(warm, 120_000);

describe('particles inside a name', () => {
  it.each([
    ['The envoy met Fernando de la Ruaz in Lima.', ['PERSON Fernando de la Ruaz', 'LOCATION Lima']],
    ['Ursula von der Kelben chaired the meeting.', ['PERSON Ursula von der Kelben']],
    ['Police sought Osama bin Qadran for years.', ['PERSON Osama bin Qadran']],
    ['The award went to Luiz Inacio Lula da Sarva.', ['PERSON Luiz Inacio Lula da Sarva']],
    ['The royalists were led by Joaquin de la Pazuelo. Then Pazuelo attacked.', ['PERSON Joaquin de la Pazuelo']],
    // after a particle a common word is the surname; a month's name that is a given name opens it
    ['The coach, Jan de Wit, said so.', ['PERSON Jan de Wit']],
    ['He met Piet van Dam in Utrecht.', ['PERSON Piet van Dam', 'LOCATION Utrecht']],
    // ... but a month before a number is a date, and common words with no particle no name
    ['The deal closed on Jan 5 in Utrecht.', ['LOCATION Utrecht']],
    // "of" is no particle: an org and a place stay apart from people
    ['The Duke of Kelby and the Bank of England met.', ['ORG Bank of England']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a gloss in another script', () => {
  it.each([
    ['Ivan Kelbov (Russian: Иван Кельбов) is a singer.', ['PERSON Ivan Kelbov']],
    ['The report was written by Zabihullah Ardashir in the spring.', ['PERSON Zabihullah Ardashir']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('after a title, a given name and a surname that is a common word', () => {
  it.each([
    ['Foreign Minister Ivo Marsh said so.', ['PERSON Ivo Marsh']],
    ['Its chairman, Foreign Minister Ivo Marsh of Dorvania, left.', ['PERSON Ivo Marsh', 'LOCATION Dorvania']],
    // ... but a place's name after a title's word is none ("Captain America"), nor words with no given name
    ['She dressed as Captain America Image for the show.', []],
    ['Minister Kelvo Marsh said so.', []],
    // a given name that is a common word and a surname shaped like a plural, beside a title
    ['Spokeswoman Sandy Kelbers said the team formed.', ['PERSON Sandy Kelbers']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a title's word that is a surname too, after a known first name", () => {
  it.each([
    ['But Ben Player was the newest world champion.', ['PERSON Ben Player']],
    ['He painted like John Constable.', ['PERSON John Constable']],
    // a title still
    ['Chief Constable Ann Hale said so.', ['PERSON Ann Hale']],
    // an inductee of a hall of fame is no hall
    ['His manager was future Hall of Famer Kel Vance.', ['PERSON Kel Vance']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a title's word opening a place's name", () => {
  it.each([
    ['He lived in King County, Washington.', ['LOCATION King County', 'LOCATION Washington']],
    ['Prince Edward Island voted on Monday.', ['LOCATION Prince Edward Island']],
    ['He was a former Prince Kelby County auditor.', []],
    // a title and a name stay a person
    ['King Harald met him.', ['PERSON Harald']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a given name and an English surname that is a common word, with no title', () => {
  it.each([
    ['He met Ivo Marsh on Monday.', ['PERSON Ivo Marsh']],
    ['Second seed Ivo Marsh of Dorvania beat Tunde Okafor.', ['PERSON Ivo Marsh', 'LOCATION Dorvania', 'PERSON Tunde Okafor']],
    ['Yusuf Hill said he would stay.', ['PERSON Yusuf Hill']],
    // ... a romanized surname spelled as an English word too
    ['The seat went to nonpartisan Junius Ho.', ['PERSON Junius Ho']],
    // a creed's adherent in "-ist" before a name is no given name of it
    ['The video featured Scientologist Tom Kelmer.', ['PERSON Tom Kelmer']],
    // a building named after someone keeps its place; no given name, no person
    ['The guests stayed at the Palmer House.', ['LOCATION Palmer House']],
    ['Troops dug in at Kelvo Marsh.', ['LOCATION Kelvo Marsh']],
    // a nationality before a plural surname-like word is no given name
    ['Shares of Allied Irish Banks fell.', ['ORG Allied Irish Banks']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a trade's noun in lower case before a name", () => {
  it.each([
    ['The melody was set by composer Alfredo Keil in 1890.', ['PERSON Alfredo Keil']],
    ['He was influenced by pianist Eddy Duchin.', ['PERSON Eddy Duchin']],
    ['The winner was golfer Tiger Woods.', ['PERSON Tiger Woods']],
    ['His fellow countryman Adelson made his debut.', ['PERSON Adelson']],
    // a firm's name after one keeps its head's reading; a capitalized one opens no title
    ['The engineer Kelby Industries hired left.', ['ORG Kelby Industries']],
    ['Composer Alfredo Keil wrote it.', ['PERSON Alfredo Keil']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a wire's credit line names people", () => {
  it.each([
    ['Reporting by Anna Kessler in Bengaluru; Editing by Shinjini Ganguli', ['PERSON Anna Kessler', 'LOCATION Bengaluru', 'PERSON Shinjini Ganguli']],
    ['Additional reporting by Tunde Bako in Lagos; Writing by Ivo Darek', ['PERSON Tunde Bako', 'LOCATION Lagos', 'PERSON Ivo Darek']],
    // "by" after other words says nothing of who did it
    ['Research by Kelby Institute showed growth.', ['ORG Kelby Institute']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a given name that is a common word', () => {
  it.each([
    // ... before a surname's possessive, or opening a name of three words
    ["Steve found Dick Kelmer's phone.", ['PERSON Steve', 'PERSON Dick Kelmer']],
    ['Past guests include Frank Kelly Dorvane and Ann Roe.', ['PERSON Frank Kelly Dorvane', 'PERSON Ann Roe']],
    // a job's noun before a given name and a middle initial names the person's job
    ['He questioned operator George F. Kelmer about it.', ['PERSON George F. Kelmer']],
    ['Players joined Bill Cowley in Ottawa. Later Cowley coached.', ['PERSON Bill Cowley', 'LOCATION Ottawa']],
    ['They met Grant Kelbow and Dawn Farrow on Monday.', ['PERSON Grant Kelbow', 'PERSON Dawn Farrow']],
    // a common word after it, a place, or the first word of a question
    ['They visited the Rose Garden.', ['LOCATION Rose Garden']],
    ['Will Iran agree?', ['LOCATION Iran']],
    ['The Grant Program ended.', ['PROGRAM Grant Program']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('an acronym after a figure is a unit or a statistic', () => {
  it.each([
    ['He posted a 2.26 ERA last season.', []],
    ['He won 34 fights, 30 by KO.', []],
    ['Leaders met at the 2012 NATO summit.', ['ORG NATO']],
    ['Officials at NNSA declined to comment.', ['ORG NNSA']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a form of address before any capitalized words', () => {
  it.each([
    ['Mrs Paris Hale spoke first.', ['PERSON Paris Hale']],
    ['Mr. Major agreed with the plan.', ['PERSON Major']],
    ['Mrs. Hale said the plan would fail.', ['PERSON Hale']],
    ['Mr Justice Anthony Kelbow ruled.', ['PERSON Anthony Kelbow']],
    // a role addressed names no one
    ['Thank you, Mr. President.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a place of two words opening a sentence', () => {
  it.each([
    ['It was a good season. Bowling Green finished it 8-5.', ['LOCATION Bowling Green']],
    ['Grand Rapids voted on Monday.', ['LOCATION Grand Rapids']],
    ['Stock markets fell on Monday.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a surname shaped like a plural after a known given name', () => {
  it.each([
    ['The coach praised Harry Kane and John Stones early in the game.', ['PERSON Harry Kane', 'PERSON John Stones']],
    ['Later Emma Fields spoke to reporters.', ['PERSON Emma Fields']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a name in a list whose other items are all people', () => {
  it.each([
    ['Photos by Mara Quell, Tom Hale, and Dorvan Keel were shown.', ['PERSON Mara Quell', 'PERSON Tom Hale', 'PERSON Dorvan Keel']],
    ['The side started with Tom Hale, Mara Quell and Dorvan Keel.', ['PERSON Tom Hale', 'PERSON Mara Quell', 'PERSON Dorvan Keel']],
    // one person beside it proves nothing; places stay places
    ['Tom Hale and Dorvan Keel met.', ['PERSON Tom Hale']],
    ['He visited Paris, London, and Kelby Town.', ['LOCATION Paris', 'LOCATION London', 'LOCATION Kelby Town']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a title's word before a meeting or an event is no person's title", () => {
  it.each([
    ['At the Extraordinary General Meeting in Madrid, it was decided.', ['LOCATION Madrid']],
    ['General Strike leaders met on Monday.', []],
    // a name after the title is still a person's, a common word or not
    ['President Bush spoke on Monday.', ['PERSON Bush']],
    ['General Mara Quell spoke on Monday.', ['PERSON Mara Quell']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a title or a person noun in apposition types a name ending in a common word', () => {
  it.each([
    ['Ellison Marsh, chief financial officer of Tarrow, said margins would improve.', ['PERSON Ellison Marsh', 'ORG Tarrow']],
    ['Dorsan Hale, a lawyer for the family, said so.', ['PERSON Dorsan Hale']],
    // a place is no person, nor a count after a comma an apposition
    ['According to the 2006 Zorvan Census, 3,100 persons claimed the ancestry.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a name with a relative "who" after it is a person', () => {
  it.each([
    ['Brenner, who chairs the committee, said no.', ['PERSON Brenner']],
    ['Later Tarvold, whose term ends in May, spoke.', ['PERSON Tarvold']],
    // a body or a place the lexicons know, and a plural (a team), take "who" too
    ['He thanked Microsoft, who paid.', ['ORG Microsoft']],
    ['The crowd cheered Ohio, who won.', ['LOCATION Ohio']],
    ['Officials, who spoke anonymously, said no.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('"Fr" (Father) before a priest\'s name is a title, no part of the name', () => {
  it.each([
    ['A Jesuit priest Fr Tomas Kelby wrote the letter.', ['PERSON Tomas Kelby']],
    ['Fr. Kelby said the mass on Sunday.', ['PERSON Kelby']],
    // the word alone, or in a longer word, is none
    ['Fritz Kelby said the mass on Sunday.', ['PERSON Fritz Kelby']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a lone surname before "of the" and a body', () => {
  it.each([
    ['Voss of the Brellix Foundation said the plan would fail.', ['PERSON Voss', 'ORG Brellix Foundation']],
    ['"It will not pass," said Tarvin of the Kelby Institute.', ['PERSON Tarvin', 'ORG Kelby Institute']],
    // common words before "of the" open the body's own name
    ['The Army of the Potomac moved south.', ['ORG Army of the Potomac']],
    ['The Bank of the Kelby Islands raised rates.', ['ORG Bank of the Kelby Islands']],
    ['Kelby of the Dunmore Group signed.', ['PERSON Kelby', 'ORG Dunmore Group']],
    // a word the document writes in lower case is a common one
    ['Guidance of the Kelby Institute helped; such guidance is rare.', ['ORG Kelby Institute']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a leader's surname before the noun of his time in office", () => {
  it.each([
    ['Critics of the Kell administration said so.', ['PERSON Kell']],
    ['The Obama administration imposed sanctions.', ['PERSON Obama']],
    ['The Morrison government lost the vote.', ['PERSON Morrison']],
    ['The Reagan era ended.', ['PERSON Reagan']],
    // a place, a party or a common word before the noun keeps its own reading
    ['The Iran government fell.', ['LOCATION Iran']],
    ['The Labour government lost.', ['ORG Labour']],
    ['During the Victorian era, trade grew.', []],
    // an unknown word is a leader's only before "administration" and its kin, and between
    // "the" and "government" or "cabinet" (the lands and regions are in the lexicons)
    ['The Kelby campaign raised funds.', []],
    ['The Varnak government fell in May.', ['PERSON Varnak']],
    ['Ministers of the Dorsey cabinet quit.', ['PERSON Dorsey']],
    // a common word before "administration" and its kin, which only a leader's name takes
    ["She criticized the Trump administration's plan.", ['PERSON Trump']],
    ['Critics of the Bush presidency said so.', ['PERSON Bush']],
    // ... but not a party's word or an adjective, nor a word the document writes in lower case
    ['The Labour administration said no.', ['ORG Labour']],
    ['The Interim administration met.', []],
    ['He played a trump card. The Trump administration said no.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('one unknown word that speaks a quotation or holds a title', () => {
  it.each([
    ['"We will not stop," said Darek.', ['PERSON Darek']],
    ['"We will wait," Darek said.', ['PERSON Darek']],
    ['Recipients, said Mauer, must show the works.', ['PERSON Mauer']],
    ['Later, Jafari said she felt fine.', ['PERSON Jafari']],
    ['Jafari said she felt fine.', ['PERSON Jafari']],
    // a firm says "it"
    ['Later, Brellix said it would cut jobs.', ['ORG Brellix']],
    ['Darek, a former mayor, said no.', ['PERSON Darek']],
    ['He met Darek, the deputy minister, on Monday.', ['PERSON Darek']],
    // a firm quoted from its statement, a firm in apposition, a known place
    ['"It failed," said Brellix in a statement.', ['ORG Brellix']],
    ['Brellix, a supplier, said no.', ['ORG Brellix']],
    ['"Wait," Moscow said.', ['LOCATION Moscow']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a nickname in quotation marks inside a person's name", () => {
  it.each([
    ['William "Cowboy" Kelley was born in 1912. Kelley pitched for years.', ['PERSON William "Cowboy" Kelley']],
    ['Police arrested Joaquin "El Tigre" Marquez on Friday.', ['PERSON Joaquin "El Tigre" Marquez']],
    // a quoted title or team after a name, with no given name before it, stands apart
    ['He called the "Kelby Tigers" a disgrace.', ['ORG Kelby Tigers']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('no person inside a place named after one, nor in nationalities joined by hyphens', () => {
  it.each([
    ['He moved to the San Francisco Bay Area in 1990.', ['LOCATION San Francisco Bay Area']],
    ['The Danish-German border was redrawn.', []],
    ['Franco-German talks began.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('", who" and the verb after it', () => {
  it.each([
    ['Later, Brenner, who chairs the panel, said no.', ['PERSON Brenner']],
    ['They met Brenner, who was tired.', ['PERSON Brenner']],
    // a plural verb agrees with a side or a body, no person
    ['Tom Hale scored twice for Kelby, who are unbeaten in four games.', ['PERSON Tom Hale']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
