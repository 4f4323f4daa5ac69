// The name rules, as one ordered list: the first rule that reads a chunk decides it.
// Each rule has an id that travels with the mention (`rule`), so a user can see why.
import type { EntityType } from '../../types.js';
import { lexiconTags, type Token } from '../../nlp/tagger.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { countryOfDemonym } from '../location/demonyms.js';
import { isGazetteerCity } from '../location/gazetteer.js';
import { isAcronymName, isModelNumber } from '../../resolve/names.js';
import type { NameLexicons } from './lexicons.js';
import { isCapitalized } from './chunks.js';

/** A typed part of a chunk, in token indices of the sentence. */
export interface NamePart {
  type: EntityType;
  from: number;
  to: number;
  rule: string;
}

/** A title found before a name: "U.S. Vice President | Joe Biden". */
export interface TitleReading {
  from: number;
  to: number;
  person: NamePart;
  /** the organization or country named just before the title */
  org?: NamePart;
  /** the country a nationality before the title names ("Russian Deputy Foreign Minister") */
  country?: string;
}

export interface Reading {
  parts: NamePart[];
  title?: TitleReading;
}

/** What a rule sees: the sentence's tokens and the chunk's bounds. */
export interface ChunkView {
  tokens: readonly Token[];
  from: number;
  to: number;
  titleCase: boolean;
  lex: NameLexicons;
  /** words the document writes in lower case: evidence that a word is common */
  lowerWords: ReadonlySet<string>;
}

export interface NameRule {
  id: string;
  /** strong rules rest on lexicons, not on capitals, and still apply in headlines */
  strong: boolean;
  read(c: ChunkView): Reading | null;
}

