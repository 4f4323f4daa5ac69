import { lexicon, phraseEdges } from '../../lexicon/registry.js';
import type { Token } from '../../types.js';
import { countryOfDemonym } from '../location/demonyms.js';
import { knownPlace } from '../location/known-place.js';
import { isCommonWordOrg, isKnownOrg } from './known-orgs.js';
import { isListedOrg } from './listed-orgs.js';
import { listedPlace } from '../location/listed-place.js';
import { BASED, basedAfter, basedAfterTown } from '../location/cue.js';
import { regionOf } from '../location/regions.js';
import { bare, has, one, phrase, POSSESSIVE, rule, type ChunkView, type NameRule, type Reading } from '../names/view.js';
import { listSiblings } from '../names/list-items.js';
import { firstName, givenName } from '../person/first-name.js';
import { familyNameFirst } from '../person/hyphenated-given.js';
import { isGivenName, isSurname } from '../person/given-names.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { titleAt } from '../person/title-name.js';
import { lexiconTags } from '../../nlp/tagger.js';

/** A lower-case word, or one capitalized as the sentence's first ("Shares of Acme rose"). */
const lowerWord = (toks: readonly Token[], i: number): string | null => {
  const t = toks[i];
  return t && (/^\p{Ll}/u.test(t.text) || (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text))) ? t.text.toLowerCase() : null;
};

/**
 * A place or a person by the lexicons, whatever the context says. After a market phrase
 * ("shares of Acme") only a well-known place counts: the city gazetteer and the towns hold
 * many a company's name (Acme, Washington; Boeing is no town, but Dover and Acme are).
 */
function placeOrPerson(c: ChunkView, from: number, market = false): boolean {
  const p = phrase(c.tokens, from, c.to);
  if ((market ? knownPlace(p) : listedPlace(p)) || c.lex.placeNames.has(p)) return true;
  const first = c.tokens[from]!;
  // (no one holds shares of a person named by one word: "shares of Harlan" is a firm's)
  return has(first, 'Pronoun', 'Date') || (has(first, 'Person') && !(market && c.to - from === 1)) || (c.to - from >= 2 && firstName(first));
}

/** "Ostrava-based Pelnik", "a Kelby-headquartered Brisco": a place hyphened to "based" or "headquartered" directly before the chunk. */
function placeBasedBefore(c: ChunkView): boolean {
  const [b1, b2] = [c.tokens[c.from - 1], c.tokens[c.from - 2]];
  if (!b1 || !b2 || !BASED.test(b1.text) || b1.post !== ' ' || b2.post !== '-' || !/^\p{Lu}/u.test(b2.text)) return false;
  // "an Intel-based Mac": a firm's or a system's name before "-based" makes a product
  return !has(b2, 'Organization') && !isKnownOrg(bare(b2)) && !/^\p{Lu}+$/u.test(b2.text);
}

/**
 * A word naming a people or a creed, not a group: "Kurdish", "Sunni", "Islamist", "Houthi".
 * Beside the words of firms and markets only a people the lexicons know is one (`loose`
 * false): many firms end in "-i" ("Citi analyst", "Suzuki shares", "Hitachi chief").
 */
const peopleWord = (t: Token, loose = true): boolean => has(t, 'Demonym') || countryOfDemonym(bare(t)) !== null || (loose ? /(?:i|ite|ist|ish|ian|ese)$/ : /(?:ite|ist|ish|ian|ese)$/).test(bare(t));

/** The phrase of the list that the lower-case words before the chunk end in, if any. */
function listedBefore(c: ChunkView, list: ReadonlySet<string>): string | null {
  const words: string[] = [];
  // "a spokesman for the Kelby Group": the article is no part of the phrase
  const start = c.from - 1 >= 0 && c.tokens[c.from - 1]!.text === 'the' ? c.from - 2 : c.from - 1;
  // (the word every phrase ends in first: most words end no phrase of the list)
  const lastWord = lowerWord(c.tokens, start);
  if (!lastWord || !phraseEdges(list).last.has(lastWord)) return null;
  for (let i = start; i >= 0 && words.length < 3; i--) {
    const w = lowerWord(c.tokens, i);
    if (!w || c.tokens[i]!.post.trim() !== '') break;
    words.unshift(w);
    if (list.has(words.join(' '))) return words.join(' ');
  }
  return null;
}

