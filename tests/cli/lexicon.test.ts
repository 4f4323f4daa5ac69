// --lexicon on the command line: the built binary, lexicon files and two documents written
// to a temporary folder (a space in its name), and issue 18's bar: one WEAPON entity per
// document holding both the name and an alias, its rule naming the lexicon; --summary with
// one "Barack Obama" in 2 documents and one WEAPON entity in 2 documents; facts carrying the
// ids of the entities they name. Bad lexicons stop the run before any document is read.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('lexicon cli');
const at = (name: string) => join(dir, name);
writeFileSync(at('weapons.jsonl'), ['{"type": "WEAPON", "name": "Iskander", "aliases": ["SS-26", "9K720"]}', '{"type": "ORG", "name": "Rosatom", "caseSensitive": false}', ''].join('\n'));
writeFileSync(at('facilities.tsv'), '# name, type, aliases\nFordow Fuel Enrichment Plant\tFACILITY\tFordow\n');
writeFileSync(at('a.txt'), 'WASHINGTON, March 3, 2014 - President Barack Obama said on Monday that Russia had moved Iskander missiles west. "We are watching," Obama said. The SS-26 can reach Fordow. Rosatom gave $5 million to the Cooperative Threat Reduction program.\n');
const B = 'MOSCOW, March 5, 2014 - Obama spoke again about the 9K720 on Wednesday, and analysts said more Iskander launchers were near the border.\n';
writeFileSync(at('b.txt'), B);
const DOCS = [at('a.txt'), at('b.txt')];
const LEXICONS = ['--lexicon', at('weapons.jsonl'), '--lexicon', at('facilities.tsv')];

type Entity = { id: string; type: string; name: string; mentions: { text: string; rule: string }[] };
type Doc = { source: string; entities: Entity[]; facts: Record<string, unknown>[] };
const records = (out: string): Doc[] => out.trim().split('\n').map((l) => JSON.parse(l) as Doc);

describe('--lexicon', () => {
  const r = run([...LEXICONS, '-f', 'ndjson', ...DOCS]);
  const docs = records(r.stdout);

  it('one WEAPON entity per document, holding the name and an alias, its rule naming the lexicon', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(docs.map((d) => d.entities.filter((e) => e.type === 'WEAPON').map((e) => [e.id, e.name, e.mentions.map((m) => `${m.text}/${m.rule}`)]))).toEqual([
      [['WEAPON:iskander', 'Iskander', ['Iskander/lexicon:weapons.jsonl', 'SS-26/lexicon:weapons.jsonl']]],
      [['WEAPON:iskander', 'Iskander', ['9K720/lexicon:weapons.jsonl', 'Iskander/lexicon:weapons.jsonl']]],
    ]);
    expect(docs[0]!.entities.find((e) => e.type === 'FACILITY')).toMatchObject({ name: 'Fordow Fuel Enrichment Plant', mentions: [{ text: 'Fordow', rule: 'lexicon:facilities.tsv' }] });
  });

  it('role, quote and funding facts carry the ids of their entities', () => {
    const a = docs[0]!;
    const ids = new Map(a.entities.map((e) => [e.name, e.id]));
    const pick = (f: Record<string, unknown>) => Object.fromEntries(Object.entries(f).filter(([k]) => ['type', 'person', 'personId', 'speaker', 'speakerId', 'payer', 'payerId', 'recipientId'].includes(k)));
    expect(a.facts.map(pick)).toEqual([
      { type: 'role', person: 'Barack Obama', personId: 'PERSON:barack-obama' },
      { type: 'quote', speaker: 'Barack Obama', speakerId: 'PERSON:barack-obama' },
      { type: 'funding', payer: 'Rosatom', payerId: 'ORG:rosatom', recipientId: 'PROGRAM:cooperative-threat-reduction-program' },
    ]);
    // every id a fact carries is an entity of the same record
    for (const f of a.facts) for (const [k, v] of Object.entries(f)) if (k.endsWith('Id')) expect([...ids.values()]).toContain(v);
    expect(ids.get('Barack Obama')).toBe('PERSON:barack-obama');
    expect(ids.get('Rosatom')).toBe('ORG:rosatom');
  });

  it('--summary: one "Barack Obama" in 2 documents ("Obama" alone in the other), one WEAPON entity in 2 documents', () => {
    const s = run([...LEXICONS, '--summary', '-f', 'ndjson', ...DOCS]);
    expect(s.status).toBe(0);
    const lines = s.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; type: string; name: string; documents: number; joined?: string[] });
    expect(lines.filter((e) => e.name.includes('Obama')).map((e) => [e.id, e.name, e.documents, e.joined])).toEqual([['PERSON:barack-obama', 'Barack Obama', 2, ['PERSON:obama']]]);
    expect(lines.filter((e) => e.type === 'WEAPON').map((e) => [e.id, e.name, e.documents])).toEqual([['WEAPON:iskander', 'Iskander', 2]]);
  });

  it('the README recipe: jq-ready --summary lines of the WEAPON type (-j 2 gives the same bytes: workers get the lexicons)', () => {
    const one = run([...LEXICONS, '--summary', ...DOCS]);
    const two = run([...LEXICONS, '--summary', '-j', '2', ...DOCS]);
    expect(two.stdout).toBe(one.stdout);
    expect(run([...LEXICONS, '-j', '2', ...DOCS]).stdout).toBe(r.stdout);
  });

  it('custom types in every format and --types', () => {
    const csv = run([...LEXICONS, '-f', 'csv', at('b.txt')]).stdout.split('\n');
    expect(csv.filter((l) => l.includes('WEAPON'))).toEqual([
      `${at('b.txt')},WEAPON,Iskander,,9K720,${B.indexOf('9K720')},${B.indexOf('9K720') + 5}`,
      `${at('b.txt')},WEAPON,Iskander,,Iskander,${B.indexOf('Iskander')},${B.indexOf('Iskander') + 8}`,
    ]);
    const json = JSON.parse(run([...LEXICONS, '-f', 'json', '--types', 'weapon,facility', ...DOCS]).stdout) as Doc[];
    expect(json.map((d) => d.entities.map((e) => e.type))).toEqual([['WEAPON', 'FACILITY'], ['WEAPON']]);
    const table = run([...LEXICONS, '-f', 'table', at('b.txt')]).stdout;
    expect(table).toMatch(/^WEAPON +Iskander +×2$/m);
    expect(run([...LEXICONS, '--summary', '-f', 'table', ...DOCS]).stdout).toMatch(/^WEAPON +Iskander +2 +4 /m);
    expect(run([...LEXICONS, '--summary', '-f', 'csv', ...DOCS]).stdout).toContain('\nWEAPON,Iskander,2,4,2014-03-03,2014-03-05,');
  });

  it('the HTML report: a filter and a colour for each custom type, its marks, the corpus join', () => {
    const html = run([...LEXICONS, '-f', 'html', ...DOCS]).stdout;
    expect(html).toContain('data-type="WEAPON" aria-pressed="true">WEAPON');
    expect(html).toContain('data-type="FACILITY" aria-pressed="true">FACILITY');
    const colour = (t: string) => new RegExp(`\\.t-${t}\\{--fill:([^;]+);`).exec(html)?.[1];
    expect(colour('WEAPON')).toMatch(/^hsl\(/);
    expect(colour('FACILITY')).toMatch(/^hsl\(/);
    expect(colour('WEAPON')).not.toBe(colour('FACILITY'));
    expect(html.match(/<mark class="m t-WEAPON"/g)).toHaveLength(4);
    expect(html).toMatch(/data-id="PERSON:barack-obama" data-joined="PERSON:obama">Barack Obama</);
  });
});

