// The one registry of word lists: every lexicon the rules read, the data files it comes from
// (under src/, one entry a line, `#` comments) and how its entries compare. Each list is
// loaded and normalized once, here, whichever stage asks for it first.
import { wordList } from '../data.js';

/** A title as the lexicons compare it: lower case, hyphens and runs of space as one space. */
export function normTitle(s: string): string {
  return s.toLowerCase().replace(/[-\s]+/g, ' ').trim();
}

const NORMALIZE = {
  /** as written: names ("Pentagon", "New START"), where case tells */
  exact: (s: string) => s,
  /** common words, compared in lower case */
  lower: (s: string) => s.toLowerCase(),
  /** titles: "Secretary-General" and "secretary general" are one */
  title: normTitle,
  /** abbreviations without their final period: "Inc." and "Inc" are one */
  abbreviation: (s: string) => s.replace(/\.$/, ''),
} as const;

interface Spec {
  files: readonly string[];
  norm: keyof typeof NORMALIZE;
}

export const LEXICONS = {
  // sentences
  abbreviations: { files: ['nlp/abbreviations.txt'], norm: 'exact' },
  sentenceOpeners: { files: ['nlp/sentence-openers.txt'], norm: 'exact' },
  // people
  monthGivenNames: { files: ['recognize/person/month-given-names.txt'], norm: 'exact' },
  titles: { files: ['recognize/person/titles.txt', 'recognize/person/military-titles.txt', 'recognize/person/world-honorifics.txt'], norm: 'title' },
  occupations: { files: ['recognize/person/occupations.txt'], norm: 'lower' },
  placeEnds: { files: ['recognize/person/place-ends.txt', 'recognize/location/division-heads.txt'], norm: 'lower' },
  titleModifiers: { files: ['recognize/person/title-modifiers.txt'], norm: 'lower' },
  rolesBeforeOf: { files: ['recognize/person/roles-of.txt'], norm: 'lower' },
  domainTitles: { files: ['recognize/person/domain-titles.txt'], norm: 'title' },
  personNouns: { files: ['recognize/person/nouns.txt'], norm: 'lower' },
  nameParticles: { files: ['recognize/person/particles.txt'], norm: 'lower' },
  notPersonWords: { files: ['recognize/person/not-person-words.txt'], norm: 'lower' },
  commonWordNames: { files: ['recognize/person/common-word-names.txt'], norm: 'exact' },
  commonWordSurnames: { files: ['recognize/person/common-word-surnames.txt'], norm: 'exact' },
  familyNamesFirst: { files: ['resolve/family-names-first.txt'], norm: 'exact' },
  creditWords: { files: ['recognize/person/credit-words.txt'], norm: 'lower' },
  namedAfterHeads: { files: ['recognize/person/named-after-heads.txt'], norm: 'lower' },
  tenureNouns: { files: ['recognize/person/tenure-nouns.txt'], norm: 'lower' },
  tenureNounsAny: { files: ['recognize/person/tenure-nouns-any.txt'], norm: 'lower' },
  addressedRoles: { files: ['recognize/person/addressed-roles.txt'], norm: 'lower' },
  sectionWords: { files: ['recognize/person/section-words.txt'], norm: 'lower' },
  placeOfficeTitles: { files: ['recognize/person/place-office-titles.txt'], norm: 'lower' },
  townOfficeTitles: { files: ['recognize/person/town-office-titles.txt'], norm: 'lower' },
  chamberWords: { files: ['recognize/person/chamber-words.txt'], norm: 'exact' },
  rankAbbreviations: { files: ['recognize/person/rank-abbreviations.txt'], norm: 'lower' },
  honorifics: { files: ['lexicon/honorifics.txt', 'recognize/person/world-honorifics.txt'], norm: 'lower' },
  capitalizedTitles: { files: ['lexicon/capitalized-titles.txt'], norm: 'lower' },
  // organizations
  orgHeads: { files: ['recognize/org/heads.txt', 'recognize/org/unit-name-heads.txt', 'recognize/org/company-heads.txt', 'recognize/org/sector-heads.txt', 'recognize/org/world-heads.txt'], norm: 'lower' },
  rivers: { files: ['recognize/location/rivers.txt'], norm: 'exact' },
  openingHeads: { files: ['recognize/org/opening-heads.txt', 'recognize/org/world-opening-heads.txt'], norm: 'lower' },
  companyHeads: { files: ['recognize/org/company-heads.txt', 'recognize/org/sector-heads.txt'], norm: 'lower' },
  fieldHeads: { files: ['recognize/org/field-heads.txt'], norm: 'lower' },
  sectorHeads: { files: ['recognize/org/sector-heads.txt'], norm: 'lower' },
  compoundHeads: { files: ['recognize/org/compound-heads.txt'], norm: 'lower' },
  notAloneHeads: { files: ['recognize/org/not-alone-heads.txt'], norm: 'lower' },
  institutionEndings: { files: ['recognize/org/institution-endings.txt'], norm: 'lower' },
  groupHeads: { files: ['recognize/org/group-heads.txt'], norm: 'lower' },
  unitHeads: { files: ['recognize/org/unit-heads.txt'], norm: 'lower' },
  nationalStaffs: { files: ['recognize/org/national-staffs.txt'], norm: 'exact' },
  numberedCardinalHeads: { files: ['recognize/org/cardinal-unit-heads.txt'], norm: 'lower' },
  numberedUnitHeads: { files: ['recognize/org/numbered-unit-heads.txt'], norm: 'lower' },
  titleSurnames: { files: ['recognize/person/title-surnames.txt'], norm: 'exact' },
  numberedStationHeads: { files: ['recognize/org/numbered-station-heads.txt'], norm: 'lower' },
  orgContextBefore: { files: ['recognize/org/context-before.txt'], norm: 'lower' },
  orgContextAfter: { files: ['recognize/org/context-after.txt'], norm: 'lower' },
  whichVerbs: { files: ['recognize/org/which-verbs.txt'], norm: 'lower' },
  orgContextAfterBare: { files: ['recognize/org/context-after-bare.txt'], norm: 'lower' },
  armedCues: { files: ['recognize/org/armed-cues.txt'], norm: 'lower' },
  armedGroupPlurals: { files: ['recognize/org/armed-group-plurals.txt'], norm: 'lower' },
  callSignCues: { files: ['recognize/org/call-sign-cues.txt'], norm: 'lower' },
  armedGroupModifiers: { files: ['recognize/org/armed-group-modifiers.txt'], norm: 'lower' },
  inHeads: { files: ['recognize/org/in-heads.txt'], norm: 'lower' },
  orgNames: { files: ['recognize/org/names.txt'], norm: 'exact' },
  possessiveOrgNames: { files: ['recognize/org/possessive-names.txt'], norm: 'exact' },
  issuers: { files: ['recognize/org/issuers.txt'], norm: 'exact' },
  securityNouns: { files: ['recognize/org/security-nouns.txt'], norm: 'lower' },
  exchangeIndexes: { files: ['recognize/org/exchange-indexes.txt'], norm: 'exact' },
  indexPublishers: { files: ['recognize/org/index-publishers.txt'], norm: 'exact' },
  orgCues: { files: ['recognize/org/cues.txt', 'recognize/org/party-cues.txt'], norm: 'lower' },
  partyCues: { files: ['recognize/org/party-cues.txt'], norm: 'lower' },
  partyWords: { files: ['recognize/org/party-words.txt'], norm: 'exact' },
  partyMemberNouns: { files: ['recognize/org/party-member-nouns.txt'], norm: 'exact' },
  orgDescriptors: { files: ['recognize/org/descriptors.txt'], norm: 'lower' },
  descriptorPlurals: { files: ['recognize/org/descriptor-plurals.txt'], norm: 'lower' },
  groupKinds: { files: ['recognize/org/group-kinds.txt'], norm: 'lower' },
  groupModifiers: { files: ['recognize/org/group-modifiers.txt'], norm: 'lower' },
  musicNouns: { files: ['recognize/org/music-nouns.txt'], norm: 'lower' },
  musicCues: { files: ['recognize/org/music-cues.txt'], norm: 'lower' },
  musicTheCues: { files: ['recognize/org/music-the-cues.txt'], norm: 'lower' },
  placePlurals: { files: ['recognize/org/place-plurals.txt', 'recognize/location/people-plurals.txt', 'recognize/org/party-adherents.txt'], norm: 'lower' },
  peoplePlurals: { files: ['recognize/location/people-plurals.txt', 'recognize/org/party-adherents.txt'], norm: 'lower' },
  partyAdherents: { files: ['recognize/org/party-adherents.txt'], norm: 'lower' },
  corporateSuffixes: { files: ['recognize/org/suffixes.txt'], norm: 'abbreviation' },
  subjectVerbs: { files: ['recognize/org/subject-verbs.txt'], norm: 'lower' },
  tickerExchanges: { files: ['recognize/org/ticker-exchanges.txt'], norm: 'exact' },
  companyVerbs: { files: ['recognize/org/company-verbs.txt'], norm: 'lower' },
  // programs
  programHeads: { files: ['recognize/program/heads.txt'], norm: 'lower' },
  programNames: { files: ['recognize/program/names.txt'], norm: 'exact' },
  // places
  placeNames: { files: ['recognize/location/names.txt'], norm: 'exact' },
  placeAcronyms: { files: ['recognize/location/acronyms.txt'], norm: 'exact' },
  featureHeads: { files: ['recognize/location/feature-heads.txt', 'recognize/location/realm-heads.txt'], norm: 'lower' },
  realmHeads: { files: ['recognize/location/realm-heads.txt'], norm: 'lower' },
  divisionHeads: { files: ['recognize/location/division-heads.txt'], norm: 'lower' },
  surnameFacilityHeads: { files: ['recognize/location/surname-facility-heads.txt'], norm: 'lower' },
  facilityHeads: { files: ['recognize/location/facility-heads.txt'], norm: 'lower' },
  placeQualifiers: { files: ['recognize/location/qualifiers.txt'], norm: 'lower' },
  placePrepositions: { files: ['recognize/location/prepositions.txt'], norm: 'lower' },
  constituencyCues: { files: ['recognize/location/constituency-cues.txt'], norm: 'exact' },
  regionWords: { files: ['recognize/location/region-words.txt'], norm: 'exact' },
  placeNouns: { files: ['recognize/location/place-nouns.txt'], norm: 'lower' },
  baseNouns: { files: ['recognize/location/base-nouns.txt'], norm: 'exact' },
  placeCues: { files: ['recognize/location/place-cues.txt'], norm: 'lower' },
  placeVerbs: { files: ['recognize/location/place-verbs.txt'], norm: 'lower' },
  placePrepositionCues: { files: ['recognize/location/place-preposition-cues.txt'], norm: 'lower' },
  townNounsAfter: { files: ['recognize/location/town-nouns-after.txt'], norm: 'lower' },
  stateNouns: { files: ['recognize/location/state-nouns.txt'], norm: 'lower' },
  sideNouns: { files: ['recognize/location/side-nouns.txt', 'recognize/location/land-side-nouns.txt'], norm: 'lower' },
  landSideNouns: { files: ['recognize/location/land-side-nouns.txt'], norm: 'lower' },
  toponymHeads: { files: ['recognize/location/toponym-heads.txt'], norm: 'exact' },
  placeOnlyToponymHeads: { files: ['recognize/location/place-toponym-heads.txt'], norm: 'exact' },
  // what is no name
  notNames: { files: ['recognize/not-name/not-names.txt'], norm: 'exact' },
  weaponSystemNouns: { files: ['recognize/not-name/weapon-system-nouns.txt'], norm: 'exact' },
  weaponNouns: { files: ['recognize/not-name/weapon-nouns.txt'], norm: 'exact' },
  weaponModelNouns: { files: ['recognize/not-name/weapon-model-nouns.txt'], norm: 'exact' },
  unitLetters: { files: ['recognize/not-name/unit-letters.txt'], norm: 'exact' },
  weaponModelModifiers: { files: ['recognize/not-name/weapon-model-modifiers.txt'], norm: 'exact' },
  marketIndexes: { files: ['recognize/not-name/market-indexes.txt'], norm: 'exact' },
  indexHeads: { files: ['recognize/not-name/index-heads.txt'], norm: 'exact' },
  stormWords: { files: ['recognize/not-name/storm-words.txt'], norm: 'exact' },
  eventHeads: { files: ['recognize/not-name/event-heads.txt'], norm: 'lower' },
  nationalityNouns: { files: ['recognize/not-name/nationality-nouns.txt'], norm: 'lower' },
  benchmarks: { files: ['recognize/not-name/benchmarks.txt'], norm: 'exact' },
  ratingWords: { files: ['recognize/not-name/rating-words.txt'], norm: 'lower' },
  marketStreets: { files: ['recognize/not-name/market-streets.txt'], norm: 'exact' },
  marketWords: { files: ['recognize/not-name/market-words.txt'], norm: 'lower' },
  workNouns: { files: ['recognize/not-name/work-nouns.txt'], norm: 'lower' },
  // how names are written
  nameConnectors: { files: ['recognize/names/connectors.txt'], norm: 'lower' },
  listKindsOrg: { files: ['recognize/names/list-kinds-org.txt'], norm: 'exact' },
  listKindsLocation: { files: ['recognize/names/list-kinds-location.txt'], norm: 'exact' },
  listKindsPerson: { files: ['recognize/names/list-kinds-person.txt'], norm: 'exact' },
  dateOpeners: { files: ['recognize/names/date-openers.txt'], norm: 'lower' },
  openingAdverbs: { files: ['recognize/names/opening-adverbs.txt'], norm: 'lower' },
  openingVerbs: { files: ['recognize/names/opening-verbs.txt'], norm: 'lower' },
  headConnectors: { files: ['recognize/names/head-connectors.txt'], norm: 'exact' },
  pairNouns: { files: ['recognize/names/pair-nouns.txt'], norm: 'exact' },
  takesOn: { files: ['recognize/names/takes-on.txt'], norm: 'lower' },
  hyphenSuffixes: { files: ['recognize/names/hyphen-suffixes.txt'], norm: 'lower' },
  wireSlugs: { files: ['recognize/names/wire-slugs.txt'], norm: 'exact' },
  headlineMinorWords: { files: ['recognize/names/headline-minor-words.txt'], norm: 'lower' },
  // verbs and phrases the facts read
  speechVerbs: { files: ['lexicon/speech-verbs.txt'], norm: 'lower' },
  attributionVerbs: { files: ['lexicon/speech-verbs.txt', 'lexicon/attribution-verbs.txt'], norm: 'lower' },
  sourceNouns: { files: ['lexicon/source-nouns.txt'], norm: 'lower' },
  quoteAuxiliaries: { files: ['facts/data/quote-auxiliaries.txt'], norm: 'lower' },
  speakerStops: { files: ['facts/data/speaker-stops.txt'], norm: 'lower' },
  fundingAuxiliaries: { files: ['facts/data/funding-auxiliaries.txt'], norm: 'lower' },
  passiveAuxiliaries: { files: ['facts/data/passive-auxiliaries.txt'], norm: 'lower' },
  recipientPrepositions: { files: ['facts/data/recipient-prepositions.txt'], norm: 'lower' },
  titleComplementStops: { files: ['facts/data/title-complement-stops.txt'], norm: 'lower' },
  factTitles: { files: ['recognize/person/titles.txt', 'recognize/person/military-titles.txt', 'facts/data/titles.txt'], norm: 'title' },
  factFieldTitles: { files: ['recognize/person/domain-titles.txt', 'facts/data/field-titles.txt'], norm: 'title' },
  notRecipients: { files: ['facts/data/not-recipients.txt'], norm: 'lower' },
  paymentNouns: { files: ['facts/data/payment-nouns.txt'], norm: 'lower' },
  chambers: { files: ['facts/data/chambers.txt'], norm: 'lower' },
  departments: { files: ['facts/data/departments.txt'], norm: 'lower' },
  sourceThings: { files: ['facts/data/source-things.txt'], norm: 'lower' },
  orgSourceThings: { files: ['facts/data/org-source-things.txt'], norm: 'lower' },
  speechParticiples: { files: ['facts/data/speech-participles.txt'], norm: 'lower' },
  partialQuoteVerbs: { files: ['facts/data/partial-quote-verbs.txt'], norm: 'lower' },
  scareMarkers: { files: ['facts/data/scare-markers.txt'], norm: 'lower' },
  maleWords: { files: ['facts/data/male-words.txt'], norm: 'lower' },
  femaleWords: { files: ['facts/data/female-words.txt'], norm: 'lower' },
  // dates
  monthContext: { files: ['recognize/date/data/month-context.txt'], norm: 'lower' },
  yearContext: { files: ['recognize/date/data/year-context.txt'], norm: 'lower' },
  yearPrepositions: { files: ['recognize/date/data/year-prepositions.txt'], norm: 'lower' },
  seasonContext: { files: ['recognize/date/data/season-context.txt'], norm: 'lower' },
  namedDays: { files: ['recognize/date/data/named-days.txt'], norm: 'lower' },
  tenseFuture: { files: ['recognize/date/data/tense-future.txt'], norm: 'lower' },
  tensePast: { files: ['recognize/date/data/tense-past.txt'], norm: 'lower' },
  tensePresent: { files: ['recognize/date/data/tense-present.txt'], norm: 'lower' },
  notPast: { files: ['recognize/date/data/not-past.txt'], norm: 'lower' },
} as const satisfies Record<string, Spec>;

