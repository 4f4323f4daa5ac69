// The word lists the name rules read, loaded once from the data files beside each type.
import { wordList } from '../../data.js';

const lowerSet = (rel: string) => new Set(wordList(rel).map((w) => w.toLowerCase()));

export interface NameLexicons {
  titles: Set<string>;
  titleMaxWords: number;
  titleModifiers: Set<string>;
  domainTitles: Set<string>;
  personNouns: Set<string>;
  orgHeads: Set<string>;
  orgNames: Set<string>;
  orgCues: Set<string>;
  orgDescriptors: Set<string>;
  programHeads: Set<string>;
  programNames: Set<string>;
  placeNames: Set<string>;
  placeAcronyms: Set<string>;
  facilityHeads: Set<string>;
  placeQualifiers: Set<string>;
  speechVerbs: Set<string>;
  notNames: Set<string>;
  marketIndexes: Set<string>;
  eventHeads: Set<string>;
  corporateSuffixes: Set<string>;
}

let lexicons: NameLexicons | undefined;

export function nameLexicons(): NameLexicons {
  if (lexicons) return lexicons;
  // "Secretary-General" and "Secretary General" are one title: compare with spaces
  const titles = new Set([...lowerSet('recognize/person/titles.txt')].map((t) => t.replace(/-/g, ' ')));
  return (lexicons = {
    titles,
    titleMaxWords: Math.max(...[...titles].map((t) => t.split(' ').length)),
    titleModifiers: lowerSet('recognize/person/title-modifiers.txt'),
    domainTitles: lowerSet('recognize/person/domain-titles.txt'),
    personNouns: lowerSet('recognize/person/nouns.txt'),
    orgHeads: new Set([...lowerSet('recognize/org/heads.txt'), ...lowerSet('recognize/org/company-heads.txt')]),
    orgNames: new Set(wordList('recognize/org/names.txt')),
    orgCues: lowerSet('recognize/org/cues.txt'),
    orgDescriptors: lowerSet('recognize/org/descriptors.txt'),
    programHeads: lowerSet('recognize/program/heads.txt'),
    programNames: new Set(wordList('recognize/program/names.txt')),
    placeNames: new Set(wordList('recognize/location/names.txt')),
    placeAcronyms: new Set(wordList('recognize/location/acronyms.txt')),
    facilityHeads: lowerSet('recognize/location/facility-heads.txt'),
    placeQualifiers: lowerSet('recognize/location/qualifiers.txt'),
    speechVerbs: lowerSet('lexicon/speech-verbs.txt'),
    notNames: new Set(wordList('recognize/not-name/not-names.txt')),
    marketIndexes: new Set(wordList('recognize/not-name/market-indexes.txt')),
    eventHeads: lowerSet('recognize/not-name/event-heads.txt'),
    corporateSuffixes: new Set(wordList('recognize/org/suffixes.txt').map((w) => w.replace(/\.$/, ''))),
  });
}