const POSSESSIVE = /['’]s$/i;
export const bare = (t: Token): string => t.text.replace(POSSESSIVE, '').replace(/['’]$/, '');
const lower = (t: Token) => bare(t).toLowerCase();
const has = (t: Token, ...tags: string[]) => tags.some((g) => t.tags.has(g));
const PLACE_LEXICON_TAGS = ['City', 'Country', 'Region', 'Place', 'Continent', 'Island'];
/** A place (a word or a phrase) by compromise's lexicon, not by a guess from context. */
export const knownPlace = (w: string) => lexiconTags(w).some((g) => PLACE_LEXICON_TAGS.includes(g));

/** The chunk's words as written, joined as in the text ("Nunn-Lugar", "Moscow Times"). */
export function phrase(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    s += i === to - 1 ? bare(t) : t.text + (t.post === '-' ? '-' : ' ');
  }
  return s;
}

const one = (type: EntityType, from: number, to: number, rule: string): Reading => ({ parts: [{ type, from, to, rule }] });

/** Could these tokens be a person's name? */
export function personLike(c: ChunkView, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const t = c.tokens[i]!;
    const w = bare(t);
    // a lower-case syllable after a hyphen belongs to the name: "Lee Cheuk-yan"
    const syllable = i > from && c.tokens[i - 1]!.post === '-' && /^\p{Ll}+$/u.test(w);
    if (!syllable && !/^\p{Lu}[\p{L}'’.-]*$/u.test(w)) return false;
    if (w.length > 1 && w === w.toUpperCase() && !/\./.test(w)) return false;
    const l = w.toLowerCase();
    if (c.lex.orgHeads.has(l) || c.lex.titles.has(l) || c.lex.programHeads.has(l)) return false;
    if (c.lex.notNames.has(w) || c.lex.corporateSuffixes.has(w)) return false;
    if (has(t, 'Month', 'WeekDay', 'Date')) return false;
    // a plural noun ("Warhol Polaroids") or a common word at the end ("Ahmed Mohamed Image")
    if (has(t, 'Plural') && !has(t, 'FirstName', 'LastName')) return false;
    // ... unless a known first name opens it ("Tom Cruise", "Jim Press")
    if (i === to - 1 && to - from > 1 && !syllable && isCommonWord(w) && !has(t, 'FirstName', 'LastName') && !has(c.tokens[from]!, 'Person') && !firstName(c.tokens[from]!)) return false;
  }
  return true;
}

/** The longest title (with modifiers) starting at token i, as [i, end), or null. */
function titleAt(c: ChunkView, i: number, limit: number): number | null {
  let best: number | null = null;
  // the title may start after any of the modifiers before it: a modifier can be a title's
  // own first word ("Chief Executive", "General Secretary")
  for (let k = i; k < limit; k++) {
    let p = '';
    for (let j = k; j < limit && j - k < c.lex.titleMaxWords; j++) {
      const t = c.tokens[j]!;
      p += (j > k ? ' ' : '') + t.text.toLowerCase();
      if (c.lex.titles.has(p) && (best === null || j + 1 > best)) best = j + 1;
      // an abbreviated title is listed with its period ("Sen.", "Lt. Gen."), which the token
      // leaves out
      if (t.post.startsWith('.')) {
        p += '.';
        if (c.lex.titles.has(p) && (best === null || j + 1 > best)) best = j + 1;
      }
    }
    if (!c.lex.titleModifiers.has(lower(c.tokens[k]!))) break;
  }
  return best;
}

// Rules that read a prefix before a title (the org or country of the role), and whole chunks.
const knownName: NameRule = {
  id: 'known',
  strong: true,
  read(c) {
    let from = c.from;
    const full = phrase(c.tokens, from, c.to);
    const lex = c.lex;
    const check = (name: string): Reading | null =>
      lex.orgNames.has(name) ? one('ORG', from, c.to, 'org.known')
      : lex.programNames.has(name) ? one('PROGRAM', from, c.to, 'program.known')
      : lex.placeNames.has(name) ? one('LOCATION', from, c.to, 'location.known')
      : null;
    // "The Moscow Times" with "The" left out of the chunk as a sentence opener
    if (from > 0 && /^the$/i.test(c.tokens[from - 1]!.text) && c.tokens[from - 1]!.post.trim() === '') {
      from--;
      const withThe = check(`The ${full}`);
      if (withThe) return withThe;
      from++;
    }
    const hit = check(full);
    if (hit) return hit;
    if (/^the$/i.test(c.tokens[from]!.text) && c.to - from > 1) {
      from++;
      return check(phrase(c.tokens, from, c.to));
    }
    return null;
  },
};

const acronym: NameRule = {
  id: 'acronym',
  strong: true,
  read(c) {
    if (c.to - c.from !== 1) return null;
    const w = bare(c.tokens[c.from]!);
    if (c.lex.placeAcronyms.has(w)) return one('LOCATION', c.from, c.to, 'location.acronym');
    // a place written in capitals, as in a dateline: "VIENNA –"
    if (w.length > 3 && w === w.toUpperCase() && knownPlace(w)) return one('LOCATION', c.from, c.to, 'location.capitals');
    // a common word in capitals is emphasis ("UNLESS"), a Roman numeral counts ("part
    // XVII"): neither is an acronym
    if (isAcronymName(w) && !(w.length >= 4 && isCommonWord(w)) && !ROMAN.test(w)) return one('ORG', c.from, c.to, 'org.acronym');
    return null;
  },
};

const ROMAN = /^(?=[IVXL]{2,}$)L?X{0,3}(?:IX|IV|V?I{0,3})$/;

const programHead: NameRule = {
  id: 'program.head',
  strong: false,
  read(c) {
    const last = c.tokens[c.to - 1]!;
    if (c.to - c.from > 1 && c.lex.programHeads.has(lower(last)) && /^\p{Lu}/u.test(last.text))
      return one('PROGRAM', c.from, c.to, 'program.head');
    // "Treaty on the Non-Proliferation of Nuclear Weapons", "Joint Comprehensive Plan of Action"
    for (let i = c.from; i < c.to - 2; i++) {
      const t = c.tokens[i]!;
      if (/^\p{Lu}/u.test(t.text) && c.lex.programHeads.has(lower(t)) && CONNECTOR_WORDS.has(c.tokens[i + 1]!.text))
        return one('PROGRAM', c.from, c.to, 'program.head-of');
    }
    // a lower-case head after the name: "the Nunn-Lugar program"
    const next = c.tokens[c.to];
    const prev = c.tokens[c.to - 1]!;
    if (next && !POSSESSIVE.test(prev.text) && prev.post.trim() === '' && /^\p{Ll}/u.test(next.text) && c.lex.programHeads.has(next.text.toLowerCase()))
      return one('PROGRAM', c.from, c.to + 1, 'program.name-head');
    return null;
  },
};

const CONNECTOR_WORDS = new Set(['of', 'for', 'on']);

// "Changi International Airport", "Fisht Stadium", "Kennedy Space Center", "Museum of
// Flight": a building or a site named by its head word is a place
const facility: NameRule = {
  id: 'location.facility',
  strong: false,
  read(c) {
    if (c.to - c.from < 2) return null;
    const last = lower(c.tokens[c.to - 1]!);
    const two = c.to - c.from >= 3 ? `${lower(c.tokens[c.to - 2]!)} ${last}` : '';
    const three = c.to - c.from >= 4 ? `${lower(c.tokens[c.to - 3]!)} ${two}` : '';
    if (c.lex.facilityHeads.has(last) || c.lex.facilityHeads.has(two) || c.lex.facilityHeads.has(three)) return one('LOCATION', c.from, c.to, 'location.facility');
    for (let i = c.from; i < c.to - 2; i++)
      if (c.lex.facilityHeads.has(lower(c.tokens[i]!)) && c.tokens[i + 1]!.text === 'of') return one('LOCATION', c.from, c.to, 'location.facility-of');
    return null;
  },
};

const orgHead: NameRule = {
  id: 'org.head',
  strong: false,
  read(c) {
    if (c.to - c.from < 2) return null;
    if (c.lex.orgHeads.has(lower(c.tokens[c.to - 1]!))) return one('ORG', c.from, c.to, 'org.head');
    if (c.lex.corporateSuffixes.has(bare(c.tokens[c.to - 1]!).replace(/\.$/, ''))) return one('ORG', c.from, c.to, 'org.suffix');
    // "Bank of England", "Partnership for Global Security", "Ministry of Defense"
    for (let i = c.from; i < c.to - 2; i++)
      if (c.lex.orgHeads.has(lower(c.tokens[i]!)) && CONNECTOR_WORDS.has(c.tokens[i + 1]!.text)) return one('ORG', c.from, c.to, 'org.head-of');
    return null;
  },
};

const orgCue: NameRule = {
  id: 'org.cue',
  strong: false,
  read(c) {
    const next = c.tokens[c.to];
    const prev = c.tokens[c.to - 1]!;
    if (!next || POSSESSIVE.test(prev.text) || prev.post.trim() !== '') return null;
    return /^\p{Ll}/u.test(next.text) && c.lex.orgCues.has(next.text) ? one('ORG', c.from, c.to, 'org.cue') : null;
  },
};

// "airline Lufthansa", "engine maker Europrop", "manufacturer, Airbus,": a noun naming a
// kind of organization right before a name says what the name is
const orgDescribed: NameRule = {
  id: 'org.described',
  strong: false,
  read(c) {
    const prev = c.tokens[c.from - 1];
    if (!prev || !c.lex.orgDescriptors.has(prev.text)) return null;
    const gap = prev.post.trim();
    // a comma between them only in an apposition closed by another: "maker, Airbus, said"
    if (gap !== '' && !(gap === ',' && c.tokens[c.to - 1]!.post.trim().startsWith(','))) return null;
    return one('ORG', c.from, c.to, 'org.described');
  },
};

// "Valeska Paris, an Australian woman", "K.C. Maurer, chief financial officer": a name
// followed by a comma and a noun phrase headed by a person noun or a title is a person's
const personApposed: NameRule = {
  id: 'person.apposition',
  strong: false,
  read(c) {
    const last = c.tokens[c.to - 1]!;
    if (c.to - c.from < 2 || last.post.trim() !== ',' || !personLike(c, c.from, c.to) || knownPlace(phrase(c.tokens, c.from, c.to))) return null;
    let k = c.to;
    if (/^(?:a|an|the)$/i.test(c.tokens[k]?.text ?? '')) k++;
    // a few modifiers: "an Australian", "a 23-year-old", "the former"
    for (let n = 0; n <= 3 && k < c.tokens.length; n++, k++) {
      const t = c.tokens[k]!;
      const w = t.text.toLowerCase();
      if ((c.lex.personNouns.has(w) || c.lex.titles.has(w)) && /^\p{Ll}/u.test(t.text)) {
        // "..., a Romanian official said": the subject of a clause, not an apposition
        const after = c.tokens[k + 1];
        return after && t.post.trim() === '' && (c.lex.speechVerbs.has(after.text.toLowerCase()) || has(after, 'Verb')) ? null : one('PERSON', c.from, c.to, 'person.apposition');
      }
      if ((t.post.trim() !== '' && t.post.trim() !== '-') || (/^\p{Lu}/u.test(t.text) && !has(t, 'Demonym') && !knownPlace(bare(t)))) return null;
    }
    return null;
  },
};

const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'PresentTense', 'Infinitive']);

/**
 * "Air Canada", "Environment Canada", "Team Estonia": a common noun before a country's name
 * makes the name an organization's (a qualifier of place does not: "Mainland China").
 */
export function commonBeforeCountry(tokens: readonly Token[], from: number, to: number, lex: NameLexicons): boolean {
  if (to - from < 2 || to - from > 3) return false;
  const first = bare(tokens[from]!);
  const l = first.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !isCommonWord(l) || lex.placeQualifiers.has(l)) return false;
  // a noun ("Air", "Environment", "Team"), not an adverb, adjective or function word ("Then")
  if (!lexiconTags(l).every((g) => NOUN_TAGS.has(g))) return false;
  return lexiconTags(phrase(tokens, from + 1, to)).includes('Country');
}

