// Random documents built from markup pieces: the stage never throws, every plain char maps
// inside the source, spans start in source order, and an ASCII letter or digit always maps
// to that same letter in the source (markup never leaks into or shifts the text).
import { describe, expect, test } from 'vitest';
import { toPlainText } from '../../src/text/index.js';
import type { DocumentKind } from '../../src/types.js';

const PIECES = [
  'word', 'Word', 'U.S.', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '\0', '\uFEFF', 'é', '😀', '\uD800',
  '.', ',', '-', 'arms-', '|', ':', '"', '”',
  '#', '## ', '**', '*', '_', '~~', '[', ']', '(', ')', '](#)', '`', '```', '~~~', '> ', '- ', '1. ', '---', '    ',
  '\\', '\\$', '\\*', '&', ';', '&amp;', '&#8220;', '&#x1F600;', '&#0;', '&nbsp;', '&notit;', '&bogus;',
  '![a](b.png)', '<https://x.y/?a&amp;b>', '[ref]: /url', '[ref]',
  '<', '>', '</', '<p>', '</p>', '<b>', '</b>', '<br>', '<br/>', '<div>', '</div>', '<li>', '<td>', '<h1>', '</h1>',
  '<script>', '</script>', '<style>', '<!--', '-->', '<pre>', '</pre>', '<title>', '</title>', '<head>', '</head>',
  '<svg>', '<a href="x">', '</a>', '<meta name="date" content="2013-01-31">', '<time datetime="2013-02-01">',
  '<article>', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<p class="a', "='", '"',
];

/** mulberry32: a small seeded generator, so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDoc(next: () => number): string {
  const n = Math.floor(next() * 120);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)]!;
  return s;
}

const KINDS: DocumentKind[] = ['text', 'markdown', 'html'];
const ALNUM = /[A-Za-z0-9]/;

describe('random documents', () => {
  test.each(KINDS)('%s: never throws, maps every char inside the source', { timeout: 120_000 }, (kind) => {
    const next = rng(0x5eed + kind.length);
    for (let round = 0; round < 500; round++) {
      const raw = randomDoc(next);
      const p = toPlainText(raw, kind);
      const ctx = `${kind} ${JSON.stringify(raw)} -> ${JSON.stringify(p.text)}`;
      let lastStart = 0;
      for (let i = 0; i < p.text.length; i++) {
        const s = p.map.toSource(i, i + 1);
        if (!(s.start >= 0 && s.start <= s.end && s.end <= raw.length)) expect.fail(`${ctx}: char ${i} -> ${JSON.stringify(s)}`);
        if (s.start < lastStart) expect.fail(`${ctx}: char ${i} starts before char ${i - 1}`);
        lastStart = s.start;
        const c = p.text[i]!;
        if (ALNUM.test(c) && raw.slice(s.start, s.end) !== c) {
          expect.fail(`${ctx}: char ${i} "${c}" -> ${JSON.stringify(raw.slice(s.start, s.end))}`);
        }
      }
      const whole = p.map.toSource(0, p.text.length);
      expect(whole.start >= 0 && whole.end <= raw.length && whole.start <= whole.end, ctx).toBe(true);
    }
  });

  test.each(KINDS)('%s: odd arguments to toSource', (kind) => {
    const p = toPlainText('<p>ab</p>\n\n**c**', kind);
    for (const [a, b] of [[-1, 2], [2, -1], [NaN, NaN], [0, Infinity], [1.5, 2.5], [1e9, 1e9 + 1]]) {
      const s = p.map.toSource(a!, b!);
      expect(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start <= s.end && s.end <= 16).toBe(true);
    }
  });
});

describe('large documents', () => {
  const big = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

  // 200,000 characters each: enough for a nesting or a quadratic pass to show (40,000
  // nested <div>s, 100,000 nested "> "), little enough for the suite. The same cases at 1 to
  // 10 MB, timed, are in the bench (npm run bench, "large documents").
  test.each([
    ['text', 'Some words on one long line, '],
    ['text', 'line\r\n'],
    ['html', 'Some <b>words</b> &amp; one long line, '],
    ['html', '<div>'],
    ['html', '<svg><b>'],
    ['html', '<p>para graph</p>\n'],
    ['markdown', 'plain words on one long line '],
    ['markdown', 'Some **words** on one \\$ long [line](#), '],
    ['markdown', '> '],
    ['markdown', '1. '],
    ['markdown', 'para graph\n\n'],
  ] as [DocumentKind, string][])('%s: %j, 200,000 chars', (kind, unit) => {
    const raw = big(unit, 200_000);
    const p = toPlainText(raw, kind);
    const s = p.map.toSource(0, p.text.length);
    expect(s.end).toBeLessThanOrEqual(raw.length);
    if (p.text.length > 2) expect(p.map.toSource(p.text.length >> 1, (p.text.length >> 1) + 1).start).toBeGreaterThan(0);
  });
});
