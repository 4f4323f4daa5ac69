import { lexicon } from '../../lexicon/registry.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { countryOfDemonym } from '../location/demonyms.js';
import { isGazetteerCity } from '../location/gazetteer.js';
import { isCommonWord } from '../../nlp/dictionary.js';
import { isCommonWordOrg, isKnownOrg } from './known-orgs.js';
import { listOfWords, listSiblings } from '../names/list-items.js';
import { bare, has, one, rule, type NameRule } from '../names/view.js';
import type { Token } from '../../types.js';
import { inStatement, invertedAttribution } from '../shared/attribution.js';

/**
 * "Apple released", "Airbus said": a lone capitalized word inside a sentence, doing what a
 * verb says, that no lexicon types is most often an organization in news (people are
 * introduced by full name first; their surnames are joined back to them in resolution).
 */

const NOUN_LINKS = new Set(['of', 'with', 'for']);

/**
 * The shape of a lone name: a capital and lower case ("Zentrix"), or a brand's capitals
 * inside ("VinFast", "JetBlue"), which no surname has but those of a prefix ("McDonald",
 * "DeSantis", "MacArthur", "VanDyke").
 */
const loneName = (w: string): boolean =>
  /^\p{Lu}\p{Ll}{2,}$/u.test(w) || (/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(w) && !SURNAME_PREFIX.test(w));
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|Del|Della|Dos|Ben|Abu|El|Al)\p{Lu}/u;

export const orgSubject: NameRule = {
  id: 'org.subject',
  strong: false,
  info: [rule('org.subject', 'ORG', 'a lone unknown capitalized word as the subject of a past-tense or saying verb', 'Last year Zentrix announced a new plant.', 'Zentrix')],
  read(c) {
    if (c.to - c.from !== 1) return null;
    if (statementAfterSaid(c)) return one('ORG', c.from, c.to, 'org.subject');
    // "Volvex, Brellix and Kelvix reported losses": an item of a list of lone names whose
    // last item does what a firm does is a firm too (the verb after the list, not after it)
    if (listEnd(c) > c.to) return listBeforeCompanyVerb(c) ? one('ORG', c.from, c.to, 'org.subject') : null;
    if (c.from === 0 && !companyVerbAfter(c)) return null;
    const t = c.tokens[c.from]!;
    const next = c.tokens[c.to];
    const w = bare(t);
    if (!next || t.post.trim() !== '' || !loneName(w)) return null;
    // "Police in Kelby arrested", "Troops from Dunmere crossed": the noun before the
    // preposition does what the verb says, not the name
    const before = c.tokens[c.from - 1];
    // (a conjunction opens a clause of its own: "after Quenby said")
    if (before && before.post === ' ' && (lexicon('placePrepositions').has(before.text) || NOUN_LINKS.has(before.text))) return null;
    // "for 120 Kestrel armoured vehicles": after a count the name is a model's, no subject
    if (before && /^\d[\d,]*$/.test(before.text) && !/^(?:1[89]|20)\d\d$/.test(before.text)) return null;
    // (and "the British sought": a people, whatever the tagger made of it before a verb)
    if (typedByLexicons(t)) return null;
    // a function word after an opening quote: "How can ...", "There is ..."
    if (has(t, 'QuestionWord', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'There')) return null;
    if (c.lowerWords.has(w.toLowerCase()) || c.lex.titles.has(w.toLowerCase())) return null;
    // the members of a people or a creed: "Christians", "Shiites", "Kurds"
    if (/(?:ians|ists|ites)$/.test(w) || (w.endsWith('s') && (lexiconTags(w.slice(0, -1)).includes('Demonym') || countryOfDemonym(w.slice(0, -1))))) return null;
    // a common word is a firm's name only when a list of firms says so ("Apple", "Shell"):
    // otherwise it is capitalized for its sense ("the Cup was contested", "the Eucharist was")
    // (and not in a list of common words: "Marketing, Sales and Management began")
    const common = (x: string) => isCommonWord(x.toLowerCase());
    if (common(w) && !isKnownOrg(w) && (!isCommonWordOrg(w) || listOfWords(c, common))) return null;
    // a past tense, a verb of saying or an auxiliary: present-tense forms are too often
    // plural nouns that compromise read as verbs ("Soviet states")
    const n = next.text.toLowerCase();
    // "Jafari said she ...": what a man or a woman says, no firm's
    if (c.lex.speechVerbs.has(n) && /^(?:he|she)$/.test(c.tokens[c.to + 1]?.text ?? '')) return null;
    // (a share price's move, whatever the tagger made of the verb: "Brellix rose 4 percent")
    // (and what only a firm does, whatever the tagger made of its verb: "Tarvin cut its forecast")
    // "said Lashio had fallen", "Bonn said": a city of the gazetteer is the subject of any verb
    // (a capital for its government), a firm only by what a firm does ("Kelby rose 3 percent")
    if (isGazetteerCity(w)) return companyVerbAfter(c) ? one('ORG', c.from, c.to, 'org.subject') : null;
    const verb = (has(next, 'PastTense') && has(next, 'Verb')) || c.lex.speechVerbs.has(n) || lexicon('subjectVerbs').has(n) || marketMove(c.tokens, c.to) || companyVerbAfter(c);
    return verb ? one('ORG', c.from, c.to, 'org.subject') : null;
  },
};

