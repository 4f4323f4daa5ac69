// "the Lagos State Government", "the Enugu State Government", "the Sindh Government", "the
// Kerala Govt": a place below a country that the lists know (a state, a province, a county, a city), with or
// without its level, and "Government" in capitals name the body that governs it, an
// organization (the tagger read the whole as a place). A nationality before it is read by
// the nationality rules ("the Kenyan Government" says whose).
import { isGazetteerCity } from '../location/gazetteer.js';
import { isTown } from '../location/towns.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { regionOf } from '../location/regions.js';
import { bare, one, phrase, rule, type NameRule } from '../names/view.js';

const GOVERNMENT = /^(?:Government|Govt)$/;
/** the level of the place between its name and "Government" */
const LEVEL = /^(?:State|Provincial|Province|County|Regional|Municipal|City|District|Metropolitan|Federal|Territory)$/;

export const orgPlaceGovernment: NameRule = {
  id: 'org.place-government',
  strong: false,
  info: [rule('org.place-government', 'ORG', 'a listed place, its level, and "Government" in capitals', 'The Lagos State Government raised the levy.', 'Lagos State Government')],
  read(c) {
    if (c.to - c.from < 2 || !GOVERNMENT.test(bare(c.tokens[c.to - 1]!))) return null;
    let end = c.to - 1;
    if (end - c.from > 1 && LEVEL.test(c.tokens[end - 1]!.text)) end--;
    const p = phrase(c.tokens, c.from, end);
    const withLevel = phrase(c.tokens, c.from, c.to - 1);
    // (a country's government is left to the tagger: sets differ on whether "the United
    // States Government" is the country or a body)
    if (lexiconTags(p).includes('Country')) return null;
    if (!(regionOf(p)?.kind === 'name' || regionOf(withLevel)?.kind === 'name' || isGazetteerCity(p) || isTown(p))) return null;
    return one('ORG', c.from, c.to, 'org.place-government');
  },
};