const orgBeforeCountry: NameRule = {
  id: 'org.before-country',
  strong: false,
  read: (c) => (commonBeforeCountry(c.tokens, c.from, c.to, c.lex) ? one('ORG', c.from, c.to, 'org.before-country') : null),
};

// "Houston, Texas", "Livorno, Italy": a name followed by a comma and a known region or
// country is a place in it, whatever else the name could be
const placeInRegion: NameRule = {
  id: 'location.in-region',
  strong: false,
  read(c) {
    const last = c.tokens[c.to - 1]!;
    const next = c.tokens[c.to];
    if (!next || c.to - c.from > 3 || last.post.trim() !== ',' || !/^\p{Lu}/u.test(next.text)) return null;
    const region = lexiconTags(bare(next)).some((g) => g === 'Region' || g === 'Country');
    return region && c.tokens.slice(c.from, c.to).every((t) => /^\p{Lu}/u.test(t.text)) ? one('LOCATION', c.from, c.to, 'location.in-region') : null;
  },
};

const taggedPlace: NameRule = {
  id: 'location.tagged',
  strong: true,
  read(c) {
    // a single word the lexicon knows as a place, whatever its context made of it
    // (a person's tag from context counts only for a word the lexicon knows as a name too:
    // "Victoria", not "Ontario")
    const w = bare(c.tokens[c.from]!);
    if (c.to - c.from === 1 && knownPlace(w) && !(c.tokens[c.from]!.tags.has('Person') && lexiconTags(w).some((g) => /Person|Name/.test(g)))) return one('LOCATION', c.from, c.to, 'location.known-place');
    // qualifiers of place may open it: "New South Wales", "Greater Manchester"
    let first = c.from;
    while (first < c.to - 1 && c.lex.placeQualifiers.has(lower(c.tokens[first]!))) first++;
    for (let i = first; i < c.to; i++) if (!has(c.tokens[i]!, 'Place')) return null;
    // "Helen Ward", "Robert Lane": a first name makes it a person, whatever the suffix says
    if (c.to - c.from > 1 && firstName(c.tokens[c.from]!)) return null;
    // in a headline every word is capitalized and "Site" looks like a place: ask the lexicon
    if (c.titleCase && !c.tokens.slice(c.from, c.to).some((t) => knownPlace(bare(t)))) return null;
    return one('LOCATION', c.from, c.to, 'location.tagged');
  },
};

