// A progress bar on stderr for long runs: files done, MB/s and time left. Only on a terminal
// (never on a pipe or a file, never with --quiet), only once a run has gone on for a moment,
// and only when there is more than one file: stdout is never touched.
//
// The folders are walked a second time, apart from the run, to learn how many files and
// bytes there are; until that walk ends the bar says what is done and no time left.
import { fsPath } from '../read/fs-path.js';
import { stat } from 'node:fs/promises';
import { inputs } from '../read/inputs.js';
import type { InputKind } from '../read/kinds.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

export interface ProgressOptions {
  /** show nothing before this many milliseconds (default 300) */
  delayMs?: number;
  /** redraw at most this often (default 100 ms) */
  intervalMs?: number;
  now?: () => number;
}

/** Whether a run should show a bar on this stream. */
export function wantsProgress(stream: ProgressStream, env: NodeJS.ProcessEnv, quiet: boolean): boolean {
  return !quiet && Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

const MB = 1024 * 1024;

/** "0:42", "12:05", "1:02:03" */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export interface ProgressState {
  done: number;
  doneBytes: number;
  /** null while the walk that counts them is still going */
  total: number | null;
  totalBytes: number | null;
  seconds: number;
}

/** One line of progress, at most `width` columns. */
export function progressLine(p: ProgressState, width: number): string {
  const rate = p.seconds > 0 ? p.doneBytes / p.seconds : 0;
  const files = p.total === null ? `${p.done} files` : `${p.done}/${p.total} files`;
  const speed = `${(rate / MB).toFixed(rate < MB ? 2 : 1)} MB/s`;
  let left = '';
  if (p.total !== null && p.totalBytes !== null && rate > 0) left = `${clock((p.totalBytes - p.doneBytes) / rate)} left`;
  else if (p.total !== null && p.done > 0) left = `${clock(((p.total - p.done) * p.seconds) / p.done)} left`;
  const tail = [files, speed, left].filter(Boolean).join('  ');
  const fraction = p.total ? Math.min(1, p.totalBytes ? p.doneBytes / p.totalBytes : p.done / p.total) : null;
  const room = width - 1 - tail.length - 2;
  if (room < 10) return tail.slice(0, Math.max(0, width - 1));
  const barWidth = Math.min(30, room);
  const bar =
    fraction === null
      ? '░'.repeat(barWidth)
      : '█'.repeat(Math.round(fraction * barWidth)).padEnd(barWidth, '░');
  return `${bar}  ${tail}`;
}

export class Progress {
  private done = 0;
  private doneBytes = 0;
  private total: number | null = null;
  private totalBytes: number | null = null;
  private seen = 0;
  private seenBytes = 0;
  private readonly sizes = new Map<string, number>();
  private readonly early = new Set<string>();
  private readonly started: number;
  private readonly now: () => number;
  private readonly delayMs: number;
  private timer: NodeJS.Timeout | null = null;
  private drawn = false;
  private stopped = false;

  constructor(
    private readonly stream: ProgressStream,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
    this.delayMs = options.delayMs ?? 300;
    this.timer = setInterval(() => this.draw(), options.intervalMs ?? 100);
    this.timer.unref();
  }

  /** Starts a bar for a run over `paths`, counting their files in the background. */
  static start(paths: readonly string[], stream: ProgressStream, kind?: InputKind, options?: ProgressOptions): Progress {
    const p = new Progress(stream, options);
    void p.count(paths, kind);
    return p;
  }

  private async count(paths: readonly string[], kind?: InputKind): Promise<void> {
    try {
      for await (const input of inputs(paths, { kind })) {
        if (this.stopped) return;
        let size = 0;
        if ('path' in input && input.path !== null) size = await stat(fsPath(input.path)).then((s) => s.size, () => 0);
        this.found(input.source, size);
      }
      this.finish();
    } catch {
      // the count only feeds the bar: without it the bar shows what is done
    }
  }

  /** The counting walk found a file of `size` bytes. */
  found(source: string, size: number): void {
    this.seen++;
    this.seenBytes += size;
    if (this.early.delete(source)) this.doneBytes += size;
    else this.sizes.set(source, size);
  }

  /** The counting walk has ended: the totals are known. */
  finish(): void {
    this.total = this.seen;
    this.totalBytes = this.seenBytes;
  }

  /** One document is done (read and written, or failed). */
  tick(source: string): void {
    this.done++;
    const size = this.sizes.get(source);
    if (size === undefined) this.early.add(source);
    else {
      this.sizes.delete(source);
      this.doneBytes += size;
    }
  }

  state(): ProgressState {
    return {
      done: this.done,
      doneBytes: this.doneBytes,
      total: this.total,
      totalBytes: this.totalBytes,
      seconds: (this.now() - this.started) / 1000,
    };
  }

  /** Draws the bar, when the run is long enough and has more than one file. */
  draw(): void {
    if (this.stopped) return;
    if (this.now() - this.started < this.delayMs) return;
    if (Math.max(this.seen, this.done) < 2) return;
    this.stream.write(`\r${progressLine(this.state(), this.stream.columns || 80)}\u001b[K`);
    this.drawn = true;
  }

  /** Takes the bar off the line (before a message); the next tick draws it again. */
  clear(): void {
    if (!this.drawn) return;
    this.stream.write('\r\u001b[K');
    this.drawn = false;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.clear();
    this.stopped = true;
  }
}
