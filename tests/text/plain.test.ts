import { describe, expect, test } from 'vitest';
import { toPlainText } from '../../src/text/index.js';
import { runCase, type Case } from './helpers.js';

const cases: Case[] = [
  { name: 'unchanged text', raw: 'Plain text.\nSecond line.', text: 'Plain text.\nSecond line.', slices: [['text.\nSecond', 'text.\nSecond']] },
  { name: 'CRLF', raw: 'one\r\ntwo\r\n', text: 'one\ntwo\n', slices: [['one\ntwo', 'one\r\ntwo'], ['\n', '\r\n'], ['two', 'two']] },
  { name: 'lone CR', raw: 'one\rtwo', text: 'one\ntwo', slices: [['\n', '\r'], ['two', 'two']] },
  { name: 'BOM', raw: '\uFEFFHello world', text: 'Hello world', slices: [['Hello', 'Hello'], ['world', 'world']] },
  { name: 'BOM and CRLF', raw: '\uFEFFa\r\nb', text: 'a\nb', slices: [['a\nb', 'a\r\nb']] },
  { name: 'NUL', raw: 'a\0b', text: 'a b', slices: [['a b', 'a\0b']] },
  { name: 'empty', raw: '', text: '' },
];

describe('text documents', () => {
  test.each(cases)('$name', (c) => void runCase('text', c));

  test('identity map clamps out-of-range spans', () => {
    const p = toPlainText('abc', 'text');
    expect(p.map.toSource(1, 2)).toEqual({ start: 1, end: 2 });
    expect(p.map.toSource(-5, 99)).toEqual({ start: 0, end: 3 });
    expect(p.map.toSource(2, 1)).toEqual({ start: 2, end: 2 });
    expect(p.meta).toEqual({});
  });

  test('an empty document maps every span to 0..0', () => {
    const p = toPlainText('', 'text');
    expect(p.map.toSource(0, 0)).toEqual({ start: 0, end: 0 });
  });

  test('the map after a BOM is shifted by one', () => {
    const p = toPlainText('\uFEFFabc\r\n', 'text');
    expect(p.map.toSource(0, 3)).toEqual({ start: 1, end: 4 });
    expect(p.map.toSource(3, 4)).toEqual({ start: 4, end: 6 });
    expect(p.map.toSource(4, 4)).toEqual({ start: 6, end: 6 });
  });
});
