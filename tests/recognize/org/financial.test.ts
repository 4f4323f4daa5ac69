// Market and company reporting: invented wire phrases, each with the exact names expected,
// and negatives where the same words name nothing (an index) or two names.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a company head word alone before "and" names a trade of the body', () => {
  it.each([
    ['The Securities and Exchange Commission fined the broker.', ['ORG Securities and Exchange Commission']],
    ['He settled with the Securities and Exchange Commission on Monday.', ['ORG Securities and Exchange Commission']],
    ['She joined the Securities and Futures Commission in May.', ['ORG Securities and Futures Commission']],
    // the land whose body it is may open it
    ['It said so in a filing with the U.S. Securities and Exchange Commission.', ['ORG U.S. Securities and Exchange Commission']],
    ['Shares of US Motors and Kelby Bank rose.', ['ORG US Motors', 'ORG Kelby Bank']],
    // two names: a firm after "and", or a firm's name before it
    ['Kestrel Securities and Harlow Bank agreed to merge.', ['ORG Kestrel Securities', 'ORG Harlow Bank']],
    ['Analysts at Dunmore Investments and Kelby Bank cut their forecasts.', ['ORG Dunmore Investments', 'ORG Kelby Bank']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a firm whose name ends in a possessive keeps it', () => {
  it.each([
    ["Moody's cut the rating on Monday.", ["ORG Moody's"]],
    ["The bonds were downgraded by Moody's on Friday.", ["ORG Moody's"]],
    ["Sales at Macy's rose 2 percent.", ["ORG Macy's"]],
    ["McDonald's said profit rose.", ["ORG McDonald's"]],
    // a person's possessive is no firm
    ["Mr. Harlow's comments were odd.", ['PERSON Harlow']],
    // the surname of a person named in full: the person's possessive
    ["Chancellor Anton Kohl spoke. Kohl's government fell.", ['PERSON Anton Kohl']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('the firm that gives its name to an index, or the index', () => {
  it.each([
    ["Standard & Poor's cut the rating to junk.", ["ORG Standard & Poor's"]],
    ["The bonds were cut by Standard & Poor's on Monday.", ["ORG Standard & Poor's"]],
    ['S&P cut its outlook to negative.', ['ORG S&P']],
    ['The rating was affirmed by S&P in June.', ['ORG S&P']],
    // the index: "the" before it, a number or an index word after it
    ['The S&P 500 rose 1 percent.', []],
    ['The S&P fell 3 points.', []],
    ["The Standard & Poor's 500 index rose.", []],
    ["Standard & Poor's 500-stock index slipped.", []],
    ['S&P 500 futures rose.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a firm named with its legal suffix is complete before "and"', () => {
  it.each([
    ['Harlow Finch Corp and Kelby Holdings Inc agreed to merge.', ['ORG Harlow Finch Corp', 'ORG Kelby Holdings Inc']],
    ['Dunmore Ltd and Kelby Group reported results.', ['ORG Dunmore Ltd', 'ORG Kelby Group']],
    // no suffix before "and": one name across it
    ['Members of the Grain and Feed Board met.', ['ORG Grain and Feed Board']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('an exchange named like its index', () => {
  it.each([
    ['Its shares fell 4 percent on the Nasdaq.', ['ORG Nasdaq']],
    ['Harlow Corp is listed on Nasdaq.', ['ORG Harlow Corp', 'ORG Nasdaq']],
    ['Nasdaq-listed Kelby Holdings rose.', ['ORG Nasdaq', 'ORG Kelby Holdings']],
    // the index
    ['The Nasdaq rose 1 percent.', []],
    ['The Nasdaq composite index fell.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a commodity's grade and a credit grade name nothing", () => {
  it.each([
    ['Brent crude rose 40 cents to $72.10 a barrel.', []],
    ['Brent futures settled at $80.', []],
    ['U.S. West Texas Intermediate crude fell 1 percent.', ['LOCATION United States']],
    ['WTI crude fell.', []],
    ['S&P kept the rating at BB.', ['ORG S&P']],
    ['The company is rated AA- by Kelby Ratings.', ['ORG Kelby Ratings']],
    ['It has a AAA rating.', []],
    // a person named like a grade, and an acronym like one where no rating is spoken of
    ['Ann Brent, a trader, said prices rose.', ['PERSON Ann Brent']],
    ['Mr. Brent said prices rose.', ['PERSON Brent']],
    ['AAA said gas prices rose 3 cents.', ['ORG AAA']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a name's possessive before what only a firm has", () => {
  it.each([
    ["Dunmore's net income fell 5 percent.", ['ORG Dunmore']],
    ["Tarrant's board approved the deal.", ['ORG Tarrant']],
    ["Kelvar's chief financial officer, Ann Hale, resigned.", ['ORG Kelvar', 'PERSON Ann Hale']],
    // a town's name before "'s shares" is a firm's
    ["Brockton's shares rose 4 percent.", ['ORG Brockton']],
    ["Harlow's shareholders voted for the merger.", ['ORG Harlow']],
    // a country's, a person's: their own readings
    ["Japan's shares fell.", ['LOCATION Japan']],
    ["China's stock market fell.", ['LOCATION China']],
    ["Paris's chairman said so.", ['LOCATION Paris']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("an analyst's firm", () => {
  it.each([
    ['Analyst Susan Park of Meriden Research said the results were weak.', ['PERSON Susan Park', 'ORG Meriden Research']],
    ['Kelby Economics said growth slowed.', ['ORG Kelby Economics']],
    ['Dunmore Advisory managed the sale.', ['ORG Dunmore Advisory']],
    // a person's name before a facility's head, with a person noun after the comma
    ['Susan Park, an analyst at Meriden Research, said so.', ['PERSON Susan Park', 'ORG Meriden Research']],
    // a field of study: common words before the head, or the head alone
    ['He studied Economics at the university.', []],
    ['Cancer Research spending rose.', []],
    ['He is professor of Agricultural Economics.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("an industry's word ending a firm's name, and the same word after a field's words", () => {
  it.each([
    ["They opposed Orvex Health's purchase of the lab.", ['ORG Orvex Health']],
    ['Analysts said Kelby Genomics would cut jobs.', ['ORG Kelby Genomics']],
    ['Dunmore Water raised its bills.', ['ORG Dunmore Water']],
    ['Tarvo Gaming and Brask Fintech merged.', ['ORG Tarvo Gaming', 'ORG Brask Fintech']],
    // common words before it name a field
    ['Spending on Public Health rose.', []],
    ['Studies in Mental Health rose.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('places, firms and people around a wire story', () => {
  it.each([
    // a town before a region of two words
    ['The company is based in Charlotte, North Carolina.', ['LOCATION Charlotte', 'LOCATION North Carolina']],
    ['He met Charlotte, New York’s mayor.', ['PERSON Charlotte', 'LOCATION New York']],
    // what only firms are party to
    ['Harlow Corp agreed to merge with Stanton Fisk in a stock deal.', ['ORG Harlow Corp', 'ORG Stanton Fisk']],
    ["Tolvane's largest shareholder opposed the deal.", ['ORG Tolvane']],
    ['Shares of Apex rose after Leland Brothers upgraded the stock.', ['ORG Apex', 'ORG Leland Brothers']],
    ['Fitch cut the rating on Tuesday.', ['ORG Fitch']],
    // an analyst's rating or price target, trading halted, a firm's creditors
    ['Analysts cut their rating on Kelvix to neutral.', ['ORG Kelvix']],
    ['He raised his price target on Brellix.', ['ORG Brellix']],
    ['Trading in Volvex was halted.', ['ORG Volvex']],
    ['Creditors of Dunmore Mills met on Monday.', ['ORG Dunmore Mills']],
    // ... a well-known place or a month after the same words is none
    ['Trading in Tokyo was halted.', ['LOCATION Tokyo']],
    ['Trading in March was thin.', []],
    // a modifier of the title is no part of the organization before it
    ['Former Federal Reserve Chairman Alan Hale spoke.', ['ORG Federal Reserve', 'PERSON Alan Hale']],
    ['Former Kelby Corp Chief Executive Ann Lee said so.', ['ORG Kelby Corp', 'PERSON Ann Lee']],
    // a common noun's possessive opening "<head> of ..."
    ["He worked at the People's Bank of China.", ["ORG People's Bank of China"]],
    ["Russia's Bank of Moscow said so.", ['LOCATION Russia', 'ORG Bank of Moscow']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('central banks and the Treasury by their shorthands', () => {
  it.each([
    ['Investors expect the Fed to raise rates.', ['ORG Federal Reserve']],
    ['The Federal Reserve raised rates. The Fed said more would follow.', ['ORG Federal Reserve']],
    ['The ECB and the BoJ kept policy on hold.', ['ORG European Central Bank', 'ORG Bank of Japan']],
    ['The Treasury said it would sell more notes.', ['ORG Treasury']],
    ["The Treasury's auction went well.", ['ORG Treasury']],
    // its securities
    ['Treasury yields rose on Monday.', []],
    ['The 10-year Treasury note fell.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a firm's name as the surname of a known first name", () => {
  it.each([
    ['Kelby analyst Mark Ford raised his target.', ['ORG Kelby', 'PERSON Mark Ford']],
    ['Ann Dell said the deal was done.', ['PERSON Ann Dell']],
    // a firm's head word after the first name is the firm's
    ['Mark Industries said so.', ['ORG Mark Industries']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a name before the people a firm speaks or is read by', () => {
  it.each([
    ['He said Kelby analyst Mark Hale raised his target.', ['ORG Kelby', 'PERSON Mark Hale']],
    ['Quellmark spokeswoman Ann Lee declined to comment.', ['ORG Quellmark', 'PERSON Ann Lee']],
    ['A Kelby spokesman declined to comment.', ['ORG Kelby']],
    ['He said Quellmark economists expect two rate cuts.', ['ORG Quellmark']],
    // a place, a people, one common word: whose analyst, not a firm
    ['A London analyst said so.', ['LOCATION London']],
    ['European economists expect growth.', []],
    ['Energy analyst Tom Hale said so.', ['PERSON Tom Hale']],
    ['Wall Street analysts expect more.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a wire's headline words and fiscal periods are no part of a name", () => {
  it.each([
    ['BRIEF-Dunmore Holdings Q3 net income up 12 pct', ['ORG Dunmore Holdings']],
    ['UPDATE 2-Kelby Corp profit falls as demand slows', ['ORG Kelby Corp']],
    ['Dunmore Holdings Q3 profit rose.', ['ORG Dunmore Holdings']],
    ['Q3 net income rose.', []],
    ['Its FY2024 profit rose.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a country before a field's title is the country whose office it is", () => {
  it.each([
    ['U.S. Treasury Secretary Helen Grant said the economy was strong.', ['LOCATION United States', 'PERSON Helen Grant']],
    ['U.S. Energy Secretary Ernest Moniz spoke.', ['LOCATION United States', 'PERSON Ernest Moniz']],
    // no country: the field's words are the title's
    ['Energy Secretary Ernest Moniz spoke.', ['PERSON Ernest Moniz']],
    // a firm's name before the title is the firm
    ['Kelby Energy Chief Executive Ann Roe spoke.', ['ORG Kelby Energy', 'PERSON Ann Roe']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a lone name opening a sentence that says its results', () => {
  it.each([
    ['Quellmark said revenue rose.', ['ORG Quellmark']],
    ['Quellmark said first-quarter net income fell.', ['ORG Quellmark']],
    // a person named in full before: the surname
    ['Chief Financial Officer Ann Hale spoke. Hale said revenue rose.', ['PERSON Ann Hale']],
    // a common word opening the sentence
    ['Officials said revenue fell.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a name before ", which" and what a firm does', () => {
  it.each([
    ['Investors like Glenmore, which makes medical devices.', ['ORG Glenmore']],
    ['Glenmore, which makes medical devices, said sales fell.', ['ORG Glenmore']],
    // a place does other things, and a known place keeps its reading
    ['He visited Dunmore, which lies on the coast.', ['LOCATION Dunmore']],
    ['They met in Detroit, which makes cars.', ['LOCATION Detroit']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a storm's name is no person's", () => {
  it.each([
    ['Claims from Hurricane Ada cost it $200 million.', []],
    ['It was hit by Tropical Storm Bret.', []],
    // firms named with a storm's word
    ['Hurricane Energy said output rose.', ['ORG Hurricane Energy']],
    ['Tropical Foods Inc said sales fell.', ['ORG Tropical Foods Inc']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a lone name before a clause of where a firm stands or what only firms have', () => {
  it.each([
    ['Kelvix, based in Austin, makes chips.', ['ORG Kelvix', 'LOCATION Austin']],
    ['Kelvix, which is based in Austin, makes chips.', ['ORG Kelvix', 'LOCATION Austin']],
    ['Investors like Kelvix, headquartered in Austin, sold bonds.', ['ORG Kelvix', 'LOCATION Austin']],
    ['Kelvix, whose shares rose 3 percent, said profit fell.', ['ORG Kelvix']],
    // a person: a given name, a surname, or a clause of a person's
    ['Tom Hale, based in London, covers markets.', ['PERSON Tom Hale', 'LOCATION London']],
    // (a surname is no firm, whatever else reads it)
    ['He called Brenner, based in London, on Monday.', ['LOCATION London']],
    ['Brenner, whose wife died, said no.', ['PERSON Brenner']],
    ['Kelvix, whose wife died, said no.', ['PERSON Kelvix']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a lone name doing what only a firm does (company-verbs.txt), at a sentence start too', () => {
  it.each([
    ['Tarvin cut its forecast for the year.', ['ORG Tarvin']],
    ['Analysts said Brellix cut its forecast.', ['ORG Brellix']],
    ['Brellix agreed to acquire Dunmore for $2 billion.', ['ORG Brellix', 'ORG Dunmore']],
    ['Tarvin merged with Kelby last year.', ['ORG Tarvin', 'ORG Kelby']],
    ['Dunmore filed for bankruptcy on Monday.', ['ORG Dunmore']],
    ['Dunmore filed for Chapter 11 bankruptcy protection.', ['ORG Dunmore']],
    ['Brellix went public in 2010.', ['ORG Brellix']],
    // what a firm bought or merged with is a firm too
    ['Tarvin acquired Kestrel in 2010.', ['ORG Tarvin', 'ORG Kestrel']],
    ['Kelvix agreed to merge with Dunmore.', ['ORG Kelvix', 'ORG Dunmore']],
    // a person or a place by the lexicons keeps its reading
    ['Smith acquired the painting in 1990.', ['PERSON Smith']],
    ['Tarvin acquired Paris in 1990.', ['ORG Tarvin', 'LOCATION Paris']],
    ['Wilson went public with his complaint.', ['PERSON Wilson']],
    // a person's surname named in full before is the person's
    ['The Hawks signed guard Tom Hale on Monday. They acquired Hale for two picks.', ['PERSON Tom Hale']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a founder\'s or a town\'s name and a trade of the financial pages (company-heads.txt, sector-heads.txt)', () => {
  it.each([
    ['Shares of Harlan Aircraft rose 4 percent on Tuesday.', ['ORG Harlan Aircraft']],
    ['Harlan Aircraft said profit rose.', ['ORG Harlan Aircraft']],
    ['Analysts expect Kelby Bankshares to report higher profit.', ['ORG Kelby Bankshares']],
    ['Analysts expect Kelby Cos to report higher profit.', ['ORG Kelby Cos']],
    ['Dunmore Mutual raised its premiums.', ['ORG Dunmore Mutual']],
    ['Kelby Reinsurance said losses rose.', ['ORG Kelby Reinsurance']],
    ['Brellix Drilling won the contract.', ['ORG Brellix Drilling']],
    ['Kelby Homes built 300 houses.', ['ORG Kelby Homes']],
    // a trade after common words alone is a field of business, no firm
    ['The Consumer Lending unit grew.', []],
    ['He studied Space Exploration at college.', []],
    ['Nursing Homes are closing.', []],
    // a person's given name and surname stay a person
    ['Tom Mills said he would run.', ['PERSON Tom Mills']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a name right before its ticker in brackets is a listed firm\'s (ticker.ts)', () => {
  it.each([
    ['Brellix (NYSE: BRX) rose 3 percent.', ['ORG Brellix', 'ORG NYSE', 'ORG BRX']],
    ['Kelvix (Nasdaq: KLV) rose.', ['ORG Kelvix', 'ORG Nasdaq', 'ORG KLV']],
    ['Harlan (HRL.N) said profit rose.', ['ORG Harlan']],
    // a town's name is many a firm's
    ['Shares of Dover (NYSE: DOV) rose.', ['ORG Dover', 'ORG NYSE', 'ORG DOV']],
    // brackets of another kind say nothing of the name (a party tag names its state)
    ['Tom Hale (R-Texas) spoke.', ['PERSON Tom Hale', 'LOCATION Texas']],
    ['Yesterday (Monday) it rained.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a surname opening the sentence before a firm\'s clause or apposition is a firm\'s name', () => {
  it.each([
    ['Hale, based in London, said profit rose.', ['ORG Hale', 'LOCATION London']],
    ['Hale, the London-based lender, said profit rose.', ['ORG Hale', 'LOCATION London']],
    ['Brenner, based in London, said profit rose.', ['ORG Brenner', 'LOCATION London']],
    ['Hale, whose shares rose, said profit rose.', ['ORG Hale']],
    // a person named in full before is the one meant
    ['Tom Hale spoke on Monday. Hale, based in London, said profit rose.', ['PERSON Tom Hale', 'LOCATION London']],
    // an adverb or an adjective opening the sentence is none
    ['Separately, the London-based lender said profit rose.', ['LOCATION London']],
    ['Young, the London-based lender, said profit rose.', ['LOCATION London']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a noun of a firm\'s kind opening the sentence is no part of the name after it', () => {
  it.each([
    ['Insurer Dunmore Group said profit rose.', ['ORG Dunmore Group']],
    ['Rival Brellix Corp. reported results last week.', ['ORG Brellix Corp']],
    ['Chipmaker Kelby Corp said sales fell.', ['ORG Kelby Corp']],
    ['Retailer Tarvin Stores Inc cut jobs.', ['ORG Tarvin Stores Inc']],
    ['Lender Harlow Bank raised rates.', ['ORG Harlow Bank']],
    // the short form is found again later
    ['Rival Brellix Corp. reported results. Analysts said Brellix was cheap.', ['ORG Brellix Corp']],
    // a firm named by a common word and a head, or opening with a head word, keeps it
    ['Lender Processing Services said profit rose.', ['ORG Lender Processing Services']],
    ['Exchange Bank raised rates.', ['ORG Exchange Bank']],
    ['Bank Leumi Group said profit rose.', ['ORG Bank Leumi Group']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a class of shares before a market word is no firm', () => {
  it.each([
    ["The company's Class A shares rose.", []],
    ['Holders of Series B stock sold.', []],
    ['Kelby shares rose.', ['ORG Kelby']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a name before a firm\'s people or parts ("executives", "unit", "subsidiary")', () => {
  it.each([
    ['Brellix executives met with the regulators.', ['ORG Brellix']],
    ["Tarvin Corp's Kestrel unit was sold.", ['ORG Tarvin Corp', 'ORG Kestrel']],
    ['The group sold its Dunvale subsidiary.', ['ORG Dunvale']],
    // a region, a town's word or common words name a part of the firm, no firm
    ['It sold its Asia Pacific unit.', []],
    ['The Central unit was closed.', []],
    ['He joined the Marines unit.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a company's legal form ends its name, as the country writes it", () => {
  it.each([
    ['Shares of Kelvane plc rose.', ['ORG Kelvane plc']],
    ['Norrvik A/S cut jobs.', ['ORG Norrvik A/S']],
    ['Shares of Pellam K.K. fell.', ['ORG Pellam K.K.']],
    ['Orders at Pinto S.p.A. rose.', ['ORG Pinto S.p.A.']],
    ['Zentra Berhad won the contract.', ['ORG Zentra Berhad']],
    // a lower-case word after a name is no suffix
    ['Kelvane pledged to cut costs.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a town before the state a firm is based in is a place, not the firm', () => {
  it.each([
    ['Shares of the Dorrit, Ohio-based company rose.', ['LOCATION Dorrit', 'LOCATION Ohio']],
    ['Shares of the Dorrit, New York-based lender fell.', ['LOCATION Dorrit', 'LOCATION New York']],
    // the firm itself with a town-based description keeps its reading, the town and its state too
    ['Shares of Kelvane, a Dorrit-based maker, rose.', ['ORG Kelvane', 'LOCATION Dorrit']],
    ['Kelvane, a Dorrit, Ohio-based maker of pumps, said it would cut jobs.', ['ORG Kelvane', 'LOCATION Dorrit', 'LOCATION Ohio']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a fund named with Capital Management goes by its first word', () => {
  it.each([
    ['Vantor Capital Management pushed for a sale. Vantor declined to comment.', ['ORG Vantor Capital Management']],
    ['Kelby Asset Management said it sold the stake. Kelby declined to comment.', ['ORG Kelby Asset Management']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a partnership's surnames listed before the ampersand are one firm", () => {
  it.each([
    ['Wachtell, Lipton, Rosen & Katz is legal adviser.', ['ORG Wachtell, Lipton, Rosen & Katz']],
    ['The bank hired Skadden, Arps, Slate, Meagher & Flom for the deal.', ['ORG Skadden, Arps, Slate, Meagher & Flom']],
    // places and a first name end the list
    ['Offices in London, Paris & Berlin closed.', ['LOCATION London', 'LOCATION Paris', 'LOCATION Berlin']],
    ['Thanks to Robert, Kelvin & Finch for the loan.', ['PERSON Robert', 'ORG Kelvin & Finch']],
    // ... and so does a firm the lists know: a list of firms
    ['Drugmakers Pfizer, Merck, Johnson & Johnson rose.', ['ORG Pfizer', 'ORG Merck', 'ORG Johnson & Johnson']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a firm named in "-ly" opening a sentence', () => {
  it.each([
    ['Tessaly shares jumped 8% on Monday.', ['ORG Tessaly']],
    ['Tessaly rose 4 percent.', ['ORG Tessaly']],
    // an adverb the lexicons know is none
    ['Sharply lower sales hit the market.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("an adjective before a firm's word no dictionary knows is the firm's name", () => {
  it.each([
    ['Ardent Bancorp was downgraded.', ['ORG Ardent Bancorp']],
    ['Brave Therapeutics said profit rose.', ['ORG Brave Therapeutics']],
    // a field's English word after common adjectives is the field
    ['Renewable Energy is growing.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('words of when between a firm and what it does', () => {
  it.each([
    ['Kelvane today unveiled its latest phone.', ['ORG Kelvane']],
    ['Kelvane on Tuesday said its profit rose.', ['ORG Kelvane']],
    ['Kelvane yesterday said profit rose.', ['ORG Kelvane']],
    // ... and the results a firm is to report
    ['Analysts expect Dunmore to report a loss on Thursday.', ['ORG Dunmore']],
    ['Kelvane is expected to post a quarterly profit.', ['ORG Kelvane']],
    // what a man says or posts is no firm's
    ['Hale today said he would quit.', []],
    ['They expect Hale to report to the committee.', []],
    ['The board asked Brenner to report a loss to the committee.', []],
    ['Hale is expected to post a letter.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a brand's capitals inside a lone name, as its subject", () => {
  it.each([
    ["Vietnam's VinFast posted a wider loss.", ['LOCATION Vietnam', 'ORG VinFast']],
    ['Later, KelbTech said sales rose.', ['ORG KelbTech']],
    // a surname's prefix makes such capitals too
    ['Later, DeSantis said no.', []],
    ['Later, MacArthur said no.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("what 'it' does after a lone name's saying verb", () => {
  it.each([
    ['Glenmore said it would close its plant.', ['ORG Glenmore']],
    ['Glenmore said in a statement that it would sell its stake.', ['ORG Glenmore']],
    ['Glenmore said it had acquired Pellam.', ['ORG Glenmore', 'ORG Pellam']],
    ['Glenmore said it has agreed to buy a rival.', ['ORG Glenmore']],
    // what a person says "it" is or does is no firm's
    ['Harlow said it was a mistake.', []],
    ['Harlow said it would hurt his chances.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("what only a firm has, after 'whose' or a possessive", () => {
  it.each([
    ['Pellworth, whose brands include Sunbeam and Crestline, employs 4,000 people.', ['ORG Pellworth', 'ORG Sunbeam', 'ORG Crestline']],
    ["Kelvane's brands sold well.", ['ORG Kelvane']],
    // a person's son, and a person named in full, stay people
    ['Brenner, whose son is a doctor, said no.', ['PERSON Brenner']],
    ["Tom Hale's products sold well.", ['PERSON Tom Hale']],
    // a Nordic firm's "Invest"
    ['Its largest shareholder, Norvik Invest, holds 22 percent.', ['ORG Norvik Invest']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('whom a contract is awarded to, or who wins one, is a firm', () => {
  it.each([
    ['The agency awarded Anduvo a contract.', ['ORG Anduvo']],
    ['The Army awarded Kelvane a $2 billion contract.', ['ORG Army', 'ORG Kelvane']],
    ['Kelvane won a $2 billion contract from the Navy.', ['ORG Kelvane', 'ORG Navy']],
    ['The Navy signed a contract with Kelvane.', ['ORG Navy', 'ORG Kelvane']],
    // a medal is no contract; a person named in full keeps the reading
    ['He awarded Hale a medal.', []],
    ['Tom Hale won a new contract with the club.', ['PERSON Tom Hale']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a city of the gazetteer as the subject of a verb is a firm only by what a firm does', () => {
  it.each([
    ['Officials said Lashio had fallen to the rebels.', []],
    ['He said Bonn was quiet.', []],
    // a share price's move or a firm's results make it a firm
    ['Analysts said Lashio rose 3 percent after the deal.', ['ORG Lashio']],
    // an unknown word does what a verb says: a firm
    ['He said Kelbrix was sold.', ['ORG Kelbrix']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe("a body's letters that spell a unit of time", () => {
  it.each([
    ['Probes by the Justice Department and the SEC ended.', ['ORG Justice Department', 'ORG SEC']],
    ['The runner finished in 9.8 sec.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
