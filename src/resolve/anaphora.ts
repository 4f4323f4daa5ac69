// "The program" after a named program is that program, where the text makes it clear:
// the document names one program only, or names one within the last few sentences. Such
// mentions join the program's entity after it is named, so they never give it its name.
import type { Entity, Span } from '../types.js';

const DEFINITE = /\b[Tt]he (?:program|programme|treaty|agreement|accord|pact|initiative)\b/g;
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
  for (const hit of text.matchAll(DEFINITE)) {
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

/**
 * "the so-called Nunn-Lugar program": a popular name for the program the text is about.
 * When a program is named only after "so-called" and another program is the document's
 * most mentioned one, the popular name joins it (it becomes an alias, never the name).
 */
export function resolveSoCalled(text: string, entities: Entity[]): Entity[] {
  const programs = entities.filter((e) => e.type === 'PROGRAM');
  if (programs.length < 2) return entities;
  const main = programs.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
  const rivals = programs.filter((e) => e !== main && e.mentions.length >= main.mentions.length);
  if (rivals.length > 0) return entities; // no program clearly the subject
  const merged = new Set<Entity>();
  for (const e of programs) {
    if (e === main) continue;
    const soCalled = e.mentions.every((m) => /\bso-called\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start)));
    if (!soCalled) continue;
    main.mentions.push(...e.mentions);
    merged.add(e);
  }
  if (merged.size === 0) return entities;
  main.mentions.sort((a, b) => a.start - b.start);
  return entities.filter((e) => !merged.has(e));
}
