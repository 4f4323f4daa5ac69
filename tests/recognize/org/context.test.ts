// Companies and armed groups named where only organizations stand: invented phrases, with
// negatives (places, people, peoples and creeds in the same places).
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a name in a place only organizations take', () => {
  it.each([
    // companies with no cue but the phrase around them
    ['Investors sold shares of Quorvane on Tuesday.', ['ORG Quorvane']],
    ['Shares of Quorvane rose 5 percent.', ['ORG Quorvane']],
    // a town of the gazetteer is no bar after a market phrase (there is an Acme, Washington)
    ['Investors bought shares of Acme on Monday.', ['ORG Acme']],
    // a name right before "shares" or "stock", with no possessive, at the start or inside
    ['Quorvane shares fell 3 percent on Tuesday.', ['ORG Quorvane']],
    ['Traders said Brellix stock rose after the report.', ['ORG Brellix']],
    ['Tamsworth Pharma shareholders approved the deal.', ['ORG Tamsworth Pharma']],
    // a company the list of company names knows by a common word (@cspell/dict-companies)
    ['Apple shares fell on Monday.', ['ORG Apple']],
    // ... but before the people who read markets such a word is their field
    ['Power analyst Ann Kell expects a rise.', ['PERSON Ann Kell']],
    ['Oil analysts expect a rise.', []],
    ['Traders said Shell stock rose.', ['ORG Shell']],
    // a firm's name may end like a people's ("-i") and a family's (a surname alone)
    ['Velardi analyst Tom Hale cut his target.', ['ORG Velardi', 'PERSON Tom Hale']],
    ['Traders said Suzuki shares fell.', ['ORG Suzuki']],
    // ... but "shares" before its object is the verb, and a people before "analyst" no firm
    ['Quorvane shares the lead with two rivals.', []],
    ['Traders said Suzuki shares the lead.', ['PERSON Suzuki']],
    ['Iraqi analysts expect a rise.', []],
    ['The fund bought a stake in Brellix last year.', ['ORG Brellix']],
    // the people who work at a firm
    ['Ann Roe, a partner at Brellix, said so.', ['PERSON Ann Roe', 'ORG Brellix']],
    ['Ann Roe, head of research at Quorvane, said so.', ['PERSON Ann Roe', 'ORG Quorvane']],
    ['Ann Roe, a lawyer at Paris, said so.', ['PERSON Ann Roe', 'LOCATION Paris']],
    ['He ran a unit of Tamsworth Pharma until May.', ['ORG Tamsworth Pharma']],
    ['Analysts said Quorvane’s shares were cheap.', ['ORG Quorvane']],
    ['Last week Quorvane’s board rejected the bid.', ['ORG Quorvane']],
    // a firm's parts named by what they do; a person's keep the person
    ['She heads Quorvane’s research unit.', ['ORG Quorvane']],
    ['Brellix’s lending arm grew.', ['ORG Brellix']],
    ['Obama’s research unit grew.', ['PERSON Obama']],
    ['The order went to Quorvane, the Dallas-based maker of valves.', ['ORG Quorvane', 'LOCATION Dallas']],
    // what a place names as based in it, directly after "-based": a firm
    ['The deal values Dallas-based Pelnik at $2 billion.', ['LOCATION Dallas', 'ORG Pelnik']],
    ['Investors sold Zorvale-headquartered Brisco on Monday.', ['LOCATION Zorvale', 'ORG Brisco']],
    // ... but not a person's full name, nor a product based on a firm's system
    ['London-based Tom Hale, a consultant, agreed.', ['LOCATION London', 'PERSON Tom Hale']],
    ['An Intel-based Kelbook laptop sold well.', ['ORG Intel']],
    ['Police said Brant Valley Front, a militant group, had claimed it.', ['ORG Brant Valley Front']],
    // whose it is before the kind: the world's, a country's; at a sentence's start too
    ["Sorvent, the world's largest maker of valves, said it would cut jobs.", ['ORG Sorvent']],
    ["Investors cheered Kelvane, Britain's biggest lender, on Monday.", ['ORG Kelvane', 'LOCATION United Kingdom']],
    ["Kelvane, Germany's second-largest bank, said so.", ['ORG Kelvane', 'LOCATION Germany']],
    // a common word opening the sentence is no name, whatever its apposition
    ['Investors, the largest group of owners, left.', []],
    // armed groups: a cue after the name, or "fighters of"; a nationality is no part of it
    ['Fighters of Islamic State seized the town.', ['ORG Islamic State']],
    ['Islamic State militants attacked the checkpoint.', ['ORG Islamic State']],
    ['Then Boko Haram fighters raided the school.', ['ORG Boko Haram']],
    ['The attack was blamed on al-Shabaab militants.', ['ORG al-Shabaab']],
    ['Kurdish Peshmerga fighters retook the village.', ['ORG Peshmerga']],
    // a transliterated name opened by its language's head word (army, front, movement, party)
    ['Police said Jaish al-Kalvar claimed the attack.', ['ORG Jaish al-Kalvar']],
    ['Tehrik-i-Zorvan Pakistan said it carried out the bombing.', ['ORG Tehrik-i-Zorvan Pakistan']],
    ['Police arrested members of Hizb ut-Kalvar.', ['ORG Hizb ut-Kalvar']],
    ['Fighters of Ahrar ash-Kelby left the town.', ['ORG Ahrar ash-Kelby']],
    // ... after the land's name it is of, the head hyphened to its next word
    ['The commission said Pakistan Tehreek-e-Zorvan candidates won 93 seats.', ['ORG Pakistan Tehreek-e-Zorvan']],
    ['Pakistan Army troops moved.', ['ORG Pakistan Army']],
    ['He met Tom Hale at the office.', ['PERSON Tom Hale']],
    // a nation's body after "the" and its nationality, with no cue
    ['The Kurdish Peshmerga retook the village.', ['ORG Peshmerga']],
    ['Officers of the Kurdish Zervani stayed.', ['ORG Zervani']],
    ['Officers of the Kelvarian KDF detained him.', ['ORG KDF']],
    ['The Kurdish YPG took the town.', ['ORG YPG']],
    ['Shares fell and the British FTSE lost 2 percent.', []],
    ['He praised the British BBC on Monday.', ['ORG BBC']],
    ['Shares of British Airways rose.', ['ORG British Airways']],
    ['They met the Syrian Kurds in the town.', []],
    ['He joined the Nigerian Senate in May.', ['ORG Nigerian Senate']],
    // negatives: places, people, and one word of a people or a creed
    ['Shares in Asia fell on Monday.', ['LOCATION Asia']],
    ['Shares of Canada rose.', ['LOCATION Canada']],
    ['Tokyo shares rose on Monday.', ['LOCATION Tokyo']],
    ['European shares fell on Monday.', []],
    ['Energy shares rose on Monday.', []],
    ['Bank stock fell on Monday.', []],
    ['Global shares fell on Monday.', []],
    ['He sold Class A shares of the fund.', []],
    ['Houthi rebels fired on the ship.', []],
    ['The army fought Sunni militants near the border.', []],
    ['Syrian rebels held the town.', []],
    ['Shares of Apple rose on Monday.', ['ORG Apple']],
    ['Internet Explorer’s market share is slipping.', []],
    // a firm's name may open with its nation's word, unless the lists know the rest as a firm
    ['Shares of Saudi Kelbco fell 2 percent.', ['ORG Saudi Kelbco']],
    ['He bought a stake in Swiss Kelvane last year.', ['ORG Swiss Kelvane']],
    ['Shares of Japanese Toyota rose.', ['ORG Toyota']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a spokesman, an analyst, a takeover: phrases of a body', () => {
  it.each([
    ['A spokeswoman for Wexford Mutual declined to comment.', ['ORG Wexford Mutual']],
    ['A spokesman for the Quellmark Trading said so.', ['ORG Quellmark Trading']],
    ['Analysts at Velbury said the stock was cheap.', ['ORG Velbury']],
    // a town's name after them is a firm's (one is an analyst in a town), a well-known place's is not
    ['That is fair, said Ann Lindqvist, an analyst at Bernstein.', ['PERSON Ann Lindqvist', 'ORG Bernstein']],
    ['He is an analyst in Dover.', ['LOCATION Dover']],
    ['The takeover of Tessaro closed on Friday.', ['ORG Tessaro']],
    ['Its merger with Dunmere was blocked.', ['ORG Dunmere']],
    // a person or a well-known place after the same phrases
    ['A spokesman for Tom Hale said so.', ['PERSON Tom Hale']],
    ['A spokesman for Ukraine said so.', ['LOCATION Ukraine']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('an apposition naming a part or a kind of firm', () => {
  it.each([
    ['Vesta, a unit of Orbis Group, makes parts.', ['ORG Vesta', 'ORG Orbis Group']],
    ['Sales at Marrowby, the retailer controlled by the Castell family, fell.', ['ORG Marrowby']],
    ['Kelvane, the drugmaker, said the trial failed.', ['ORG Kelvane']],
    ['Fitch Ratings placed the bank on watch.', ['ORG Fitch Ratings']],
    ['Wynstan Bio said the drug was approved.', ['ORG Wynstan Bio']],
    // a person may be what a firm is not
    ['Tom Hale, a developer in Kelby, said no.', ['PERSON Tom Hale']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('what a firm says of itself and its results, at the start of a sentence', () => {
  it.each([
    ['Dunmere said its margins shrank.', ['ORG Dunmere']],
    ['Dunmere reported a quarterly loss of $4 million.', ['ORG Dunmere']],
    // ... past the day or the statement it says so in
    ['Dunmere said on Tuesday its margins shrank.', ['ORG Dunmere']],
    ['Dunmere said in a statement that its profit rose.', ['ORG Dunmere']],
    ['Dunmere said late on Monday that revenue rose.', ['ORG Dunmere']],
    // ... not past a place, nor for a person's "his"
    ['Dunmere said in Kelby its plant would close.', []],
    ['Brenner said on Tuesday his team had won.', []],
    // a share price's move: a number and its unit right after the verb
    ['Brellix rose 4 percent to $12.50.', ['ORG Brellix']],
    ['Volvex shed 3% on Monday.', ['ORG Volvex']],
    ['In Frankfurt, Brellix fell 12 cents.', ['LOCATION Frankfurt', 'ORG Brellix']],
    // ... no number, or a person's full name, is none
    ['Quenby rose to fame.', []],
    ['Tom Hale rose 4 percent in the polls.', ['PERSON Tom Hale']],
    // a list of lone names before what a firm does: every item is a firm
    ['Volvex, Brellix and Kelvix reported losses.', ['ORG Volvex', 'ORG Brellix', 'ORG Kelvix']],
    ['Volvex and Brellix said profits rose.', ['ORG Volvex', 'ORG Brellix']],
    // ... people the tagger knows stay people
    ['Smith and Jones said profits rose.', ['PERSON Smith', 'PERSON Jones']],
    // a person says "it", a place reports too: no firm from that alone
    ['Brenner said it was over.', []],
    ['Moscow reported a loss.', ['LOCATION Moscow']],
    // the verb group after the name, then "its": the name is a thing's, no person's
    ['Pellworth agreed to sell its Asian unit.', ['ORG Pellworth']],
    ['Shares rose after Quenby said it would raise its dividend.', ['ORG Quenby']],
    ['Vellor will not renew its lease.', ['ORG Vellor']],
    // "its" after a noun refers to the noun; a place stays a place
    ['Brenner praised the city for its parks.', []],
    ['Moscow has increased its troops.', ['LOCATION Moscow']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('the phrase before a list, or the plural after it, says what every item is', () => {
  it.each([
    ['Investors sold shares of Harlan, Voss and Merrow on Monday.', ['ORG Harlan', 'ORG Voss', 'ORG Merrow']],
    ['Analysts at Morvane and Quenby cut their forecasts.', ['ORG Morvane', 'ORG Quenby']],
    ['Regulators fined Vellor, Quenby and Arkwright, the three biggest lenders.', ['ORG Vellor', 'ORG Quenby', 'ORG Arkwright']],
    // at the start of a sentence too
    ['Lindqvist, Vellor and Arkwright, the three biggest lenders, face a probe.', ['ORG Lindqvist', 'ORG Vellor', 'ORG Arkwright']],
    ['Quenby and Arkwright, the two companies, denied wrongdoing.', ['ORG Quenby', 'ORG Arkwright']],
    // negatives: people named in full; a plural that is no kind of organization
    ['Tom Hale, Mara Quell and Ann Roe, the three finalists, spoke.', ['PERSON Tom Hale', 'PERSON Mara Quell', 'PERSON Ann Roe']],
    ['Mara Quell and Tom Hale, the founders of the firm, spoke.', ['PERSON Mara Quell', 'PERSON Tom Hale']],
    // a person's full name after a market phrase stays a person
    ['He bought shares of Tom Hale and Mara Quell.', ['PERSON Tom Hale', 'PERSON Mara Quell']],
  ])('%s', (text, expected) => check(text, expected));
});

describe("a possessive before a person's full name is the body the person belongs to", () => {
  it.each([
    ["Localist group Civic Passion's Wong Yeung-tat was defeated.", ['ORG Civic Passion', 'PERSON Wong Yeung-tat']],
    ["Kelby's Ann Roe finished third.", ['ORG Kelby', 'PERSON Ann Roe']],
    ["Analysts said Quorvane's Lina Osei would stay.", ['ORG Quorvane', 'PERSON Lina Osei']],
    // negatives: a place's or a person's possessive, a common noun's, a day's
    ["Britain's Tom Hale won gold.", ['LOCATION United Kingdom', 'PERSON Tom Hale']],
    ["Trump's Mike Pence spoke.", ['PERSON Mike Pence']],
    ["The company's Tom Hale spoke.", ['PERSON Tom Hale']],
    ["Monday's Tom Hale show aired.", ['PERSON Tom Hale']],
  ])('%s', (text, expected) => check(text, expected));
});

describe('a trade union named between "the" and "union"', () => {
  it.each([
    ['The Teamsters union called a strike.', ['ORG Teamsters']],
    ['Members of the Unite union walked out.', ['ORG Unite']],
    // a nationality there is the old spelling of a state's name, no union
    ['He left the Soviet union in 1990.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a name before a title in lower case and a person is the organization', () => {
  it.each([
    ['Yesterday, Kelvox chief Tim Cook spoke.', ['ORG Kelvox', 'PERSON Tim Cook']],
    // common words before the title are its field
    ['Energy analyst Tom Hale said so.', ['PERSON Tom Hale']],
    ['Brellix chief executive Ann Kell spoke.', ['ORG Brellix', 'PERSON Ann Kell']],
    // ... unless the list of firms knows the word and a firm's own title follows
    ['Apple chief Tom Hale met the press.', ['ORG Apple', 'PERSON Tom Hale']],
    ['Shell chief executive Ann Kell spoke.', ['ORG Shell', 'PERSON Ann Kell']],
    ['Health reporter Ann Kell wrote it.', ['PERSON Ann Kell']],
    // an office of a place, a nationality, or a title's own first word is none
    ['Kelby mayor Tom Hale spoke.', ['LOCATION Kelby', 'PERSON Tom Hale']],
    ['French president Emmanuel Macron spoke.', ['PERSON Emmanuel Macron']],
    ['Former minister Tom Hale spoke.', ['PERSON Tom Hale']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a quantifier between firms and the verb of their results', () => {
  it.each([
    ['Brellix, Tarvin and Quorvane all reported higher profits.', ['ORG Brellix', 'ORG Tarvin', 'ORG Quorvane']],
    ['Brellix also reported a loss.', ['ORG Brellix']],
    // what people say is no firm's result
    ['Kell and Hale all said no.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
