// The ORG rules, in the order the name loop tries them (src/recognize/names/order.ts
// interleaves them with the other types' rules).
import type { NameRule } from '../names/view.js';
import { orgAcronym } from './acronym.js';
import { orgAmpersand } from './ampersand.js';
import { orgBeforeCountry, commonBeforeCountry } from './before-country.js';
import { orgCue } from './cue.js';
import { orgPartyWord } from './party-word.js';
import { orgChamberMembers } from './chamber-members.js';
import { orgGroupOf } from './group-of.js';
import { orgMembersOf } from './members-of.js';
import { orgCallSign } from './call-sign.js';
import { orgDescribed, orgDescribedBeforePlaces } from './described.js';
import { orgMusic } from './music.js';
import { orgHead, orgHeadOfTitle } from './head.js';
import { orgOpeningHead } from './opening-head.js';
import { orgKnown } from './known.js';
import { orgPossessiveName } from './possessive-name.js';
import { orgIndexPublisher } from './index-publisher.js';
import { orgExchange } from './exchange.js';
import { orgIssuer } from './issuer.js';
import { orgKnownWord } from './known-org-word.js';
import { orgListed } from './listed.js';
import { orgUnit } from './unit.js';
import { orgDefence } from './defence.js';
import { orgHeadIn } from './head-in.js';
import { orgFlight } from './flight.js';
import { orgPlacePlural } from './place-plural.js';
import { orgTeamNickname } from './team-nickname.js';
import { orgLeague } from './league.js';
import { orgConference } from './conference.js';
import { orgContext, orgBeforeShares } from './context.js';
import { orgSubject } from './subject.js';
import { taggedOrg } from './tagged.js';
import { orgSpelled } from './spelled.js';
import { orgPlaceGovernment } from './place-government.js';
import { orgListSibling } from './list-sibling.js';
import { orgInstitution } from './institution.js';
import { orgTicker } from './ticker.js';

export { orgInstitution, orgTicker, orgSpelled, orgIssuer, orgBeforeShares, orgPossessiveName, orgIndexPublisher, orgExchange, orgListSibling, orgDefence, orgHeadIn, orgHeadOfTitle, orgPlaceGovernment, orgAcronym, orgAmpersand, orgBeforeCountry, commonBeforeCountry, orgCue, orgPartyWord, orgChamberMembers, orgGroupOf, orgMembersOf, orgCallSign, orgDescribed, orgDescribedBeforePlaces, orgMusic, orgHead, orgOpeningHead, orgKnown, orgKnownWord, orgListed, orgSubject, orgUnit, orgContext, orgPlacePlural, orgTeamNickname, orgLeague, orgConference, orgFlight, taggedOrg };

export const ORG_RULES: readonly NameRule[] = [orgFlight, orgIndexPublisher, orgExchange, orgIssuer, orgGroupOf, orgMembersOf, orgCallSign, orgKnown, orgPossessiveName, orgTicker, orgDescribedBeforePlaces, orgDefence, orgHeadIn, orgKnownWord, orgListed, orgUnit, orgAcronym, orgDescribed, orgMusic, orgBeforeCountry, orgLeague, orgConference, orgInstitution, orgHead, orgHeadOfTitle, orgPlaceGovernment, orgOpeningHead, orgCue, orgPartyWord, orgChamberMembers, orgBeforeShares, orgContext, orgAmpersand, taggedOrg, orgSpelled, orgPlacePlural, orgTeamNickname, orgSubject, orgListSibling];
