// Where output goes: standard output, or a file written under a temporary name and renamed
// when the run ends, so that a killed run never leaves a truncated file behind.
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class Sink {
  private closedByReader = false;
  private constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly finalPath: string | null,
    private readonly tempPath: string | null,
  ) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      // the reader went away (`extract big/ | head`): stop quietly
      if (e.code === 'EPIPE') this.closedByReader = true;
      else throw e;
    });
  }

  static stdout(): Sink {
    return new Sink(process.stdout, null, null);
  }

  static file(path: string): Sink {
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    return new Sink(createWriteStream(temp), path, temp);
  }

  /** false once the reader has closed the pipe: nothing more needs doing */
  get open(): boolean {
    return !this.closedByReader;
  }

  /** Writes, waiting for the stream to drain when its buffer is full (back-pressure). */
  async write(text: string): Promise<void> {
    if (!text || this.closedByReader) return;
    if (!this.stream.write(text)) {
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

  /** Finishes the output: a file is renamed into place only when `keep` is true. */
  async close(keep: boolean): Promise<void> {
    if (!this.finalPath || !this.tempPath) return;
    const file = this.stream as WriteStream;
    await new Promise<void>((resolve) => file.end(resolve));
    if (keep) renameSync(this.tempPath, this.finalPath);
    else rmSync(this.tempPath, { force: true });
  }

  discard(): void {
    if (this.tempPath) rmSync(this.tempPath, { force: true });
  }
}
