import { lexicon } from '../../lexicon/registry.js';
import { bracketedAcronym, lower, one, POSSESSIVE, rule, type ChunkView, type NameRule, type Reading } from '../names/view.js';


export const programHead: NameRule = {
  id: 'program.head',
  strong: false,
  info: [
    rule('program.head', 'PROGRAM', "a name ending in a program's head word (Treaty, Program, Initiative)", 'Both sides signed the Zorvan Arms Treaty in 1992.', 'Zorvan Arms Treaty'),
    rule('program.head-of', 'PROGRAM', 'a program head word followed by "of", "for" or "on" and a name', 'The Treaty on Open Skies took effect in 2002.', 'Treaty on Open Skies'),
    rule('program.name-head', 'PROGRAM', 'a name followed by a lower-case program head word ("program")', 'Congress funded the Zorvan program again.', 'Zorvan program'),
  ],
  read(c) {
    const last = c.tokens[c.to - 1]!;
    if (c.to - c.from > 1 && c.lex.programHeads.has(lower(last)) && /^\p{Lu}/u.test(last.text)) return one('PROGRAM', c.from, c.to, 'program.head');
    // "Treaty on the Non-Proliferation of Nuclear Weapons", "Joint Comprehensive Plan of Action"
    for (let i = c.from; i < c.to - 2; i++) {
      const t = c.tokens[i]!;
      if (/^\p{Lu}/u.test(t.text) && c.lex.programHeads.has(lower(t)) && lexicon('headConnectors').has(c.tokens[i + 1]!.text)) return one('PROGRAM', c.from, c.to, 'program.head-of');
    }
    // "the Kelvar Missile Reduction (KMR) Treaty", "the Next Kelby Dominance (NKD) program":
    // the acronym in brackets between the name and its head
    const [acronym, head] = [c.tokens[c.to], c.tokens[c.to + 1]];
    // (not a body's name, nor a head opening one: "the Kelby Agency (KA) Program Office")
    const ends = (i: number): boolean => !/^\p{Lu}/u.test(c.tokens[i]?.text ?? '') || c.tokens[i - 1]!.post.trim() !== '';
    if (c.to - c.from > 1 && bracketedAcronym(acronym) && head && c.lex.programHeads.has(lower(head)) && ends(c.to + 2) && !c.lex.orgHeads.has(lower(last)))
      return one('PROGRAM', c.from, c.to, 'program.head');
    // a lower-case head after the name: "the Nunn-Lugar program"
    const next = c.tokens[c.to];
    const prev = c.tokens[c.to - 1]!;
    if (next && !POSSESSIVE.test(prev.text) && prev.post.trim() === '' && /^\p{Ll}/u.test(next.text) && c.lex.programHeads.has(next.text.toLowerCase()))
      return one('PROGRAM', c.from, c.to + 1, 'program.name-head');
    return null;
  },
};

/** A program's name takes the lower-case head word after it: "Nunn-Lugar" + "program". */
export function withProgramHead(c: ChunkView, r: Reading): Reading {
  const next = c.tokens[c.to];
  const last = c.tokens[c.to - 1]!;
  if (!next || last.post.trim() !== '' || POSSESSIVE.test(last.text) || !/^\p{Ll}/u.test(next.text) || !c.lex.programHeads.has(next.text)) return r;
  return { ...r, parts: r.parts.map((p) => (p.type === 'PROGRAM' && p.to === c.to ? { ...p, to: c.to + 1 } : p)) };
}