/** A first name by the tagger or by compromise's lexicon (context may retag it a place). */
const firstName = (t: Token) => has(t, 'FirstName') || lexiconTags(bare(t)).some((g) => /^(?:FirstName|MaleName|FemaleName)$/.test(g));

const taggedPerson: NameRule = {
  id: 'person.tagged',
  strong: true,
  read(c) {
    let person = false;
    let other = false;
    for (let i = c.from; i < c.to; i++) {
      const t = c.tokens[i]!;
      if (has(t, 'Place', 'Organization')) other = true;
      if (has(t, 'Person', 'FirstName', 'LastName')) person = true;
    }
    if (person && !other && personLike(c, c.from, c.to)) return one('PERSON', c.from, c.to, 'person.tagged');
    // a known first name and a surname: context tags do not matter ("Robert Lane")
    if (c.to - c.from >= 2 && c.to - c.from <= 4 && firstName(c.tokens[c.from]!) && personLike(c, c.from, c.to) && !has(c.tokens[c.to - 1]!, 'Organization'))
      return one('PERSON', c.from, c.to, 'person.first-name');
    return null;
  },
};

const taggedOrg: NameRule = {
  id: 'org.tagged',
  strong: false,
  read(c) {
    // compromise reads "Vienna & Geneva" as a firm; two places are two places
    const caps = c.tokens.slice(c.from, c.to).filter((t) => /^\p{Lu}/u.test(t.text));
    if (caps.length > 1 && caps.every((t) => knownPlace(bare(t)))) return null;
    for (let i = c.from; i < c.to; i++) if (has(c.tokens[i]!, 'Organization')) return one('ORG', c.from, c.to, 'org.tagged');
    return null;
  },
};

