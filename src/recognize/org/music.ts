// Bands and record labels where music news names them: after the record they made ("the
// second album by Grellmoor"), after who plays in them ("the drummer of Quiet Orchard") or
// whom an artist signs to ("signed to Deltavane"), after a kind of organization or a word of
// touring with the band's own capital "The" ("the band The Parlour Kings", "supporting The
// Rustlers"), and as the subject of their own records ("Velmora Drift released their debut
// album": "their" says a group made it). A person's name or a place's is none.
import { lexicon, phraseEdges } from '../../lexicon/registry.js';
import type { Token } from '../../types.js';
import { listedPlace } from '../location/listed-place.js';
import { bare, has, one, phrase, POSSESSIVE, rule, type ChunkView, type NameRule } from '../names/view.js';
import { firstName } from '../person/first-name.js';
import { isGivenName, isSurname } from '../person/given-names.js';

/** A name that reads as a person's (a given name first, a surname alone) or a place's. */
function personOrPlace(c: ChunkView): boolean {
  const first = c.tokens[c.from]!;
  const p = phrase(c.tokens, c.from, c.to);
  if (listedPlace(p) || c.lex.placeNames.has(p) || has(first, 'Place', 'Pronoun', 'Date', 'Honorific')) return true;
  if (c.to - c.from === 1) return has(first, 'Person') || isGivenName(bare(first)) || isSurname(bare(first));
  return firstName(first) || isGivenName(bare(first));
}

/** A capital "The" inside a sentence, right before the chunk: the band's own article (not a quoted title's: 'the website "The Pits"'). */
const capitalThe = (toks: readonly Token[], i: number): boolean =>
  i > 0 && toks[i]?.text === 'The' && toks[i]!.post === ' ' && !/["“‘']/.test(toks[i]!.pre + toks[i - 1]!.post);

/** The lower-case words that end right before token `end` (at most three, no punctuation between), joined. */
function wordsBefore(toks: readonly Token[], end: number, list: ReadonlySet<string>): boolean {
  // (the word before first: most words end no phrase of the list, and the phrases cost more)
  if (!phraseEdges(list).last.has(toks[end - 1]?.text ?? '')) return false;
  const words: string[] = [];
  for (let i = end - 1; i >= 0 && words.length < 3; i--) {
    const t = toks[i]!;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || t.post !== ' ') return false;
    words.unshift(t.text);
    if (list.has(words.join(' '))) return true;
  }
  return false;
}

/** "the third album by", "an EP by": a noun of records, then "by", right before token `end`. */
function recordBy(toks: readonly Token[], end: number): boolean {
  const by = toks[end - 1];
  const noun = toks[end - 2];
  return by?.text === 'by' && by.post === ' ' && noun !== undefined && noun.post === ' ' && lexicon('musicNouns').has(noun.text.toLowerCase());
}

/** "released their debut album", "issued their second EP": a verb, "their", a record within a few words. */
function theirRecord(toks: readonly Token[], to: number): boolean {
  const verb = toks[to];
  if (!verb || toks[to - 1]!.post !== ' ' || !has(verb, 'Verb') || !/^\p{Ll}/u.test(verb.text) || toks[to + 1]?.text !== 'their') return false;
  for (let i = to + 2; i < Math.min(toks.length, to + 6); i++) {
    const t = toks[i]!;
    if (lexicon('musicNouns').has(t.text.toLowerCase())) return true;
    if (t.post.trim() !== '' || !/^[\p{Ll}\d-]/u.test(t.text)) return false;
  }
  return false;
}

export const orgMusic: NameRule = {
  id: 'org.music',
  strong: false,
  info: [rule('org.music', 'ORG', 'a band or a record label named by a phrase of music ("an album by", "the drummer of", "signed to", "supporting The ...", "released their debut album")', 'Ninth Hour is the second album by Grellmoor.', 'Grellmoor')],
  read(c) {
    const toks = c.tokens;
    if (POSSESSIVE.test(toks[c.from]!.text)) return null;
    const the = capitalThe(toks, c.from - 1);
    // where the cue before the name ends: before the band's "The", or before "the"
    let end = the ? c.from - 1 : c.from;
    if (!the && toks[end - 1]?.text === 'the') end--;
    if (the) {
      // "the band The Parlour Kings", "supporting The Rustlers", "an album by The Wrenfields"
      const kind = toks[end - 1];
      if (kind && kind.post === ' ' && c.lex.orgDescriptors.has(kind.text)) return one('ORG', c.from, c.to, 'org.music');
      if (wordsBefore(toks, end, lexicon('musicTheCues'))) return one('ORG', c.from, c.to, 'org.music');
    }
    const cued = recordBy(toks, end) || wordsBefore(toks, end, lexicon('musicCues'));
    if (cued && (the || !personOrPlace(c))) return one('ORG', c.from, c.to, 'org.music');
    if (!cued && !POSSESSIVE.test(toks[c.to - 1]!.text) && theirRecord(toks, c.to) && !personOrPlace(c)) return one('ORG', c.from, c.to, 'org.music');
    return null;
  },
};