describe('bad lexicons stop the run before any document is read (exit 2)', () => {
  writeFileSync(at('bad.jsonl'), ['{"type": "WEAPON", "name": "Iskander"}', '{"type": "weapon", "name": "Kalibr"}', '', 'Tomahawk WEAPON', ''].join('\n'));

  it('each bad line by file and line number, nothing on stdout, no document read (a missing one is not even named)', () => {
    const r = run(['--lexicon', at('bad.jsonl'), at('a.txt'), at('no such document.txt')]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      `extract: ${at('bad.jsonl')}:2: "type" must be an upper-case word (PERSON, ORG, LOCATION, PROGRAM or one of your own, such as WEAPON), got "weapon"`,
      `extract: ${at('bad.jsonl')}:4: expected a JSON object, or name<TAB>type<TAB>aliases (tab-separated, aliases split by |)`,
    ]);
  });

  it('a lexicon that cannot be read; every bad file named; an output file is not made', () => {
    const r = run(['--lexicon', at('missing.jsonl'), '--lexicon', at('weapons.jsonl'), '--lexicon', at('bad.jsonl'), '-o', at('out.ndjson'), at('a.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').map((l) => l.replace(/(\.jsonl(?::\d+)?): .*/, '$1'))).toEqual([`extract: ${at('missing.jsonl')}`, `extract: ${at('bad.jsonl')}:2`, `extract: ${at('bad.jsonl')}:4`, '']);
    expect(r.stderr).toContain(`extract: ${at('missing.jsonl')}: no such file or folder\n`);
    expect(existsSync(at('out.ndjson'))).toBe(false);
    expect(run(['--lexicon', dir, at('a.txt')]).stderr).toBe(`extract: ${dir}: is a folder\n`);
  });

  it('--types naming a type no lexicon defines', () => {
    const r = run(['--types', 'WEAPON', at('a.txt')]);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('error: --types: unknown type WEAPON; choose from PERSON, ORG, LOCATION, PROGRAM, DATE, MONEY\n(run extract --help for usage)\n');
  });
});