/**
 * `"It failed," said Brellix in a statement.`: the speaker of an inverted attribution whose
 * words came in a statement, a release or a filing is a body (people give interviews).
 */
function statementAfterSaid(c: Parameters<NameRule['read']>[0]): boolean {
  return invertedAttribution(c.tokens, c.from) && inStatement(c.tokens, c.to) && !typedByLexicons(c.tokens[c.from]!);
}

/**
 * The end of the list of lone capitalized words the chunk stands in ("Volvex, Brellix and
 * Kelvix"), when every item is one word; the chunk's own end when it stands in no list or an
 * item is longer.
 */
function listEnd(c: Parameters<NameRule['read']>[0]): number {
  const items = listSiblings(c);
  if (!items.length || items.some(([from, to]) => to - from !== 1)) return c.to;
  return Math.max(c.to, ...items.map(([, to]) => to));
}

/** "Volvex, Brellix and Kelvix reported losses": a lone unknown name heading a list of lone names that a firm's verb follows. */
export function listBeforeCompanyVerb(c: Parameters<NameRule['read']>[0]): boolean {
  const end = listEnd(c);
  if (end <= c.to || !companyVerbAfter({ tokens: c.tokens, to: end })) return false;
  const t = c.tokens[c.from]!;
  const w = bare(t);
  return loneName(w) && !typedByLexicons(t) && !isCommonWord(w.toLowerCase()) && !c.lowerWords.has(w.toLowerCase());
}

/** A person, a place, a people, a date or a pronoun by the tagger or the demonym lists. */
function typedByLexicons(t: Token): boolean {
  const w = bare(t);
  return has(t, 'Person', 'FirstName', 'LastName', 'Place', 'Demonym', 'Date', 'Pronoun', 'Honorific') || lexiconTags(w).includes('Demonym') || countryOfDemonym(w) !== null;
}

const QUANTIFIER = /^(?:all|both|each|also)$/;
const SAYS = /^(?:said|says|reported|posted|announced|expects|plans|cut|raised)$/;
const RESULTS_VERB = /^(?:reported|posted|booked|forecast|swung)$/;
const RESULTS = /^(?:loss|losses|profit|profits|earnings|revenue|revenues|sales|income)$/;

/**
 * "Pellworth agreed to sell its unit", "Dunmere will cut its dividend": the verb group after
 * the name (verbs, "to", "not", adverbs) and then "its", before any noun: the name is what
 * "its" refers to, a thing and no person.
 */
function ownsAfterVerb(toks: readonly Token[], at: number): boolean {
  if (!has(toks[at]!, 'Verb')) return false;
  for (let i = at; i < Math.min(toks.length, at + 5); i++) {
    const t = toks[i]!;
    if (t.post !== ' ') return false;
    const next = toks[i + 1];
    if (next?.text === 'its') return true;
    if (!next || !(has(next, 'Verb', 'Adverb') || next.text === 'to' || next.text === 'not') || has(next, 'Noun')) return false;
  }
  return false;
}

/**
 * "Kelvane today unveiled", "Kelvane on Tuesday said", "Kelvane also reported": where the
 * verb stands after the words of when (or "also") between a subject and its verb; `at`
 * itself when there are none.
 */
export function verbAfterWhen(tokens: readonly Token[], at: number): number {
  const t = tokens[at];
  if (!t || t.post !== ' ' || tokens[at - 1]?.post !== ' ') return at;
  if (WHEN_ADVERB.test(t.text)) return at + 1;
  if (t.text === 'on' && tokens[at + 1]?.tags.has('WeekDay') && tokens[at + 1]!.post === ' ') return at + 2;
  return at;
}
const WHEN_ADVERB = /^(?:today|yesterday|tonight|also|now|again|recently|previously|separately)$/;

/**
 * "Dunmere said its margins shrank", "Dunmere reported a quarterly loss": what a firm says
 * of itself and reports of its results, which opens a sentence as well as any other.
 */
