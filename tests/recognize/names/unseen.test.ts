// General patterns of English news, each with invented phrases and negatives: what a name
// is at a sentence's start, which words are no names, and which acronyms spell which names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import type { EntityType } from '../../../src/types.js';

const NAME_TYPES: EntityType[] = ['PERSON', 'ORG', 'LOCATION', 'PROGRAM'];
const run = (text: string) => extract(text, { date: '2014-03-12', types: NAME_TYPES });
/** each entity as "TYPE name: mention, mention" */
const entities = (text: string) => run(text).entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(', ')}`);

type Case = { text: string; expect: string[] };
const table = (title: string, cases: Case[]) =>
  describe(title, () => {
    for (const c of cases) it(c.text, () => expect(entities(c.text)).toEqual(c.expect));
  });

table('an acronym in parentheses spells the name before it', [
  { text: 'The Vardane Rail Authority (VRA) raised fares. The VRA said costs rose.', expect: ['ORG Vardane Rail Authority: Vardane Rail Authority, VRA, VRA'] },
  // translated names keep the letters of the original order
  { text: 'The Kelvar Liberation Army (ALK) attacked a post. The ALK denied it.', expect: ['ORG Kelvar Liberation Army: Kelvar Liberation Army, ALK, ALK'] },
  // a news agency's credit after a dateline is not the place's acronym
  { text: 'Czech Republic (AP) - The vote was held on Sunday.', expect: ['LOCATION Czech Republic: Czech Republic', 'ORG AP: AP'] },
  // a name holding a country's that its acronym spells is the organization, whatever a given name made of it
  { text: 'The Sri Lanka Podujana Peramuna (SLPP) lost the vote.', expect: ['ORG Sri Lanka Podujana Peramuna: Sri Lanka Podujana Peramuna, SLPP'] },
  { text: 'Andres Manuel Lopez Obrador (AMLO) won the vote.', expect: ['PERSON Andres Manuel Lopez Obrador: Andres Manuel Lopez Obrador, AMLO'] },
  // a name with no head word, defined by its acronym, is the organization's
  { text: 'The Economic Kelvo Fighters (EKF) marched. The EKF said so.', expect: ['ORG Economic Kelvo Fighters: Economic Kelvo Fighters, EKF, EKF'] },
  { text: 'Kelvo Podujana Peramuna (KPP) lost the vote.', expect: ['ORG Kelvo Podujana Peramuna: Kelvo Podujana Peramuna, KPP'] },
  { text: 'Tom Hale (TH) said so.', expect: ['PERSON Tom Hale: Tom Hale, TH'] },
]);

table('a full name opened by a given name of any culture, after an organization in one run of capitals', [
  { text: 'The head of the Kelby Refugee Council Enver Dalton said the plan was cruel.', expect: ['ORG Kelby Refugee Council: Kelby Refugee Council', 'PERSON Enver Dalton: Enver Dalton'] },
  { text: 'The chairman of Dorvane Holdings Priyanka Rao said no.', expect: ['ORG Dorvane Holdings: Dorvane Holdings', 'PERSON Priyanka Rao: Priyanka Rao'] },
  // a surname that is a given name too stays in the organization's name
  { text: 'He joined the Kelby Palmer Group in May.', expect: ['ORG Kelby Palmer Group: Kelby Palmer Group'] },
]);

table('an acronym of two capitals opens a sentence as a name; the abbreviations of things do not', [
  { text: "KB's profit rose 4 percent.", expect: ['ORG KB: KB'] },
  { text: 'ZT said it would sell the unit.', expect: ['ORG ZT: ZT'] },
  { text: 'AI will change jobs, experts say.', expect: [] },
  { text: 'Analysts said the EV market and a VC firm grew.', expect: [] },
  { text: 'It was a PR disaster for the HR chief.', expect: [] },
]);

table("parties of the world: a people's possessive inside the name, a faction's letter", [
  { text: "Tom Hale of the Kelby People's Party spoke in Dunmore.", expect: ['PERSON Tom Hale: Tom Hale', "ORG Kelby People's Party: Kelby People's Party", 'LOCATION Dunmore: Dunmore'] },
  { text: 'The PML-N and the MQM-P joined the coalition.', expect: ['ORG PML-N: PML-N', 'ORG MQM-P: MQM-P'] },
  // a party named by two acronyms
  { text: 'The KRDU-PF won the vote and the KLM-IO rejected it.', expect: ['ORG KRDU-PF: KRDU-PF', 'ORG KLM-IO: KLM-IO'] },
  // negatives: a plane's type is a number after the letters; two lands' letters are no party
  { text: 'The crew flew a KC-46 tanker.', expect: [] },
  { text: 'The US-ROK alliance held.', expect: ['LOCATION United States: US', 'LOCATION South Korea: ROK'] },
]);

table("a cabinet secretary is a title, with a field before it; the cabinet named alone is no part of it", [
  { text: 'Interior Cabinet Secretary Kipcho Maruk spoke.', expect: ['PERSON Kipcho Maruk: Kipcho Maruk'] },
  { text: 'The Cabinet met on Monday. Cabinet Secretary Amina Wekesa spoke.', expect: ['ORG Cabinet: Cabinet', 'PERSON Amina Wekesa: Amina Wekesa'] },
  { text: 'He named Amina Wekesa as the new Interior Cabinet Secretary.', expect: ['PERSON Amina Wekesa: Amina Wekesa'] },
]);

table('a name the lexicons list by two words keeps its first word at the start of a sentence', [
  { text: 'White House press secretary Mara Quell told reporters.', expect: ['LOCATION White House: White House', 'PERSON Mara Quell: Mara Quell'] },
  // negative: a colour word before a name it is no part of
  { text: 'White Kelby trucks lined the road.', expect: [] },
]);

table('a big city of three letters is a place after a preposition of place', [
  { text: 'Floods hit homes in Lae and Madang.', expect: ['LOCATION Lae: Lae', 'LOCATION Madang: Madang'] },
  { text: 'Pilgrims travelled to Qom on Friday.', expect: ['LOCATION Qom: Qom'] },
]);

table("a title's word that is a surname too ends a name a known first name opens", [
  { text: 'The novel by Stephen King sold well.', expect: ['PERSON Stephen King: Stephen King'] },
  { text: 'Former prime minister John Major spoke.', expect: ['PERSON John Major: John Major'] },
  { text: 'Markets were closed in honor of Martin Luther King.', expect: ['PERSON Martin Luther King: Martin Luther King'] },
  // negatives: the title after a name and a comma, the title before the name
  { text: 'Tom Hale, Bishop of Kelby, spoke.', expect: ['PERSON Tom Hale: Tom Hale'] },
  { text: 'The King met Prime Minister Tom Hale.', expect: ['PERSON Tom Hale: Tom Hale'] },
]);

table("a possessive before a body's name is its owner's, whatever tag it took from the name", [
  { text: "Tom Hale's Democratic Union party won the vote.", expect: ['PERSON Tom Hale: Tom Hale', 'ORG Democratic Union: Democratic Union'] },
  { text: "Ann Roe's Kelvasto Holdings sold the mine.", expect: ['PERSON Ann Roe: Ann Roe', 'ORG Kelvasto Holdings: Kelvasto Holdings'] },
]);

table('"Forum" heads a body\'s name, and alone names none', [
  { text: 'Ann Roe of the Civic Forum said the vote was rigged.', expect: ['PERSON Ann Roe: Ann Roe', 'ORG Civic Forum: Civic Forum'] },
  { text: 'He posted the letter on an online Forum.', expect: [] },
]);

table("one word ending in a compound's head word is an organization", [
  { text: "Austria's Zollbank and Chile's central bank disagreed.", expect: ['LOCATION Austria: Austria', 'ORG Zollbank: Zollbank', 'LOCATION Chile: Chile'] },
  { text: 'Officials of Kelvoneft and Dorvaprom met on Monday.', expect: ['ORG Kelvoneft: Kelvoneft', 'ORG Dorvaprom: Dorvaprom'] },
  // an English compound of common words is a thing; a person keeps a person
  { text: 'He walked along the Riverbank at night.', expect: [] },
  { text: 'Tom Fairbank said the plan was dead.', expect: ['PERSON Tom Fairbank: Tom Fairbank'] },
]);

table('a person\'s age, then "of" and the town the person is from', [
  { text: 'Ann Roe, 34, of Kelvasto, was arrested on Monday.', expect: ['PERSON Ann Roe: Ann Roe', 'LOCATION Kelvasto: Kelvasto'] },
  { text: 'Ann Roe, 34, of Harlowe Finch Inc., was arrested.', expect: ['PERSON Ann Roe: Ann Roe', 'ORG Harlowe Finch Inc: Harlowe Finch Inc.'] },
]);

table("a name's possessive written with the apostrophe alone ends the name, as \"'s\" does", [
  { text: "Stocks fell in London's FTSE 100 and Paris' CAC 40.", expect: ['LOCATION London: London', 'LOCATION Paris: Paris'] },
  { text: "Athens' airport closed on Monday.", expect: ['LOCATION Athens: Athens'] },
  { text: "The Kelvasters' Harlowe Corps sold the rights.", expect: ['ORG Kelvasters: Kelvasters', 'ORG Harlowe Corps: Harlowe Corps'] },
  // a common plural's, or one before a body's head word, stays in the name
  { text: "The Workers' Party won the vote.", expect: ["ORG Workers' Party: Workers' Party"] },
  { text: "The Kelvo Ratepayers' Association met.", expect: ["ORG Kelvo Ratepayers' Association: Kelvo Ratepayers' Association"] },
]);

table('"-based" says where a firm stands: a place, wherever the phrase stands', [
  { text: 'Kelvasto-based Harlowe Bank said profits rose.', expect: ['LOCATION Kelvasto: Kelvasto', 'ORG Harlowe Bank: Harlowe Bank'] },
  { text: 'Shares of Kelvasto-based Harlowe Bank rose.', expect: ['LOCATION Kelvasto: Kelvasto', 'ORG Harlowe Bank: Harlowe Bank'] },
  { text: 'A Kelvasto-based maker of valves was sold.', expect: ['LOCATION Kelvasto: Kelvasto'] },
  { text: 'Shares of Harlowe rose.', expect: ['ORG Harlowe: Harlowe'] },
]);

table("newswire phrases: a group's kind, a place's radio, a field's minister", [
  { text: "Zembla's guerrilla group Tupac Amaru said it would free the hostages.", expect: ['ORG Tupac Amaru: Tupac Amaru'] },
  { text: 'The rights group Kelby Watch said the vote was unfair.', expect: ['ORG Kelby Watch: Kelby Watch'] },
  // a coalition, an alliance, a bloc of parties, named in its own language
  { text: 'The opposition coalition Umoja la Kelva rejected the tally.', expect: ['ORG Umoja la Kelva: Umoja la Kelva'] },
  { text: 'The ruling alliance Pakatan Zarvi won the vote.', expect: ['ORG Pakatan Zarvi: Pakatan Zarvi'] },
  { text: 'Tom Hale, a coalition partner, left.', expect: ['PERSON Tom Hale: Tom Hale'] },
  { text: 'The Dunmore-based group Harlowe Finch said sales rose.', expect: ['LOCATION Dunmore: Dunmore', 'ORG Harlowe Finch: Harlowe Finch'] },
  // a group's noun alone says nothing of the names after it
  { text: 'The trio Tom Hale, Ann Roe and Mara Quell sang.', expect: ['PERSON Tom Hale: Tom Hale', 'PERSON Ann Roe: Ann Roe', 'PERSON Mara Quell: Mara Quell'] },
  // a well-known place before a broadcaster's noun says where it is
  { text: 'Tehran radio said the talks had failed.', expect: ['LOCATION Tehran: Tehran'] },
  // ... but a capitalized broadcaster's word makes the station's name
  { text: 'Israel Radio said the talks had failed.', expect: ['ORG Israel Radio: Israel Radio'] },
  { text: 'Kelvasto Television and Dunmore TV showed the vote.', expect: ['ORG Kelvasto Television: Kelvasto Television', 'ORG Dunmore TV: Dunmore TV'] },
  { text: 'Local Radio stations closed.', expect: [] },
  // an outlet's noun before a name is the outlet's; the word before it says where
  { text: 'He told the Kelvasto daily Vecer that he would run.', expect: ['ORG Vecer: Vecer'] },
  { text: 'He told the Kelvasto news agency Tanjug that he would run.', expect: ['ORG Tanjug: Tanjug'] },
  { text: 'He told Zentrix magazine that he would run.', expect: ['ORG Zentrix: Zentrix'] },
  { text: 'He joined a Texas company in 1990.', expect: ['LOCATION Texas: Texas'] },
  // a policy field's common word before a minister is the title's
  { text: 'Spanish Farm Minister Loyola Ferrer spoke.', expect: ['PERSON Loyola Ferrer: Loyola Ferrer'] },
  { text: 'Texas Governor Mara Quell spoke.', expect: ['LOCATION Texas: Texas', 'PERSON Mara Quell: Mara Quell'] },
]);

table('a title that ends a run of capitals names no one: the words before it are read alone', [
  { text: 'Jeff Rathke, the State Department Spokesperson, said the talks would go on.', expect: ['PERSON Jeff Rathke: Jeff Rathke', 'ORG State Department: State Department'] },
  // a title's possessive ends the run too: the place whose office it is
  { text: "A detective for the Los Angeles Sheriff's office said so.", expect: ['LOCATION Los Angeles: Los Angeles'] },
  { text: 'Kelvasto County Sheriff Tom Hale said so.', expect: ['LOCATION Kelvasto County: Kelvasto County', 'PERSON Tom Hale: Tom Hale'] },
  { text: 'Tom Hale, the Kelby Council Chairman, resigned.', expect: ['PERSON Tom Hale: Tom Hale', 'ORG Kelby Council: Kelby Council'] },
  { text: 'The Federal Reserve Chairman spoke first.', expect: ['ORG Federal Reserve: Federal Reserve'] },
  // a title alone, or a title of several words, is no name
  { text: 'He met the Supreme Allied Commander Europe.', expect: [] },
]);

table('an article opening a sentence is no part of the name after it', [
  { text: 'A State Department spokesperson declined to comment.', expect: ['ORG State Department: State Department'] },
  { text: 'An Army Corps of Engineers report was released.', expect: ['ORG Army Corps of Engineers: Army Corps of Engineers'] },
  // an initial is no article
  { text: 'A. Hale Holdings said profit rose.', expect: ['ORG A. Hale Holdings: A. Hale Holdings'] },
]);

table('the first word of a sentence names the organization of the title after it', [
  { text: 'Quellmark CEO Mara Quell opened the show.', expect: ['ORG Quellmark: Quellmark', 'PERSON Mara Quell: Mara Quell'] },
  { text: 'Apple Computer CEO Steve Jobs spoke first.', expect: ['ORG Apple Computer: Apple Computer', 'PERSON Steve Jobs: Steve Jobs'] },
  { text: 'Dorvane Chief Executive Lina Osei resigned.', expect: ['ORG Dorvane: Dorvane', 'PERSON Lina Osei: Lina Osei'] },
  // common words before a title are part of it, or say what kind of holder it has
  { text: 'Veteran CEO Mara Quell opened the show.', expect: ['PERSON Mara Quell: Mara Quell'] },
  { text: 'Network CEO Mara Quell opened the show.', expect: ['PERSON Mara Quell: Mara Quell'] },
  { text: 'Former CEO Mara Quell opened the show.', expect: ['PERSON Mara Quell: Mara Quell'] },
  { text: 'Energy Secretary Ernest Moniz spoke.', expect: ['PERSON Ernest Moniz: Ernest Moniz'] },
]);

table('a word shaped like a nationality before a noun of people or government is no name', [
  { text: 'The Ruritanian government said no.', expect: [] },
  { text: 'Zembian troops crossed the border on Monday.', expect: [] },
  { text: 'Officials of the Kovarese government met reporters.', expect: [] },
  { text: 'A Bandari official denied the report.', expect: [] },
  // a place, or a person's government, keeps its name
  { text: 'The Helsinki police said the road was closed.', expect: ['LOCATION Helsinki: Helsinki'] },
  { text: 'Troops of the Ruritanian Army fired.', expect: ['ORG Ruritanian Army: Ruritanian Army'] },
]);

table('a street that stands for a market, in a sentence of markets, is no place', [
  { text: 'Wall Street rallied on Monday.', expect: [] },
  { text: 'Shares fell on Wall Street after the report.', expect: [] },
  { text: 'The industrial average closed up 25.3 points on Wall Street.', expect: [] },
  { text: 'Stocks on Dalal Street slid for a third day.', expect: [] },
  // the street itself, and a newspaper named after it
  { text: 'Protesters marched down Wall Street on Monday.', expect: ['LOCATION Wall Street: Wall Street'] },
  { text: 'The Wall Street Journal reported the sale.', expect: ['ORG Wall Street Journal: Wall Street Journal'] },
]);

table('the first word after a dateline opens the sentence', [
  { text: 'WASHINGTON (Reuters) - Officials said the plan would fail.', expect: ['LOCATION Washington: WASHINGTON', 'ORG Reuters: Reuters'] },
  { text: 'LONDON, March 3 (Reuters) - Stock markets fell sharply.', expect: ['LOCATION London: LONDON', 'ORG Reuters: Reuters'] },
  { text: 'NAIROBI, Kenya — Police said the road was closed.', expect: ['LOCATION Nairobi: NAIROBI', 'LOCATION Kenya: Kenya'] },
  // a name after the dash is still a name
  { text: 'NAIROBI, Kenya — Dorvane Chief Executive Lina Osei resigned.', expect: ['LOCATION Nairobi: NAIROBI', 'LOCATION Kenya: Kenya', 'ORG Dorvane: Dorvane', 'PERSON Lina Osei: Lina Osei'] },
]);

table('the title of a work in quotes after a noun of works is no name', [
  { text: 'Her novel "Dunmore Road" sold well.', expect: [] },
  { text: 'The show “Marlow Heights” was cancelled.', expect: [] },
  // without its quotes, right after an article or a possessive and a noun of works
  { text: 'She starred in the show Dunmore Nights.', expect: [] },
  { text: 'Her album Kelvasto Skies topped the charts.', expect: [] },
  // ... or before an apposition that says it is a work
  { text: 'She starred in Dunmore Nights, a drama on Kelby TV.', expect: ['ORG Kelby TV: Kelby TV'] },
  { text: 'Kelvasto Skies, her third album, sold well.', expect: [] },
  // ... but not before a person's noun, nor a firm's ("a drama teacher", "a film studio")
  { text: 'Tom Hale, a drama teacher, said no.', expect: ['PERSON Tom Hale: Tom Hale'] },
  { text: 'Kelvix, a film studio, said no.', expect: ['ORG Kelvix: Kelvix'] },
  // ... but a person's name after the noun is the person's
  { text: 'The book Tom Hale wrote sold well.', expect: ['PERSON Tom Hale: Tom Hale'] },
  { text: 'She wrote a book titled "Ann Kell and the Sea" in 1990.', expect: [] },
  // after a name's possessive: whose show it is
  { text: 'Speaking on Kelby TV\'s "State of the Union," she said so.', expect: ['ORG Kelby TV: Kelby TV'] },
  { text: 'Speaking on ZBC\'s "Marlow Heights" she said so.', expect: ['ORG ZBC: ZBC'] },
  // a quote that is no title, and a work about a person
  { text: 'He said "Ann Kell was right" on Monday.', expect: ['PERSON Ann Kell: Ann Kell'] },
  { text: 'The film about Ann Kell opened in Paris.', expect: ['PERSON Ann Kell: Ann Kell', 'LOCATION Paris: Paris'] },
]);

table('a weekday or a month after a word of time ends the run of capitals before a name', [
  { text: 'On Tuesday Mara Quell said the plan would fail.', expect: ['PERSON Mara Quell: Mara Quell'] },
  { text: 'Last Friday Quorvane Holdings cut its forecast.', expect: ['ORG Quorvane Holdings: Quorvane Holdings'] },
  { text: 'The board met in March Dover Holdings said.', expect: ['ORG Dover Holdings: Dover Holdings'] },
  { text: 'Since Sept. Brellix Corp. has doubled its staff.', expect: ['ORG Brellix Corp: Brellix Corp.'] },
  // a date inside a name, or with no word of time before it, stays in the name
  { text: 'The Sunday Times reported the sale.', expect: ['ORG Sunday Times: Sunday Times'] },
]);

table("a party's leaders of a chamber are titles", [
  { text: 'Senate Majority Leader Harlan Pryce said so.', expect: ['ORG Senate: Senate', 'PERSON Harlan Pryce: Harlan Pryce'] },
  { text: 'House Minority Whip Dana Kell said so.', expect: ['ORG House: House', 'PERSON Dana Kell: Dana Kell'] },
  // a party named so is no title
  { text: 'The Majority Party won the vote.', expect: ['ORG Majority Party: Majority Party'] },
]);

table('a ticker in angle brackets is no part of the name; the wires are agencies', [
  { text: 'Tolvane Mining Corp <TOLV.TO> said output rose.', expect: ['ORG Tolvane Mining Corp: Tolvane Mining Corp'] },
  { text: 'QUETTA, Pakistan, Jan 5 (AFP) - Gunmen killed four policemen.', expect: ['LOCATION Quetta: QUETTA', 'LOCATION Pakistan: Pakistan', 'ORG AFP: AFP'] },
]);

table('a romanized surname and a given name of two hyphened syllables are a person', [
  { text: 'Lawmaker Quan Wai-ching lost her seat.', expect: ['PERSON Quan Wai-ching: Quan Wai-ching'] },
  // each syllable a word some lexicon knows otherwise: a bank, a noun, a verb
  { text: 'The ministers Tsai Ing-wen and Moon Jae-in met.', expect: ['PERSON Tsai Ing-wen: Tsai Ing-wen', 'PERSON Moon Jae-in: Moon Jae-in'] },
  { text: 'The bank said Park Joo-ho would stay.', expect: ['PERSON Park Joo-ho: Park Joo-ho'] },
  // the second syllable capitalized, as sports pages write it; a first syllable that is an
  // English word after a family name of the lists
  { text: 'The coach brought on Yoon Seok-Min late.', expect: ['PERSON Yoon Seok-Min: Yoon Seok-Min'] },
  { text: 'Voters elected Hui Sung-kwan.', expect: ['PERSON Hui Sung-kwan: Hui Sung-kwan'] },
  { text: 'The Air Force-Run base closed.', expect: [] },
  // the whole name stays when the chunk runs on
  { text: 'Shiu Ka-chun of the Social Welfare constituency won.', expect: ['PERSON Shiu Ka-chun: Shiu Ka-chun'] },
  // negatives: a hyphen suffix makes an adjective of a name
  { text: 'The Star Wars-themed party drew fans.', expect: [] },
  { text: 'The Kelby-based firm hired staff.', expect: ['LOCATION Kelby: Kelby'] },
  // the person, then the party they belong to
  { text: 'Shiu Ka-chun of the Tolvane Party spoke.', expect: ['PERSON Shiu Ka-chun: Shiu Ka-chun', 'ORG Tolvane Party: Tolvane Party'] },
  // the shape keeps a sentence's first word, however common a word it is
  { text: 'Moon Jae-in flew home.', expect: ['PERSON Moon Jae-in: Moon Jae-in'] },
]);

table('a name written family name first is named later by its first word', [
  { text: 'Moon Jae-in met the envoy. Moon said the talks went well.', expect: ['PERSON Moon Jae-in: Moon Jae-in, Moon'] },
  { text: 'President Quan Wai-ching spoke first. Later Quan left the hall.', expect: ['PERSON Quan Wai-ching: Quan Wai-ching, Quan'] },
  // ... and a Chinese, Korean or Vietnamese family name of the lists without a hyphen
  { text: 'Leader Xi Tanhong met the envoy. Xi said the talks went well.', expect: ['PERSON Xi Tanhong: Xi Tanhong, Xi'] },
  { text: 'Kim Jong Tae spoke. Later Kim agreed.', expect: ['PERSON Kim Jong Tae: Kim Jong Tae, Kim'] },
  // a given name the lexicon knows after it makes the name a Western one
  { text: 'Lee Harvey Kelmer fired. Kelmer fled.', expect: ['PERSON Lee Harvey Kelmer: Lee Harvey Kelmer, Kelmer'] },
  // the given name alone is no later mention of the person
  { text: 'Quan Wai-ching spoke first. Mara Ching spoke next.', expect: ['PERSON Quan Wai-ching: Quan Wai-ching', 'PERSON Mara Ching: Mara Ching'] },
  // a Western name keeps its surname last
  { text: 'Ann Hale spoke first. Hale said no.', expect: ['PERSON Ann Hale: Ann Hale, Hale'] },
]);

table('two names joined by a hyphen before what two sides have between them are two names', [
  { text: 'Troops massed on the Russia-Ukraine border.', expect: ['LOCATION Russia: Russia', 'LOCATION Ukraine: Ukraine'] },
  { text: 'The Israel-Hamas ceasefire held.', expect: ['LOCATION Israel: Israel', 'ORG Hamas: Hamas'] },
  { text: 'The US-China trade talks stalled.', expect: ['LOCATION United States: US', 'LOCATION China: China'] },
  // beside a land, a side no rule reads is a land too
  { text: 'Troops massed on the Kelvania-Russia border.', expect: ['LOCATION Kelvania: Kelvania', 'LOCATION Russia: Russia'] },
  // before what two sides play, a side no rule reads beside a land is a club; two such sides
  // are no one person ("Kelby-Dunmore" was a person), nor are two players clubs
  { text: 'The Brazil-Kelby game ended 2-2.', expect: ['LOCATION Brazil: Brazil', 'ORG Kelby: Kelby'] },
  { text: 'Fans left the Kelby-Dunmore match early.', expect: [] },
  { text: 'Fans cheered the Federer-Nadal final.', expect: [] },
  // beside a person, a side no rule reads is a person too ("Ali-Kelmer" was one person)
  { text: 'Fans recalled the Ali-Kelmer fight.', expect: ['PERSON Ali: Ali', 'PERSON Kelmer: Kelmer'] },
  // ... but one name of its own before another noun, and a compound no side of which reads alone
  { text: 'Fighting in Bosnia-Herzegovina ended.', expect: ['LOCATION Bosnia-Herzegovina: Bosnia-Herzegovina'] },
  { text: 'The Coca-Cola deal was signed.', expect: ['ORG Coca-Cola: Coca-Cola'] },
]);