export type LexiconName = keyof typeof LEXICONS;

const loaded = new Map<LexiconName, ReadonlySet<string>>();

/** The entries of a lexicon, normalized as it says. */
export function lexicon(name: LexiconName): ReadonlySet<string> {
  let set = loaded.get(name);
  if (!set) {
    const spec: Spec = LEXICONS[name];
    const norm = NORMALIZE[spec.norm];
    set = new Set(spec.files.flatMap((f) => wordList(f).map(norm)));
    loaded.set(name, set);
  }
  return set;
}

/** How the entries of a lexicon compare: normalize a word before looking it up. */
export const normalizeFor = (name: LexiconName): ((s: string) => string) => NORMALIZE[LEXICONS[name].norm];

const edges = new WeakMap<ReadonlySet<string>, { first: ReadonlySet<string>; last: ReadonlySet<string> }>();

/**
 * The first and the last words of a list's phrases ("shares of": "shares", "of"): a rule
 * that joins the words around a chunk into phrases to look up asks first whether the word
 * every phrase would open (or end) with opens (or ends) any entry.
 */
export function phraseEdges(list: ReadonlySet<string>): { first: ReadonlySet<string>; last: ReadonlySet<string> } {
  let e = edges.get(list);
  if (!e) {
    const words = [...list].map((p) => p.split(' '));
    edges.set(list, (e = { first: new Set(words.map((w) => w[0]!)), last: new Set(words.map((w) => w[w.length - 1]!)) }));
  }
  return e;
}

/** The most words an entry of the lexicon has ("deputy foreign minister": 3). */
export function maxWords(name: LexiconName): number {
  let n = 0;
  for (const e of lexicon(name)) n = Math.max(n, e.split(' ').length);
  return n;
}
