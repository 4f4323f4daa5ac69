// "Ruritania's ruling party", "Tessaly's parliament", "Kelvasto's new military junta": a
// name's possessive before what only a state has (state-nouns.txt) is a country or a region,
// which no list need know. A known first name keeps a person ("Tom Hale's government job" is
// rare, but a person's name is never a state's).
import { lexicon } from '../../lexicon/registry.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { firstName } from '../person/first-name.js';
import { isSurname } from '../person/given-names.js';
import { bare, has, one, phrase, POSSESSIVE, rule, type ChunkView, type NameRule } from '../names/view.js';
import { isKnownOrg } from '../org/known-orgs.js';
import { isListedOrg } from '../org/listed-orgs.js';

/**
 * "Veldor's Foreign Ministry", "Tessaly's National Assembly": the state's body named in
 * capitals, its first words one of the state's nouns, or a ministry among its first three.
 */
function stateBodyAfter(c: ChunkView): boolean {
  const nouns = lexicon('stateNouns');
  const words: string[] = [];
  for (let k = c.to; k < c.to + 3 && k < c.tokens.length && /^\p{Lu}\p{Ll}+$/u.test(c.tokens[k]!.text); k++) {
    words.push(c.tokens[k]!.text.toLowerCase());
    // (the body ends the run of capitals, or a minister's name follows: not "Kelby's Army Surplus")
    const after = c.tokens[k + 1];
    const ends = c.tokens[k]!.post !== ' ' || !after || !/^\p{Lu}/u.test(after.text) || words[words.length - 1] === 'minister';
    if ((nouns.has(words.join(' ')) && ends) || words[words.length - 1] === 'ministry') return true;
    if (c.tokens[k]!.post !== ' ') break;
  }
  return false;
}

/** Whether one of the state's nouns follows the possessive, after up to two lower-case words. */
function stateNounAfter(c: ChunkView): boolean {
  const nouns = lexicon('stateNouns');
  if (stateBodyAfter(c)) return true;
  for (let k = c.to; k < c.to + 3 && k < c.tokens.length; k++) {
    const t = c.tokens[k]!;
    if (!/^\p{Ll}+$/u.test(t.text)) return false;
    const next = c.tokens[k + 1];
    // the noun ends its phrase: "Hale's government job" is a person's job
    const ends = (i: number): boolean => {
      const after = c.tokens[i + 1];
      return !after || c.tokens[i]!.post !== ' ' || !/^\p{Ll}/u.test(after.text) || !has(after, 'Noun') || has(after, 'Verb');
    };
    if (nouns.has(t.text) && ends(k)) return true;
    if (t.post === ' ' && next && nouns.has(`${t.text} ${next.text}`) && ends(k + 1)) return true;
    if (t.post !== ' ') return false;
  }
  return false;
}

const COMPASS_ADJECTIVE = /^(?:north|south|east|west)?(?:northern|southern|eastern|western)$|^(?:north|south)-(?:eastern|western)$/;

/**
 * "Sydney's northern beaches", "Syria's northern border": a compass word and a land's part
 * (side-nouns.txt), or null; `landOnly` when only a land has that part (land-side-nouns.txt).
 */
function sideAfter(c: ChunkView): { landOnly: boolean } | null {
  let k = c.to;
  let compass = c.tokens[k]?.text ?? '';
  // ("north-eastern": two tokens joined by a hyphen)
  if (c.tokens[k]?.post === '-' && c.tokens[k + 1]) compass += '-' + c.tokens[++k]!.text;
  const noun = c.tokens[k + 1]?.text ?? '';
  if (!COMPASS_ADJECTIVE.test(compass) || c.tokens[k]!.post !== ' ' || !lexicon('sideNouns').has(noun)) return null;
  if (lexicon('landSideNouns').has(noun)) return { landOnly: true };
  // a part a person's policy may name too ends its phrase: not "Trump's southern border wall"
  const after = c.tokens[k + 2];
  const ends = !after || c.tokens[k + 1]!.post !== ' ' || !/^\p{Ll}/u.test(after.text) || !has(after, 'Noun') || has(after, 'Verb');
  return ends ? { landOnly: false } : null;
}

export const possessiveState: NameRule = {
  id: 'location.possessive-state',
  strong: false,
  info: [rule('location.possessive-state', 'LOCATION', "a name's possessive before what only a state has: its parliament, army, ruling party, prime minister (state-nouns.txt)", "Ruritania's ruling party lost its majority.", 'Ruritania')],
  read(c) {
    const n = c.to - c.from;
    const last = c.tokens[c.to - 1]!;
    if (n > 3 || !POSSESSIVE.test(last.text) || last.post !== ' ') return null;
    const toks = c.tokens.slice(c.from, c.to);
    // (one word a lexicon reads as a person's has no northern beaches either: "Sydney's";
    // but a person has a southern border policy: "Trump's southern border")
    const side = toks.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) ? sideAfter(c) : null;
    const personal = (): boolean => toks.some((t) => has(t, 'Person', 'FirstName', 'Honorific')) || isSurname(bare(last));
    if (side && (side.landOnly || !personal()) && !lexiconTags(bare(last)).includes('Organization') && !isKnownOrg(bare(last)) && !isListedOrg(phrase(c.tokens, c.from, c.to)) && !(n >= 2 && firstName(toks[0]!))) return one('LOCATION', c.from, c.to, 'location.possessive-state');
    if (!toks.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) || toks.some((t) => has(t, 'Person', 'FirstName', 'Honorific', 'Demonym') || lexiconTags(bare(t)).includes('Organization'))) return null;
    if (firstName(toks[0]!) || c.lex.orgHeads.has(bare(last).toLowerCase())) return null;
    return stateNounAfter(c) ? one('LOCATION', c.from, c.to, 'location.possessive-state') : null;
  },
};
