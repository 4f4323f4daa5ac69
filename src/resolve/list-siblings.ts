// "Brellix, Tarvin and Quorvane face higher costs": the names listed beside a company the
// document names are companies too, when no rule read them in their sentence (the list's
// known item was found only by its repetition, after the names were read one chunk at a
// time). Only a company's name vouches so (one named with its suffix or head word, or by
// its ticker): beside a band, a team or a people a list holds anything. A place, a
// people, a person's given name or a common word keeps out.
import type { Mention, RuleInfo } from '../types.js';
import { isCommonWord } from '../nlp/dictionary.js';
import { listedPlace } from '../recognize/location/listed-place.js';
import { isGivenName } from '../recognize/person/given-names.js';
import { countryOfDemonym } from '../recognize/location/demonyms.js';
import { lexiconTags } from '../nlp/tagger.js';
import { cleanName, companyShortNames } from './names.js';
import type { ResolveRefiner } from './types.js';

const RULE = 'resolve.list-sibling';

export const rules: readonly RuleInfo[] = [
  {
    id: RULE,
    emits: 'ORG',
    description: 'a name listed beside an organization of the document ("A, B and C"), which no rule read in its sentence',
    example: 'Brellix Corp. cut prices. Brellix, Tarvin and Quorvane face higher costs.',
    expect: 'Tarvin',
  },
];

const WORD = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*`;
const ITEM = String.raw`${WORD}(?: (?:&|${WORD})){0,3}`;
/** "A, B and C", "A and B", "A, B, or C" on one line. */
const LIST = new RegExp(String.raw`(?<![\p{L}\p{N}])${ITEM}(?:, ${ITEM})*,? (?:and|or) ${ITEM}(?![\p{L}\p{N}])`, 'gu');
const ITEM_IN = new RegExp(ITEM, 'gu');

/**
 * Rules that read a lone name as a firm: "Brellix (NYSE: BRX)", a name the lists of
 * companies (and universities) hold, or compromise's lexicon tags an organization ("advised
 * by Lazbury and Goldman Sachs"). Not org.subject, which reads a people too ("Cagots were").
 */
const FIRM_RULES = new Set(['org.ticker', 'org.listed', 'org.known-word', 'org.tagged']);

/** The names of the document's companies: named with a suffix or a company's head word, and their short forms. */
function companyNames(mentions: readonly Mention[]): Set<string> {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const name = cleanName(m.text);
    if (FIRM_RULES.has(m.rule)) names.add(name);
    const short = companyShortNames(name);
    if (short.length) for (const n of [name, ...short]) names.add(n);
  }
  return names;
}

/** Whether an item no rule read may be a firm's name: no place, no given name first, no common word alone or first. */
function mayBeFirm(item: string): boolean {
  const words = item.split(' ');
  if (words.length > 3 || isCommonWord(words[0]!.toLowerCase()) || isGivenName(words[0]!) || listedPlace(item)) return false;
  if (words.some((w) => countryOfDemonym(w) !== null || lexiconTags(w).includes('Demonym'))) return false;
  return words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) || w === '&');
}

export function listSiblings(text: string, mentions: readonly Mention[]): Mention[] {
  const firms = companyNames(mentions);
  if (!firms.size) return [...mentions];
  // which mention covers each character (mentions no longer overlap here), 0 for none
  const cover = new Int32Array(text.length);
  mentions.forEach((m, i) => cover.fill(i + 1, m.start, m.end));
  const added: Mention[] = [];
  for (const list of text.matchAll(LIST)) {
    const at = list.index!;
    const items: { start: number; end: number; text: string }[] = [];
    for (const m of list[0].matchAll(ITEM_IN)) {
      // "Tarvin's": the possessive is no part of the name
      const t = m[0].replace(/['’]s$/, '');
      items.push({ start: at + m.index!, end: at + m.index! + t.length, text: t });
    }
    let org = false;
    const open: typeof items = [];
    let ok = true;
    for (const it of items) {
      const over = [...new Set(cover.subarray(it.start, it.end))].filter((i) => i > 0).map((i) => mentions[i - 1]!);
      if (!over.length) {
        // (the period that ends the sentence is no part of it: "... and Dunvane.")
        const t = it.text.replace(/\.$/, '');
        open.push({ ...it, end: it.start + t.length, text: t });
        continue;
      }
      // the item is one mention of an organization (its period aside: "Brellix Corp.")
      const exact = over.length === 1 && over[0]!.type === 'ORG' && over[0]!.start === it.start && Math.abs(over[0]!.end - it.end) <= 1;
      if (!exact) ok = false;
      else if (firms.has(cleanName(over[0]!.text))) org = true;
    }
    if (!ok || !org || !open.length || !open.every((it) => mayBeFirm(it.text))) continue;
    for (const it of open) added.push({ type: 'ORG', start: it.start, end: it.end, text: it.text, rule: RULE });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : [...mentions];
}

export const listSiblingsRefiner: ResolveRefiner = {
  id: 'list-siblings',
  refine: (a) => void (a.mentions = listSiblings(a.plain.text, a.mentions)),
};
