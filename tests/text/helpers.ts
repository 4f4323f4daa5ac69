import { expect } from 'vitest';
import { toPlainText } from '../../src/text/index.js';
import type { DocumentKind, PlainText } from '../../src/types.js';

/** A case: the input, the exact plain text, and [plain substring, expected source slice] pairs. */
export interface Case {
  name: string;
  raw: string;
  text: string;
  slices?: [plain: string, source: string][];
}

/** The source slice of the first occurrence of `needle` in the plain text. */
export function sourceOf(p: PlainText, raw: string, needle: string): string {
  const i = p.text.indexOf(needle);
  expect(i, `"${needle}" in ${JSON.stringify(p.text)}`).toBeGreaterThanOrEqual(0);
  const s = p.map.toSource(i, i + needle.length);
  return raw.slice(s.start, s.end);
}

export function runCase(kind: DocumentKind, c: Case): PlainText {
  const p = toPlainText(c.raw, kind);
  expect(p.text).toBe(c.text);
  for (const [plain, source] of c.slices ?? []) expect(sourceOf(p, c.raw, plain), plain).toBe(source);
  return p;
}
