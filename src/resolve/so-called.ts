// A popular name, given only after "so-called", joins the program the text is about.
import type { Entity } from '../types.js';
import type { ResolveRefiner } from './types.js';

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
    for (const m of e.mentions) main.mentions.push(m);
    merged.add(e);
  }
  if (merged.size === 0) return entities;
  main.mentions.sort((a, b) => a.start - b.start);
  return entities.filter((e) => !merged.has(e));
}

export const soCalledRefiner: ResolveRefiner = {
  id: 'so-called',
  refine: (a) => void (a.entities = resolveSoCalled(a.plain.text, a.entities)),
};
