// "the African Union Transition Mission in Somalia", "the Islamic Resistance in Iraq", "the
// Organization for Security and Co-operation in Europe": a body named by where it serves is
// its name, "in" and the place, past the end of the run of capitals. The run ends in a head
// word of in-heads.txt and the place after "in" (and "the") is one the lists know, so "the
// Air Force in Germany" stays the force alone (its run is "Air Force": no body's name
// opens with "Air" and ends in "Force in").
import { lexicon } from '../../lexicon/registry.js';
import { listedPlace } from '../location/listed-place.js';
import { bare, lower, one, phrase, rule, type NameRule } from '../names/view.js';

/** Words before the head that make a name of a body serving somewhere. */
const SERVING = /^(?:Assistance|Transition|Training|Stabilization|Stabilisation|Support|Monitoring|Observer|Verification|Interim|Multinational|Multidimensional|Integrated|Peacekeeping|Advisory|Capacity|Islamic|National|Security|Military|Police|Protection|Peace|Operational|Strategic)$/;

export const orgHeadIn: NameRule = {
  id: 'org.head-in',
  strong: true,
  info: [rule('org.head-in', 'ORG', 'a body named by its head word ("Mission", "Resistance", "Co-operation", "Force"), "in" and a place the lists know', 'The Zorvan Training Mission in Mali closed its base.', 'Zorvan Training Mission in Mali')],
  read(c) {
    const n = c.to - c.from;
    if (n < 2) return null;
    const last = c.tokens[c.to - 1]!;
    // ("Co-operation": the head written with a hyphen is two tokens)
    const hyphened = c.tokens[c.to - 2]!.post === '-';
    if (!lexicon('inHeads').has(hyphened ? `${lower(c.tokens[c.to - 2]!)}-${lower(last)}` : lower(last))) return null;
    if (last.post !== ' ' || c.tokens[c.to]?.text !== 'in') return null;
    // the words before the head say what the body does ("Training Mission") or whose it is
    // ("NATO Mission"), or the name holds "for" ("Organization for Security and Co-operation")
    const before = c.tokens[c.to - 2]!;
    const words = c.tokens.slice(c.from, c.to - 1);
    if (!SERVING.test(bare(before)) && !/^[A-Z]{2,6}$/.test(bare(before)) && !words.some((t) => t.text === 'for') && !/^(?:co|co-)?operation$/.test(lower(last))) return null;
    let from = c.to + 1;
    if (c.tokens[from]?.text === 'the' && c.tokens[from]!.post === ' ') from++;
    // the place: up to three capitalized words, the longest the lists know
    for (let end = Math.min(c.tokens.length, from + 3); end > from; end--) {
      const toks = c.tokens.slice(from, end);
      if (!toks.every((t) => /^\p{Lu}/u.test(t.text))) continue;
      if (toks.slice(0, -1).some((t) => t.post !== ' ')) continue;
      if (listedPlace(phrase(c.tokens, from, end))) return one('ORG', c.from, end, 'org.head-in');
    }
    return null;
  },
};
