// The progress bar: on a terminal's stderr only, never on a pipe or with --quiet, and never
// touching stdout.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { clock, Progress, progressLine, wantsProgress, type ProgressStream } from '../../src/cli/progress.js';
import { tempDir } from '../helpers/temp.js';
import { BIN, ROOT, run } from './run.js';

const ARTICLES = join(ROOT, 'fixtures/articles');

function fakeTTY(columns = 80): ProgressStream & { out: string } {
  return {
    isTTY: true,
    columns,
    out: '',
    write(s: string) {
      this.out += s;
      return true;
    },
  };
}

describe('progressLine', () => {
  it('shows files done of all, MB/s and the time left, within the width', () => {
    const line = progressLine({ done: 25, doneBytes: 50 * 1024 * 1024, total: 100, totalBytes: 200 * 1024 * 1024, seconds: 10 }, 80);
    expect(line).toContain('25/100 files');
    expect(line).toContain('5.0 MB/s');
    expect(line).toContain('0:30 left');
    expect(line).toMatch(/^█{8}░{22}  /);
    expect(line.length).toBeLessThan(80);
  });
  it('says what is done while the files are still being counted', () => {
    const line = progressLine({ done: 3, doneBytes: 1024, total: null, totalBytes: null, seconds: 1 }, 80);
    expect(line).toContain('3 files');
    expect(line).not.toContain('left');
  });
  it('fits a narrow terminal', () => {
    for (const width of [20, 30, 40]) {
      const line = progressLine({ done: 5, doneBytes: 5e6, total: 1000, totalBytes: 1e9, seconds: 3 }, width);
      expect(line.length).toBeLessThan(width);
    }
  });
  it('clock', () => {
    expect([clock(0), clock(42), clock(725), clock(3723)]).toEqual(['0:00', '0:42', '12:05', '1:02:03']);
  });
});

describe('Progress', () => {
  it('draws only on a terminal, without --quiet, not for TERM=dumb', () => {
    expect(wantsProgress({ isTTY: true, write: () => true }, {}, false)).toBe(true);
    expect(wantsProgress({ isTTY: false, write: () => true }, {}, false)).toBe(false);
    expect(wantsProgress({ write: () => true }, {}, false)).toBe(false);
    expect(wantsProgress({ isTTY: true, write: () => true }, {}, true)).toBe(false);
    expect(wantsProgress({ isTTY: true, write: () => true }, { TERM: 'dumb' }, false)).toBe(false);
  });

  it('waits a moment, needs more than one file, redraws on one line and clears itself', () => {
    let now = 1000;
    const stream = fakeTTY();
    const p = new Progress(stream, { now: () => now, intervalMs: 1e9 });
    p.found('a', 1000);
    p.found('b', 3000);
    p.tick('a');
    p.draw();
    expect(stream.out).toBe(''); // too early
    now += 500;
    p.draw();
    expect(stream.out).toMatch(/^\r.*1 files.*\u001b\[K$/);
    p.finish();
    p.tick('b');
    stream.out = '';
    p.draw();
    expect(stream.out).toContain('2/2 files');
    expect(stream.out).toContain('0:00 left');
    stream.out = '';
    p.stop();
    expect(stream.out).toBe('\r\u001b[K');
    p.draw();
    expect(stream.out).toBe('\r\u001b[K');
  });

  it('draws nothing for a single file', () => {
    let now = 0;
    const stream = fakeTTY();
    const p = new Progress(stream, { now: () => now, intervalMs: 1e9 });
    p.found('a', 10);
    p.finish();
    now = 10_000;
    p.draw();
    p.stop();
    expect(stream.out).toBe('');
  });

  it('counts a file done before the counting walk reached it', () => {
    const p = new Progress(fakeTTY(), { intervalMs: 1e9 });
    p.tick('a');
    p.found('a', 500);
    p.finish();
    expect(p.state()).toMatchObject({ done: 1, doneBytes: 500, total: 1, totalBytes: 500 });
    p.stop();
  });
});

describe('the command line', () => {
  const dir = tempDir('progress');
  const outDir = tempDir('progress-out');
  const names = readdirSync(ARTICLES);
  for (let i = 0; i < 15; i++) for (const n of names) copyFileSync(join(ARTICLES, n), join(dir, `${String(i).padStart(2, '0')}-${n}`));

  // one run without a terminal, for this test and to compare the runs on a terminal with
  const plain = run([dir]);
  it('shows no progress when stderr is not a terminal', () => {
    const r = plain;
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(45);
  });

  const script = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  // `script` gives the command a terminal; stdout goes to a file, stderr to the terminal
  const onTerminal = (args: string) => {
    const out = join(outDir, 'out.ndjson');
    const r = spawnSync('script', ['-qec', `stty cols 100; "${process.execPath}" "${BIN}" ${args} > "${out}"`, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TERM: 'xterm', NO_COLOR: undefined },
    });
    const stdout = readFileSync(out, 'utf8');
    return { status: r.status, terminal: r.stdout, stdout };
  };

  it.skipIf(!script)('on a terminal: a bar on stderr, stdout unchanged', () => {
    const r = onTerminal(`"${dir}"`);
    expect(r.status).toBe(0);
    expect(r.terminal).toMatch(/\d+(\/45)? files {2}\d+\.\d+ MB\/s/);
    expect(r.terminal.endsWith('\r\u001b[K')).toBe(true); // taken off the line at the end
    expect(r.stdout).toBe(plain.stdout);
  });

  it.skipIf(!script)('a feed counts as one file, however many items it gives', () => {
    const feeds = tempDir('progress-feeds');
    for (let i = 0; i < 30; i++) copyFileSync(join(ROOT, 'fixtures/feeds/harbor-news.rss'), join(feeds, `${String(i).padStart(2, '0')}.rss`));
    const r = onTerminal(`"${feeds}"`);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(60);
    const counts = [...r.terminal.matchAll(/(\d+)(?:\/(\d+))? files/g)].map((m) => [Number(m[1]), m[2] === undefined ? 30 : Number(m[2])]);
    expect(counts.length).toBeGreaterThan(0);
    for (const [done, total] of counts) expect([done <= 30, total]).toEqual([true, 30]);
  });

  it.skipIf(!script)('on a terminal with --quiet: nothing', () => {
    const r = onTerminal(`--quiet "${dir}"`);
    expect(r.status).toBe(0);
    expect(r.terminal).toBe('');
  });
});

describe('the bar and a table on one terminal', () => {
  it.skipIf(spawnSync('script', ['--version']).status !== 0)('no table row is written after the bar on its line', () => {
    const dir = tempDir('bar-table');
    const names = readdirSync(ARTICLES);
    for (let i = 0; i < 20; i++) for (const n of names) copyFileSync(join(ARTICLES, n), join(dir, `${i}-${n}`));
    // a pseudo-terminal for stdout and stderr alike, as a person's shell gives
    const r = spawnSync('script', ['-qfec', `"${process.execPath}" "${BIN}" -j 1 --no-color "${dir}"`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '100', TERM: 'xterm' } });
    expect(r.status).toBe(0);
    // what a terminal shows of each line: what follows its last carriage return (the bar
    // draws itself after one; a row written after the bar, uncleared, shares its line)
    const shown = r.stdout.split('\n').map((l) => l.replace(/\r$/, '')).map((l) => l.slice(l.lastIndexOf('\r') + 1));
    const rows = shown.filter((l) => l.includes(names[0]!));
    expect(rows.length).toBeGreaterThan(10);
    for (const l of rows) expect(l).not.toMatch(/[█░]/);
  });
});
