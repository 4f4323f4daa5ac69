// Where output goes: standard output, or a file. A file is written under a temporary name
// beside it and moved into place when the run ends, so that a killed run never leaves a
// truncated file behind; otherwise `-o PATH` does what a shell's `> PATH` does: it writes
// through a symbolic link to its target, keeps an existing file's mode and its hard links,
// and refuses a folder or a device. Output errors (a missing folder, a full disk, a closed
// standard output) end the run with one line naming the path, never a stack trace.
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, createWriteStream, lstatSync, openSync, readlinkSync, renameSync, rmSync, statSync, type Stats, type WriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFsError } from '../read/errors.js';

const reasonOf = (e: NodeJS.ErrnoException): string => describeFsError(e);

/** An output that cannot be written: the run stops with this message and EXIT.outputFailed. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

const MAX_LINKS = 40;

/** The file a path names once symbolic links are followed (it may not exist yet). */
function linkTarget(path: string): string {
  let p = resolve(path);
  for (let i = 0; i < MAX_LINKS; i++) {
    let st: Stats;
    try {
      st = lstatSync(p);
    } catch {
      return p; // nothing there yet: the file will be made at this path
    }
    if (!st.isSymbolicLink()) return p;
    p = resolve(dirname(p), readlinkSync(p));
  }
  throw new OutputError(path, 'too many levels of symbolic links');
}

const statOrNull = (p: string): Stats | null => {
  try {
    return statSync(p);
  } catch {
    return null;
  }
};

export class Sink {
  private closedByReader = false;
  private failure: OutputError | null = null;
  private constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly label: string,
    private readonly finalPath: string | null,
    private readonly tempPath: string | null,
    private readonly existing: Stats | null,
  ) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      // the reader went away (`extract big/ | head`): stop quietly
      if (e.code === 'EPIPE') this.closedByReader = true;
      else this.failure ??= new OutputError(this.label, reasonOf(e));
    });
  }

  static stdout(): Sink {
    return new Sink(process.stdout, 'standard output', null, null, null);
  }

  /** A sink writing to `path`; throws an OutputError when the path cannot take a file. */
  static file(path: string): Sink {
    if (/[/\\]$/.test(path)) throw new OutputError(path, 'is a folder, not a file');
    const target = linkTarget(path);
    const existing = statOrNull(target);
    if (existing?.isDirectory()) throw new OutputError(path, 'is a folder, not a file');
    if (existing && !existing.isFile()) throw new OutputError(path, 'is not a regular file (a device, a pipe or a socket): write to standard output and redirect it');
    const folder = statOrNull(dirname(target));
    if (!folder) throw new OutputError(path, `no such folder: ${dirname(target)}`);
    if (!folder.isDirectory()) throw new OutputError(path, `${dirname(target)} is not a folder`);
    // an unpredictable name, created only if nothing is there (O_EXCL): a planted link is never followed
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    let fd: number;
    try {
      fd = openSync(temp, 'wx', 0o600);
    } catch (e) {
      throw new OutputError(path, reasonOf(e as NodeJS.ErrnoException));
    }
    return new Sink(createWriteStream(temp, { fd }), path, target, temp, existing);
  }

  /** false once the reader has closed the pipe or the output failed: nothing more needs doing */
  get open(): boolean {
    return !this.closedByReader && !this.failure;
  }

  /** The output error met so far, if any. */
  get error(): OutputError | null {
    return this.failure;
  }

  /** Writes, waiting for the stream to drain when its buffer is full (back-pressure). */
  async write(text: string): Promise<void> {
    if (!text || !this.open) return;
    let flushed: boolean;
    try {
      flushed = this.stream.write(text);
    } catch (e) {
      // standard output to a file is written synchronously: its errors are thrown here
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EPIPE') this.closedByReader = true;
      else this.failure ??= new OutputError(this.label, reasonOf(err));
      return;
    }
    if (!flushed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('error', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('error', done);
      });
    }
  }

  /**
   * Finishes the output: a file is moved into place only when `keep` is true and every
   * write succeeded; an existing file keeps its mode, and its hard links (its contents are
   * replaced in place). Throws the OutputError of a failed write.
   */
  async close(keep: boolean): Promise<void> {
    if (!this.finalPath || !this.tempPath) {
      if (this.failure) throw this.failure;
      return;
    }
    const file = this.stream as WriteStream;
    await new Promise<void>((resolve) => {
      file.once('error', () => resolve());
      file.end(() => resolve());
    });
    try {
      if (!keep || this.failure) return;
      if (this.existing && this.existing.nlink > 1) copyFileSync(this.tempPath, this.finalPath);
      else {
        chmodSync(this.tempPath, this.existing ? this.existing.mode & 0o7777 : 0o666 & ~process.umask());
        renameSync(this.tempPath, this.finalPath);
      }
    } catch (e) {
      this.failure ??= new OutputError(this.label, reasonOf(e as NodeJS.ErrnoException));
    } finally {
      rmSync(this.tempPath, { force: true });
    }
    if (this.failure) throw this.failure;
  }

  discard(): void {
    if (this.tempPath) rmSync(this.tempPath, { force: true });
  }
}
