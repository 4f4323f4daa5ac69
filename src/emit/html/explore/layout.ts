// Where the network's nodes go: a few hundred rounds of a force layout (Fruchterman and
// Reingold: near nodes push each other apart, links pull their ends together, a weak pull
// to the centre keeps parts with no link between them close), started from a circle, so
// the same graph is always drawn the same way. Quadratic in the nodes: meant for tens.

export interface Point {
  x: number;
  y: number;
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** space kept free at each side (for labels) */
  margin: number;
  iterations?: number;
}

/** Nodes further apart than this many ideal link lengths do not push each other (else unlinked parts fly apart). */
const REACH = 2;
/** The chart is wider than tall: one axis may be stretched this much more than the other. */
const STRETCH = 1.35;

export function forceLayout(n: number, edges: readonly { a: number; b: number; docs: number }[], o: LayoutOptions): Point[] {
  const cx = o.width / 2;
  const cy = o.height / 2;
  if (n === 0) return [];
  if (n === 1) return [{ x: cx, y: cy }];
  const rounds = o.iterations ?? 300;
  const k = Math.sqrt((o.width * o.height) / n) * 0.75;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const r0 = Math.min(o.width, o.height) / 3;
  for (let i = 0; i < n; i++) {
    x[i] = cx + r0 * Math.cos((2 * Math.PI * i) / n);
    y[i] = cy + r0 * Math.sin((2 * Math.PI * i) / n);
  }
  // weak beside a link's pull at its ideal length k, so that it holds parts without squashing
  // them; stronger up and down, so that the parts spread along the wider side
  const gravity = (0.2 * k) / r0;
  const gx = gravity;
  const gy = gravity * Math.min(4, (o.width / o.height) ** 2);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let round = 0; round < rounds; round++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const ex = x[i]! - x[j]!;
        const ey = y[i]! - y[j]!;
        const d = Math.max(Math.hypot(ex, ey), 0.01);
        if (d > REACH * k) continue; // near nodes only: parts with no link between them do not fly apart
        const f = (k * k) / d / d;
        dx[i]! += ex * f;
        dy[i]! += ey * f;
        dx[j]! -= ex * f;
        dy[j]! -= ey * f;
      }
    for (const e of edges) {
      const ex = x[e.a]! - x[e.b]!;
      const ey = y[e.a]! - y[e.b]!;
      const d = Math.max(Math.hypot(ex, ey), 0.01);
      const f = (d / k) * (1 + Math.log(e.docs)); // heavier links pull harder
      dx[e.a]! -= ex * f;
      dy[e.a]! -= ey * f;
      dx[e.b]! += ex * f;
      dy[e.b]! += ey * f;
    }
    const t = (o.width / 10) * (1 - round / rounds); // the most a node moves this round
    for (let i = 0; i < n; i++) {
      dx[i]! += (cx - x[i]!) * gx;
      dy[i]! += (cy - y[i]!) * gy;
      const d = Math.max(Math.hypot(dx[i]!, dy[i]!), 0.01);
      x[i]! += (dx[i]! / d) * Math.min(d, t);
      y[i]! += (dy[i]! / d) * Math.min(d, t);
    }
  }
  return fit(x, y, o);
}

/** Scales the points into the box inside the margins, centred, one axis stretched a third more at most; rounded to tenths. */
function fit(x: Float64Array, y: Float64Array, o: LayoutOptions): Point[] {
  const [x0, x1, y0, y1] = [Math.min(...x), Math.max(...x), Math.min(...y), Math.max(...y)];
  const w = o.width - 2 * o.margin;
  const h = o.height - 2 * o.margin;
  const fx = x1 > x0 ? w / (x1 - x0) : Infinity;
  const fy = y1 > y0 ? h / (y1 - y0) : Infinity;
  const least = Math.min(fx, fy);
  const sx = Number.isFinite(least) ? Math.min(fx, least * STRETCH) : 0;
  const sy = Number.isFinite(least) ? Math.min(fy, least * STRETCH) : 0;
  const ox = o.margin + (w - sx * (x1 - x0)) / 2;
  const oy = o.margin + (h - sy * (y1 - y0)) / 2;
  const r = (v: number) => Math.round(v * 10) / 10;
  return Array.from(x, (_, i) => ({ x: r(ox + sx * (x[i]! - x0)), y: r(oy + sy * (y[i]! - y0)) }));
}
