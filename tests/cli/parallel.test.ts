// Runs on many cores and past one machine: the same bytes whatever --jobs, NDJSON documents
// on standard input (the mapper of GNU parallel, Hadoop Streaming, Spark's RDD.pipe),
// --fail-fast, and clean stops on SIGINT and SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir as temp } from '../helpers/temp.js';
import { BIN, ROOT, run } from './run.js';

const records = (out: string) => out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const ARTICLES = join(ROOT, 'fixtures/articles');

/**
 * A folder of documents of very different lengths in three sub-folders, so that workers
 * finish out of order: the fixture articles in every sub-folder, each also cut to its first
 * paragraphs and five times as long, and two bad files. Built from the clone alone (never the evaluation data beside it): the same
 * corpus wherever the clone is. Returns the folder and the paths of the good documents.
 */
function corpus(): { dir: string; good: string[] } {
  const dir = temp('corpus');
  const good: string[] = [];
  for (const part of ['part-0', 'part-1', 'part-2']) mkdirSync(join(dir, part));
  readdirSync(ARTICLES).forEach((f, i) => {
    const text = readFileSync(join(ARTICLES, f), 'utf8');
    const paragraphs = text.split(/\n\s*\n/);
    for (let k = 0; k < 3; k++) {
      const whole = join(dir, `part-${k}`, `${i}-whole-${f}`);
      writeFileSync(whole, text);
      good.push(whole);
    }
    const cut = join(dir, `part-${(i + 1) % 3}`, `${i}-cut-${f}`);
    writeFileSync(cut, paragraphs.slice(0, 2).join('\n\n') + '\n');
    // and one five times as long
    const long = join(dir, `part-${i % 3}`, `${i}-long-${f}`);
    writeFileSync(long, f.endsWith('.html') ? text : Array(5).fill(text).join('\n\n'));
    good.push(cut, long);
  });
  writeFileSync(join(dir, 'part-1', 'broken.txt'), Buffer.from('Caf\xe9', 'latin1'));
  writeFileSync(join(dir, 'part-2', 'empty.md'), '');
  return { dir, good };
}

describe('--jobs', () => {
  const { dir, good } = corpus();
  const one = run(['-j', '1', dir]);
  it('one job: every document, the bad ones named', () => {
    expect(one.status).toBe(1);
    const sources = records(one.stdout).map((d) => d.source);
    expect([...sources].sort()).toEqual([...good].sort());
    expect(one.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(new RegExp(`^extract: .*part-1/broken\\.txt: not valid UTF-8`)),
      `extract: ${join(dir, 'part-2', 'empty.md')}: empty file`,
      `extract: 2 of ${good.length + 2} files could not be read`,
    ]);
  });
  // 2 and 5 workers on the machine's cores (5: more workers than cores and than files in a folder)
  it.each([2, 5])('-j %i: the same stdout and stderr, byte for byte', (jobs) => {
    const r = run(['-j', String(jobs), dir]);
    expect(r.status).toBe(one.status);
    expect(r.stdout).toBe(one.stdout);
    expect(r.stderr).toBe(one.stderr);
  }, 120_000);
  it.each([['csv'], ['json'], ['csv', '--facts']])('-f %s: the same whatever --jobs', (...args) => {
    const a = run(['-f', ...args, '-j', '1', dir]);
    const b = run(['-f', ...args, '-j', '2', dir]);
    expect(b.stdout).toBe(a.stdout);
  }, 120_000);
  // the default starts one worker and adds one only as the run proves large (pool.test.ts)
  it.each([['one file', () => [good[0]!]], ['a folder', () => [dir]]])('the default --jobs on %s: the same bytes as -j 1', (_, paths) => {
    const one = run(['-j', '1', ...paths()]);
    const r = run(paths(), { jobs: 'default' });
    expect(r.status).toBe(one.status);
    expect(r.stdout).toBe(one.stdout);
    expect(r.stderr).toBe(one.stderr);
  }, 120_000);
  it('the fixtures give the expected output with workers', () => {
    expect(run(['-j', '2', ARTICLES]).stdout).toBe(run(['-j', '1', ARTICLES]).stdout);
  });
  it.each([['0'], ['two'], ['-1']])('--jobs %s is a usage error', (n) => {
    const r = run(['--jobs', n, ARTICLES]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs');
  });
});

describe('--fail-fast', () => {
  it('stops at the first input that cannot be read', () => {
    const dir = temp('failfast');
    writeFileSync(join(dir, 'a.txt'), 'Joe Biden met Sergei Lavrov in Munich.');
    writeFileSync(join(dir, 'b.txt'), '');
    writeFileSync(join(dir, 'c.txt'), 'Joe Biden met Sergei Lavrov in Munich.');
    for (const jobs of ['1', '2']) {
      const r = run(['--fail-fast', '-j', jobs, dir]);
      expect(r.status).toBe(1);
      expect(records(r.stdout).map((d) => d.source)).toEqual([join(dir, 'a.txt')]);
      expect(r.stderr).toBe(`extract: ${join(dir, 'b.txt')}: empty file\nextract: 1 of 2 files could not be read\n`);
    }
  });
});

const DOCS = [
  { id: 'moscow-1', text: 'Russia said on Wednesday it would end the Nunn-Lugar program.', date: '2013-01-31' },
  { id: 'html-2', text: '<p>Talks in <b>Vienna</b> &amp; Geneva.</p>', kind: 'html' },
  { id: 3, text: 'Foreign Minister Sergei Lavrov met Joe Biden in Munich. The U.S. spent $8 billion.' },
  { id: 'md-4', text: '# Budget\n\nThe **Senate** approved $2 million for NNSA.', kind: 'markdown' },
];