/**
 * The phrase before the first item of the list the chunk stands in: "shares of Harlan, Voss
 * and <chunk>" says what every item is.
 */
function listedBeforeList(c: ChunkView, list: ReadonlySet<string>): string | null {
  let first = c.from;
  for (const [from] of listSiblings(c)) first = Math.min(first, from);
  return first < c.from ? listedBefore({ ...c, from: first }, list) : null;
}

/**
 * The list's last item when the chunk stands in a list ("Lindqvist, Dunmore and <Arkwright>,
 * the three biggest lenders"): an apposition after it says what every item is. Null when
 * the chunk stands alone.
 */
function listEnd(c: ChunkView): ChunkView | null {
  const items = listSiblings(c);
  if (!items.length) return null;
  let last: [number, number] = [c.from, c.to];
  for (const item of items) if (item[1] > last[1]) last = item;
  return { ...c, from: last[0], to: last[1] };
}

/** "Lindqvist, Dunmore and Arkwright, the three biggest lenders": a plural kind of organization after the list the chunk stands in. */
export function listApposedKind(c: ChunkView): boolean {
  const end = listEnd(c);
  return end !== null && apposedKind(end, true);
}

/** A kind of organization, or its plural after a list ("lenders", "companies"). */
export const orgKind = (w: string, plural: boolean, c: ChunkView): boolean => {
  const kinds = (x: string) => c.lex.orgDescriptors.has(x) || lexicon('groupKinds').has(x);
  if (!plural) return kinds(w);
  return (/ies$/.test(w) && kinds(w.slice(0, -3) + 'y')) || (/[^s]s$/.test(w) && kinds(w.slice(0, -1)));
};

/**
 * "Civic Passion's Wong Yeung-tat", "Quorvane's Lina Osei": a possessive right before a
 * person's full name is the party, club or firm the person belongs to (a place or a person
 * by the lexicons keeps its own reading: "Britain's Tom Hale").
 */
export function possessedPerson(c: ChunkView): boolean {
  const toks = c.tokens;
  const [a, b, d] = [toks[c.to], toks[c.to + 1], toks[c.to + 2]];
  if (!a || !b || toks[c.to - 1]!.post !== ' ' || !POSSESSIVE.test(toks[c.to - 1]!.text) || a.post !== ' ' && a.post !== '-') return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(a.text) || !/^\p{Lu}\p{Ll}+$/u.test(bare(b))) return false;
  // family name first: "Wong Yeung-tat"
  if (a.post === ' ' && b.post === '-' && d && familyNameFirst(`${a.text} ${b.text}-${bare(d)}`)) return true;
  return a.post === ' ' && (firstName(a) || givenName(a));
}

/** Phrases of trading and ownership, which no town takes ("shares of", "a stake in"), of a firm bought or merged ("to acquire", "merger with"), and of those who read markets for a firm ("an analyst at Bernstein": one is an analyst in a town). */
const MARKET_PHRASE = /^(?:shares?|stakes?|stock|shareholders?|stockholders?|unit|subsidiar(?:y|ies)|ratings?|price target|trading|bondholders|creditors|acquired|(?:to )?acquire|takeover|acquisition|buyout|merger|merged?|analysts? at|economists? at|strategists? at)(?: |$)/;

const SHARE_CLASS = /^(?:Class|Series)$/;
const FIRM_PARTS = /^(?:executives|unit|subsidiary)$/;

/**
 * "Quorvane shares fell", "Brellix stock rose": a name right before a word of the market,
 * with no possessive. A people ("European shares"), a place ("Hong Kong shares") or one
 * common word ("Energy shares", "Bank stock") is no company.
 */
