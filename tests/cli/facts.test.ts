// End-to-end: the built binary on a text of issue 16's shapes (honorific speakers, a
// pronoun, a partial quote, a non-person source, a role chain, a cut that is no funding),
// checking the facts as written to stdout, ids included ("Senate" is read as written, no
// entity: the name recognizer reads "Senate Majority").
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const TEXT = [
  'Senate Majority Leader Tom Reed met Ms. Ann Roe on Monday.',
  '"We have the votes," said Mr. Reed.',
  'Ms. Roe called the bill "a first step" toward reform.',
  '"She is wrong," he said.',
  '"The bill will cost 500 jobs," the report said.',
  'The plan would cut the deficit by $4 trillion.',
].join(' ');

describe('facts on the command line', () => {
  const r = run(['--format', 'ndjson', '--date', '2013-01-31', '-'], { input: TEXT });
  const doc = JSON.parse(r.stdout);
  const facts = doc.facts.map(({ start, end, ...f }: { start: number; end: number }) => f);
  it('prints each fact, pointing at its entities by id', () => {
    expect(r.status).toBe(0);
    expect(facts).toEqual([
      { type: 'role', person: 'Tom Reed', personId: 'PERSON:tom-reed', title: 'Majority Leader', org: 'Senate', orgId: 'ORG:senate', rule: 'role.title-name' },
      { type: 'quote', speaker: 'Tom Reed', speakerId: 'PERSON:tom-reed', text: 'We have the votes,', rule: 'quote.after' },
      { type: 'quote', speaker: 'Ann Roe', speakerId: 'PERSON:ann-roe', text: 'a first step', rule: 'quote.partial' },
      { type: 'quote', speaker: 'Tom Reed', speakerId: 'PERSON:tom-reed', text: 'She is wrong,', rule: 'quote.after' },
      { type: 'quote', speaker: 'the report', text: 'The bill will cost 500 jobs,', rule: 'quote.after' },
    ]);
    const ids = new Set(doc.entities.map((e: { id: string }) => e.id));
    for (const f of doc.facts) for (const [k, v] of Object.entries(f)) if (k.endsWith('Id')) expect(ids.has(v)).toBe(true);
  });
  it('each fact span slices the input', () => {
    const chars = [...TEXT];
    for (const f of doc.facts.filter((x: { type: string }) => x.type === 'quote')) expect(chars.slice(f.start, f.end).join('')).toContain(f.text);
  });
});
