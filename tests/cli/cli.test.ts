// End-to-end: the real binary on fixtures/, checking stdout, stderr and exit codes.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { BIN, ROOT, run } from './run.js';

const ARTICLES = 'fixtures/articles';
const FILES = readdirSync(join(ROOT, ARTICLES)).sort();
const expected = readFileSync(join(ROOT, 'fixtures/expected/articles.ndjson'), 'utf8');
const records = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));

describe('ndjson', () => {
  // with the default --jobs (one worker per core); the other runs use -j 1 (run.ts)
  const r = run([ARTICLES], { jobs: 'default' });
  it('prints one record per document, in sorted order, exactly as expected', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(records(r.stdout).map((d) => d.source)).toEqual(FILES.map((f) => `${ARTICLES}/${f}`));
    expect(r.stdout).toBe(expected);
  });
  it('every mention slices the original file to its text', () => {
    for (const doc of records(r.stdout)) {
      const source = [...readFileSync(join(ROOT, doc.source), 'utf8')];
      for (const e of doc.entities)
        for (const m of e.mentions) expect(source.slice(m.start, m.end).join('')).toBe(m.text);
    }
  });
  it('is the same run after run', () => {
    expect(run([ARTICLES]).stdout).toBe(r.stdout);
  });
});

describe('formats', () => {
  const docs = records(expected);
  it('json: one array of the same records', () => {
    const r = run(['-f', 'json', ARTICLES]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(docs);
  });
  it('csv: the header of README.md ("Output") and one row per mention', () => {
    const r = run(['-f', 'csv', ARTICLES]);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('source,type,name,value,text,start,end');
    const mentions = docs.reduce((n, d) => n + d.entities.reduce((k: number, e: { mentions: unknown[] }) => k + e.mentions.length, 0), 0);
    // a mention text may hold a line break inside quotes: count records, not lines
    const rows = r.stdout.match(/^fixtures\/articles\//gm)?.length;
    expect(rows).toBe(mentions);
  });
  it('csv --facts: one row per fact', () => {
    const r = run(['-f', 'csv', '--facts', ARTICLES]);
    expect(r.stdout.split('\n')[0]).toBe('source,type,subject,detail,object,start,end');
    const facts = docs.reduce((n, d) => n + d.facts.length, 0);
    expect(r.stdout.match(/^fixtures\/articles\//gm)?.length ?? 0).toBe(facts);
  });
  it('table: every entity name, and no colour when piped', () => {
    const r = run(['-f', 'table', ARTICLES]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    for (const d of docs) for (const e of d.entities.filter((x: { type: string }) => x.type === 'PERSON')) expect(r.stdout).toContain(e.name);
  });
  it('--types keeps only those types', () => {
    const r = run(['--types', 'PERSON,DATE', ARTICLES]);
    const types = new Set(records(r.stdout).flatMap((d) => d.entities.map((e: { type: string }) => e.type)));
    expect([...types].sort()).toEqual(['DATE', 'PERSON']);
  });
  it('-o writes the file and nothing to stdout', () => {
    const dir = tempDir('output');
    const r = run(['-o', join(dir, 'out.ndjson'), ARTICLES]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'out.ndjson'), 'utf8')).toBe(expected);
    expect(readdirSync(dir)).toEqual(['out.ndjson']);
  });
});

describe('standard input and options', () => {
  it('reads piped text, with --date', () => {
    const r = run(['--date', '2013-01-31'], { input: 'Russia said on Wednesday it would end the Nunn-Lugar program.' });
    expect(r.status).toBe(0);
    const [doc] = records(r.stdout);
    expect(doc.source).toBe('-');
    expect(doc.date).toBe('2013-01-31');
    expect(doc.entities.find((e: { type: string }) => e.type === 'DATE').value).toBe('2013-01-30');
  });
  it('reads piped HTML with --kind html', () => {
    const r = run(['--kind', 'html', '-'], { input: '<p>Talks in <b>Vienna</b> &amp; Geneva.</p>' });
    const [doc] = records(r.stdout);
    const vienna = doc.entities.find((e: { name: string }) => e.name === 'Vienna');
    expect(vienna.mentions[0]).toMatchObject({ text: 'Vienna', start: 15, end: 21 });
  });
  it('--help shows examples; --version prints the version', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('jq');
    const version = run(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it.each([
    [['-f', 'xml', ARTICLES], /xml/],
    [['--types', 'PEOPLE', ARTICLES], /PEOPLE/],
    [['--date', '2013-02-30', ARTICLES], /2013-02-30/],
    [['--no-such-option'], /no-such-option/],
  ])('usage error %j exits 2', (args, message) => {
    const r = run(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('bad input', () => {
  const dir = tempDir('bad');
  writeFileSync(join(dir, 'a-good.txt'), 'Foreign Minister Sergei Lavrov met Joe Biden in Munich.');
  writeFileSync(join(dir, 'b-empty.txt'), '');
  writeFileSync(join(dir, 'c-binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'd-latin1.txt'), Buffer.from('Caf\xe9 in Z\xfcrich', 'latin1'));
  writeFileSync(join(dir, 'e-image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, '.hidden', 'x.txt'), 'Hidden text about Moscow.');

  it('names each bad file on stderr, prints the good ones, exits 1', () => {
    const r = run([dir, join(dir, 'missing.txt')]);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((d) => d.source)).toEqual([join(dir, 'a-good.txt')]);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `extract: ${join(dir, 'b-empty.txt')}: empty file`,
      `extract: ${join(dir, 'c-binary.txt')}: PDF document, not text`,
      `extract: ${join(dir, 'd-latin1.txt')}: not valid UTF-8 (first bad byte at offset 3; if it is Latin-1, convert it: iconv -f latin1 -t utf-8)`,
      `extract: ${join(dir, 'missing.txt')}: no such file or folder`,
      'extract: 4 of 5 files could not be read',
    ]);
  });
  it('--verbose says which files a folder walk skips', () => {
    const r = run(['--verbose', dir]);
    expect(r.stderr).toContain(`${join(dir, 'e-image.png')}: skipped`);
  });
  it('ends quietly when the reader closes the pipe', () => {
    const many = Array.from({ length: 30 }, () => ARTICLES);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${many.join(' ')} | head -c 100 >/dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });
});

describe('--nested', () => {
  const text = 'She taught at the University of Nebraska for ten years.\n';
  const places = (args: string[]) => {
    const r = run([...args, '-t', 'LOCATION', '-'], { input: text });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    return records(r.stdout)[0].entities.map((e: { name: string; mentions: { rule: string }[] }) => `${e.name}@${e.mentions[0]!.rule}`);
  };
  it('by default an institution is one name', () => expect(places([])).toEqual([]));
  it('also lists the place inside its name', () => expect(places(['--nested'])).toEqual(['Nebraska@location.in-name']));
});

describe('--prefer', () => {
  // an agenda: no verb gives the dates a tense
  const text = 'Agenda\nBoard meeting: Friday.\nBudget review: March 3.\n';
  const values = (args: string[]) => {
    const r = run([...args, '--date', '2013-02-28', '-t', 'DATE', '-'], { input: text });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return records(r.stdout)[0].entities.map((e: { name: string; value: string }) => `${e.name}=${e.value}`);
  };
  it('by default a weekday is the last one, a day of the year the nearest', () => expect(values([])).toEqual(['Friday=2013-02-22', 'March 3=2013-03-03']));
  it('future: the next ones', () => expect(values(['--prefer', 'future'])).toEqual(['Friday=2013-03-01', 'March 3=2013-03-03']));
  it('past: the last ones', () => expect(values(['--prefer', 'past'])).toEqual(['Friday=2013-02-22', 'March 3=2012-03-03']));
  it('a tense still decides', () => {
    const r = run(['--prefer', 'future', '--date', '2013-02-28', '-t', 'DATE', '-'], { input: 'The board met on Friday.\n' });
    expect(records(r.stdout)[0].entities.map((e: { value: string }) => e.value)).toEqual(['2013-02-22']);
  });
  it('anything else is a usage error', () => {
    const r = run(['--prefer', 'soon', '-'], { input: text });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--prefer/);
  });
});
