import { lexicon } from '../../lexicon/registry.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { firstName } from '../person/first-name.js';
import { bare, lower, one, rule, type ChunkView, type NameRule, type Reading } from '../names/view.js';

const WAR_FRONTS = /^(?:Western|Eastern|Northern|Southern|Home|Italian|Russian)$/;

// head words that alone name a building or a firm's legal form, not a body: "the Hospital", "the Inc"
const NOT_ALONE = new Set(['hospital', 'center', 'centre', 'church', 'front', 'inc', 'corp', 'ltd', 'llc', 'plc', 'holdings', 'services', 'forces', 'marines', 'police']);

/**
 * "passed the state Assembly", "the Commission said": a head word alone, capitalized inside
 * a sentence after a word in lower case, names the body the story is about.
 */
function loneHead(c: ChunkView): Reading | null {
  const t = c.tokens[c.from]!;
  const prev = c.tokens[c.from - 1];
  const w = lower(t);
  if (!prev || prev.post !== ' ' || !/^\p{Ll}+$/u.test(prev.text) || !/^\p{Lu}\p{Ll}+$/u.test(bare(t))) return null;
  if (!c.lex.orgHeads.has(w) || lexicon('sectorHeads').has(w) || NOT_ALONE.has(w)) return null;
  // "the teams of Group 7", "Division 2": a number after it makes a stage or a class of it
  if (/^\d/.test(c.tokens[c.to]?.text ?? '')) return null;
  return one('ORG', c.from, c.to, 'org.head');
}

/** A name ending in an organization's head word or a corporate suffix, or opening "Head of ...". */
export const orgHead: NameRule = {
  id: 'org.head',
  strong: false,
  info: [
    rule('org.head', 'ORG', "a name ending in an organization's head word", 'The Zorvan Defense Agency signed the deal.', 'Zorvan Defense Agency'),
    rule('org.suffix', 'ORG', 'a name ending in a corporate suffix', 'Shares of Quellmark GmbH rose.', 'Quellmark GmbH'),
    rule('org.head-of', 'ORG', 'a head word followed by "of" or "for" and a name', 'The Bank of Zorvania raised rates.', 'Bank of Zorvania'),
  ],
  read(c) {
    if (c.to - c.from === 1) return loneHead(c);
    if (c.to - c.from < 2) return null;
    // "the Western Front", "the Home Front": a front of a war, no armed group
    if (c.to - c.from === 2 && lower(c.tokens[c.to - 1]!) === 'front' && WAR_FRONTS.test(c.tokens[c.from]!.text)) return null;
    const head = lower(c.tokens[c.to - 1]!);
    // a head in lower case hyphened to a word is none: "a Ku-band link", "a Kelby-run school"
    const hyphened = c.tokens[c.to - 2]!.post === '-' && /^\p{Ll}/u.test(c.tokens[c.to - 1]!.text);
    // "Tyrone Power": a known first name and one sector's word is a person's name
    const personal = c.to - c.from === 2 && lexicon('sectorHeads').has(head) && firstName(c.tokens[c.from]!);
    if (c.lex.orgHeads.has(head) && !hyphened && !personal && !(lexicon('sectorHeads').has(head) && fieldOnly(c))) return one('ORG', c.from, c.to, 'org.head');
    if (c.lex.corporateSuffixes.has(bare(c.tokens[c.to - 1]!).replace(/\.$/, ''))) return one('ORG', c.from, c.to, 'org.suffix');
    // "Bank of England", "Partnership for Global Security", "Ministry of Defense"
    for (let i = c.from; i < c.to - 2; i++)
      if (c.lex.orgHeads.has(lower(c.tokens[i]!)) && !lexicon('sectorHeads').has(lower(c.tokens[i]!)) && lexicon('headConnectors').has(c.tokens[i + 1]!.text)) return forAnother(c, i) ?? one('ORG', c.from, c.to, 'org.head-of');
    return null;
  },
};

/**
 * "Renewable Energy", "Human Resources": common adjectives alone before an industry's word
 * name a field (any common words before a field's word: "Cancer Research"); so does the word before a title ("U.S. Energy Secretary", "Mining Minister").
 */
function fieldOnly(c: ChunkView): boolean {
  const next = c.tokens[c.to];
  if (next && c.tokens[c.to - 1]!.post === ' ' && c.lex.titles.has(lower(next))) return true;
  // "Cancer Research", "Agricultural Economics": any common words before a field's word
  if (lexicon('fieldHeads').has(lower(c.tokens[c.to - 1]!)) && c.tokens.slice(c.from, c.to - 1).every((t) => isCommonWord(lower(t)))) return true;
  for (let i = c.from; i < c.to - 1; i++) {
    const t = c.tokens[i]!;
    if (!(t.tags.has('Adjective') || lexiconTags(lower(t)).includes('Adjective')) || !isCommonWord(lower(t))) return false;
  }
  return true;
}

/**
 * "the National Hockey League for the Kelby Eagles": after "for", a whole organization of
 * its own is whom the first serves, not the field it is for ("League for Democracy").
 */
function forAnother(c: ChunkView, head: number): Reading | null {
  if (c.tokens[head + 1]!.text !== 'for') return null;
  const from = c.tokens[head + 2]!.text === 'the' ? head + 3 : head + 2;
  // one word after "for" is the field, whatever reads it ("League for Democracy")
  if (c.to - from < 2) return null;
  const right = c.read({ ...c, from });
  const p = right?.parts[0];
  if (right?.parts.length !== 1 || p?.type !== 'ORG' || p.from !== from || p.to !== c.to) return null;
  return { parts: [{ type: 'ORG', from: c.from, to: head + 1, rule: 'org.head' }, p] };
}
