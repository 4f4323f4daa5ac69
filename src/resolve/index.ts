// Resolution: from the recognizers' mentions to the document's entities, as one literal,
// ordered list of refiners (chrono-node's refiners, one a file). Each reads and rewrites
// the analysis: the first five work on mentions (which survive, which are added, which
// change type), build-entities groups them into entities, and the last two work on those.
// One list over the Analysis rather than two typed lists, so that the step from mentions
// to entities is a refiner like the others and the order reads top to bottom.
import type { Analysis, RuleInfo } from '../types.js';
import { buildEntitiesRefiner, rules as buildEntitiesRules } from './build-entities.js';
import { entrantCountriesRefiner, rules as entrantCountriesRules } from './entrant-countries.js';
import { definiteProgramsRefiner, rules as definiteProgramsRules } from './definite-programs.js';
import { headlineCapitalsRefiner, rules as headlineCapitalsRules } from './headline-capitals.js';
import { listSiblingsRefiner, rules as listSiblingsRules } from './list-siblings.js';
import { nestedPlacesRefiner, rules as nestedPlacesRules } from './nested-places.js';
import { partyStatesRefiner, rules as partyStatesRules } from './party-states.js';
import { propagateNamesRefiner, rules as propagateNamesRules } from './propagate-names.js';
import { racingTeamsRefiner, rules as racingTeamsRules } from './racing-teams.js';
import { removeOverlapsRefiner } from './remove-overlaps.js';
import { scorecardPeopleRefiner, rules as scorecardPeopleRules } from './scorecard-people.js';
import { scorerPeopleRefiner, rules as scorerPeopleRules } from './scorer-people.js';
import { soCalledRefiner } from './so-called.js';
import { listedClubsRefiner, sportsClubsRefiner, rules as sportsClubsRules } from './sports-clubs.js';
import { sportsTeamsRefiner, rules as sportsTeamsRules } from './sports-teams.js';
import { teamNicknamesRefiner, rules as teamNicknamesRules } from './team-nicknames.js';
import { surnamesArePeopleRefiner, surnamesArePeopleRules } from './surnames-are-people.js';
import { unitOrdinalsRefiner, rules as unitOrdinalsRules } from './unit-ordinals.js';
import { userEntriesRefiner } from './user-entries.js';
import { vesselNamesRefiner } from './vessel-names.js';
import { peopleNamesRefiner } from './people-names.js';
import type { ResolveRefiner } from './types.js';

export type { ResolveRefiner };

export const RESOLVE_REFINERS: readonly ResolveRefiner[] = [
  // mentions
  removeOverlapsRefiner,
  propagateNamesRefiner,
  // the names listed beside an organization found so
  listSiblingsRefiner,
  unitOrdinalsRefiner,
  vesselNamesRefiner,
  // a name the document says is a people, a tribe, a clan
  peopleNamesRefiner,
  nestedPlacesRefiner,
  sportsClubsRefiner,
  sportsTeamsRefiner,
  listedClubsRefiner,
  teamNicknamesRefiner,
  racingTeamsRefiner,
  // (the players a layout names, before the countries in brackets after them)
  scorerPeopleRefiner,
  entrantCountriesRefiner,
  scorecardPeopleRefiner,
  headlineCapitalsRefiner,
  surnamesArePeopleRefiner,
  partyStatesRefiner,
  // the users' lexicons' mentions, over ours
  userEntriesRefiner,
  // mentions -> entities (types voted, acronyms linked, aliases joined)
  buildEntitiesRefiner,
  // entities
  soCalledRefiner,
  definiteProgramsRefiner,
];

/**
 * Every rule id resolution puts on a mention, as `rule` (a mention it adds) or as
 * `retypedBy` (a mention whose type it changes), in the order of the refiners.
 */
export const RESOLVE_RULES: readonly RuleInfo[] = [
  ...propagateNamesRules,
  ...listSiblingsRules,
  ...unitOrdinalsRules,
  ...nestedPlacesRules,
  ...sportsClubsRules,
  ...sportsTeamsRules,
  ...teamNicknamesRules,
  ...racingTeamsRules,
  ...entrantCountriesRules,
  ...scorecardPeopleRules,
  ...scorerPeopleRules,
  ...headlineCapitalsRules,
  ...surnamesArePeopleRules,
  ...partyStatesRules,
  ...buildEntitiesRules,
  ...definiteProgramsRules,
];

/** Runs the refiners in order: `a.mentions` resolved, `a.entities` built. */
export function resolve(a: Analysis): void {
  for (const refiner of RESOLVE_REFINERS) refiner.refine(a);
}