// "Golts told", "Miller said": a short name followed by a verb of saying
const speaker: NameRule = {
  id: 'person.speaker',
  strong: false,
  read(c) {
    const next = c.tokens[c.to];
    if (!next || c.to - c.from < 2 || !c.lex.speechVerbs.has(next.text.toLowerCase())) return null;
    return personLike(c, c.from, c.to) ? one('PERSON', c.from, c.to, 'person.speaker') : null;
  },
};

// "spokesman Robert Middaugh", "By Yekaterina Kravtsova"
const afterTitle: NameRule = {
  id: 'person.after-title',
  strong: false,
  read(c) {
    const prev = c.tokens[c.from - 1];
    if (!prev || prev.post.trim() !== '') return null;
    const p = prev.text.toLowerCase();
    const byline = p === 'by' && c.from === 1;
    if (!byline && !c.lex.titles.has(p)) return null;
    return personLike(c, c.from, c.to) ? one('PERSON', c.from, c.to, byline ? 'person.byline' : 'person.after-title') : null;
  },
};

// Weekdays and months are dates, not names ("magazine Wednesday"), unless inside a name.
const dateOnly: NameRule = {
  id: 'date-word',
  strong: true,
  read(c) {
    for (let i = c.from; i < c.to; i++) if (!has(c.tokens[i]!, 'Date', 'WeekDay', 'Month')) return null;
    return { parts: [] };
  },
};

// "CEO", "UTC", "TV": capitalized, but no name; "Russian", "European": a nationality, not
// a place or an organization (whatever its context made of it); "Dow Jones Industrial
// Average", "the Nikkei": a market index; "Boeing 747", "FTSE 100": a product or an index;
// "Google Science Fair": an event
const notName: NameRule = {
  id: 'not-name',
  strong: true,
  read(c) {
    const lastToken = c.tokens[c.to - 1]!;
    const last = bare(lastToken);
    const t = c.tokens[c.from]!;
    const nationality = (has(t, 'Demonym') && !has(t, 'Place')) || (lexiconTags(bare(t)).includes('Demonym') && !knownPlace(bare(t)));
    if (c.to - c.from === 1 && (c.lex.notNames.has(last) || nationality)) return { parts: [] };
    if (c.lex.marketIndexes.has(phrase(c.tokens, c.from, c.to))) return { parts: [] };
    const next = c.tokens[c.to];
    if (next && lastToken.post === ' ' && !POSSESSIVE.test(lastToken.text) && isModelNumber(next.text)) return { parts: [] };
    // an event: "Worldwide Developers Conference", "FIFA World Cup"
    if (c.to - c.from > 1 && /^\p{Lu}/u.test(last) && c.lex.eventHeads.has(last.toLowerCase())) return { parts: [] };
    return c.to - c.from > 1 && INDEX_HEADS.has(last) ? { parts: [] } : null;
  },
};
const INDEX_HEADS = new Set(['Average', 'Index', 'Composite']);

/**
 * Names compromise does not know ("Hamdullah Mohib", "Lee Cheuk-yan"): two or three
 * capitalized words that no lexicon knows as common words, outside headlines.
 */
const personShape: NameRule = {
  id: 'person.shape',
  strong: false,
  read(c) {
    const n = c.to - c.from;
    if (n < 2 || n > 4 || !personLike(c, c.from, c.to)) return null;
    for (let i = c.from; i < c.to; i++) {
      const t = c.tokens[i]!;
      const w = bare(t);
      if (c.lowerWords.has(w.toLowerCase()) || /\.$/.test(w) && w.length > 2) return null;
      if (has(t, 'Place', 'Organization', 'Demonym', 'Acronym')) return null;
      const known = lexiconTags(w);
      if (known.length && !known.some((g) => /Name|Person|Honorific/.test(g))) return null;
      if (isCommonWord(w) && !has(t, 'FirstName', 'LastName', 'Person')) return null;
    }
    return one('PERSON', c.from, c.to, 'person.shape');
  },
};

