// The command line: a thin layer that reads inputs, runs the library on each, and writes
// records in the chosen format. Messages go to stderr, data to stdout.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { analyze } from '../pipeline.js';
import { toRecord } from '../emit/record.js';
import { renderer, type Format } from '../emit/index.js';
import { decode, InputError } from '../read/decode.js';
import { inputs, type Input } from '../read/inputs.js';
import { buildProgram, readOptions, type CliOptions } from './options.js';
import { EXIT, exitStatus } from './exit.js';
import { Sink } from './sink.js';
import { terminalInfo } from './terminal.js';
import { Progress, wantsProgress } from './progress.js';
import { summary, type SummaryFormat } from '../summary/render.js';

/** the progress bar of the run, if any: taken off the line before each message */
let bar: Progress | null = null;
const say = (msg: string) => {
  bar?.clear();
  process.stderr.write(`extract: ${msg}\n`);
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function readInput(input: Extract<Input, { kind: string }>): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = input.path === null ? await readStdin() : await readFile(input.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (e as Error).message);
  }
  return decode(bytes);
}

async function run(o: CliOptions): Promise<number> {
  const paths = o.paths.length ? o.paths : ['-'];
  if (paths.includes('-') && process.stdin.isTTY && o.paths.length === 0) {
    say('no input: name files or folders, or pipe text in (extract --help for usage)');
    return EXIT.usage;
  }
  if (o.summary && o.format === 'html') {
    say('--summary writes table, ndjson, json or csv; the html report shows the corpus view at its top already');
    return EXIT.usage;
  }
  const out = o.output ? Sink.file(o.output) : Sink.stdout();
  const term = terminalInfo(process.stdout, process.env, o.color);
  const toTerminal = !o.output && term.isTTY;
  const format: Format = o.format ?? (toTerminal ? 'table' : 'ndjson');
  const renderOptions = { pretty: toTerminal, facts: o.facts, color: toTerminal && term.color, width: term.width };
  const render = o.summary ? summary(format as SummaryFormat, renderOptions) : renderer(format, renderOptions);
  const types = o.types ? new Set(o.types) : undefined;
  const outcome = { documents: 0, failed: 0, interrupted: false };
  const stop = () => void (outcome.interrupted = true);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  await out.write(render.begin());
  if (wantsProgress(process.stderr, process.env, o.quiet)) bar = Progress.start(paths, process.stderr, o.kind);
  const onSkip = o.verbose ? (path: string, why: string) => say(`${path}: skipped: ${why}`) : undefined;
  for await (const input of inputs(paths, { kind: o.kind, onSkip })) {
    if (outcome.interrupted || !out.open) break;
    outcome.documents++;
    if ('error' in input) {
      outcome.failed++;
      say(`${input.source}: ${input.error}`);
      bar?.tick(input.source);
      continue;
    }
    let record;
    let raw: string;
    try {
      raw = await readInput(input);
      record = toRecord(input.source, analyze(raw, { kind: input.kind, date: o.date }), types);
    } catch (e) {
      outcome.failed++;
      const why = e instanceof InputError ? e.message : `could not be analysed: ${(e as Error).message}`;
      say(`${input.source}: ${why}`);
      bar?.tick(input.source);
      continue;
    }
    await out.write(render.record(record, { text: raw, kind: input.kind }));
    bar?.tick(input.source);
  }
  bar?.stop();
  bar = null;
  await out.write(render.end());
  await out.close(!outcome.interrupted);
  if (outcome.failed > 0 && outcome.documents > 1) say(`${outcome.failed} of ${outcome.documents} inputs could not be read`);
  return exitStatus(outcome);
}

/** Runs the command line; resolves to the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram(version());
  try {
    program.parse(argv as string[]);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      // commander has already printed its message for its own errors
      if (e.code.startsWith('extract.')) process.stderr.write(e.message + '\n(run extract --help for usage)\n');
      return EXIT.usage;
    }
    throw e;
  }
  return run(readOptions(program));
}
