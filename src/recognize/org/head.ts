import { lexicon } from '../../lexicon/registry.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { firstName } from '../person/first-name.js';
import { isGivenName, isSurname } from '../person/given-names.js';
import { knownPlace } from '../location/known-place.js';
import { titleAt } from '../person/title-name.js';
import { isOrdinal } from './unit.js';
import { bare, has, lower, one, rule, type ChunkView, type NameRule, type Reading } from '../names/view.js';

const WAR_FRONTS = /^(?:Western|Eastern|Northern|Southern|Home|Italian|Russian)$/;

/**
 * "passed the state Assembly", "the Commission said": a head word alone, capitalized inside
 * a sentence after a word in lower case, names the body the story is about.
 */
function loneHead(c: ChunkView): Reading | null {
  const t = c.tokens[c.from]!;
  const prev = c.tokens[c.from - 1];
  const w = lower(t);
  if (!prev || prev.post !== ' ' || !/^\p{Ll}+$/u.test(prev.text) || !/^\p{Lu}\p{Ll}+$/u.test(bare(t))) return null;
  // "passed the House", "told the Commons": a chamber's word after "the" is the chamber
  const chamber = prev.text === 'the' && lexicon('chamberWords').has(bare(t));
  if (!chamber && (!c.lex.orgHeads.has(w) || lexicon('sectorHeads').has(w) || lexicon('notAloneHeads').has(w))) return null;
  // "the teams of Group 7", "Division 2": a number after it makes a stage or a class of it
  if (/^\d/.test(c.tokens[c.to]?.text ?? '')) return null;
  return one('ORG', c.from, c.to, 'org.head');
}

let compound: RegExp | undefined;

/**
 * "Germany's Bundesbank", "Transneft said": one capitalized word ending in a compound's
 * head word (compound-heads.txt), not a person's name or a place's.
 */
function compoundHead(c: ChunkView): Reading | null {
  const t = c.tokens[c.from]!;
  const w = bare(t);
  compound ??= new RegExp(`^(\\p{Lu}\\p{Ll}{2,})(?:${[...lexicon('compoundHeads')].join('|')})$`, 'u');
  const m = compound.exec(w);
  // (an English compound of two common words is a thing: "Riverbank", "Foodbank")
  if (!m || isCommonWord(w.toLowerCase()) || isCommonWord(m[1]!.toLowerCase()) || firstName(t) || isGivenName(w) || isSurname(w) || knownPlace(w)) return null;
  if (t.tags.has('Person') || t.tags.has('Place')) return null;
  return one('ORG', c.from, c.to, 'org.compound-head');
}

