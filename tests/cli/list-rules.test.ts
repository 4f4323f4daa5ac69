// `extract --list-rules`: the catalogue on stdout, NDJSON in a pipe; every rule id that a
// mention or fact carries on the fixtures is in it.
import { describe, expect, it } from 'vitest';
import { ROOT, run } from './run.js';

describe('--list-rules', () => {
  const r = run(['--list-rules']);
  const rules = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; emits: string; description: string; example: string });

  it('prints one rule a line as NDJSON when piped, and exits 0', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(rules.length).toBeGreaterThan(50);
    expect(rules.find((x) => x.id === 'person.title-name')).toMatchObject({ emits: 'PERSON' });
    expect(rules.find((x) => x.id === 'funding.give')).toMatchObject({ emits: 'funding' });
  });

  it('prints a table with -f table', () => {
    const t = run(['--list-rules', '-f', 'table']);
    expect(t.status).toBe(0);
    expect(t.stdout.split('\n')[0]).toMatch(/^rule\s+emits\s+what it does/);
    expect(t.stdout).toContain('org.acronym');
  });

  it('names every rule that the output of the fixtures carries', () => {
    const ids = new Set(rules.map((x) => x.id));
    const out = run([`${ROOT}fixtures`]);
    const used = new Set<string>();
    for (const line of out.stdout.split('\n').filter(Boolean)) {
      const doc = JSON.parse(line) as { entities: { mentions: { rule: string; retypedBy?: string }[] }[]; facts: { rule: string }[] };
      for (const e of doc.entities) for (const m of e.mentions) for (const id of [m.rule, m.retypedBy]) if (id) used.add(id);
      for (const f of doc.facts) used.add(f.rule);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((id) => !ids.has(id))).toEqual([]);
  });
});
