// The word lists the name rules read, from the one lexicon registry (src/lexicon/registry.ts),
// gathered in one object that travels with the chunk a rule reads.
import { lexicon, maxWords } from '../../lexicon/registry.js';

export interface NameLexicons {
  titles: ReadonlySet<string>;
  titleMaxWords: number;
  titleModifiers: ReadonlySet<string>;
  domainTitles: ReadonlySet<string>;
  personNouns: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  orgNames: ReadonlySet<string>;
  orgCues: ReadonlySet<string>;
  orgDescriptors: ReadonlySet<string>;
  programHeads: ReadonlySet<string>;
  programNames: ReadonlySet<string>;
  placeNames: ReadonlySet<string>;
  placeAcronyms: ReadonlySet<string>;
  facilityHeads: ReadonlySet<string>;
  placeQualifiers: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  marketIndexes: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  corporateSuffixes: ReadonlySet<string>;
}

let lexicons: NameLexicons | undefined;

export function nameLexicons(): NameLexicons {
  return (lexicons ??= {
    titles: lexicon('titles'),
    titleMaxWords: maxWords('titles'),
    titleModifiers: lexicon('titleModifiers'),
    domainTitles: lexicon('domainTitles'),
    personNouns: lexicon('personNouns'),
    orgHeads: lexicon('orgHeads'),
    orgNames: lexicon('orgNames'),
    orgCues: lexicon('orgCues'),
    orgDescriptors: lexicon('orgDescriptors'),
    programHeads: lexicon('programHeads'),
    programNames: lexicon('programNames'),
    placeNames: lexicon('placeNames'),
    placeAcronyms: lexicon('placeAcronyms'),
    facilityHeads: lexicon('facilityHeads'),
    placeQualifiers: lexicon('placeQualifiers'),
    speechVerbs: lexicon('speechVerbs'),
    notNames: lexicon('notNames'),
    marketIndexes: lexicon('marketIndexes'),
    eventHeads: lexicon('eventHeads'),
    corporateSuffixes: lexicon('corporateSuffixes'),
  });
}
