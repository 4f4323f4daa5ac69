// The package as a library, imported by its name as another Node program would.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run } from './run.js';
import { tempDir } from '../helpers/temp.js';
import { extract } from '../../src/index.js';

/** Runs an ES module program that imports 'extract' and prints JSON; its parsed output. */
function program(code: string): unknown {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as unknown);

describe("import ... from 'extract'", { timeout: 60_000 }, () => {
  it('extract() gives the record of the README ("Output")', () => {
    const out = program(`
      import { extract } from 'extract';
      const doc = extract('U.S. Vice President Joe Biden met NATO officials on Wednesday.', { date: '2013-01-31', source: 'a.txt' });
      console.log(JSON.stringify({ source: doc.source, date: doc.date, names: doc.entities.map((e) => [e.type, e.name, e.value ?? null]) }));`);
    expect(out).toEqual({
      source: 'a.txt',
      date: '2013-01-31',
      names: [
        ['LOCATION', 'United States', null],
        ['PERSON', 'Joe Biden', null],
        ['ORG', 'NATO', null],
        ['DATE', 'Wednesday', '2013-01-30'],
      ],
    });
  });

  it('extractPaths() reads a folder as the CLI does: the same records, in the same order', () => {
    const out = program(`
      import { extractPaths } from 'extract';
      const records = [];
      for await (const r of extractPaths(['fixtures/articles'])) records.push(r);
      console.log(JSON.stringify(records));`);
    expect(out).toEqual(lines(run(['fixtures/articles']).stdout));
  });

  it('extractFile() reads one file (kind from its extension); a missing file is a record with error', () => {
    const out = program(`
      import { extractFile } from 'extract';
      console.log(JSON.stringify([extractFile('fixtures/articles/iaea-report-2015-06-08.html'), extractFile('fixtures/no-such-file.txt')]));`) as unknown[];
    expect(out[0]).toEqual(lines(run(['fixtures/articles/iaea-report-2015-06-08.html']).stdout)[0]);
    expect(out[1]).toMatchObject({ source: 'fixtures/no-such-file.txt', date: null, entities: [], facts: [], error: expect.stringMatching(/./) });
  });

  it('summarize() gives the corpus view of `extract --summary`', () => {
    const out = program(`
      import { extractPaths, summarize } from 'extract';
      console.log(JSON.stringify(await summarize(extractPaths(['fixtures/articles', 'fixtures/missing']))));`);
    expect(out).toEqual(lines(run(['--summary', '-f', 'ndjson', 'fixtures/articles']).stdout));
  });

  it('lexicons: summarize(extractPaths()) with a lexicon gives what --lexicon --summary gives', () => {
    const file = join(tempDir('library lexicon'), 'programs.jsonl');
    writeFileSync(file, '{"type": "AGENCY", "name": "National Nuclear Security Administration", "aliases": ["NNSA"]}\n');
    const out = program(`
      import { extractPaths, summarize } from 'extract';
      console.log(JSON.stringify(await summarize(extractPaths(['fixtures/articles'], { lexicons: [${JSON.stringify(file)}] }))));`) as { type: string; name: string }[];
    expect(out.filter((e) => e.type === 'AGENCY').map((e) => e.name)).toEqual(['National Nuclear Security Administration']);
    expect(out).toEqual(lines(run(['--lexicon', file, '--summary', '-f', 'ndjson', 'fixtures/articles']).stdout));
  });

  it('types entities by type: MONEY has a MoneyValue, names no value (tsc on tests/cli/library-types.ts)', () => {
    const tsc = spawnSync(
      process.execPath,
      [`${ROOT}node_modules/typescript/bin/tsc`, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--skipLibCheck', 'tests/cli/library-types.ts'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});

describe('the library refuses options it does not take, with a clear message', () => {
  it.each([
    [() => extract(undefined as unknown as string), 'extract: the text must be a string, got undefined'],
    [() => extract('x', { date: 'yesterday' }), 'extract: options.date must be a date written YYYY-MM-DD, got "yesterday"'],
    [() => extract('x', { date: '2013-02-30' }), 'extract: options.date must be a date written YYYY-MM-DD, got "2013-02-30"'],
    [() => extract('x', { kind: 'pdf' as 'text' }), 'extract: options.kind must be one of text, markdown, html, got "pdf"'],
    [() => extract('x', { wholePage: 'yes' as unknown as boolean }), 'extract: options.wholePage must be true or false, got "yes"'],
    [() => extract('x', { types: ['FOO' as 'ORG'] }), 'extract: options.types must hold entity types (PERSON, ORG, LOCATION, PROGRAM, DATE, MONEY), got ["FOO"]'],
    [() => extract('x', { nested: 'yes' as unknown as boolean }), 'extract: options.nested must be true or false, got "yes"'],
    [() => extract('x', { prefer: 'soon' as 'past' }), 'extract: options.prefer must be "past" or "future", got "soon"'],
    [() => extract('x', { lexicons: 'weapons.jsonl' as unknown as string[] }), 'extract: options.lexicons must be a list of file paths or {name, entries}, got "weapons.jsonl"'],
    [() => extract('x', { lexicons: [{ name: 'w', entries: [{ type: 'DATE', name: 'Xmas' }] }] }), 'extract: lexicon w, entry 0: "type" DATE needs a value that a lexicon cannot give; use PERSON, ORG, LOCATION, PROGRAM or a type of your own'],
  ])('%#', (call, message) => {
    expect(call).toThrow(new TypeError(message));
  });
});

describe('prefer', () => {
  it('points a weekday in an untensed line forward with "future"', () => {
    const value = (o: { prefer?: 'past' | 'future' }) => extract('Board meeting: Friday.', { date: '2013-02-28', ...o }).entities.find((e) => e.type === 'DATE')?.value;
    expect(value({})).toBe('2013-02-22');
    expect(value({ prefer: 'future' })).toBe('2013-03-01');
  });
});

describe('web pages', () => {
  const page = `<div class="columnists"><p>Our columnists: Rebecca Holloway and others.</p></div><div class="story"><p>Harbor Commissioner Daniel Whitcombe said the deeper channel would let larger vessels dock, and that work could begin soon.</p><p>The Greenport Port Authority voted on Tuesday to approve the plan, ending a long dispute over the cost.</p></div>`;
  const people = (o: { wholePage?: boolean }) => extract(page, { kind: 'html', ...o }).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  it('reads the article by default, the whole page with wholePage', () => {
    expect(people({})).toEqual(['Daniel Whitcombe']);
    expect(people({ wholePage: true })).toEqual(['Rebecca Holloway', 'Daniel Whitcombe']);
  });
});

describe('--types and facts', () => {
  const text = 'Foreign Minister Sergei Lavrov said Russia would give $2 billion to the Nunn-Lugar program. "We will not wait," Lavrov said.';
  it.each([
    [['DATE'], []],
    [['PERSON'], ['role', 'quote']],
    [['MONEY'], ['funding']],
    [['ORG', 'MONEY'], ['quote', 'funding']],
  ] as const)('types %j keep the facts about them: %j', (types, kinds) => {
    const doc = extract(text, { types: [...types] });
    expect([...new Set(doc.facts.map((f) => f.type))].sort()).toEqual([...kinds].sort());
  });
});
