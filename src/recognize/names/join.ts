// Chunks that the chunker cut apart but that are one name: across "and" ("Grain and
// Exchange Board", "Department of Physics and Astronomy"), an ampersand ("Procter &
// Gamble"), a possessive ("Farmer's Mutual Bank", "McDonald's Corp.") or a comma between
// military units ("3rd Battalion, 5th Marines").
import type { Token } from '../../types.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { lexicon } from '../../lexicon/registry.js';
import { knownPlace } from '../location/known-place.js';
import { isKnownOrg } from '../org/known-orgs.js';
import { isListedOrg } from '../org/listed-orgs.js';
import { isOrdinal, isUnitHead } from '../org/unit.js';
import { firstName } from '../person/first-name.js';
import { isDateWord, type Chunk } from './chunks.js';
import type { NameLexicons } from './lexicons.js';
import { bare, phrase } from './view.js';

/**
 * The shape of a firm named by an ampersand: one word each side ("Procter & Gamble",
 * "Ernst & Young"), or a name ending in a company's head word or suffix ("Harlow & Finch
 * Co.", "Smith & Sons Holdings"). Not two people ("Karl Langdon & Ann Hale"), a first name
 * on either side ("Tom & Jerry"), or two places ("Vienna & Geneva").
 */
function firmAmpersand(toks: readonly Token[], a: Chunk, b: Chunk, lex: NameLexicons): boolean {
  // "Morgan Stanley & Co.", "J.P. Morgan & Co.": a suffix alone after the ampersand
  if (b.to - b.from === 1 && lex.corporateSuffixes.has(bare(toks[b.from]!).replace(/\.$/, '')) && a.to - a.from <= 3) return true;
  // (a first name before the ampersand alone opens a firm as often: "Ernst & Young", "Simon &
  // Schuster"; one after it, a pair: "Tom & Jerry", "Will & Grace")
  const single = a.to - a.from === 1 && b.to - b.from === 1;
  if ((!single && firstName(toks[a.from]!)) || firstName(toks[b.from]!)) return false;
  if (knownPlace(phrase(toks, a.from, a.to)) && knownPlace(phrase(toks, b.from, b.to))) return false;
  const last = bare(toks[b.to - 1]!);
  // ("Pacific Gas & Electric", "Kongsberg Defence & Aerospace": one sector's or a firm's
  // head word after the ampersand ends the firm's name)
  const headed = (b.to - b.from >= 2 && (lex.orgHeads.has(last.toLowerCase()) || lex.corporateSuffixes.has(last.replace(/\.$/, '')))) || (b.to - b.from === 1 && lexicon('companyHeads').has(last.toLowerCase()));
  return (a.to - a.from === 1 && (b.to - b.from === 1 || headed)) || (a.to - a.from === 2 && headed);
}

/**
 * "Wachtell, Lipton, Rosen & Katz", "Skadden, Arps, Slate, Meagher & Flom": a partnership
 * names its partners' surnames in a list before the ampersand; one capitalized word each,
 * no known place or first name (a list of places or people goes on with "and"), and the
 * last chunk a one-word firm (the ampersand's "Rosen & Katz"). Merges them into it.
 */
function partnersBefore(out: Chunk[], lex: NameLexicons): void {
  const firm = out[out.length - 1]!;
  const toks = firm.sentence.tokens;
  if (toks[firm.from]!.post.trim() !== '&') return;
  let from = out.length - 1;
  while (from > 0) {
    const p = out[from - 1]!;
    const t = toks[p.from]!;
    if (p.to !== out[from]!.from || p.to - p.from !== 1 || t.post !== ', ' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) break;
    // (a firm the lists know is a list's item of its own: "Pfizer, Merck, Johnson & Johnson")
    if (knownPlace(t.text) || firstName(t) || lex.orgHeads.has(t.text.toLowerCase()) || isKnownOrg(t.text) || isListedOrg(t.text) || lex.orgNames.has(t.text)) break;
    from--;
  }
  if (from === out.length - 1) return;
  out.splice(from, out.length - from, { ...out[from]!, to: firm.to });
}

