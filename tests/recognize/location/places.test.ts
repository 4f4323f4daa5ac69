// Places by the gazetteers of regions and towns and by the words around them: each phrase
// with the exact entities it must give (type, name and the mentions' text), and negatives.
// Invented or generic phrases of news, not lines of the dev sets.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import type { EntityType } from '../../../src/types.js';

const NAME_TYPES: EntityType[] = ['PERSON', 'ORG', 'LOCATION', 'PROGRAM'];
const names = (text: string) =>
  extract(text, { date: '2014-03-12', types: NAME_TYPES }).entities.map((e) => `${e.type} ${e.name} [${e.mentions.map((m) => m.text).join('|')}]`);

const CASES: [string, string[]][] = [
  // a state's abbreviation after "Town,": a place, with its period, named in full
  ['The plant in Phoenix, Ariz., employs 300 people.', ['LOCATION Phoenix [Phoenix]', 'LOCATION Arizona [Ariz.]']],
  ['The company moved to Zorvale, Calif., last year.', ['LOCATION Zorvale [Zorvale]', 'LOCATION California [Calif.]']],
  // ... or after a preposition of place, or "and" and another state's abbreviation
  ['The plants are in Ariz. and Del., officials said.', ['LOCATION Arizona [Ariz.]', 'LOCATION Delaware [Del.]']],
  ['He was born in Fla. in 1950.', ['LOCATION Florida [Fla.]']],
  ['She attended Mass. on Sunday.', []],
  // a list that a preposition of place opens, naming a place the lists know, is of places
  ['He studied medicine in Berlin and Zorvale.', ['LOCATION Berlin [Berlin]', 'LOCATION Zorvale [Zorvale]']],
  ['Trains run from Zorvale, Kelbyton and Leeds.', ['LOCATION Zorvale [Zorvale]', 'LOCATION Kelbyton [Kelbyton]', 'LOCATION Leeds [Leeds]']],
  // ... but a comma alone makes no list, nor a name after the list's last item
  ['In San Francisco, Kelvane CEO Tom Hale spoke.', ['LOCATION San Francisco [San Francisco]', 'ORG Kelvane [Kelvane]', 'PERSON Tom Hale [Tom Hale]']],
  ['He gave the prize to Mara Quell and Tom Hale.', ['PERSON Mara Quell [Mara Quell]', 'PERSON Tom Hale [Tom Hale]']],
  // a river named by "the" and its name alone; alone the word is the country or the firm
  ['Troops crossed the Dnipro at night.', ['LOCATION Dnipro [Dnipro]']],
  ['Fighting raged along the Euphrates on Monday.', ['LOCATION Euphrates [Euphrates]']],
  ['Barges on the Danube stopped.', ['LOCATION Danube [Danube]']],
  ['He flew to Jordan on Monday.', ['LOCATION Jordan [Jordan]']],
  ['The Amazon warehouse closed.', ['ORG Amazon [Amazon]']],
  ['Flooding closed roads around Dubbo, NSW, on Monday.', ['LOCATION Dubbo [Dubbo]', 'LOCATION New South Wales [NSW]']],
  // "X-based" makes an adjective of the place: no ORG
  ['A Dover, Del.-based maker of chips said profit rose.', ['LOCATION Dover [Dover]', 'LOCATION Delaware [Del.]']],
  ['A U.S.-based firm bought the mine.', ['LOCATION United States [U.S.]']],
  // a postal code after a person is no region
  ['The court heard from Tom Quillby, QC, on Tuesday.', ['PERSON Tom Quillby [Tom Quillby]']],
  // regions by name
  ['Fighting spread into Helmand overnight.', ['LOCATION Helmand [Helmand]']],
  ['He moved to Satu Mare last year.', ['LOCATION Satu Mare [Satu Mare]']],
  // a region's name between an article and a noun says where the noun is from
  ['The inquiry targets a Virginia contractor.', ['LOCATION Virginia [Virginia]']],
  ['A Virginia Woolf novel sold well.', ['PERSON Virginia Woolf [Virginia Woolf]']],
  // towns of the list with a cue of place
  ['Shells fell in Azaz overnight.', ['LOCATION Azaz [Azaz]']],
  ['Shelling hit the Azaz district.', ['LOCATION Azaz [Azaz]']],
  ['Troops massed outside Tell Abyad.', ['LOCATION Tell Abyad [Tell Abyad]']],
  // whom a town has, before "of"
  ['The mayor of Tolvane resigned.', ['LOCATION Tolvane [Tolvane]']],
  ['Residents of Tolvane fled the floods.', ['LOCATION Tolvane [Tolvane]']],
  // an unknown name where a place is named
  ['Rebels fought near Khan Rahal on Monday.', ['LOCATION Khan Rahal [Khan Rahal]']],
  ['He lives in the village of Tal Hamis.', ['LOCATION Tal Hamis [Tal Hamis]']],
  // a word of position opening a region's name, after a preposition of place
  ['Militants attacked a base in Lower Zorvani.', ['LOCATION Lower Zorvani [Lower Zorvani]']],
  ['Fighting spread to Upper Qarvash overnight.', ['LOCATION Upper Qarvash [Upper Qarvash]']],
  ['Shares in Lower Kelby Mills rose.', ['ORG Lower Kelby Mills [Lower Kelby Mills]']],
  // the object of a verb of war that takes places
  ['Rebels seized Tolvane on Monday.', ['LOCATION Tolvane [Tolvane]']],
  ['The army retook Ras Kamboni.', ['LOCATION Ras Kamboni [Ras Kamboni]']],
  ['Jets bombed Qarvash and shelled Tal Hamis.', ['LOCATION Qarvash [Qarvash]', 'LOCATION Tal Hamis [Tal Hamis]']],
  // a word that says where, then a preposition of place: an unknown name after them is a place
  ['She was born in Ashcombe in 1950.', ['LOCATION Ashcombe [Ashcombe]']],
  ['Refugees fled to Dravik after the attack.', ['LOCATION Dravik [Dravik]']],
  ['Police in Tollbridge said two men were held.', ['LOCATION Tollbridge [Tollbridge]']],
  ['Three soldiers were killed in Ghazrani on Monday.', ['LOCATION Ghazrani [Ghazrani]']],
  ['The company is headquartered in Brakefield.', ['LOCATION Brakefield [Brakefield]']],
  // ... but not a person's name, a firm's, a date or a war
  ['Police in Tom Hale\'s town said so.', ['PERSON Tom Hale [Tom Hale]']],
  ['He fled to Brellix Corp headquarters.', ['ORG Brellix Corp [Brellix Corp]']],
  ['He was killed in World War II.', []],
  ['She was injured in Hurricane Katrina.', []],
  // ("moved to" takes firms as often: no cue)
  ['He moved to Kelvane last year.', []],
  // ... but a person, a firm's possessive or an organization stays what it is
  ['Police seized Tom Hale at the border.', ['PERSON Tom Hale [Tom Hale]']],
  ['Regulators seized Dunmore Bank.', ['ORG Dunmore Bank [Dunmore Bank]']],
  // a name's possessive before what only a state has
  ["Ruritania's ruling party lost its majority.", ['LOCATION Ruritania [Ruritania]']],
  ["Kelbania's opposition leader Mira Tosk spoke.", ['LOCATION Kelbania [Kelbania]', 'PERSON Mira Tosk [Mira Tosk]']],
  ["Sarnovia's ambassador to Dunmore left.", ['LOCATION Sarnovia [Sarnovia]', 'LOCATION Dunmore [Dunmore]']],
  ["Analysts said Kelvasto's army seized Tolvane.", ['LOCATION Kelvasto [Kelvasto]', 'LOCATION Tolvane [Tolvane]']],
  ["Tolvane's prime minister resigned.", ['LOCATION Tolvane [Tolvane]']],
  // ... or a town's or a province's offices and people
  ["Kelbovo's mayor said the roads were closed.", ['LOCATION Kelbovo [Kelbovo]']],
  ["Velnor's governor declared an emergency.", ['LOCATION Velnor [Velnor]']],
  ['The residents of Kelbovo fled.', ['LOCATION Kelbovo [Kelbovo]']],
  // ... a possessive in "-ly's" opening the sentence, or the state's body in capitals
  ["Tessaly's parliament voted to extend the mission.", ['LOCATION Tessaly [Tessaly]']],
  ["Veldor's Foreign Ministry denied the report.", ['LOCATION Veldor [Veldor]', 'ORG Foreign Ministry [Foreign Ministry]']],
  ["Officials said Kelvaria's National Assembly would meet.", ['LOCATION Kelvaria [Kelvaria]', 'ORG National Assembly [National Assembly]']],
  ["Veldor's Prime Minister Ivo Kell resigned.", ['LOCATION Veldor [Veldor]', 'PERSON Ivo Kell [Ivo Kell]']],
  ["Kelby's Army Surplus shop closed.", []],
  // ... not when the noun only modifies another, nor a firm's or a person's
  ["Hale's government job ended.", []],
  ["Kelvix's foreign sales rose.", []],
  ["Tom Hale's army days ended.", ['PERSON Tom Hale [Tom Hale]']],
  // a mansion or a castle is a building; a surname that is the word stays a person's after a first name
  ['They met at Gracie Mansion.', ['LOCATION Gracie Mansion [Gracie Mansion]']],
  ['They toured Kelby Castle.', ['LOCATION Kelby Castle [Kelby Castle]']],
  ['Tom Castle said so.', ['PERSON Tom Castle [Tom Castle]']],
  // a land's letters, and a unit's after a figure
  ['Golfers from GB and Ireland led.', ['LOCATION GB [GB]', 'LOCATION Ireland [Ireland]']],
  ['The phone has 16 GB of memory.', []],
  ['A 2000 MW plant opened.', []],
  ['A 500 MW plant opened near Kelbovo.', ['LOCATION Kelbovo [Kelbovo]']],
  // a compass word and a land's part after the possessive: a place, a word the lexicon reads as a person's too
  ["He surfed on Sydney's northern beaches.", ['LOCATION Sydney [Sydney]']],
  ["Floods hit Kelby's eastern suburbs.", ['LOCATION Kelby [Kelby]']],
  ["Troops massed on Tarvia's north-eastern border.", ['LOCATION Tarvia [Tarvia]']],
  // ... not a firm's part, nor a person named in full
  ["Kelvane's western division grew.", []],
  ["Tom Hale's northern home burned.", ['PERSON Tom Hale [Tom Hale]']],
  // ... nor a part a person's policy names too, before another noun
  ["He criticised Kelmer's southern border wall.", []],
  // a town's police, people or mayor after its name
  ['Kelby police said the Kelby man, 34, was held.', ['LOCATION Kelby [Kelby|Kelby]']],
  ['A Tolvane woman was hurt.', ['LOCATION Tolvane [Tolvane]']],
  ['The Tolvane mayor resigned.', ['LOCATION Tolvane [Tolvane]']],
  // ... a firm's or a person's name before the same words stays what it is
  ['Kelvix Corp police said so.', ['ORG Kelvix Corp [Kelvix Corp]']],
  ['The Tom Hale police drama ended.', ['PERSON Tom Hale [Tom Hale]']],
  ['The convoy was ambushed 20 km north of Qarvash.', ['LOCATION Qarvash [Qarvash]']],
  ['Aid reached the Zorvani district by road.', ['LOCATION Zorvani [Zorvani]']],
  // ... but a person stays a person
  ['He met near Smith\u2019s house with John Hale.', ['PERSON Smith [Smith]', 'PERSON John Hale [John Hale]']],
  ['She sat near John Hale at the dinner.', ['PERSON John Hale [John Hale]']],
  ['The order went to Robert Lane.', ['PERSON Robert Lane [Robert Lane]']],
  ['George Washington slept here.', ['PERSON George Washington [George Washington]']],
  ['Critics noted hostility toward Muslims in the debate.', []],
  // a given name does not make a city a person
  ['He flew to San Francisco on Monday.', ['LOCATION San Francisco [San Francisco]']],
  // datelines
  ['BRNO, Czech Republic (AP) \u2014 The team won again.', ['LOCATION Brno [BRNO]', 'LOCATION Czech Republic [Czech Republic]', 'ORG AP [AP]']],
  ['KABUL, Afghanistan \u2014 A bomb exploded.', ['LOCATION Kabul [KABUL]', 'LOCATION Afghanistan [Afghanistan]']],
  ['WASHINGTON (Reuters) - The Senate voted.', ['LOCATION Washington [WASHINGTON]', 'ORG Reuters [Reuters]', 'ORG Senate [Senate]']],
  ['ZORVALE, Nigeria (Reuters) - Prices rose.', ['LOCATION Zorvale [ZORVALE]', 'LOCATION Nigeria [Nigeria]', 'ORG Reuters [Reuters]']],
  // capitals that are no dateline
  ['NATO said on Monday that talks would resume.', ['ORG NATO [NATO]']],
  // the noun a name is said to be, in apposition or after "is"; a list after a plural place noun
  ['The first store opened in Tilvar, a suburb of Aarhus.', ['LOCATION Tilvar [Tilvar]', 'LOCATION Aarhus [Aarhus]']],
  ['Aisbury is a small village in Lincolnshire.', ['LOCATION Aisbury [Aisbury]', 'LOCATION Lincolnshire [Lincolnshire]']],
  ['They marched towards the villages of Lougar and Tougan.', ['LOCATION Lougar [Lougar]', 'LOCATION Tougan [Tougan]']],
  ['We met Ann Hale, a city councilman, on Monday.', ['PERSON Ann Hale [Ann Hale]']],
  ['The report is a town hall favourite.', []],
  // features of the land and the water, by their head word
  ['Warships sailed into the Black Sea on Monday.', ['LOCATION Black Sea [Black Sea]']],
  ['Tankers passed the Strait of Hormuz.', ['LOCATION Strait of Hormuz [Strait of Hormuz]']],
  ['Rebels hid in the Zorvan Mountains.', ['LOCATION Zorvan Mountains [Zorvan Mountains]']],
  ['He watched the History Channel at home.', []],
  // "-based" after a name says where a firm stands, whatever the name
  ['The Kelby-based firm hired staff.', ['LOCATION Kelby [Kelby]']],
  ['A Dover, Del.-based maker said so.', ['LOCATION Dover [Dover]', 'LOCATION Delaware [Del.]']],
  // ... not "-backed" (a backer is a body or a person)
  ['The Quorvane-backed fund grew.', []],
  // another language's article opens the place's name
  ['He flew from El Paso to Kelby.', ['LOCATION El Paso [El Paso]']],
  ['Fighters were seen near El Vardan on Sunday.', ['LOCATION El Vardan [El Vardan]']],
  // states past and present, by their head word, also before "of"
  ['Trade grew across the Ottoman Empire.', ['LOCATION Ottoman Empire [Ottoman Empire]']],
  ['The Zorvan Caliphate ruled the north.', ['LOCATION Zorvan Caliphate [Zorvan Caliphate]']],
  ['She lived in the Grand Duchy of Kelby.', ['LOCATION Grand Duchy of Kelby [Grand Duchy of Kelby]']],
  ["Envoys of the People's Republic of Zembla arrived.", ["LOCATION People's Republic of Zembla [People's Republic of Zembla]"]],
  ["The Kelby People's Democratic Republic voted.", ["LOCATION Kelby People's Democratic Republic [Kelby People's Democratic Republic]"]],
  // ... but a feature's head before "of" and more is read in parts
  ['Storms hit the North Sea of Europe.', ['LOCATION North Sea [North Sea]', 'LOCATION Europe [Europe]']],
  // a nationality before a place noun is no place
  ['It is a village in the English county of Lincolnshire.', ['LOCATION Lincolnshire [Lincolnshire]']],
  // a big city named like a given name, with a cue of place, is the city
  ['He moved to Adelaide in 1990.', ['LOCATION Adelaide [Adelaide]']],
  ['The flight from Sofia landed near Charlotte.', ['LOCATION Sofia [Sofia]', 'LOCATION Charlotte [Charlotte]']],
  // ... no cue, a given name with a surname, or a surname alone: a person
  ['Adelaide Kell chaired the panel.', ['PERSON Adelaide Kell [Adelaide Kell]']],
  ['The award went to Harrison.', ['PERSON Harrison [Harrison]']],
  ['A letter to Nancy arrived.', ['PERSON Nancy [Nancy]']],
  // an unknown name after a side's or a kind's adjective of place is a place
  ['Fighting spread across eastern Kelbania.', ['LOCATION Kelbania [Kelbania]']],
  ['Refugees fled to neighbouring Tarvia.', ['LOCATION Tarvia [Tarvia]']],
  // ... or in apposition to a place noun, either way round
  ['Officials in the capital, Brellon, said the talks failed.', ['LOCATION Brellon [Brellon]']],
  ['Brellon, the capital of Ruritania, was calm.', ['LOCATION Brellon [Brellon]', 'LOCATION Ruritania [Ruritania]']],
  // ... but not a firm's name that a common adjective opens, nor a firm's capital
  ['The central Kelby Bank cut rates.', ['ORG Kelby Bank [Kelby Bank]']],
  ['He invested the capital of Brellix Corp.', ['ORG Brellix Corp [Brellix Corp.]']],
  // an administrative division by its head word, even opening a sentence or named after a person
  ['He was born in Kelby Parish in 1920.', ['LOCATION Kelby Parish [Kelby Parish]']],
  ['Tarvos Oblast borders Kelbania.', ['LOCATION Tarvos Oblast [Tarvos Oblast]']],
  ['Jefferson Parish flooded.', ['LOCATION Jefferson Parish [Jefferson Parish]']],
  ['It lies in the Kelby département of France.', ['LOCATION Kelby [Kelby]', 'LOCATION France [France]']],
  // ... but a body whose head follows the division's word is a body
  ['The Kelby Parish Council met.', ['ORG Kelby Parish Council [Kelby Parish Council]']],
  // a known first name and a building's word that is a surname: a person, unless the building is said
  ['Jenny Hall said the plan failed.', ['PERSON Jenny Hall [Jenny Hall]']],
  ['Tom Park, 45, was arrested.', ['PERSON Tom Park [Tom Park]']],
  ['They met in Victoria Park.', ['LOCATION Victoria Park [Victoria Park]']],
  ['The Albert Hall was full.', ['LOCATION Albert Hall [Albert Hall]']],
  // countries the tagger's lexicon reads as a people's plural, lacks, or knows as a given name
  ['Police in the Philippines and Laos said so.', ['LOCATION Philippines [Philippines]', 'LOCATION Laos [Laos]']],
  ['He flew to Congo and Eswatini.', ['LOCATION Congo [Congo]', 'LOCATION Eswatini [Eswatini]']],
  ['Troops in Chad clashed near Lake Chad.', ['LOCATION Chad [Chad]', 'LOCATION Lake Chad [Lake Chad]']],
  ['Chad Kell said so.', ['PERSON Chad Kell [Chad Kell]']],
  // a distance is measured from a place, whatever person's name it is too
  ['The town lies 50 miles northwest of Orlando.', ['LOCATION Orlando [Orlando]']],
  ['The base is 30 km south of Kelbury.', ['LOCATION Kelbury [Kelbury]']],
  // after "the", a building's word that is a surname too ends a building named after a person
  ['The Alfred Phillips House is a museum.', ['LOCATION Alfred Phillips House [Alfred Phillips House]']],
  ['Jenny Hall said so.', ['PERSON Jenny Hall [Jenny Hall]']],
  ['Colonel Edward House advised him.', ['PERSON Edward House [Edward House]']],
  // grounds, halls of worship and the smaller waters by their head words
  ['He played at Subiaco Oval.', ['LOCATION Subiaco Oval [Subiaco Oval]']],
  ['They met at the Kelby Skating Rink.', ['LOCATION Kelby Skating Rink [Kelby Skating Rink]']],
  ['Monks left Westbury Abbey.', ['LOCATION Westbury Abbey [Westbury Abbey]']],
  ['An arch spans Hancock Creek.', ['LOCATION Hancock Creek [Hancock Creek]']],
  ['Kelby Falls voted.', ['LOCATION Kelby Falls [Kelby Falls]']],
  // ... and a library is a body
  ['The Ann Roe Library opened.', ['ORG Ann Roe Library [Ann Roe Library]']],
];

describe('places by regions, towns, cues and datelines', () => {
  it.each(CASES)('%s', (text, want) => {
    expect(names(text).sort()).toEqual([...want].sort());
  });
});
