import { isCommonWord } from '../../nlp/dictionary.js';
import { lexicon } from '../../lexicon/registry.js';
import { isCapitalized } from '../names/chunks.js';
import { bare, has, lower, phrase, rule, type NameRule } from '../names/view.js';
import { isListedOrg } from '../org/listed-orgs.js';
import { firstName, givenName } from './first-name.js';
import { personLike } from './person-like.js';

// (and the words that open places named after a saint or a person: "San Francisco", "Port Elizabeth")
const SAINT_OR_MOUNT = /^(?:St|Ste|Mt|Ft|San|Santa|Santo|São|Sao|Saint|Sainte|Fort|Mount|Port|Cape|Lake)$/;

/**
 * "NASA Bill Ingalls", "Chrysler LLC Jim Press", "Education Stefania Giannini": a person's
 * full name, opened by a known first name, after an organization or a place in one run of
 * capitals is a person of its own; what stands before it is read alone.
 */
export const personAfterName: NameRule = {
  id: 'person.after-name',
  strong: false,
  info: [rule('person.after-name', 'PERSON', 'a full name opened by a known first name, after another name in one run of capitals', '"It is too early," said the chairman of Quellmark LLC Jim Press.', 'Jim Press')],
  read(c) {
    // (a full name of two or three words: the lookups only where one may open)
    for (let k = Math.max(c.from + 1, c.to - 3); k < c.to - 1; k++) {
      // (a given name of another culture too: "the Refugee Council Enver Solomon")
      if (!(firstName(c.tokens[k]!) || givenName(c.tokens[k]!)) || !personLike(c, k, c.to)) continue;
      const before = c.tokens.slice(c.from, k);
      // "Martin Luther King", "Mary Ann Evans": a name before it makes one longer name
      // ("L. Ron Hubbard": an initial too; context's person tags spill onto the words before
      // a name, so only the lexicon's names count here)
      if (before.some((t) => firstName(t) || has(t, 'LastName', 'Honorific') || /^\p{Lu}\.?$/u.test(t.text))) return null;
      // "Lockheed Martin Space": the given name ends a listed firm's name, before its unit's words
      if (isListedOrg(phrase(c.tokens, c.from, k + 1))) return { parts: [{ type: 'ORG', from: c.from, to: k + 1, rule: 'org.listed' }] };
      // "St. Louis Cardinals", "Ft. George Meade": the abbreviation opens the same name
      if (SAINT_OR_MOUNT.test(c.tokens[k - 1]!.text)) return null;
      // ("Second Thomas Shoal": a feature's head word ends a place's name)
      if (!isCapitalized(c.tokens[k - 1]!) || c.tokens.slice(k, c.to).some((t) => c.lex.facilityHeads.has(lower(t))) || lexicon('featureHeads').has(lower(c.tokens[c.to - 1]!))) return null;
      // what stands before is a name of another kind, or common words ("Education"); an
      // unknown word is more likely a first name the lexicon lacks ("Hernan Dario Gomez")
      const left = c.read({ ...c, to: k });
      const named = (left?.parts ?? []).filter((p) => p.type !== 'PERSON');
      if (!named.length && !before.every((t) => isCommonWord(bare(t)))) return null;
      return { parts: [...named, { type: 'PERSON', from: k, to: c.to, rule: 'person.after-name' }] };
    }
    return null;
  },
};