export function companyVerbAfter(c: { tokens: readonly Token[]; to: number; from?: number }, expected = false): boolean {
  // "Brellix and Tarvin both reported ...": a quantifier between the subject and its verb
  if (QUANTIFIER.test(c.tokens[c.to]?.text ?? '') && c.tokens[c.to]!.post === ' ' && c.tokens[c.to - 1]!.post === ' ') return companyVerbAfter({ ...c, to: c.to + 1 });
  const when = verbAfterWhen(c.tokens, c.to);
  if (when > c.to) return companyVerbAfter({ ...c, to: when });
  // "Kelvane is expected to post a profit": the copula and "expected" before "to"
  if (/^(?:is|was)$/.test(c.tokens[c.to]?.text ?? '') && c.tokens[c.to + 1]?.text === 'expected' && c.tokens[c.to]!.post === ' ' && c.tokens[c.to + 1]!.post === ' ' && c.tokens[c.to + 2]?.text === 'to') return companyVerbAfter({ ...c, to: c.to + 2 }, true);
  // "Analysts expect Dunmore to report a loss": the results it is expected to report or post
  // (not whom a board asks to: "asked Brenner to report a loss to the committee")
  const expecting = expected || (c.from !== undefined && /^(?:expect|expects|expected|forecast|forecasts|see|sees)$/.test(c.tokens[c.from - 1]?.text ?? ''));
  if (c.tokens[c.to]?.text === 'to' && c.tokens[c.to - 1]!.post === ' ' && expecting && /^(?:report|post|book)$/.test(c.tokens[c.to + 1]?.text ?? '')) {
    for (let i = c.to + 2; i < Math.min(c.tokens.length, c.to + 6); i++) if (RESULTS.test(c.tokens[i]!.text)) return true;
    return false;
  }
  const verb = c.tokens[c.to];
  if (!verb || c.tokens[c.to - 1]!.post !== ' ' || !/^\p{Ll}/u.test(verb.text)) return false;
  if (marketMove(c.tokens, c.to) || firmVerbPhrase(c.tokens, c.to)) return true;
  const said = SAYS.test(verb.text) ? whatIsSaid(c.tokens, c.to + 1) : c.to + 1;
  if (SAYS.test(verb.text) && c.tokens[said]?.text === 'its') return true;
  // "Glenmore said it would close its plant", "... said it had agreed to acquire Pellam":
  // what "it" does after the saying verb is what a firm does (of a person one says "he")
  const it = c.tokens[said];
  if (SAYS.test(verb.text) && it?.text === 'it' && it.post === ' ') {
    const aux = /^(?:had|has)$/.test(c.tokens[said + 1]?.text ?? '') && c.tokens[said + 1]!.post === ' ' ? said + 2 : said + 1;
    if (ownsAfterVerb(c.tokens, said + 1) || firmVerbPhrase(c.tokens, aux)) return true;
  }
  if (ownsAfterVerb(c.tokens, c.to)) return true;
  // ... and "Quellmark said revenue rose": what it says is its results (a person named in
  // full before who says so is joined back: surnames-are-people.ts)
  if (!RESULTS_VERB.test(verb.text) && !/^(?:said|says)$/.test(verb.text)) return false;
  for (let i = said; i < Math.min(c.tokens.length, said + 5); i++) if (RESULTS.test(c.tokens[i]!.text)) return true;
  return false;
}

/** "acquired", "merged with", "filed for bankruptcy": a phrase of company-verbs.txt opening at `at`. */
function firmVerbPhrase(toks: readonly Token[], at: number): boolean {
  const list = lexicon('companyVerbs');
  let words = '';
  for (let i = at; i < Math.min(toks.length, at + 4); i++) {
    const t = toks[i]!;
    // (the verb in lower case; a name may follow it: "filed for Chapter 11")
    if (i === at && !/^\p{Ll}/u.test(t.text)) return false;
    words += t.text.toLowerCase();
    if (list.has(words)) return true;
    if (t.post !== ' ' && t.post !== '-') return false;
    words += t.post;
  }
  return false;
}

const MOVES = /^(?:rose|fell|gained|lost|slipped|jumped|climbed|dropped|tumbled|slumped|surged|soared|plunged|edged|added|shed|rallied|sank)$/;
const MOVE_UNITS = /^(?:percent|per|pct|%|cents|pence|points?)$/;

/**
 * "Brellix rose 4 percent", "Volvex fell 12 cents to $3.10": a move of a share price, a
 * number and its unit right after the verb (a place or a person named so is left to the
 * lexicons, which come first).
 */
function marketMove(toks: readonly Token[], at: number): boolean {
  if (!MOVES.test(toks[at]!.text)) return false;
  let i = at + 1;
  if (/^(?:up|down|about|nearly|almost)$/.test(toks[i]?.text ?? '')) i++;
  const n = toks[i];
  if (!n || !/^\$?\d[\d.,]*%?$/.test(n.text)) return false;
  return n.text.endsWith('%') || n.post.startsWith('%') || MOVE_UNITS.test(toks[i + 1]?.text ?? '');
}

/** What a news sentence puts between a verb of saying and what is said: "on Tuesday", "in a statement", "that". */
const SAID_WHEN = /^(?:on|late|early|in|that|today|yesterday|a|statement|filing|release)$/;

/**
 * Where what is said begins after a verb of saying at `at`: past "on Tuesday", "late on
 * Monday", "in a statement", "that" ("Dunmere said on Tuesday its profit rose").
 */
function whatIsSaid(toks: readonly Token[], at: number): number {
  let i = at;
  while (i < toks.length && i < at + 4 && toks[i - 1]!.post === ' ' && (SAID_WHEN.test(toks[i]!.text) || (i > at && has(toks[i]!, 'WeekDay')))) i++;
  // (only a time or a statement is passed: "said in Kelby its ..." is no such phrase)
  for (let j = at; j < i; j++) {
    const n = toks[j + 1];
    if (/^(?:on|in)$/.test(toks[j]!.text) && !(n && (has(n, 'WeekDay') || n.text === 'a'))) return at;
  }
  return i;
}
