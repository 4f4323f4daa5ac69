// The table of sorted lines that the towns' snapshot is read with: the same answers by
// bisection in its bytes as by a Map, and after the Map is built.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineTable } from '../../src/line-table.js';

describe('LineTable', () => {
  const entries: [string, string][] = [['Azaz', 'SY'], ['Chibok', 'NG'], ['Tell Abyad', 'SY'], ['Zakho', 'IQ'], ['Ağrı', 'TR'], ['A', 'X'], ['A B', 'Y'], ['Ünye', 'TR']];
  it('finds every key, and nothing else', () => {
    const t = new LineTable(Buffer.from(LineTable.write(entries)));
    for (const [k, v] of entries) expect(t.get(k)).toBe(v);
    for (const k of ['', 'Az', 'Azaz ', 'azaz', 'Tell', 'Zz', 'Ağr', 'Ü']) expect(t.has(k)).toBe(false);
  });
  it('gives what a Map gives, by bisection and once it has built its own', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !/[\t\n]/.test(s)), { maxLength: 40 }), fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 20 }), (keys, probes) => {
        const map = new Map(keys.map((k, i) => [k, `v${i}`]));
        const t = new LineTable(Buffer.from(LineTable.write(map)));
        for (const k of [...keys, ...probes]) expect(t.get(k)).toBe(map.get(k));
      }),
    );
    // more distinct keys than the table bisects for before it builds its Map; each asked
    // twice (the second answer is the one kept), and keys not in it, twice too
    const many = new Map(Array.from({ length: 25_000 }, (_, i) => [`k${i}`, String(i)]));
    const t = new LineTable(Buffer.from(LineTable.write(many)));
    for (let round = 0; round < 2; round++) {
      for (const [k, v] of many) expect(t.get(k)).toBe(v);
      for (const k of ['k25000', 'k', 'K1']) expect(t.get(k)).toBeUndefined();
    }
  });
});
