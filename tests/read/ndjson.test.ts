import { describe, expect, it } from 'vitest';
import { ndjsonDocuments, parseDocumentLine } from '../../src/read/ndjson.js';
import { formatSize, parseSize } from '../../src/read/size.js';

async function collect(chunks: (string | Buffer)[], max = 1 << 20) {
  async function* stream() {
    for (const c of chunks) yield Buffer.from(c);
  }
  const out = [];
  for await (const item of ndjsonDocuments(stream(), max)) out.push(item);
  return out;
}

describe('parseDocumentLine', () => {
  it.each([
    ['{"id":"a","text":"x"}', { id: 'a', text: 'x' }],
    ['{"id":7,"text":"x","date":"2013-01-31","kind":"html"}', { id: '7', text: 'x', date: '2013-01-31', kind: 'html' }],
    ['{"id":"a","text":"x","date":null,"extra":1}', { id: 'a', text: 'x' }],
  ])('%s', (line, doc) => expect(parseDocumentLine(line)).toEqual(doc));
  it.each([
    ['{"id":"a"', /^not valid JSON/],
    ['"text"', /^expected a JSON object/],
    ['{"text":"x"}', /no "id"/],
    ['{"id":true,"text":"x"}', /no "id"/],
    ['{"id":"a","text":["x"]}', /no "text"/],
    ['{"id":"a","text":"x","date":"2013-02-30"}', /"date"/],
    ['{"id":"a","text":"x","kind":"pdf"}', /"kind"/],
  ])('%s is refused', (line, why) => expect(parseDocumentLine(line)).toMatch(why));
});

describe('ndjsonDocuments', () => {
  it('splits lines across chunks, numbers them, skips blank lines, accepts CRLF', async () => {
    const items = await collect(['{"id":"a","te', 'xt":"x"}\r\n\n  \n{"id":"b","text":"y"}\n{"id', '":"c","text":"z"}']);
    expect(items).toEqual([
      { line: 1, doc: { id: 'a', text: 'x' } },
      { line: 4, doc: { id: 'b', text: 'y' } },
      { line: 5, doc: { id: 'c', text: 'z' } },
    ]);
  });
  it('reports invalid UTF-8 and lines over the size limit without holding them', async () => {
    const long = JSON.stringify({ id: 'big', text: 'x'.repeat(5000) });
    const items = await collect([Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), long.slice(0, 3000), long.slice(3000) + '\n{"id":"ok","text":"t"}\n'], 1000);
    expect(items).toEqual([
      { line: 1, error: 'not valid UTF-8' },
      { line: 2, error: 'longer than --max-size 1000 bytes; raise the limit with --max-size' },
      { line: 3, doc: { id: 'ok', text: 't' } },
    ]);
  });
});

describe('sizes', () => {
  it.each([
    ['50MB', 50 * 1024 * 1024],
    ['50mb', 50 * 1024 * 1024],
    ['800KB', 800 * 1024],
    ['1.5G', 1.5 * 1024 ** 3],
    ['1000', 1000],
    ['12 B', 12],
  ])('%s', (s, n) => expect(parseSize(s)).toBe(n));
  it.each(['', 'lots', '-5MB', '0', '5TB'])('%j is not a size', (s) => expect(parseSize(s)).toBeNull());
  it.each([
    [812, '812 bytes'],
    [10 * 1024 * 1024, '10 MB'],
    [1536, '1.5 KB'],
  ])('%i bytes -> %s', (n, s) => expect(formatSize(n)).toBe(s));
});
