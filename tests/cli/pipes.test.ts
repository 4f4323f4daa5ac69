// Pipes, FIFOs and devices named as files hold no size: they are read as streams, and a
// FIFO whose writer never comes does not hold the process past a signal.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { BIN, run } from './run.js';

const ARTICLE = 'Joe Biden met Sergei Lavrov in Munich on Monday.';
const entities = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).entities);
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

describe('pipes and devices named as files', () => {
  it.skipIf(!existsSync('/dev/stdin'))('/dev/stdin gives what - gives', () => {
    const a = run(['/dev/stdin'], { input: ARTICLE });
    const b = run(['-'], { input: ARTICLE });
    expect(a.status).toBe(0);
    expect(entities(a.stdout)).toEqual(entities(b.stdout));
    expect(entities(a.stdout)[0].length).toBeGreaterThan(2);
  });

  it.skipIf(spawnSync('bash', ['--version']).status !== 0)('a process substitution, <(cat a.txt), is read whole', () => {
    const dir = tempDir('pipes');
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" -j 1 <(cat "${join(dir, 'a.txt')}")`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(entities(r.stdout)).toEqual(entities(run([join(dir, 'a.txt')]).stdout));
  });

  it.skipIf(!hasMkfifo)('a named pipe is read once its writer comes', async () => {
    const dir = tempDir('pipes');
    const fifo = join(dir, 'fifo');
    spawnSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [BIN, '-j', '1', fifo], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    setTimeout(() => writeFileSync(fifo, ARTICLE), 300);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(entities(out)[0].map((e: { name: string }) => e.name)).toContain('Joe Biden');
  });

  it.skipIf(!hasMkfifo)('a named pipe with no writer does not hold the process past SIGTERM', async () => {
    const dir = tempDir('pipes');
    const fifo = join(dir, 'fifo');
    spawnSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [BIN, '-j', '1', fifo], { stdio: ['ignore', 'pipe', 'pipe'] });
    setTimeout(() => child.kill('SIGTERM'), 1500);
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    // it ends by the signal, as a shell expects of a program it stopped
    expect(ended.signal === 'SIGTERM' || ended.code === 130).toBe(true);
  }, 30_000);
});
