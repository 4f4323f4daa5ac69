// "The program" after a named program is that program, where the text makes it clear:
// the document names one program only, or names one within the last few sentences. Such
// mentions join the program's entity after it is named, so they never give it its name.
import { wordList } from '../data.js';
import type { Entity, RuleInfo, Span } from '../types.js';
import type { ResolveRefiner } from './types.js';

export const rules: readonly RuleInfo[] = [
  {
    id: 'program.anaphora',
    emits: 'PROGRAM',
    description: '"the program" (treaty, agreement, ...) after a named program, when the text makes clear which one',
    example: 'The Nunn-Lugar program ended in June. Moscow said the program had done its work.',
    expect: 'the program',
  },
];

let definite: RegExp | undefined;
/** "the program", "the treaty": definite-program-nouns.txt */
const definitePrograms = () => (definite ??= new RegExp(`\\b[Tt]he (?:${wordList('resolve/definite-program-nouns.txt').join('|')})\\b`, 'g'));
/** how many sentences back a named program is still "the program" of the text */
const REACH = 4;

function sentenceIndex(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function resolveDefinitePrograms(text: string, sentences: readonly Span[], entities: Entity[]): void {
  const programs = entities.filter((e) => e.type === 'PROGRAM');
  if (programs.length === 0 || sentences.length === 0) return;
  const named = programs.flatMap((e) => e.mentions.map((m) => ({ m, e }))).sort((a, b) => a.m.start - b.m.start);
  const taken = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  let t = 0;
  let k = -1;
  for (const hit of text.matchAll(definitePrograms())) {
    const start = hit.index!;
    const end = start + hit[0].length;
    while (t < taken.length && taken[t]!.end <= start) t++;
    if (t < taken.length && taken[t]!.start < end) continue; // part of a name ("the New START treaty")
    while (k + 1 < named.length && named[k + 1]!.m.end <= start) k++;
    if (k < 0) continue;
    const { m: last, e } = named[k]!;
    const near = sentenceIndex(sentences, start) - sentenceIndex(sentences, last.start) <= REACH;
    if (programs.length > 1 && !near) continue;
    e.mentions.push({ type: 'PROGRAM', start, end, text: hit[0], rule: 'program.anaphora' });
  }
  for (const e of programs) e.mentions.sort((a, b) => a.start - b.start);
}

export const definiteProgramsRefiner: ResolveRefiner = {
  id: 'definite-programs',
  refine: (a) => resolveDefinitePrograms(a.plain.text, a.sentences, a.entities),
};
