// A base letter and its combining marks are one letter for analysis; offsets still slice
// the source as read.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { toPlainText } from '../../src/text/index.js';

const decomposed = (s: string) => s.normalize('NFD');

describe('combining marks', () => {
  it.each([
    ['text', 'José Martínez met officials in Bogotá.'],
    ['markdown', '# Talks\n\n**José Martínez** met officials in *Bogotá*.'],
    ['html', '<p>José Martínez met officials in <b>Bogotá</b>.</p>'],
  ] as const)('%s: names whole, offsets into the decomposed source', (kind, text) => {
    const raw = decomposed(text);
    const doc = extract(raw, { kind });
    const cps = [...raw];
    const names = doc.entities.map((e) => `${e.type} ${e.name}`);
    expect(names).toEqual(['PERSON José Martínez', 'LOCATION Bogotá']);
    for (const e of doc.entities) for (const m of e.mentions) expect(cps.slice(m.start, m.end).join('')).toBe(m.text);
    expect(doc.entities[0]!.mentions[0]!.text).toBe(decomposed('José Martínez'));
  });

  it('composes for analysis and maps every span back', () => {
    const raw = decomposed('Ça va, Zoë?');
    const p = toPlainText(raw, 'text');
    expect(p.text).toBe('Ça va, Zoë?');
    const at = p.text.indexOf('Zoë');
    const s = p.map.toSource(at, at + 3);
    expect(raw.slice(s.start, s.end)).toBe(decomposed('Zoë'));
    expect(p.map.toSource(0, p.text.length)).toEqual({ start: 0, end: raw.length });
  });

  it('leaves a text without marks as it is', () => {
    const p = toPlainText('No marks here.', 'text');
    expect(p.text).toBe('No marks here.');
  });
});
