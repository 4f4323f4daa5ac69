// The spans a layout of sport pages says are people (a scorecard's batsmen and bowlers, a
// report's scorers): a mention a guess typed otherwise there becomes the person; a span no
// mention covers becomes one.
import type { Mention } from '../types.js';

export interface PeopleAtSpans {
  mentions: Mention[];
  added: Mention[];
}

/** `guesses`: the rules (or retyping rules) whose reading the layout outweighs. */
export function peopleAtSpans(text: string, mentions: readonly Mention[], spans: readonly [number, number][], rule: string, guesses: ReadonlySet<string>, skip: (name: string) => boolean = () => false): PeopleAtSpans {
  const byStart = new Map<number, number>();
  mentions.forEach((m, i) => byStart.set(m.start, i));
  const taken = new Uint8Array(text.length);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const out = [...mentions];
  const added: Mention[] = [];
  for (const [start, end] of spans) {
    const name = text.slice(start, end);
    if (skip(name)) continue;
    const i = byStart.get(start);
    const there = i === undefined ? undefined : out[i]!;
    if (there && there.end === end) {
      if (there.type !== 'PERSON' && guesses.has(there.retypedBy ?? there.rule)) out[i!] = { ...there, type: 'PERSON', retypedBy: rule };
      continue;
    }
    if (taken.subarray(start, end).includes(1)) continue;
    taken.fill(1, start, end);
    added.push({ type: 'PERSON', start, end, text: name, rule });
  }
  return { mentions: out, added };
}
