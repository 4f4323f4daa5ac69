// "U.S. Vice President Joe Biden": a title inside a chunk with a name after it. The person
// is what follows the title; what precedes it is read by the chunk rules (the role's org).
import { countryOfDemonym } from '../location/demonyms.js';
import { bare, has, lower, rule, type ChunkView, type NamePart, type NameRule, type Reading } from '../names/view.js';
import { personLike } from './person-like.js';

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

function readTitled(c: ChunkView): Reading | null {
  for (let i = c.from; i < c.to - 1; i++) {
    const end = titleAt(c, i, c.to - 1);
    if (end === null || !personLike(c, end, c.to)) continue;
    const person: NamePart = { type: 'PERSON', from: end, to: c.to, rule: 'person.title-name' };
    const parts = [person];
    let org: NamePart | undefined;
    let country: string | undefined;
    let from = i;
    if (i > c.from) {
      const before = c.read({ ...c, to: i });
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

/** Tried on a whole chunk before the chunk rules: a title splits it into org, title, person. */
export const titledName: NameRule = {
  id: 'person.title-name',
  strong: false,
  info: [
    rule('person.title-name', 'PERSON', 'a name after a capitalized title in one run of capitals', 'Foreign Minister Sergei Lavrov arrived on Monday.', 'Sergei Lavrov'),
    rule('org.before-title', 'ORG', 'the proper names before a title name its organization', 'Later, Zorvex Chief Executive Mara Quell spoke.', 'Zorvex'),
  ],
  read: readTitled,
};
