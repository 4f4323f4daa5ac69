// The spans a layout of sport pages says are people (a scorecard's batsmen and bowlers, a
// report's scorers): a mention a guess typed otherwise there becomes the person; a span no
// mention covers becomes one.
import type { Mention } from '../types.js';
import { Coverage } from './coverage.js';

export interface PeopleAtSpans {
  mentions: Mention[];
  added: Mention[];
}

/** `guesses`: the rules (or retyping rules) whose reading the layout outweighs. */
export function peopleAtSpans(text: string, mentions: readonly Mention[], spans: readonly [number, number][], rule: string, guesses: ReadonlySet<string>, skip: (name: string) => boolean = () => false): PeopleAtSpans {
  const where = new Coverage(text.length, mentions);
  const out = [...mentions];
  const added: Mention[] = [];
  for (const [start, end] of spans) {
    const name = text.slice(start, end);
    if (skip(name)) continue;
    const i = where.startingAt(start);
    const there = i === undefined ? undefined : out[i]!;
    if (there && there.end === end) {
      if (there.type !== 'PERSON' && guesses.has(there.retypedBy ?? there.rule)) out[i!] = { ...there, type: 'PERSON', retypedBy: rule };
      continue;
    }
    if (!where.free(start, end)) continue;
    where.take(start, end);
    added.push({ type: 'PERSON', start, end, text: name, rule });
  }
  return { mentions: out, added };
}