/** The people who read a firm or a market, whose field a common word before them names. */
const READERS = /^(?:analysts?|economists?|strategists?)$/;

export function bareBeforeMarketWord(c: ChunkView, from = c.from): boolean {
  const last = c.tokens[c.to - 1]!;
  const next = c.tokens[c.to];
  if (!next || last.post !== ' ' || !lexicon('orgContextAfterBare').has(next.text)) return false;
  if (peopleWord(c.tokens[from]!, false) || peopleWord(last, false) || has(last, 'Place', 'Demonym', 'Date', 'Value')) return false;
  // a firm's people and parts are a region's, a town's or a field's too: "its Asia Pacific
  // unit", "the Central unit" (any word of a place or only common words: none)
  if (FIRM_PARTS.test(next.text)) {
    const p = phrase(c.tokens, from, c.to);
    const words = c.tokens.slice(from, c.to);
    if (listedPlace(p) || regionOf(p) !== undefined || c.lex.placeNames.has(p) || words.some((t) => knownPlace(bare(t))) || words.every((t) => isCommonWord(bare(t).toLowerCase()))) return false;
    // (a firm's possessive inside the run names the parent: "General Motors' Saturn unit")
    if (words.slice(0, -1).some((t) => POSSESSIVE.test(t.text) || /s['’]$/.test(t.text))) return false;
  }
  // a class of a firm's shares: "Class A shares", "holders of Series B stock"
  for (let i = from; i < c.to - 1; i++) if (SHARE_CLASS.test(c.tokens[i]!.text) && /^[A-Z]\d?$/.test(c.tokens[i + 1]!.text)) return false;
  if (c.to - from === 1) {
    const w = bare(last).toLowerCase();
    // (a company the list names by a common word is one here: "Apple shares", "Shell stock";
    // before the people who read markets the word is their field: "Power analyst Ann Kell")
    // (an adjective says which shares: "Global shares fell")
    const company = !READERS.test(next.text) && isCommonWordOrg(bare(last)) && !listedPlace(bare(last)) && !has(last, 'Adjective') && !lexiconTags(w).includes('Adjective');
    if (c.lowerWords.has(w) || c.lex.titles.has(w) || c.lex.orgHeads.has(w) || (isCommonWord(w) && !company)) return false;
  }
  // "Kelvane shares the lead", "Hale shares his view": the verb, before its object
  const after = c.tokens[c.to + 1];
  if (next.post === ' ' && after && (has(after, 'Determiner', 'Possessive', 'Pronoun') || after.text === 'with')) return false;
  return !/^(?:of|in)$/.test(after?.text ?? '');
}

/** "Kelby's chief executive", "Dunmore's net income": a possessive before a phrase only firms take (context-after.txt). */
export const possessiveBeforeCompanyWord = (c: ChunkView): boolean => POSSESSIVE.test(c.tokens[c.to - 1]!.text) && listedAfter(c, lexicon('orgContextAfter'));

/** What a firm's owners hold: "Brockton's shares", "Harlow's shareholders". */
const SHARE_WORDS = /^(?:shares|stock|shareholders|stockholders)$/;

/** Words after a market word that make it a market's, not a firm's: "China's stock market", "Japan's share index". */
const MARKET_OF_PLACE = /^(?:market|markets|exchange|exchanges|index|indexes|indices|prices)$/;

/**
 * "Brockton's shares rose", "Dunmore's shareholders voted": a town's name (a lexicon's place,
 * not a country, a continent or a region) before "'s shares", "'s stock" or "'s
 * shareholders" is a firm's. The lexicons of places come later in the order; this reads first.
 */
export const orgBeforeShares: NameRule = {
  id: 'org.before-shares',
  strong: false,
  info: [],
  read(c) {
    const last = c.tokens[c.to - 1]!;
    const next = c.tokens[c.to];
    if (!next || !POSSESSIVE.test(last.text) || last.post !== ' ' || !SHARE_WORDS.test(next.text)) return null;
    if (next.post === ' ' && MARKET_OF_PLACE.test(c.tokens[c.to + 1]?.text ?? '')) return null;
    const p = phrase(c.tokens, c.from, c.to);
    const tags = lexiconTags(p);
    if (tags.some((g) => g === 'Country' || g === 'Continent' || g === 'Region') || regionOf(p) !== undefined || countryOfDemonym(p) !== null) return null;
    if (has(c.tokens[c.from]!, 'Pronoun', 'Date', 'Demonym', 'Person') || firstName(c.tokens[c.from]!)) return null;
    return one('ORG', c.from, c.to, 'org.context');
  },
};

/** "Glenmore, which makes medical devices": a relative "which" and a verb of what a firm does (which-verbs.txt). */
export function whichMakes(c: ChunkView): boolean {
  const [which, verb] = [c.tokens[c.to], c.tokens[c.to + 1]];
  return c.tokens[c.to - 1]!.post.trim() === ',' && which?.text === 'which' && which.post === ' ' && verb !== undefined && lexicon('whichVerbs').has(verb.text);
}

/**
 * "Kelvix, based in Austin, makes chips", "Kelvix, which is headquartered in Kelby",
 * "Kelvix, whose shares rose": a clause after one name that says where a firm stands or
 * what only firms have (context-after.txt). People are rarely introduced so; a given name
 * or a person by the lexicons keeps that reading ("Tom Hale, based in London, covers ...",
 * "He called Brenner, based in London"); a surname opening the sentence is a firm's name
 * ("Hale, based in London, said"), unless the person was named in full before (resolution
 * joins the surname back to the person).
 */
export function firmClauseAfter(c: ChunkView): boolean {
  const toks = c.tokens;
  const first = toks[c.from]!;
  if (c.to - c.from !== 1 || first.post.trim() !== ',' || has(first, 'Person', 'Pronoun', 'Date') || firstName(first) || givenName(first)) return false;
  // (a listed surname inside the sentence is a person's: "He called Brenner, based in London")
  if (c.from > 0 && isSurname(bare(first))) return false;
  let i = c.to;
  if (toks[i]?.text === 'whose' && toks[i]!.post === ' ') return listedAfter({ ...c, to: i + 1 }, lexicon('orgContextAfter'));
  if (toks[i]?.text === 'which' && /^(?:is|was)$/.test(toks[i + 1]?.text ?? '')) i += 2;
  return BASED.test(toks[i]?.text ?? '') && toks[i]!.post === ' ' && toks[i + 1]?.text === 'in';
}

/** Whether the lower-case words after the chunk open with a phrase of the list. */
function listedAfter(c: ChunkView, list: ReadonlySet<string>): boolean {
  // (the word every phrase opens with first: most words open no phrase of the list)
  const firstWord = lowerWord(c.tokens, c.to);
  if (!firstWord || !phraseEdges(list).first.has(firstWord.replace(POSSESSIVE, ''))) return false;
  const words: string[] = [];
  for (let i = c.to; i < c.tokens.length && words.length < 2; i++) {
    const w = lowerWord(c.tokens, i);
    if (!w) break;
    words.push(w.replace(POSSESSIVE, ''));
    if (list.has(words.join(' '))) return true;
    if (c.tokens[i]!.post.trim() !== '') break;
  }
  return false;
}

/** ", the Dallas-based maker" or " is a Dallas-based maker": where the words that may name the kind open. */
function kindOpens(c: ChunkView): number {
  const toks = c.tokens;
  const last = toks[c.to - 1]!;
  // (a copula and an article: "Silent Ferns are a four-piece band", "Quorvane is the lender")
  if (last.post === ' ' && /^(?:is|are|was|were)$/.test(toks[c.to]?.text ?? '') && toks[c.to]!.post === ' ' && /^(?:the|a|an)$/.test(toks[c.to + 1]?.text ?? '')) return c.to + 1;
  return last.post.trim() === ',' ? c.to : -1;
}

/** " is an American rock band": the kind after a copula (apposedKind reads it too). */
export const copulaKind = (c: ChunkView): boolean => kindOpens(c) === c.to + 1 && apposedKind(c);

/**
 * ", the Dallas-based maker of valves", ", a militant group that ...", " is an American rock
 * band": an apposition or a copula whose noun's head is a kind of organization (or that
 * says where the firm is based).
 */
export function apposedKind(c: ChunkView, plural = false): boolean {
  const toks = c.tokens;
  let from = kindOpens(c);
  if (from < 0) return false;
  const opened = from;
  if (/^(?:the|a|an)$/.test(toks[from]?.text ?? '')) from++;
  // "the world's largest maker", "Britain's biggest lender": whose it is, then the kind
  const whose = toks[from];
  if (whose && POSSESSIVE.test(whose.text) && whose.post === ' ' && ((from > opened && /^\p{Ll}+['’]s$/u.test(whose.text)) || has(whose, 'Place') || knownPlace(bare(whose)) || c.lex.placeNames.has(bare(whose)))) from++;
  if (from === opened) return false;
  for (let i = from; i < Math.min(toks.length, from + 5); i++) {
    const t = toks[i]!;
    if (/-based$/.test(t.text) || (t.post === '-' && toks[i + 1]?.text === 'based')) return true;
    // ("a Dorrit, Ohio-based maker": a town, a comma and its state before "-based")
    if (i === from && t.post === ', ' && /^\p{Lu}\p{Ll}+$/u.test(t.text)) {
      const state = toks[i + 1];
      if (state && /^\p{Lu}/u.test(state.text) && (/-based$/.test(state.text) || (state.post === '-' && toks[i + 2]?.text === 'based'))) return true;
    }
    // a nationality says whose kind it is: "a British lender", "an American rock band"
    const nation = /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.post === ' ' && (has(t, 'Demonym') || countryOfDemonym(t.text) !== null);
    if (nation) continue;
    // the kind is the noun's head, before any "of" or determiner: not "the participation of this team"
    if (!/^\p{Ll}/u.test(t.text) || POSSESSIVE.test(t.text) || has(t, 'Preposition', 'Determiner', 'Conjunction', 'Pronoun')) return false;
    const next = toks[i + 1];
    // the kind ends the apposition's noun: "the maker of", "the group that", "the lender,"
    // ("second-largest": a hyphen joins the words of one modifier)
    const joined = t.post === '-';
    // ("the retailer controlled by the Castell family": a participle opens what follows)
    const ends = (t.post.trim() !== '' && !joined) || !next || /^(?:of|that|which|whose|in|with|for|from|based|and|owned|controlled|run|backed|led|founded|listed|headquartered)$/.test(next.text);
    if (ends && orgKind(t.text, plural, c)) return true;
    if (t.post.trim() !== '' && !joined) return false;
  }
  return false;
}

/**
 * "the Kurdish Peshmerga", "the Russian Duma": after "the" and a nationality, one word that
 * no lexicon knows (no common word, name, place or plural of a people: not "the Syrian
 * Kurds") is the body of that nation.
 */
function afterNationality(c: ChunkView, from: number): boolean {
  const prev = c.tokens[c.from - 1];
  const t = c.tokens[from]!;
  const w = bare(t);
  // a nationality by the lexicons, or by its ending ("Kurdish", "Nigerian", "Congolese")
  const nation = c.tokens[c.from]!;
  if (!has(nation, 'Demonym') && countryOfDemonym(bare(nation)) === null && !/^\p{Lu}\p{Ll}+(?:ish|ian|ese)$/u.test(nation.text)) return false;
  // (or an acronym: "the Kurdish YPG", "the Russian FSB")
  if (!prev || !/^the$/i.test(prev.text) || !/^(?:\p{Lu}\p{Ll}{3,}|\p{Lu}{3,5})$/u.test(w) || /s$/.test(w)) return false;
  if (lexiconTags(w).length > 0 || isCommonWord(w.toLowerCase()) || isGivenName(w) || isSurname(w) || lexicon('marketIndexes').has(w)) return false;
  return !c.lex.facilityHeads.has(w.toLowerCase()) && !c.lex.orgHeads.has(w.toLowerCase());
}

/**
 * A name in a place only organizations take: after "shares of", "a stake in", "a unit of",
 * "fighters of"; before "'s shares", "'s board"; before "militants", "fighters" (armed
 * groups); or with an apposition naming a kind of organization ("Acme, the Dallas-based
 * maker"). A nationality opening the name is no part of it ("Kurdish Peshmerga fighters").
 */
export const orgContext: NameRule = {
  id: 'org.context',
  strong: false,
  info: [
    rule('org.context', 'ORG', 'a name after a phrase only organizations take ("shares of", "a stake in", "a unit of") or before one ("\'s shares", "\'s board")', 'Investors sold shares of Quorvane on Tuesday.', 'Quorvane'),
    rule('org.armed', 'ORG', 'a name before "militants", "fighters", "rebels" or after "fighters of": an armed group', 'Police said Tarvos Kandu fighters seized the road.', 'Tarvos Kandu'),
    rule('org.after-nationality', 'ORG', 'after "the" and a nationality, one word no lexicon knows: the body of that nation', 'Officers of the Kurdish Zervani retook the village.', 'Zervani'),
    rule('org.apposed-kind', 'ORG', 'a name with an apposition that names a kind of organization ("the Dallas-based maker")', 'The order went to Quorvane, the Dallas-based maker of valves.', 'Quorvane'),
  ],
  read(c) {
    // "Kelby-based Harlowe Bank": the name says where the firm stands, a place
    if (basedAfter(c) || basedAfterTown(c)) return null;
    const last = c.tokens[c.to - 1]!;
    const possessive = POSSESSIVE.test(last.text);
    // "Kurdish Peshmerga fighters": the nationality says whose group it is
    let from = c.from;
    if (c.to - from >= 2 && peopleWord(c.tokens[from]!) && !c.lex.orgHeads.has(bare(last).toLowerCase())) from++;
    const before = from === c.from ? (listedBefore(c, lexicon('orgContextBefore')) ?? listedBeforeList(c, lexicon('orgContextBefore'))) : null;
    // "Ostrava-based Pelnik": what a place names as based in it, with no noun between, is a firm
    if (from === c.from && placeBasedBefore(c) && !placeOrPerson(c, from) && !peopleWord(c.tokens[from]!, false)) return one('ORG', from, c.to, 'org.context');
    if (before && MARKET_PHRASE.test(before + ' ') && !placeOrPerson(c, from, true)) return one('ORG', from, c.to, 'org.context');
    // "shares of Saudi Kelbco", "a stake in Swiss Kelvane": a firm's name may open with its
    // nation's word; the market's phrase takes the whole run, unless the lists know the rest
    // as a firm of its own ("shares of Japanese Toyota")
    if (from > c.from && !possessive) {
      const market = listedBefore(c, lexicon('orgContextBefore'));
      const rest = phrase(c.tokens, from, c.to);
      if (market && MARKET_PHRASE.test(market + ' ') && !placeOrPerson(c, from, true)) return one('ORG', isKnownOrg(rest) || isListedOrg(rest) ? from : c.from, c.to, 'org.context');
    }
    // "Dunmore's net income", "Kelby's chief executive": only a well-known place is one here too
    // (a person by the lexicons keeps that reading: "Obama's chairman")
    if (possessiveBeforeCompanyWord(c) && !placeOrPerson(c, from, true) && !has(c.tokens[from]!, 'Person')) return one('ORG', from, c.to, 'org.context');
    // a place or a person by the lexicons is none, whatever the context says: asked only
    // where a context speaks (the lookups cost more than the context's words)
    // (before the words of shares, one surname is a firm's: "Suzuki shares fell")
    const reading = byContext(c, from, before, possessive);
    return reading && !placeOrPerson(c, from, !possessive && SHARE_WORDS.test(c.tokens[c.to]?.text ?? '')) ? reading : null;
  },
};

/**
 * "the Teamsters union", "the Unite union": between "the" and "union" a trade union's own
 * name, common word or not (a nationality is none: "the Soviet union" written so). Where
 * the name opens, or -1.
 */
function unionNamed(c: ChunkView, from: number): number {
  const opensSentence = c.tokens[from]!.text === 'The' && c.to - from > 1;
  const start = opensSentence ? from + 1 : from;
  const [before, next] = [opensSentence ? c.tokens[from] : c.tokens[from - 1], c.tokens[c.to]];
  if (from !== c.from || !before || !next || !/^(?:the|The)$/.test(before.text) || before.post !== ' ' || c.tokens[c.to - 1]!.post !== ' ' || next.text !== 'union') return -1;
  const nationality = (t: Token) => has(t, 'Demonym') || countryOfDemonym(bare(t)) !== null;
  return c.to - start <= 3 && !nationality(c.tokens[start]!) && !nationality(c.tokens[c.to - 1]!) ? start : -1;
}

/**
 * "Apple chief Tim Cook", "Brellix chief executive Ann Kell": a name, then a title in lower
 * case and a person's full name, is the organization the person holds the title in. An
 * office of a place ("Kelby mayor Tom Hale", "Texas governor") is left to the places' rules.
 */
const FIRM_TITLES = /^(?:chief|chief executive|chief executive officer|ceo|chairman|chairwoman|founder|co-founder|boss)$/;

export function titleBeforePerson(c: ChunkView): boolean {
  const toks = c.tokens;
  const last = toks[c.to - 1]!;
  if (last.post !== ' ' || POSSESSIVE.test(last.text) || !/^\p{Ll}/u.test(toks[c.to]?.text ?? '')) return false;
  let limit = c.to;
  while (limit < toks.length && limit - c.to < 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[limit]!.text) && toks[limit]!.post === ' ') limit++;
  // (the shape of what follows first: a capitalized surname after the words in lower case;
  // most chunks have none, and the lookups below cost more)
  if (limit === c.to || !/^\p{Lu}\p{Ll}/u.test(toks[limit + 1]?.text ?? '')) return false;
  // ("Chief executive officer Tom Hale", "Major general Ivo Marsh": a title's own first word;
  // "Energy analyst Tom Hale": common words are the title's field, unless a lexicon knows the firm)
  const words = toks.slice(c.from, c.to);
  if (words.some((t) => c.lex.titles.has(bare(t).toLowerCase()) || c.lex.titleModifiers.has(bare(t).toLowerCase()))) return false;
  if (titleAt(c, c.to, limit) !== limit) return false;
  // ("Apple chief Tim Cook": a firm the list knows by a common word, before a firm's own
  // title; "Health reporter", "Power analyst" are fields)
  const firmTitle = FIRM_TITLES.test(toks.slice(c.to, limit).map((t) => t.text).join(' '));
  const firmWord = (t: Token) => firmTitle && isCommonWordOrg(bare(t)) && !c.lex.orgHeads.has(bare(t).toLowerCase());
  if (words.every((t) => isCommonWord(bare(t).toLowerCase()) && !lexiconTags(bare(t)).includes('Organization') && !firmWord(t))) return false;
  const [given, surname] = [toks[limit], toks[limit + 1]];
  if (!given || !surname || !(firstName(given) || givenName(given)) || !/^\p{Lu}\p{Ll}/u.test(surname.text)) return false;
  const title = toks.slice(c.to, limit).map((t) => t.text).join(' ');
  return !lexicon('placeOfficeTitles').has(title) && !lexicon('townOfficeTitles').has(title);
}

const CONTRACT = /^(?:contract|contracts)$/;
const WINS = /^(?:won|wins|win|secured|secures|landed|lands|received|receives|got|gets)$/;

/**
 * "The Army awarded Kelvane a $2 billion contract", "Kelvane won a contract from the Navy":
 * whom a contract is awarded to, or who wins one, is a firm (people sign contracts; they win
 * none in news). The contract's noun within five words of its article.
 */
export function contractWon(c: ChunkView): boolean {
  const toks = c.tokens;
  let at = c.to;
  const awarded = /^(?:awarded|awards|award|gave|gives)$/.test(toks[c.from - 1]?.text ?? '') && toks[c.from - 1]!.post === ' ';
  if (!awarded) {
    if (!WINS.test(toks[at]?.text ?? '') || toks[c.to - 1]!.post !== ' ') return false;
    at++;
  }
  if (!/^(?:a|an|the)$/.test(toks[at]?.text ?? '')) return false;
  for (let i = at + 1; i < Math.min(toks.length, at + 6); i++) {
    if (CONTRACT.test(toks[i]!.text)) return true;
    if (/^\p{Lu}/u.test(toks[i]!.text) || toks[i]!.post.trim() === ',') return false;
  }
  return false;
}

/** What the words around the chunk (from `from`) say it is: an organization, or null. */
function byContext(c: ChunkView, from: number, before: string | null, possessive: boolean): Reading | null {
  const last = c.tokens[c.to - 1]!;
  if (before) return one('ORG', from, c.to, 'org.context');
  if (possessive && listedAfter(c, lexicon('orgContextAfter'))) return one('ORG', from, c.to, 'org.context');
  if (possessive && possessedPerson(c)) return one('ORG', from, c.to, 'org.context');
  if (!possessive && bareBeforeMarketWord(c, from)) return one('ORG', from, c.to, 'org.context');
  if (!possessive && from === c.from && titleBeforePerson(c) && !peopleWord(c.tokens[from]!, false)) return one('ORG', from, c.to, 'org.context');
  const union = possessive ? -1 : unionNamed(c, from);
  if (union >= 0) return one('ORG', union, c.to, 'org.context');
  if (!possessive && last.post.trim() === '' && listedAfter(c, lexicon('armedCues'))) {
    // one word of a people or a creed is no group ("Sunni militants", "Houthi rebels")
    const n = c.to - from;
    const article = c.tokens[from]!.post === '-' && /^(?:al|el)$/.test(c.tokens[from]!.text);
    // (one word no dictionary or lexicon knows is a group's too: "Kelvo fighters"; a common
    // word is no name, "Rebel fighters", and a person's are a leader's men, "Haftar fighters")
    const lone = n === 1 && /^\p{Lu}\p{Ll}+$/u.test(last.text) && !isCommonWord(last.text.toLowerCase()) && !has(last, 'Place', 'Demonym', 'Person', 'LastName', 'FirstName') && !isSurname(last.text);
    if ((n >= 2 && !peopleWord(last)) || article || (n === 1 && (from > c.from || lone) && !peopleWord(last))) return one('ORG', from, c.to, 'org.armed');
    return null;
  }
  if (!possessive && from === c.from && contractWon(c)) return one('ORG', from, c.to, 'org.context');
  if (!possessive && from === c.from && apposedKind(c)) return one('ORG', from, c.to, 'org.apposed-kind');
  if (!possessive && from === c.from && whichMakes(c)) return one('ORG', from, c.to, 'org.context');
  if (!possessive && from === c.from && firmClauseAfter(c)) return one('ORG', from, c.to, 'org.context');
  // "Lindqvist, Dunmore and Arkwright, the three biggest lenders": the plural names them all
  if (!possessive && from === c.from && listApposedKind(c)) return one('ORG', from, c.to, 'org.apposed-kind');
  if (from > c.from && c.to - from === 1 && afterNationality(c, from)) return one('ORG', from, c.to, 'org.after-nationality');
  return null;
}
