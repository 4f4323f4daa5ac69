// Letters written as a base and combining marks ("Jose\u0301") are composed for analysis
// ("José", NFC), so that a name is never cut before its accent and compares with the same
// name written precomposed; offsets still point into the source as read.
import type { PlainText } from '../types.js';

const HAS_MARK = /\p{M}/u;
// a code point with the marks after it, or marks with nothing before them
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

export function composeMarks(plain: PlainText): PlainText {
  const t = plain.text;
  if (!HAS_MARK.test(t)) return plain;
  let out = '';
  // for each char of the composed text: where its cluster starts and ends in the plain text
  const from: number[] = [];
  const to: number[] = [];
  for (const m of t.matchAll(CLUSTER)) {
    const cluster = m[0];
    const start = m.index!;
    const composed = cluster.length > 1 && HAS_MARK.test(cluster) ? cluster.normalize('NFC') : cluster;
    out += composed;
    for (let k = 0; k < composed.length; k++) {
      from.push(start);
      to.push(start + cluster.length);
    }
  }
  if (out.length === t.length) return plain; // nothing composed: the offsets are the same
  const inner = plain.map;
  return {
    text: out,
    meta: plain.meta,
    ...(plain.regions ? { regions: plain.regions } : {}),
    map: {
      toSource(s, e) {
        const ps = s < from.length ? from[s]! : t.length;
        const pe = e > 0 ? to[Math.min(e, to.length) - 1]! : 0;
        return inner.toSource(ps, Math.max(ps, pe));
      },
    },
  };
}
