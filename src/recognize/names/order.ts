// The order in which the name rules of every type are tried on a chunk: the first rule that
// reads it decides it. Strongest evidence first: vetoes, then splits of one run of capitals
// into several names, then lexicons, then words of the text that say what a name is (head
// words, cues, appositions), then the tagger's guesses, and last guesses from shape and
// context. Each type's own list (PERSON_RULES, ...) keeps its rules in this relative order.
import * as location from '../location/index.js';
import * as notName from '../not-name/index.js';
import * as org from '../org/index.js';
import * as person from '../person/index.js';
import * as program from '../program/index.js';
import { listKind } from './list-kind.js';
import { arabicArticle } from './arabic-article.js';
import { namePair } from './pair.js';
import type { NameRule } from './view.js';

/** Tried first on a whole chunk: a title inside it ("U.S. Vice President Joe Biden"). */
export const TITLE_RULE: NameRule = person.titledName;

/** Tried on a whole chunk that holds a title, before the title: an organization named in
 * full that opens with a title's word ("General Dynamics", "Admiral Group"). */
export const BEFORE_TITLE_RULES: readonly NameRule[] = [org.orgListed, org.orgDefence, org.orgHeadOfTitle, notName.vessel];

/** Rules whose reading of a chunk that opens a sentence keeps its first word: the shape
 * alone says the word is a name ("Moon Jae-in met ...", however common "moon" is), or a
 * list of names as written ("Moody's cut ...", "Standard & Poor's said ..."), or a party's
 * word before its people ("Labour councillor Ann Kelby said"), or a chamber's ("House
 * Republicans passed ..."). */
export const OPENING_SHAPE_RULES: readonly NameRule[] = [person.hyphenatedGiven, org.orgPossessiveName, org.orgIndexPublisher, org.orgIssuer, org.orgPartyWord, org.orgChamberMembers];

/** The rules for a whole chunk, or the part of it before a title, in order. */
export const CHUNK_RULES: readonly NameRule[] = [
  // a numbered flight names its airline, whatever words the airline's name has
  org.orgFlight,
  // a defence body listed in full, past the capitals too ("al-Qaeda in the Islamic Maghreb")
  org.orgDefence,
  // a body named by where it serves, past the capitals ("Training Mission in Mali")
  org.orgHeadIn,
  // "the Office of the Secretary of Defense": a body named by a title, before the title
  // that ends the run splits it
  org.orgHeadOfTitle,
  // "al-Hamra": the name the rest reads as, with its article
  arabicArticle,
  // a firm or an exchange that gives its name to a market index: the firm or the index, before the index's veto
  org.orgIndexPublisher,
  org.orgExchange,
  // a sports conference, before the veto of a meeting's "Conference"
  org.orgConference,
  // vetoes
  notName.dateWord,
  // a unit's capitals after a figure: "16 GB"
  notName.unit,
  notName.notName,
  notName.nationality,
  notName.marketStreet,
  notName.benchmark,
  notName.rating,
  notName.workTitle,
  notName.vessel,
  notName.operation,
  notName.weaponSystem,
  // a nationality before a person's name, no part of it: "Italian | Ann Hale"
  person.personAfterNationality,
  // a party named by a common word, with its people after it ("a Labor MP"), before the
  // dictionary's word reads it common
  org.orgPartyWord,
  // a chamber before a party's people: "House Republicans" (before "Republicans" reads a place)
  org.orgChamberMembers,
  // a military base, named by its words, before its name's words read as a person's
  location.base,
  // a romanized surname and hyphened given name: "Lee Cheuk-yan" (before a given name
  // of its syllables splits it: "Moon | Jae-in")
  person.hyphenatedGiven,
  // two names joined by a hyphen before what two sides have between them: "the Russia-Ukraine war"
  namePair,
  // one run of capitals, several names ("State Department | Spokesperson": a title that
  // ends the run names no one)
  person.beforeTrailingTitle,
  // "the Liberation Tigers of Kelvast Dunmara": one armed group, before a person's reading
  // of the words after "of"
  org.orgGroupOf,
  // "the United Farmers of Dunmore": one society, before the place's reading of the words after "of"
  org.orgMembersOf,
  // a station's call sign beside a station's word ("told 6PR"), before the acronym's reading
  org.orgCallSign,
  person.titleOf,
  person.personOf,
  // "the Obama administration", "Biden aides": a leader before the noun of his tenure
  person.personBeforeTenure,
  person.personAfterName,
  // initials and a surname: "J. Doe", "A. de Roe"
  person.initialSurname,
  // lexicons
  location.dateline,
  location.river,
  org.orgKnown,
  org.orgPossessiveName,
  org.orgIssuer,
  org.orgUnit,
  program.programKnown,
  // a town's name before "'s shares" is a firm's, before the place lexicons read it
  org.orgBeforeShares,
  // a name before its ticker in brackets is a listed firm's, before the place lexicons read it
  org.orgTicker,
  // a kind of organization right before the name ("the miner Rio Kelva"), before a town's lexicon reads it
  org.orgDescribedBeforePlaces,
  location.locationKnown,
  location.placeAcronym,
  location.regionAfterTown,
  org.orgAcronym,
  org.orgKnownWord,
  org.orgListed,
  // words that say what the name is
  org.orgDescribed,
  org.orgMusic,
  org.orgBeforeCountry,
  program.programHead,
  // "the Kelby Hall of Fame": an institution, before the facility's reading of "Hall of"
  org.orgInstitution,
  location.facility,
  location.feature,
  // "Bov Parish", "Tarvos Oblast": an administrative division by its head word
  location.division,
  // a league whose head does not end its name: "Major League Baseball", "the A-League"
  org.orgLeague,
  org.orgHead,
  org.orgPlaceGovernment,
  org.orgOpeningHead,
  org.orgCue,
  org.orgContext,
  org.orgAmpersand,
  person.personApposed,
  person.personWho,
  location.placeInRegion,
  // the kind a list's noun says: "banks such as ...", "... and other cities"
  listKind,
  // a place's name and a plural: a team ("the Kelby River Cats"), before the tagger spreads
  // the place over the whole run
  org.orgPlacePlural,
  // ... or its people: "Texas Democrats" (the place)
  location.placeBeforePeople,
  // a team by its nickname: "the Hawks lost to Kelby 63-7", "a pitcher for the Pirates"
  org.orgTeamNickname,
  // the tagger (and the gazetteers of regions and towns, and the cues of place, before a
  // person's reading: "near Khan Rahal")
  location.taggedPlace,
  location.regionPlace,
  location.townPlace,
  // "moved to Adelaide": a city named like a given name, with a cue of place
  location.givenNameCity,
  // "Ruritania's ruling party": what only a state has, after a name's possessive
  location.possessiveState,
  location.placeByCue,
  // a name its acronym in brackets spells, before a person's reading by tag or shape
  org.orgSpelled,
  person.taggedPerson,
  org.taggedOrg,
  // context and shape
  person.speaker,
  person.afterTitle,
  location.gazetteerPlace,
  person.personShape,
  person.listSibling,
  org.orgSubject,
  // a list's other items: "Rivals Apple, Google and Microsoft", "toured Mindanao, Sulawesi and Aceh"
  org.orgListSibling,
  location.locationListSibling,
];

/** Every name rule, each type's list in turn (for the catalogue). */
export const NAME_RULES: readonly NameRule[] = [...notName.NOT_NAME_RULES, ...person.PERSON_RULES, ...org.ORG_RULES, ...location.LOCATION_RULES, ...program.PROGRAM_RULES, listKind, namePair];