// "Wu Chi-wai of the Democratic Party", "Biden of Delaware": a person, then where from
const personOf: NameRule = {
  id: 'person.of',
  strong: false,
  read(c) {
    let k = c.from + 1;
    while (k < c.to - 1 && c.tokens[k]!.text !== 'of') k++;
    if (k >= c.to - 1) return null;
    const left = { ...c, to: k };
    const person = taggedPerson.read(left) ?? personShape.read(left);
    if (!person) return null;
    const from = c.tokens[k + 1]!.text === 'the' ? k + 2 : k + 1;
    const right = from < c.to ? readChunk({ ...c, from }) : null;
    return { parts: [...person.parts, ...(right?.parts ?? []).filter((p) => p.type !== 'PERSON')] };
  },
};

/**
 * "NASA Bill Ingalls", "Chrysler LLC Jim Press", "Education Stefania Giannini": a person's
 * full name, opened by a known first name, after an organization or a place in one run of
 * capitals is a person of its own; what stands before it is read alone.
 */
const personAfterName: NameRule = {
  id: 'person.after-name',
  strong: false,
  read(c) {
    for (let k = c.from + 1; k < c.to - 1; k++) {
      if (!firstName(c.tokens[k]!) || c.to - k > 3 || !personLike(c, k, c.to)) continue;
      const before = c.tokens.slice(c.from, k);
      // "Martin Luther King", "Mary Ann Evans": a name before it makes one longer name
      // ("L. Ron Hubbard": an initial too; context's person tags spill onto the words before
      // a name, so only the lexicon's names count here)
      if (before.some((t) => firstName(t) || has(t, 'LastName', 'Honorific') || /^\p{Lu}\.?$/u.test(t.text))) return null;
      if (!isCapitalized(c.tokens[k - 1]!) || c.tokens.slice(k, c.to).some((t) => c.lex.facilityHeads.has(lower(t)))) return null;
      // what stands before is a name of another kind, or common words ("Education"); an
      // unknown word is more likely a first name the lexicon lacks ("Hernan Dario Gomez")
      const left = readChunk({ ...c, to: k });
      const named = (left?.parts ?? []).filter((p) => p.type !== 'PERSON');
      if (!named.length && !before.every((t) => isCommonWord(bare(t)))) return null;
      return { parts: [...named, { type: 'PERSON', from: k, to: c.to, rule: 'person.after-name' }] };
    }
    return null;
  },
};

/**
 * "Apple released", "Airbus said": a lone capitalized word inside a sentence, doing what a
 * verb says, that no lexicon types is most often an organization in news (people are
 * introduced by full name first; their surnames are joined back to them in resolution).
 */
const AUXILIARIES = new Set('has had have is was will would could can may might must plans wants expects announced'.split(' '));

const orgSubject: NameRule = {
  id: 'org.subject',
  strong: false,
  read(c) {
    if (c.to - c.from !== 1 || c.from === 0) return null;
    const t = c.tokens[c.from]!;
    const next = c.tokens[c.to];
    const w = bare(t);
    if (!next || t.post.trim() !== '' || !/^\p{Lu}\p{Ll}{2,}$/u.test(w)) return null;
    if (has(t, 'Person', 'FirstName', 'LastName', 'Place', 'Demonym', 'Date', 'Pronoun', 'Honorific')) return null;
    // a function word after an opening quote: "How can ...", "There is ..."
    if (has(t, 'QuestionWord', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'There')) return null;
    if (c.lowerWords.has(w.toLowerCase()) || c.lex.titles.has(w.toLowerCase())) return null;
    // a past tense, a verb of saying or an auxiliary: present-tense forms are too often
    // plural nouns that compromise read as verbs ("Soviet states")
    const n = next.text.toLowerCase();
    const verb = (has(next, 'PastTense') && has(next, 'Verb')) || c.lex.speechVerbs.has(n) || AUXILIARIES.has(n);
    return verb ? one('ORG', c.from, c.to, 'org.subject') : null;
  },
};