/** A name ending in an organization's head word or a corporate suffix, or opening "Head of ...". */
export const orgHead: NameRule = {
  id: 'org.head',
  strong: false,
  info: [
    rule('org.head', 'ORG', "a name ending in an organization's head word", 'The Zorvan Defense Agency signed the deal.', 'Zorvan Defense Agency'),
    rule('org.suffix', 'ORG', 'a name ending in a corporate suffix', 'Shares of Quellmark GmbH rose.', 'Quellmark GmbH'),
    rule('org.compound-head', 'ORG', 'one word ending in a compound\'s head word ("-bank", "-neft", "-prom")', "Germany's Zollbank and France's central bank disagreed.", 'Zollbank'),
    rule('org.head-of', 'ORG', 'a head word followed by "of" or "for" and a name', 'The Bank of Zorvania raised rates.', 'Bank of Zorvania'),
  ],
  read(c) {
    if (c.to - c.from === 1) return loneHead(c) ?? compoundHead(c);
    if (c.to - c.from < 2) return null;
    // "Minister for the Armed Forces", "Secretary of the Navy": a title's word and "for" or
    // "of" open a post, not a body (its head word is the body the post serves)
    if (c.to - c.from > 2 && c.lex.titles.has(lower(c.tokens[c.from]!)) && !c.lex.orgHeads.has(lower(c.tokens[c.from]!)) && /^(?:for|of)$/.test(c.tokens[c.from + 1]!.text)) return null;
    // "the Western Front", "the Home Front": a front of a war, no armed group
    if (c.to - c.from === 2 && lower(c.tokens[c.to - 1]!) === 'front' && WAR_FRONTS.test(c.tokens[c.from]!.text)) return null;
    const head = lower(c.tokens[c.to - 1]!);
    // "the 9th Circuit": a court of appeals by its circuit's ordinal
    if (head === 'circuit' && isOrdinal(c.tokens[c.from]!)) return one('ORG', c.from, c.to, 'org.head');
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
  // "Ardent Bancorp", "Brave Therapeutics": a head no dictionary knows is a firm's word, no
  // field's, whatever adjective opens it
  if (!isCommonWord(lower(c.tokens[c.to - 1]!))) return false;
  for (let i = c.from; i < c.to - 1; i++) {
    const t = c.tokens[i]!;
    if (!(t.tags.has('Adjective') || lexiconTags(lower(t)).includes('Adjective')) || !isCommonWord(lower(t))) return false;
  }
  return true;
}

/** Rules that read a chunk by the words after it, which describe the whole chunk. */
const CONTEXT_RULES = new Set(['org.apposed-kind', 'org.context', 'org.subject', 'org.list-sibling']);

/**
 * "the National Hockey League for the Kelby Eagles": after "for", a whole organization of
 * its own is whom the first serves, not the field it is for ("League for Democracy").
 */
function forAnother(c: ChunkView, head: number): Reading | null {
  if (c.tokens[head + 1]!.text !== 'for') return null;
  const from = c.tokens[head + 2]!.text === 'the' ? head + 3 : head + 2;
  // "the Missile Defense Agency for THAAD interceptors": an acronym alone after "for",
  // before a noun in lower case, says what the noun is for; the body's name ends before "for"
  const next = c.tokens[c.to];
  if (c.to - from === 1 && from === head + 2 && /^\p{Lu}{2,}$/u.test(c.tokens[from]!.text) && c.tokens[from]!.post === ' ' && next && /^\p{Ll}+$/u.test(next.text) && has(next, 'Noun') && !has(next, 'Verb')) return { parts: [{ type: 'ORG', from: c.from, to: head + 1, rule: 'org.head' }] };
  // one word after "for" is the field, whatever reads it ("League for Democracy")
  if (c.to - from < 2) return null;
  // ... and so are common words ("Agency for International Development", "Council for
  // Economic Development"), whatever the tagger made of them
  if (c.tokens.slice(from, c.to).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && isCommonWord(lower(t)))) return null;
  const right = c.read({ ...c, from });
  // "the Swiss Super League for FC Basel", "the Premier League for Kelby United": a league
  // is played for a club, never named for one; the club may read only later (resolution)
  // (a field in common words is what a league is for: "the League for Human Rights")
  if (!right && /^(?:league|cup)$/.test(lower(c.tokens[head]!)) && from === head + 2 && c.to - from <= 3 && !c.tokens.slice(from, c.to).every((t) => isCommonWord(lower(t)))) return { parts: [{ type: 'ORG', from: c.from, to: head + 1, rule: 'org.head' }] };
  const p = right?.parts[0];
  if (right?.parts.length !== 1 || p?.type !== 'ORG' || p.from !== from || p.to !== c.to) return null;
  // what follows the whole chunk says nothing of its part: "the Institute for the Study of
  // War, a Washington-based think tank" (the apposition is the institute's)
  // ... nor does the tagger's guess ("the Office for NATO Affairs")
  if (CONTEXT_RULES.has(p.rule) || p.rule === 'org.tagged') return null;
  return { parts: [{ type: 'ORG', from: c.from, to: head + 1, rule: 'org.head' }, p] };
}

/**
 * "the Office of the Secretary of Defense", "the Office of the Prime Minister": a head word,
 * "of the" and a title that runs to the end of the capitals (or on with "of" and a name) is
 * one body, not a title with nobody after it. Tried before the title rule.
 */
export const orgHeadOfTitle: NameRule = {
  id: 'org.head-of',
  strong: true,
  info: [],
  read(c) {
    let at = c.from;
    if (/^the$/i.test(c.tokens[at]!.text)) at++;
    const head = lower(c.tokens[at]!);
    if (c.to - at < 4 || !c.lex.orgHeads.has(head) || lexicon('sectorHeads').has(head) || c.tokens[at + 1]!.text !== 'of') return null;
    const from = c.tokens[at + 2]!.text === 'the' ? at + 3 : at + 2;
    const end = titleAt(c, from, c.to);
    if (end === null) return null;
    // the title closes the run, or its body follows it: "Secretary of Defense", "Secretary
    // for Defence Procurement" (no person's name after it)
    if (end < c.to && !(lexicon('headConnectors').has(c.tokens[end]!.text) && c.tokens.slice(end + 1, c.to).every((t) => !firstName(t)))) return null;
    return one('ORG', c.from, c.to, 'org.head-of');
  },
};
