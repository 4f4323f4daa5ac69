// -o PATH does what a shell's "> PATH" does, safely: it writes through a symbolic link,
// keeps a file's mode and hard links, refuses folders, devices and pipes, and an output
// that cannot be written is one line on stderr with exit status 3, leaving nothing behind.
import { existsSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { BIN, run } from './run.js';

const ARTICLE = 'Joe Biden met Sergei Lavrov in Munich on Monday.';

function setup() {
  const dir = tempDir('output');
  const input = join(dir, 'a.txt');
  writeFileSync(input, ARTICLE);
  return { dir, input };
}
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('-o', () => {
  it('writes through a symbolic link to its target, which keeps its mode', () => {
    const { dir, input } = setup();
    const target = join(dir, 'out.ndjson');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    symlinkSync('out.ndjson', join(dir, 'link.ndjson'));
    const r = run(['-o', join(dir, 'link.ndjson'), input]);
    expect(r.status).toBe(0);
    expect(lstatSync(join(dir, 'link.ndjson')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).source).toBe(input);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(leftovers(dir)).toEqual([]);
  });

  it('keeps the hard links of a file it replaces', () => {
    const { dir, input } = setup();
    const target = join(dir, 'out.ndjson');
    writeFileSync(target, 'old');
    linkSync(target, join(dir, 'other-name.ndjson'));
    expect(run(['-o', target, input]).status).toBe(0);
    expect(readFileSync(join(dir, 'other-name.ndjson'), 'utf8')).toBe(readFileSync(target, 'utf8'));
    expect(statSync(target).nlink).toBe(2);
  });

  it.each([
    ['a folder', (dir: string) => dir, 'is a folder, not a file'],
    ['a path ending in a slash', (dir: string) => `${dir}/`, 'is a folder, not a file'],
    ['a missing folder', (dir: string) => join(dir, 'missing', 'out.ndjson'), 'no such folder'],
  ])('refuses %s: one line, exit 3, nothing left', (_, path, reason) => {
    const { dir, input } = setup();
    const r = run(['-o', path(dir), input]);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(`extract: cannot write ${path(dir)}: ${reason}${reason === 'no such folder' ? `: ${join(dir, 'missing')}` : ''}\n`);
    expect(r.stdout).toBe('');
    expect(leftovers(dir)).toEqual([]);
  });

  it.skipIf(spawnSync('mkfifo', ['--version']).status !== 0)('refuses a named pipe (not a regular file) and leaves it a pipe', () => {
    const { dir, input } = setup();
    const fifo = join(dir, 'pipe');
    spawnSync('mkfifo', [fifo]);
    const r = run(['-o', fifo, input]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^extract: cannot write .*pipe: is not a regular file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('--fail-fast leaves no partial file', () => {
    const { dir, input } = setup();
    writeFileSync(join(dir, 'b.txt'), '');
    const out = join(dir, 'out.ndjson');
    const r = run(['--fail-fast', '-o', out, input, join(dir, 'b.txt')]);
    expect(r.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('standard output that cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))('a full device: one line, exit 3, no stack trace', () => {
    const { input } = setup();
    const r = spawnSync(`"${process.execPath}" "${BIN}" -j 1 "${input}" > /dev/full`, { shell: true, encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('extract: cannot write standard output: no space left on the device\n');
  });
});

describe('-o and the format', () => {
  it.each([
    ['report.html', /^<!doctype html>/],
    ['mentions.csv', /^source,type,name,value,text,start,end\n/],
    ['records.json', /^\[/],
    ['records.ndjson', /^\{"source"/],
  ])('-o %s without -f writes the format its extension names', (file, start) => {
    const { dir, input } = setup();
    expect(run(['-o', join(dir, file), input]).status).toBe(0);
    expect(readFileSync(join(dir, file), 'utf8')).toMatch(start);
  });
});

describe('--help', () => {
  it('shows defaults as a reader wants them: no "(default: false)", sizes as written', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('(default: false)');
    expect(r.stdout).toContain('(default: 10MB)');
    expect(r.stdout).toMatch(/\(default:\s+one per core\)/);
  });
});