// a city of the gazetteer that nothing before typed ("in Herat", "near Severodvinsk"): the
// whole chunk is the city's name as written, and a one-word name needs a preposition of
// place before it (cities share names with heroes and myths: "Batman", "Atlantis")
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'around', 'to', 'across', 'toward', 'towards', 'via', 'between', 'into']);
const gazetteerPlace: NameRule = {
  id: 'location.gazetteer',
  strong: true,
  read(c) {
    if (!isGazetteerCity(phrase(c.tokens, c.from, c.to))) return null;
    const before = c.tokens[c.from - 1];
    if (c.to - c.from === 1 && !(before && PLACE_PREPOSITIONS.has(lower(before)) && before.post.trim() === '')) return null;
    return one('LOCATION', c.from, c.to, 'location.gazetteer');
  },
};

/** Rules for a whole chunk or the part of it before a title, in order. */
export const CHUNK_RULES: readonly NameRule[] = [dateOnly, notName, personOf, personAfterName, knownName, acronym, orgDescribed, orgBeforeCountry, programHead, facility, orgHead, orgCue, personApposed, placeInRegion, taggedPlace, taggedPerson, taggedOrg, speaker, afterTitle, gazetteerPlace, personShape, orgSubject];

/** "U.S.-Russian New START": a leading compound of places describes the name, it is not part of it. */
function placeCompound(t: Token): boolean {
  const parts = bare(t).split('-');
  return parts.length > 1 && parts.every((p) => /^\p{Lu}/u.test(p)) && has(t, 'Acronym', 'Demonym', 'Place') ;
}

/** A program's name takes the lower-case head word after it: "Nunn-Lugar" + "program". */
function withProgramHead(c: ChunkView, r: Reading): Reading {
  const next = c.tokens[c.to];
  const last = c.tokens[c.to - 1]!;
  if (!next || last.post.trim() !== '' || POSSESSIVE.test(last.text) || !/^\p{Ll}/u.test(next.text) || !c.lex.programHeads.has(next.text)) return r;
  return { ...r, parts: r.parts.map((p) => (p.type === 'PROGRAM' && p.to === c.to ? { ...p, to: c.to + 1 } : p)) };
}

/** Reads a chunk with the first rule that applies (only strong rules in a headline). */
export function readChunk(c: ChunkView): Reading | null {
  if (c.to - c.from > 1 && placeCompound(c.tokens[c.from]!)) c = { ...c, from: c.from + 1 };
  for (const rule of CHUNK_RULES) {
    if (c.titleCase && !rule.strong) continue;
    const r = rule.read(c);
    if (r) return withProgramHead(c, r);
  }
  return null;
}

/**
 * "U.S. Vice President Joe Biden": a title inside a chunk with a name after it. The
 * person is what follows the title; what precedes it is read by the chunk rules.
 */
export function readTitled(c: ChunkView): Reading | null {
  for (let i = c.from; i < c.to - 1; i++) {
    const end = titleAt(c, i, c.to - 1);
    if (end === null || !personLike(c, end, c.to)) continue;
    const person: NamePart = { type: 'PERSON', from: end, to: c.to, rule: 'person.title-name' };
    const parts = [person];
    let org: NamePart | undefined;
    let country: string | undefined;
    let from = i;
    if (i > c.from) {
      const before = readChunk({ ...c, to: i });
      const p = before?.parts.find((x) => x.type !== 'PERSON' && x.to === i);
      if (before) parts.push(...before.parts.filter((x) => x.type !== 'PERSON'));
      if (p) org = p;
      // proper names before a title name its organization ("Apple CEO Steve Jobs"); other
      // words are part of the title ("Energy Secretary"), but a nationality only says whose
      // the title is ("Russian Deputy Foreign Minister")
      else if (!before || before.parts.length === 0) {
        let k = c.from;
        while (k < i && has(c.tokens[k]!, 'Demonym')) k++;
        const head = c.tokens.slice(i, end).map((t) => lower(t)).filter((w) => !c.lex.titleModifiers.has(w)).join(' ');
        const proper =
          k < i &&
          !c.lex.domainTitles.has(head) &&
          c.tokens.slice(k, i).every((t) => has(t, 'ProperNoun') && !c.lowerWords.has(bare(t).toLowerCase()) && !c.lex.titleModifiers.has(lower(t)) && !c.lex.titles.has(lower(t)));
        if (proper) {
          org = { type: 'ORG', from: k, to: i, rule: 'org.before-title' };
          parts.push(org);
        } else from = k;
        if (k > c.from) country = countryOfDemonym(bare(c.tokens[k - 1]!)) ?? undefined;
      }
    }
    return { parts, title: { from, to: end, person, org, country } };
  }
  return null;
}
