// Every rule of the catalogue fires on its own example, on the span it names; every rule id
// that the code can put on a mention or a fact is in the catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/catalogue.js';
import { extract } from '../../src/index.js';

const DATE = '2013-02-12';
const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/** What a rule produced in a document, as "rule=text" strings. */
function fired(example: string): string[] {
  const doc = extract(example, { date: DATE, nested: true });
  const out: string[] = [];
  for (const e of doc.entities) for (const m of e.mentions) out.push(`${m.rule}=${m.text}`, ...(m.retypedBy ? [`${m.retypedBy}=${m.text}`] : []));
  for (const f of doc.facts) {
    const who = f.type === 'role' ? f.person : f.type === 'quote' ? f.speaker : (f.recipient ?? '');
    out.push(`${f.rule}=${who}`);
  }
  return out;
}

// from src/ there are no snapshots: the first extraction builds the tables from the packages
beforeAll(() => void extract('Boeing said so.', { date: DATE }), 120_000);

describe('rule catalogue', () => {
  const rules = ruleCatalogue();

  it('has one entry per id, each with a description and an example', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z]+(?:\.[a-z-]+)+$/);
      expect(r.description.length).toBeGreaterThan(5);
      expect(r.example).toContain(r.expect);
    }
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s fires on its example', (_, r) => {
    expect(fired(r.example)).toContain(`${r.id}=${r.expect}`);
  });

  it('lists every rule id written in the code', () => {
    const ids = new Set(rules.map((r) => r.id));
    const missing = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          const code = readFileSync(p, 'utf8');
          // rule ids as the code writes them: `rule: 'org.head'`, one('ORG', ..., 'org.head')
          // (a rule object's own `id:` names the rule, not what it emits)
          for (const m of code.matchAll(/(?<!id: )'((?:person|org|location|program|date|money|role|quote|funding|resolve)\.[a-z-]+)'/g)) if (!ids.has(m[1]!)) missing.add(m[1]!);
        }
      }
    };
    walk(SRC);
    expect([...missing].sort()).toEqual([]);
  });
});
