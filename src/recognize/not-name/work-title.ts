// 'the novel "Dunmore Road"', 'the show "Marlow Heights"', 'a film titled "Ann Kell and the
// Sea"', 'CNN's "State of the Union"': the title of a work, in quotes after a noun of
// creative works or a name's possessive, is no person, place or organization, however its
// words look.
import { lexicon } from '../../lexicon/registry.js';
import { none, type NameRule } from '../names/view.js';
import { firstName, givenName } from '../person/first-name.js';

const OPEN = /["“]\s*$/;
const CLOSE = /^[,.!?;:]?["”]/;
const MINOR = /^(?:a|an|and|the|of|in|on|to|for|at|with|from|by|or|is|my|our|no)$/;

/**
 * "the show Dunmore Nights", "her album Kelby Skies": a title without its quotes, right after
 * an article or a possessive and a noun of works; not a person's name ("the book Tom Hale
 * wrote") nor a title's introducing word ("titled").
 */
function unquoted(c: Parameters<NameRule['read']>[0]): boolean {
  const noun = c.tokens[c.from - 1];
  const det = c.tokens[c.from - 2];
  if (!noun || !det || noun.post !== ' ' || det.post !== ' ' || /^(?:titled|entitled)$/.test(noun.text)) return false;
  if (!lexicon('workNouns').has(noun.text) || !/^(?:the|a|an|his|her|their|its|new|latest|debut)$/i.test(det.text)) return false;
  const first = c.tokens[c.from]!;
  return !(firstName(first) || givenName(first) || first.tags.has('Person'));
}

/** What may follow a work's noun in an apposition: "a drama on Kelby TV", "a film by ...". */
const AFTER_WORK = /^(?:on|by|about|from|that|which|starring|with|set|in|of)$/;

/**
 * "Dunmore Nights, a drama on Kelby TV", "Kelby Skies, her third album": a title without
 * quotes, with an apposition that says it is a work (up to two lower-case words, then a noun
 * of works that ends the phrase: "Tom Hale, a drama teacher" is a person's).
 */
function apposedWork(c: Parameters<NameRule['read']>[0]): boolean {
  const last = c.tokens[c.to - 1]!;
  if (last.post !== ', ' || !/^(?:a|an|the|his|her|their|its)$/.test(c.tokens[c.to]?.text ?? '')) return false;
  for (let k = c.to + 1; k <= c.to + 3 && k < c.tokens.length; k++) {
    const t = c.tokens[k]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
    if (lexicon('workNouns').has(t.text) && t.text !== 'titled') {
      const after = c.tokens[k + 1];
      if (t.post.trim() === '' && after && !AFTER_WORK.test(after.text)) return false;
      const first = c.tokens[c.from]!;
      return !(firstName(first) || givenName(first) || first.tags.has('Person'));
    }
    if (t.post !== ' ') return false;
  }
  return false;
}

export const workTitle: NameRule = {
  id: 'not-name.work-title',
  strong: true,
  info: [],
  read(c) {
    // the quote opens right before the title's first word, after a noun of works
    const opens = (i: number) => OPEN.test(c.tokens[i]!.pre ?? '') || (i > 0 && OPEN.test(c.tokens[i - 1]!.post));
    let start = c.from;
    while (start > 0 && !opens(start) && c.from - start < 8) start--;
    if (start === 0 || !opens(start)) return unquoted(c) || apposedWork(c) ? none() : null;
    // ... or after a name's possessive: whose show or film it is ('CNN's "State of the Union"')
    const before = c.tokens[start - 1]!;
    if (!lexicon('workNouns').has(before.text.toLowerCase()) && !/^[\p{Lu}][\p{L}.&-]*['’]s$/u.test(before.text)) return null;
    // ... and closes after its last, every word between capitalized or minor
    for (let i = start; i < c.tokens.length && i - start < 12; i++) {
      const t = c.tokens[i]!;
      if (!/^[\p{Lu}\p{N}]/u.test(t.text) && !MINOR.test(t.text)) return null;
      if (CLOSE.test(t.post)) return i >= c.to - 1 ? none() : null;
    }
    return null;
  },
};