/** A word that is a name of its own: a known place, or a person's or place's name by its tags. */
const standsAlone = (t: Token): boolean => knownPlace(bare(t)) || ['Person', 'FirstName', 'Place', 'Acronym'].some((g) => t.tags.has(g));

/** A common noun's possessive ("Farmer's", "People's"): no name, date, title or place of its own. */
function commonPossessive(t: Token, lex: NameLexicons): boolean {
  if (!/^\p{Lu}\p{Ll}+['’]s$/u.test(t.text) || t.post !== ' ') return false;
  const w = bare(t);
  if (!isCommonWord(w.toLowerCase()) || lex.titles.has(w.toLowerCase()) || lex.orgNames.has(w) || isKnownOrg(w) || knownPlace(w)) return false;
  return !['Date', 'WeekDay', 'Month', 'Person', 'FirstName', 'Place', 'Demonym'].some((g) => t.tags.has(g));
}

/** "People's Republic of China", "Lao People's Democratic Republic": the people's state, a place's name. */
const peoplesRealm = (toks: readonly Token[], last: Token, c: Chunk): boolean =>
  PEOPLES.test(last.text) && (lexicon('realmHeads').has(bare(toks[c.from]!).toLowerCase()) || lexicon('realmHeads').has(bare(toks[c.to - 1]!).toLowerCase()));

/** How many capitalized words end the chunk: 2 for "Zardari of the Pakistan People's". */
function capitalsAtEnd(toks: readonly Token[], c: Chunk): number {
  let n = 0;
  while (n < c.to - c.from && /^\p{Lu}/u.test(toks[c.to - 1 - n]!.text)) n++;
  return n;
}

/** "St. Mary's", "Saint Anne's", "King's", "Queen's": a possessive of a saint or a sovereign. */
function dedication(toks: readonly Token[], c: Chunk): boolean {
  const last = toks[c.to - 1]!;
  if (!/^\p{Lu}\p{Ll}+['’]s$/u.test(last.text) || last.post !== ' ') return false;
  if (c.to - c.from === 1) return /^(?:King|Queen|Prince|Princess)['’]s$/.test(last.text);
  return c.to - c.from === 2 && /^(?:St\.?|Saint|Ste\.?)$/.test(toks[c.from]!.text);
}

/** "Bank of", "Institute for": a chunk holding an organization's head word and its connector. */
function headOf(toks: readonly Token[], c: Chunk, lex: NameLexicons): boolean {
  for (let i = c.from; i < c.to - 2; i++) if (lex.orgHeads.has(bare(toks[i]!).toLowerCase()) && lexicon('headConnectors').has(toks[i + 1]!.text)) return true;
  return false;
}

/** A capitalized common word naming a field ("Astronomy", "Sciences"): no name, title or org of its own. */
function fieldWord(t: Token, lex: NameLexicons): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const w = t.text.toLowerCase();
  // (a word a firm's name may end in is a field's word too: "International Studies")
  return isCommonWord(w) && !lex.titles.has(w) && (!lex.orgHeads.has(w) || lexicon('companyHeads').has(w)) && !lex.orgNames.has(t.text) && !isKnownOrg(t.text) && !standsAlone(t) && !isDateWord(t);
}

/**
 * "Health and Human Services", "Agriculture and Rural Development", "Finance and Public
 * Credit": two or three common words after "and" name a second field a "<head> of" name
 * covers, when the last is no head of a body of its own ("... and Central Bank", "... and
 * Foreign Office" are two bodies; "Services" stands alone in no name).
 */
function fieldPhrase(toks: readonly Token[], c: Chunk, lex: NameLexicons): boolean {
  if (c.to - c.from < 2 || c.to - c.from > 3) return false;
  // ("... and Western Digital": a firm the lists know is a body of its own)
  const whole = phrase(toks, c.from, c.to);
  if (isListedOrg(whole) || isKnownOrg(whole) || lex.orgNames.has(whole)) return false;
  const last = toks[c.to - 1]!.text.toLowerCase();
  if (lex.orgHeads.has(last) && !lexicon('notAloneHeads').has(last)) return false;
  for (let i = c.from; i < c.to; i++) {
    const t = toks[i]!;
    if (i < c.to - 1 && t.post !== ' ') return false;
    if (!fieldWord(t, lex) && !(i === c.to - 1 && lexicon('notAloneHeads').has(last) && /^\p{Lu}\p{Ll}+$/u.test(t.text))) return false;
  }
  return true;
}

/**
 * A possessive before a firm's legal name: the suffix alone ("McDonald's Corp.") or common
 * words and a suffix ("Nicholson's Broadcasting Service Ltd"), not a place's ("Britain's
 * Acme Group") nor a possessive before another name ("Buffett's Berkshire Hathaway Inc.").
 */
function firmPossessive(toks: readonly Token[], last: Token, c: Chunk, lex: NameLexicons): boolean {
  if (!/^\p{Lu}[\p{L}-]*['’]s$/u.test(last.text) || last.post !== ' ') return false;
  const w = bare(last);
  if (knownPlace(w) || last.tags.has('Demonym') || last.tags.has('Place')) return false;
  // a legal form, not a group's head word: "Kelby's Acme Holdings" is a group named after its owner
  if (!lex.corporateSuffixes.has(bare(toks[c.to - 1]!).replace(/\.$/, '')) || ['Group', 'Holdings'].includes(bare(toks[c.to - 1]!))) return false;
  return toks.slice(c.from, c.to - 1).every((t) => isCommonWord(bare(t).toLowerCase()) || lex.corporateSuffixes.has(bare(t).replace(/\.$/, '')));
}

const PEOPLES = /^People['’]s$/;

/** "Strategic", "International": a word with an adjective's ending, which ends no name. */
const adjectiveOnly = (t: Token): boolean => /^\p{Lu}\p{Ll}+(?:ic|al|ary|ive|ous)$/u.test(t.text);

/** "... and Treasury officials": a lower-case noun after the word makes it a modifier. */
const nounAfter = (t: Token | undefined): boolean => !!t && /^\p{Ll}/u.test(t.text) && t.tags.has('Noun') && !t.tags.has('Verb');

/**
 * "the 10th Army Air and Missile Defense Command": the chunker gives an ordinal only to a
 * chunk that ends in a unit's head word, so a unit named across "and" takes it back here.
 */
function withUnitOrdinal(c: Chunk): Chunk {
  const toks = c.sentence.tokens;
  const before = toks[c.from - 1];
  return before && before.post === ' ' && isOrdinal(before) && isUnitHead(toks[c.to - 1]!) ? { ...c, from: c.from - 1 } : c;
}

/** A military unit's name: an ordinal and a unit's head word ("3rd Battalion"). */
const isUnit = (toks: readonly Token[], c: Chunk): boolean => c.to - c.from >= 2 && isOrdinal(toks[c.from]!) && isUnitHead(toks[c.to - 1]!);

/**
 * "Senate Energy and Water Development Subcommittee", "Grain and Feed Board": two chunks
 * joined by "and" are one name when the second ends in an organization's head word and
 * the first does not (and is a common word, no name of its own: not "Britain and ...").
 * "Harlow & Finch Co.", "Procter & Gamble": an ampersand joins one firm's name (see
 * firmAmpersand).
 */
/**
 * "Senate Energy" before "and Water Development Subcommittee": a word of an industry after
 * common words or heads alone is a field the name covers, not a firm (not "Dunmore Energy").
 */
function sectorField(toks: readonly Token[], c: Chunk, lex: NameLexicons): boolean {
  if (!lexicon('sectorHeads').has(bare(toks[c.to - 1]!).toLowerCase())) return false;
  for (let i = c.from; i < c.to - 1; i++) {
    const w = bare(toks[i]!).toLowerCase();
    if (!isCommonWord(w) && !lex.orgHeads.has(w)) return false;
  }
  return true;
}

/**
 * "Securities and Exchange Commission", "Industries and Trade Ministry": a company's head word
 * alone before "and" names a trade the body covers, when a common word follows "and" (not
 * "Motors and Kelby Bank", two names).
 */
function tradeAlone(toks: readonly Token[], prev: Chunk, c: Chunk, lex: NameLexicons): boolean {
  let from = prev.to - prev.from === 2 && /^the$/i.test(toks[prev.from]!.text) ? prev.from + 1 : prev.from;
  // ("U.S. Securities and Exchange Commission", "Kelvanian Industries and Trade Ministry": the
  // land whose body it is may open it)
  const land = toks[from]!;
  if (prev.to - from === 2 && (knownPlace(bare(land)) || lex.placeAcronyms.has(bare(land)) || land.tags.has('Demonym') || land.tags.has('Place'))) from++;
  if (prev.to - from !== 1 || !lexicon('companyHeads').has(bare(toks[from]!).toLowerCase())) return false;
  return fieldWord(toks[c.from]!, lex) || lex.orgHeads.has(bare(toks[c.from]!).toLowerCase());
}

/**
 * "the Iraqi News Agency INA said", "the Kelby Trade Authority KTA": an acronym after a
 * body's name, with no brackets, is the body's short name, a name of its own: the chunk
 * ends before it when its letters are the name's initials or the name ends in a head word.
 */
/** A legal form as the lists write it or in capitals: "Tbk" and "TBK", "Bhd" and "BHD". */
let upperForms: ReadonlySet<string> | undefined;
const legalForm = (a: string, lex: NameLexicons): boolean => lex.corporateSuffixes.has(a) || (upperForms ??= new Set([...lex.corporateSuffixes].map((s) => s.toUpperCase()))).has(a);

function trailingAcronym(c: Chunk, lex: NameLexicons): Chunk[] {
  const toks = c.sentence.tokens;
  if (c.to - c.from < 3 || c.titleCase) return [c];
  const last = toks[c.to - 1]!;
  const before = toks[c.to - 2]!;
  const a = bare(last);
  // (a legal form or a land's letters end the name: "Kelby Bank AG", "Kelby Group USA")
  if (before.post !== ' ' || !/^\p{Lu}{2,6}$/u.test(a) || legalForm(a, lex) || lex.placeAcronyms.has(a)) return [c];
  const words = toks.slice(c.from, c.to - 1).map((t) => bare(t)).filter((w) => /^\p{Lu}/u.test(w));
  const initials = words.map((w) => w[0]).join('');
  // (two letters after a head word may be a club's: "Kelby Athletic FC")
  if (initials !== a && !(a.length >= 3 && lex.orgHeads.has(bare(before).toLowerCase()))) return [c];
  return [{ ...c, to: c.to - 1 }, { ...c, from: c.to - 1 }];
}

/**
 * Where a name the lexicons know whole opens, when it runs from the chunk before "and" to the
 * end of the chunk after it: the chunk's first word, or the first capital after its last small
 * word; -1 when there is none. Only a short name on each side (a list goes on otherwise).
 */
function knownAcrossAnd(toks: readonly Token[], prev: Chunk, c: Chunk, lex: NameLexicons): number {
  if (c.to - c.from > 3) return -1;
  const small = lastSmallWord(toks, prev);
  const starts = small > prev.from ? [small + 1] : [prev.from];
  // ("The Globe and Mail": the article the name is listed with, or without it)
  if (/^the$/i.test(toks[starts[0]!]!.text) && starts[0]! + 1 < prev.to) starts.push(starts[0]! + 1);
  for (const from of starts) {
    if (prev.to - from > 3) continue;
    const p = phrase(toks, from, c.to);
    if (knownPlace(p) || lex.placeNames.has(p) || lex.orgNames.has(p) || isKnownOrg(p) || isListedOrg(p)) return from;
  }
  return -1;
}

/** The index of the last lower-case word inside a chunk ("of" in "Shares of Procter"), or -1. */
function lastSmallWord(toks: readonly Token[], c: Chunk): number {
  for (let i = c.to - 1; i > c.from; i--) if (/^\p{Ll}/u.test(toks[i]!.text)) return i;
  return -1;
}

export function joinAcrossAnd(chunks: Chunk[], lex: NameLexicons): Chunk[] {
  const out: Chunk[] = [];
  for (const c of chunks.flatMap((x) => trailingAcronym(x, lex))) {
    const prev = out[out.length - 1];
    const toks = c.sentence.tokens;
    const last = prev && toks[prev.to - 1]!;
    const ampersand = prev && last && c.from === prev.to && last.post.trim() === '&' && !/['’]s$/i.test(last.text);
    // "3rd Battalion, 5th Marines": a unit and the unit it belongs to, one name
    if (prev && last && c.from === prev.to && last.post === ', ' && isUnit(toks, prev) && isUnit(toks, c)) {
      out[out.length - 1] = { ...prev, to: c.to };
      continue;
    }
    // "Farmer's Mutual Bank", "Children's Hospital", "People's Bank of China": a common noun's
    // possessive opens a name ending in an organization's head word, or holding one before
    // "of" (not "Russia's Foreign Ministry")
    // ("Tigray People's Liberation Front", "the People's Liberation Army": "People's" names
    // a body's members after any name)
    if (prev && last && c.from === prev.to && (prev.to - prev.from === 1 || (PEOPLES.test(last.text) && capitalsAtEnd(toks, prev) <= 3)) && commonPossessive(last, lex) && (lex.orgHeads.has(bare(toks[c.to - 1]!).toLowerCase()) || headOf(toks, c, lex) || peoplesRealm(toks, last, c))) {
      out[out.length - 1] = { ...prev, to: c.to };
      continue;
    }
    // "St. Mary's Hospital", "King's College", "Queen's University": a saint's or a
    // sovereign's possessive opens the name of the body or building dedicated to them
    if (prev && last && c.from === prev.to && dedication(toks, prev) && (lex.orgHeads.has(bare(toks[c.to - 1]!).toLowerCase()) || lex.facilityHeads.has(bare(toks[c.to - 1]!).toLowerCase()))) {
      out[out.length - 1] = { ...prev, to: c.to };
      continue;
    }
    // "Moody's Investors Service Inc.", "Hale's Ltd.": a possessive opens a firm's legal name
    if (prev && last && c.from === prev.to && prev.to - prev.from === 1 && firmPossessive(toks, last, c, lex)) {
      out[out.length - 1] = { ...prev, to: c.to };
      continue;
    }
    if (ampersand && firmAmpersand(toks, prev, c, lex)) {
      out[out.length - 1] = { ...prev, to: c.to };
      partnersBefore(out, lex);
      continue;
    }
    // "Shares of Procter & Gamble rose": the ampersand joins the capitals after the last small
    // word of a chunk ("Shares of | Procter & Gamble")
    const small = ampersand ? lastSmallWord(toks, prev) : -1;
    if (prev && small > prev.from && small + 1 < prev.to && firmAmpersand(toks, { ...prev, from: small + 1 }, c, lex)) {
      out[out.length - 1] = { ...prev, to: small };
      out.push({ ...prev, from: small + 1, to: c.to });
      continue;
    }
    const andBetween = prev && last && c.from === prev.to + 1 && /^(?:and|&)$/.test(toks[prev.to]!.text) && last.post.trim() === '';
    // "Bosnia and Herzegovina", "The Globe and Mail": a name the lexicons know whole, "and"
    // inside it (from the chunk's first word, or its capitals after a small word: "Ann Roe of
    // | The Globe and Mail")
    const known = andBetween ? knownAcrossAnd(toks, prev, c, lex) : -1;
    if (known >= 0) {
      // (the words before the name stay a chunk of their own, "Ann Roe", and "The" before it goes)
      const small = lastSmallWord(toks, prev);
      const before = small > prev.from ? small : prev.from;
      if (before > prev.from) out[out.length - 1] = { ...prev, to: before };
      else out.pop();
      out.push({ ...prev, from: known, to: c.to });
      continue;
    }
    // "Department of Physics and Astronomy", "Institute of Arts and Sciences": one common
    // word after "and" ends the field a "<head> of" name covers (not "... and FBI agents")
    // ("Organization for Security and Co-operation": a prefix and its hyphen make one word)
    const prefixed = c.to - c.from === 2 && toks[c.from]!.post === '-' && /^\p{Lu}\p{Ll}+$/u.test(toks[c.from]!.text) && /^\p{Ll}+$/u.test(toks[c.from + 1]!.text) && isCommonWord((toks[c.from]!.text + toks[c.from + 1]!.text).toLowerCase());
    if (andBetween && headOf(toks, prev, lex) && ((c.to - c.from === 1 && fieldWord(toks[c.from]!, lex)) || prefixed || fieldPhrase(toks, c, lex)) && !nounAfter(toks[c.to])) {
      out[out.length - 1] = { ...prev, to: c.to };
      continue;
    }
    // "Center for Strategic and International Studies": a "<head> for" name ending in an
    // adjective is not complete; the field words after "and" finish it (not "Department of
    // Justice and Homeland Security", two bodies)
    if (andBetween && headOf(toks, prev, lex) && adjectiveOnly(last) && c.to - c.from <= 3 && toks.slice(c.from, c.to).every((t) => fieldWord(t, lex)) && !nounAfter(toks[c.to])) {
      out[out.length - 1] = { ...prev, to: c.to };
      continue;
    }
    if (
      andBetween &&
      // "University of Kelby and Dunmore College": a "<head> of" name is complete, and so is
      // a name listed in full, on either side ("Lockheed Martin and BAE Systems", "Kelby
      // Partners and Harvard University")
      !headOf(toks, prev, lex) &&
      // ... and so is a chunk after "and" with a small word inside, or a person's and the
      // body's ("Leung Yiu-chung of NWSC and James To of the Democratic Party")
      lastSmallWord(toks, c) < 0 &&
      !isListedOrg(phrase(toks, prev.from, prev.to)) &&
      !isListedOrg(phrase(toks, c.from, c.to)) &&
      // ... and so is a firm's legal name ("Harlow Finch & Co and Kelby Holdings Inc")
      !lex.corporateSuffixes.has(bare(last).replace(/\.$/, '')) &&
      lex.orgHeads.has(bare(toks[c.to - 1]!).toLowerCase()) &&
      // ("the Dallas Morning News and Houston Post": "News" ends a newsroom's name, as a head would)
      ((!lex.orgHeads.has(bare(last).toLowerCase()) && !(prev.to - prev.from >= 2 && bare(last) === 'News')) || sectorField(toks, prev, lex) || tradeAlone(toks, prev, c, lex)) &&
      (prev.to - prev.from >= 2 || (/^\p{Lu}\p{Ll}+$/u.test(last.text) && isCommonWord(last.text.toLowerCase()) && !lex.titles.has(last.text.toLowerCase()) && !standsAlone(last)))
    ) {
      out[out.length - 1] = withUnitOrdinal({ ...prev, to: c.to });
      continue;
    }
    out.push(c);
  }
  return out;
}
