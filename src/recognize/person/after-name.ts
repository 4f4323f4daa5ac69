import { isCommonWord } from '../../nlp/dictionary.js';
import { lexicon } from '../../lexicon/registry.js';
import { isCapitalized } from '../names/chunks.js';
import { bare, has, lower, phrase, rule, type ChunkView, type NameRule } from '../names/view.js';
import { isListedOrg } from '../org/listed-orgs.js';
import { firstName, givenName } from './first-name.js';
import { personLike } from './person-like.js';

/** Articles of the languages whose names English news keeps as written: "La Nación", "El Faro", "Die Linke". */
const FOREIGN_ARTICLE = /^(?:La|Las|Le|Les|Los|El|Il|Lo|Der|Die|Das|Het)$/;

// (and the words that open places named after a saint or a person: "San Francisco", "Port Elizabeth")
const SAINT_OR_MOUNT = /^(?:St|Ste|Mt|Ft|San|Santa|Santo|São|Sao|Saint|Sainte|Fort|Mount|Port|Cape|Lake)$/;

/**
 * "NASA Bill Ingalls", "Chrysler LLC Jim Press", "Education Stefania Giannini": a person's
 * full name, opened by a known first name, after an organization or a place in one run of
 * capitals is a person of its own; what stands before it is read alone.
 */
/**
 * "Minister of Finance and Economic Development Mthuli Ncube", "Under Secretary of Defense
 * for Acquisition and Sustainment William LaPlante": the chunk goes on with a portfolio's
 * words after "and", a title's "of" or "for" before it in the same run of words.
 */
function portfolioBefore(c: ChunkView): boolean {
  const and = c.tokens[c.from - 1];
  if (!and || and.text !== 'and' || and.post !== ' ') return false;
  for (let i = c.from - 2, n = 0; i >= 0 && n < 10; i--, n++) {
    const t = c.tokens[i]!;
    if (t.post.trim() !== '') return false;
    if (/^(?:of|for)$/.test(t.text) && i > 0 && c.lex.titles.has(lower(c.tokens[i - 1]!))) return true;
    if (!isCapitalized(t) && !/^(?:of|for|the|and|on)$/.test(t.text)) return false;
  }
  return false;
}

/** Where the person's name opens after a portfolio's words: a given name, else the first word no dictionary holds; -1 if none leaves two or three words. */
function afterPortfolio(c: ChunkView): number {
  for (let k = c.from + 1; k <= c.to - 2; k++) {
    const t = c.tokens[k]!;
    if (!(firstName(t) || givenName(t) || !isCommonWord(bare(t).toLowerCase()))) continue;
    return c.to - k <= 3 && personLike(c, k, c.to) && !c.tokens.slice(k, c.to).some((x) => c.lex.orgHeads.has(lower(x))) ? k : -1;
  }
  return -1;
}

export const personAfterName: NameRule = {
  id: 'person.after-name',
  strong: false,
  info: [rule('person.after-name', 'PERSON', 'a full name opened by a known first name, after another name in one run of capitals', '"It is too early," said the chairman of Quellmark LLC Jim Press.', 'Jim Press')],
  read(c) {
    // (after a portfolio's "and" the words before the name are the title's)
    if (c.from > 1 && c.tokens[c.from - 1]!.text === 'and' && portfolioBefore(c)) {
      const k = afterPortfolio(c);
      if (k > 0) return { parts: [{ type: 'PERSON', from: k, to: c.to, rule: 'person.after-name' }] };
    }
    // (a full name of two or three words: the lookups only where one may open)
    for (let k = Math.max(c.from + 1, c.to - 3); k < c.to - 1; k++) {
      // (a given name of another culture too: "the Refugee Council Enver Solomon")
      if (!(firstName(c.tokens[k]!) || givenName(c.tokens[k]!)) || !personLike(c, k, c.to)) continue;
      const before = c.tokens.slice(c.from, k);
      // "La Libertad Avanza", "El Frente Unido": an article of another language opens one name
      if (k === c.from + 1 && FOREIGN_ARTICLE.test(before[0]!.text)) return null;
      // "Martin Luther King", "Mary Ann Evans": a name before it makes one longer name
      // ("L. Ron Hubbard": an initial too; context's person tags spill onto the words before
      // a name, so only the lexicon's names count here)
      // ("Frank Kelly Freas": a given name that is a common word too, alone before it)
      if (before.some((t) => firstName(t) || has(t, 'LastName', 'Honorific') || /^\p{Lu}\.?$/u.test(t.text))) return null;
      if (before.length === 1 && lexicon('commonWordNames').has(before[0]!.text)) return null;
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
      // ("Scientologist Tom Cruise", "Methodist Ann Roe": a creed's adherent in "-ist" is no given name)
      if (!named.length && !before.every((t) => isCommonWord(bare(t)) || /^\p{Lu}\p{Ll}+ist$/u.test(t.text))) return null;
      return { parts: [...named, { type: 'PERSON', from: k, to: c.to, rule: 'person.after-name' }] };
    }
    return null;
  },
};
