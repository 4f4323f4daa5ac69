// The table for a terminal: within 80 columns, coloured by type only when colour is allowed
// (a terminal, and no NO_COLOR, TERM=dumb or --no-color).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderer } from '../../src/emit/index.js';
import { terminalInfo } from '../../src/cli/terminal.js';
import type { OutputRecord } from '../../src/emit/record.js';
import { BIN, ROOT } from '../cli/run.js';

const ANSI = /\u001b\[[0-9;]*m/g;
const visible = (s: string) => [...s.replace(ANSI, '')].length;

const DOC: OutputRecord = {
  source: 'fixtures/articles/a-rather-long-file-name-for-a-news-article-about-arms-control.md',
  date: '2013-01-31',
  dateSource: 'top',
  entities: [
    { id: 'PERSON:joe-biden', type: 'PERSON', name: 'Joe Biden', mentions: [{ text: 'Joe Biden', start: 0, end: 9, rule: 'r' }] },
    { id: 'ORG:x', type: 'ORG', name: 'Senate Energy and Water Development Subcommittee on Appropriations and Oversight', mentions: [{ text: 'x', start: 0, end: 1, rule: 'r' }] },
    { id: 'DATE:2013-w05-we', type: 'DATE', name: 'the weekend before last', value: '2013-W05-WE', mentions: [{ text: 'x', start: 0, end: 1, rule: 'r' }] },
    { id: 'MONEY:x', type: 'MONEY', name: 'more than $8 billion', value: { amount: 8e9, currency: 'USD', modifier: 'more than' }, mentions: [{ text: 'x', start: 0, end: 1, rule: 'r' }] },
  ],
  facts: [
    { type: 'quote', speaker: 'Joe Biden', text: 'a very long quotation '.repeat(10), start: 0, end: 1, rule: 'r' },
    { type: 'funding', payer: 'U.S.', amount: { amount: 8e9, currency: 'USD', modifier: 'more than' }, recipient: 'Nunn-Lugar program', start: 0, end: 1, rule: 'r' },
  ],
};

const render = (color: boolean, width = 80) => {
  const r = renderer('table', { pretty: true, facts: false, color, width });
  return r.begin() + r.record(DOC) + r.end();
};

describe('table renderer', () => {
  it('fits 80 columns: long names and quotes are cut with an ellipsis', () => {
    const out = render(false);
    for (const line of out.split('\n')) expect(visible(line), line).toBeLessThan(80);
    expect(out).toMatch(/Senate Energy and Water Development Subcommittee on \w+…/);
    expect(out.split('\n')[0]).toMatch(/^…[-a-z]+-about-arms-control.md  date 2013-01-31 \(top\)$/);
    expect(out).toContain('8,000,000,000 USD');
    expect(out).toContain('U.S. → Nunn-Lugar program: more than $8 billion');
  });
  it('colours each type differently with colour on, and has no escape at all with colour off', () => {
    const on = render(true);
    expect(on).toMatch(ANSI);
    const colourOf = (type: string) => on.split('\n').find((l) => l.includes(type))!.match(/\u001b\[(\d+)m/)![1];
    expect(new Set(['PERSON', 'ORG', 'DATE', 'MONEY'].map(colourOf)).size).toBe(4);
    expect(on.replace(ANSI, '')).toBe(render(false));
    expect(render(false)).not.toMatch(ANSI);
  });
  it('keeps within a wide terminal too (at most 120 columns)', () => {
    for (const line of render(false, 200).split('\n')) expect(visible(line)).toBeLessThanOrEqual(120);
  });
});

describe('colour decisions', () => {
  const tty = { isTTY: true, columns: 100 } as NodeJS.WriteStream;
  it.each([
    ['a terminal', tty, {}, true, true],
    ['a pipe', { isTTY: false } as NodeJS.WriteStream, {}, true, false],
    ['NO_COLOR', tty, { NO_COLOR: '1' }, true, false],
    // no-color.org: an empty NO_COLOR is as if it were not set
    ['NO_COLOR set empty', tty, { NO_COLOR: '' }, true, true],
    ['TERM=dumb', tty, { TERM: 'dumb' }, true, false],
    ['--no-color', tty, {}, false, false],
  ] as const)('%s', (_, stream, env, flag, color) => {
    expect(terminalInfo(stream, env, flag).color).toBe(color);
  });
  it('width from the terminal, 80 when unknown', () => {
    expect(terminalInfo(tty, {}, true).width).toBe(100);
    expect(terminalInfo({ isTTY: false } as NodeJS.WriteStream, {}, true).width).toBe(80);
  });
});

// the real command line on a pseudo-terminal (util-linux `script`), 80 columns wide
const script = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
describe.skipIf(!script)('on a terminal', () => {
  const onTerminal = (args: string, env: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync('script', ['-qec', `stty cols 80; "${process.execPath}" "${BIN}" ${args} 2>/dev/null`, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
    });
    expect(r.status).toBe(0);
    return r.stdout.replace(/\r\n/g, '\n');
  };
  const FILE = 'fixtures/articles/senate-hearing-2014-03-12.txt';

  it('a coloured table that fits 80 columns by default', () => {
    const out = onTerminal(FILE);
    expect(out).toMatch(ANSI);
    expect(out).toContain('PERSON');
    for (const line of out.split('\n')) expect(visible(line), line).toBeLessThan(80);
  }, 30_000);
  it.each([
    ['NO_COLOR=1', '', { NO_COLOR: '1' }],
    ['TERM=dumb', '', { TERM: 'dumb' }],
    ['--no-color', '--no-color ', {}],
  ])('no colour with %s', (_, flag, env) => {
    const out = onTerminal(flag + FILE, env);
    expect(out).toContain('PERSON');
    expect(out).not.toMatch(ANSI);
  }, 30_000);
});
