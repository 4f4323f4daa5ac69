// A list of names that a plural noun says the kind of: "banks such as Quorvane and Brellix",
// "countries like Ruritania", "Orvix, Velbury Road and several other bands". The noun types
// every name of the list that no lexicon or head word has typed first (Hearst's patterns).
import { lexicon, type LexiconName } from '../../lexicon/registry.js';
import type { EntityType, Token } from '../../types.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { isCapitalized } from './chunks.js';
import { has, one, rule, type ChunkView, type NameRule } from './view.js';

const KINDS: readonly [LexiconName, EntityType, string][] = [
  ['listKindsOrg', 'ORG', 'org.list-kind'],
  ['listKindsLocation', 'LOCATION', 'location.list-kind'],
  ['listKindsPerson', 'PERSON', 'person.list-kind'],
];

/** The type a plural noun of kind says ("banks" ORG), or null. */
function kindOf(t: Token | undefined): [EntityType, string] | null {
  // (capitalized as a sentence's first word: "Lenders such as ...")
  if (!t || !/^\p{L}\p{Ll}+$/u.test(t.text)) return null;
  const w = t.text.toLowerCase();
  for (const [list, type, id] of KINDS) if (lexicon(list).has(w)) return [type, id];
  return null;
}

// the words that open the list after its noun: "such as", "like", "including"
const OPENERS = /^(?:like|including|include|includes|included|especially|notably|particularly)$/;
// lower-case words inside the names of a list ("Bank of England", "Hootie & the Blowfish")
const INSIDE = /^(?:of|the|for|and|or|&|de|du|la|van|von|al)$/;

/** Punctuation after a token that a list allows: none, or a comma. */
const listPunct = (t: Token): boolean => t.post.trim() === '' || t.post.trim() === ',';

/** The kind of the noun before the list the chunk ends: "banks such as ... <chunk>". */
function kindBefore(c: ChunkView): [EntityType, string] | null {
  const toks = c.tokens;
  for (let i = c.from - 1, n = 0; i >= 1 && n < 30; i--, n++) {
    const t = toks[i]!;
    if (!listPunct(t)) return null;
    if (t.text === 'as') {
      // "banks such as", "banks, such as"; "such banks as"
      if (toks[i - 1]?.text === 'such') return kindOf(toks[i - 2]);
      return toks[i - 2]?.text.toLowerCase() === 'such' ? kindOf(toks[i - 1]) : null;
    }
    if (OPENERS.test(t.text)) return kindOf(toks[i - 1]);
    if (!isCapitalized(t) && !INSIDE.test(t.text)) return null;
  }
  return null;
}

const QUANTITY = /^(?:several|many|some|various|numerous|dozens|hundreds)$/;

/** The kind of the noun that closes the list the chunk opens or is in: "<chunk>, B and other banks". */
export function kindAfter(c: ChunkView): [EntityType, string] | null {
  const toks = c.tokens;
  for (let i = c.to - 1, n = 0; i + 1 < toks.length && n < 30; i++, n++) {
    if (!listPunct(toks[i]!)) return null;
    const next = toks[i + 1]!;
    if (/^(?:and|or)$/.test(next.text) && listPunct(next)) {
      // "and other banks", "and several other banks", "or other small banks"
      let k = i + 2;
      if (QUANTITY.test(toks[k]?.text ?? '')) k++;
      if (toks[k]?.text !== 'other' || !listPunct(toks[k]!)) continue;
      const noun = toks[k + 1];
      if (kindOf(noun)) return kindOf(noun);
      return noun && /^\p{Ll}+$/u.test(noun.text) && listPunct(noun) ? kindOf(toks[k + 2]) : null;
    }
    if (!isCapitalized(next) && !INSIDE.test(next.text)) return null;
  }
  return null;
}

export const listKind: NameRule = {
  id: 'names.list-kind',
  strong: false,
  info: [
    rule('org.list-kind', 'ORG', 'a name in a list that a plural noun of organizations opens or closes ("banks such as ...", "... and other carmakers")', 'Lenders such as Quorvane and Brellix cut rates.', 'Brellix'),
    rule('location.list-kind', 'LOCATION', 'a name in a list that a plural noun of places opens or closes ("countries such as ...")', 'Countries such as Ruritania and Zembla voted no.', 'Zembla'),
    rule('person.list-kind', 'PERSON', 'a name in a list that a plural noun of people opens or closes ("officials such as ...")', 'It signed players such as Mara Quell and Tom Hale.', 'Tom Hale'),
  ],
  read(c) {
    const last = c.tokens[c.to - 1]!;
    // a common word opening the sentence is capitalized for that: "Banks and other lenders"
    if (c.to - c.from === 1 && (c.from === 0 || /["“‘']/.test(last.pre)) && (isCommonWord(last.text.toLowerCase()) || c.lowerWords.has(last.text.toLowerCase()))) return null;
    if (has(last, 'Date', 'Pronoun') || /['’]s$/i.test(last.text)) return null;
    const kind = kindBefore(c) ?? kindAfter(c);
    if (!kind) return null;
    // a people or a creed is no person: "people such as European Jews and Catholics"
    if (kind[0] === 'PERSON' && (c.tokens.slice(c.from, c.to).some((t) => has(t, 'Demonym')) || (/s$/.test(last.text) && !has(last, 'Person', 'LastName', 'FirstName')))) return null;
    return one(kind[0], c.from, c.to, kind[1]);
  },
};
