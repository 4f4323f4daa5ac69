// A table of "key\tvalue" lines sorted by their UTF-8 bytes, looked up by bisection in the
// bytes as read: a process that looks up a few names (one small file) neither decodes nor
// parses the whole table. Each key's answer is kept (words repeat: most lookups are of a word
// looked up before); after BUILD_AFTER bisections a run is large enough to pay for a Map of
// the whole table once (a Map lookup costs a fraction of a bisection), and the table builds it.

/** Bisections (keys not looked up before) before the table builds its Map. */
const BUILD_AFTER = 20_000;
const TAB = 9;
const NEW_LINE = 10;

export class LineTable {
  private map: Map<string, string> | undefined;
  /** the answers so far, null for a key not in the table (until the Map is built) */
  private answers: Map<string, string | null> | undefined = new Map();
  private bisections = 0;

  constructor(private readonly bytes: Buffer) {}

  /** The lines of a table: the entries sorted by their keys' UTF-8 bytes (keys hold no tab nor new line). */
  static write(entries: Iterable<readonly [string, string]>): string {
    const rows = [...entries].map(([k, v]) => [Buffer.from(k), `${k}\t${v}\n`] as const);
    return rows.sort(([a], [b]) => Buffer.compare(a, b)).map(([, line]) => line).join('');
  }

  get(key: string): string | undefined {
    if (this.map) return this.map.get(key);
    const known = this.answers!.get(key);
    if (known !== undefined) return known ?? undefined;
    if (++this.bisections > BUILD_AFTER) {
      this.answers = undefined;
      return (this.map = this.entries()).get(key);
    }
    const found = this.bisect(Buffer.from(key));
    this.answers!.set(key, found ?? null);
    return found;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  private bisect(key: Buffer): string | undefined {
    const b = this.bytes;
    // lo is always the start of a line; the key, if here, is on a line starting in [lo, hi)
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid > lo ? Math.max(lo, b.lastIndexOf(NEW_LINE, mid - 1) + 1) : lo;
      const tab = b.indexOf(TAB, start);
      const end = b.indexOf(NEW_LINE, tab);
      // the line's key against the key sought
      const c = b.compare(key, 0, key.length, start, tab);
      if (c === 0) return b.toString('utf8', tab + 1, end);
      if (c < 0) lo = end + 1;
      else hi = start;
    }
    return undefined;
  }

  private entries(): Map<string, string> {
    const map = new Map<string, string>();
    for (const line of this.bytes.toString('utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab >= 0) map.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return map;
  }
}
