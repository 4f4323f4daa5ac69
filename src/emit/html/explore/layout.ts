// Where the network's nodes go: a few hundred rounds of a force layout (Fruchterman and
// Reingold: nodes push each other apart, edges pull their ends together, a weak pull to
// the centre keeps loose parts near), started from a circle, so the same graph is always
// drawn the same way. Linear in the edges, quadratic in the nodes: meant for tens of nodes.

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
  // strong enough to hold the parts of a graph with no link between them inside a circle of r0
  const gravity = (n * k * k) / (r0 * r0);
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
      dx[i]! += (cx - x[i]!) * gravity;
      dy[i]! += (cy - y[i]!) * gravity;
      const d = Math.max(Math.hypot(dx[i]!, dy[i]!), 0.01);
      x[i]! += (dx[i]! / d) * Math.min(d, t);
      y[i]! += (dy[i]! / d) * Math.min(d, t);
    }
  }
  return fit(x, y, o);
}

/** Scales the points into the box inside the margins, each axis on its own, rounded to tenths. */
function fit(x: Float64Array, y: Float64Array, o: LayoutOptions): Point[] {
  const span = (v: Float64Array) => [Math.min(...v), Math.max(...v)] as const;
  const [x0, x1] = span(x);
  const [y0, y1] = span(y);
  const scale = (v: number, lo: number, hi: number, size: number) =>
    Math.round(10 * (hi - lo < 1e-9 ? size / 2 : o.margin + ((v - lo) / (hi - lo)) * (size - 2 * o.margin))) / 10;
  return Array.from(x, (_, i) => ({ x: scale(x[i]!, x0, x1, o.width), y: scale(y[i]!, y0, y1, o.height) }));
}
