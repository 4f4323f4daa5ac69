// Messages on stderr name files safely: control characters in a name are shown escaped,
// and --verbose names what a folder walk leaves out, pipes and devices included.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { run } from './run.js';

describe('messages', () => {
  it('an escape sequence or a new line in a file name reaches the terminal escaped', () => {
    const dir = tempDir('messages');
    const name = join(dir, 'bad\x1b[31m\nname.txt');
    writeFileSync(name, '');
    const r = run([name]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`extract: ${join(dir, 'bad')}\\x1b[31m\\x0aname.txt: empty file\nextract: 1 of 1 file could not be read\n`);
  });

  it.skipIf(spawnSync('mkfifo', ['--version']).status !== 0)('--verbose names a pipe inside a folder, which is never waited on', () => {
    const dir = tempDir('messages');
    spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'a.txt'), 'Joe Biden met Sergei Lavrov in Munich.');
    const r = run(['-v', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`extract: ${join(dir, 'pipe.txt')}: skipped: not a regular file (a pipe, a device or a socket)\n`);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('--facts', () => {
  it.each([
    [['--facts', '-f', 'ndjson'], 'extract: --facts goes with -f csv (one row per fact); -f ndjson shows the facts always\n'],
    [['--facts', '--summary', '-f', 'csv'], 'extract: --facts goes with -f csv (one row per fact); --summary lists entities\n'],
  ])('%j is a usage error, not silently ignored', (args, message) => {
    const dir = tempDir('messages');
    writeFileSync(join(dir, 'a.txt'), 'Joe Biden met Sergei Lavrov in Munich.');
    const r = run([...args, join(dir, 'a.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(message);
  });
});

describe('--verbose in input order', () => {
  it('a skipped file is named in its place among the files that fail', () => {
    const dir = tempDir('messages');
    writeFileSync(join(dir, 'a.txt'), '');
    writeFileSync(join(dir, 'b.csv'), 'x,y');
    writeFileSync(join(dir, 'c.txt'), '');
    writeFileSync(join(dir, 'd.txt'), 'Joe Biden met Sergei Lavrov in Munich.');
    const r = run(['-v', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        `extract: ${join(dir, 'a.txt')}: empty file`,
        `extract: ${join(dir, 'b.csv')}: skipped: not a kind extract reads (.txt, .md, .html, .rss, .atom, .pdf, .docx)`,
        `extract: ${join(dir, 'c.txt')}: empty file`,
        'extract: 2 of 3 files could not be read',
        '',
      ].join('\n'),
    );
  });
});