describe('--input ndjson', () => {
  it('one record per line, source = id, the options of each line', () => {
    const r = run(['--input', 'ndjson'], { input: DOCS.map((d) => JSON.stringify(d)).join('\n') + '\n' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const docs = records(r.stdout);
    expect(docs.map((d) => d.source)).toEqual(['moscow-1', 'html-2', '3', 'md-4']);
    expect(docs[0].date).toBe('2013-01-31');
    expect(docs[0].entities.find((e: { type: string }) => e.type === 'DATE').value).toBe('2013-01-30');
    expect(docs[1].entities.find((e: { name: string }) => e.name === 'Vienna').mentions[0]).toMatchObject({ start: 15, end: 21 });
  });
  it('gives the records a run on files gives (same offsets, same entities)', () => {
    const dir = temp('same');
    writeFileSync(join(dir, 'a.txt'), DOCS[2]!.text);
    const fromFile = records(run([join(dir, 'a.txt')]).stdout)[0];
    const fromLine = records(run(['--input', 'ndjson'], { input: JSON.stringify({ id: join(dir, 'a.txt'), text: DOCS[2]!.text }) }).stdout)[0];
    expect(fromLine).toEqual(fromFile);
  });
  it('a malformed line: named by its number on stderr, the rest processed, exit 1', () => {
    const lines = [
      JSON.stringify(DOCS[0]),
      '{"id": "x", "text": ',
      '',
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'y', text: 42 }),
      JSON.stringify({ id: 'z', text: 'Moscow.', date: '31/01/2013' }),
      '[1, 2]',
      JSON.stringify(DOCS[2]),
    ];
    const r = run(['--input', 'ndjson', '-j', '2'], { input: lines.join('\r\n') });
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((d) => d.source)).toEqual(['moscow-1', '3']);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^extract: line 2: not valid JSON/),
      'extract: line 4: no "id" (a string or a number)',
      'extract: line 5: id "y": no "text" (a string)',
      'extract: line 6: id "z": "date" must be a date as YYYY-MM-DD',
      'extract: line 7: expected a JSON object {"id": ..., "text": ...}',
      'extract: 5 of 7 records could not be read',
    ]);
  });
  it('reads files named, and names a folder as no JSON Lines file', () => {
    const r = run(['--input', 'ndjson', ARTICLES]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`extract: ${ARTICLES}: is a folder (--input ndjson reads JSON Lines files)\nextract: 1 of 1 record could not be read\n`);
  });

  const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!parallel) console.log('skipped: GNU parallel is not installed (apt-get install parallel)');
  it.skipIf(!parallel)('GNU parallel --pipe: a split run gives the same records as one run', () => {
    const docs = Array.from({ length: 12 }, (_, i) => ({ ...DOCS[i % DOCS.length]!, id: `doc-${i}` }));
    const input = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
    const single = run(['--input', 'ndjson'], { input });
    // 3 processes of 4 documents each, their outputs joined in input order; --quote, since
    // parallel runs its command through a shell and the clone's path may hold a space
    const split = spawnSync('parallel', ['--will-cite', '--pipe', '--quote', '-N', '4', '-j', '3', '--keep-order', process.execPath, BIN, '--input', 'ndjson', '-j', '1'], {
      input,
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(split.status, split.stderr).toBe(0);
    expect(split.stdout).toBe(single.stdout);
  }, 120_000);
});

/** Starts extract, waits for its first record, sends `signal`, and collects what it wrote. */
function interrupt(args: string[], signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (c) => {
      stdout += c;
      if (!sent) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stderr.on('data', (c) => (stderr += c));
    const started = setTimeout(() => {
      if (!sent) (sent = true), child.kill(signal);
    }, 20_000);
    child.on('close', (code, sig) => {
      clearTimeout(started);
      resolve({ code, signal: sig, stdout, stderr });
    });
  });
}

describe('interrupts', () => {
  const dir = temp('signals');
  const text = readFileSync(join(ARTICLES, readdirSync(ARTICLES).find((f) => f.endsWith('.txt'))!), 'utf8');
  for (let i = 0; i < 400; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), text);

  it.each([['SIGINT'], ['SIGTERM']] as const)('%s with workers: records written are whole, exit 130', async (signal) => {
    const r = await interrupt(['-j', '2', dir], signal);
    expect(r.code).toBe(130);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const docs = records(r.stdout);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThan(400);
    expect(docs.map((d) => d.source)).toEqual(docs.map((_, i) => join(dir, `${String(i).padStart(3, '0')}.txt`)));
  });

  // one job runs in a worker too: the main thread takes the signal at once, whatever the
  // worker is doing (it used to run in the main thread, and a signal could be lost)
  it.each([1, 2, 3])('SIGINT with one job (run %i): exit 130, what was written is whole', async () => {
    const r = await interrupt(['-j', '1', dir], 'SIGINT');
    expect(r.code).toBe(130);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const docs = records(r.stdout);
    expect(docs.length).toBeLessThan(400);
  });

  it.each([['SIGINT'], ['SIGTERM']] as const)('%s with -o FILE: no FILE, no temporary file left', async (signal) => {
    const out = temp('out');
    const child = spawn(process.execPath, [BIN, '-j', '2', '-o', join(out, 'records.ndjson'), dir], { cwd: ROOT, stdio: 'ignore' });
    // wait until the temporary file has data in it
    for (let t = 0; t < 400; t++) {
      await new Promise((r) => setTimeout(r, 50));
      const tmp = readdirSync(out).find((f) => f.endsWith('.tmp'));
      if (tmp && readFileSync(join(out, tmp)).length > 0) break;
    }
    child.kill(signal);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  });
});
