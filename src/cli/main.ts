// The command line: a thin layer that reads inputs, runs the library on each, and writes
// records in the chosen format. Messages go to stderr, data to stdout.
import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import type { Format } from '../emit/formats.js';
import { loadRenderer } from '../emit/load.js';
import { documents, pendingStreamReads } from './documents.js';
import { buildProgram, readOptions, unknownTypes, type CliOptions } from './options.js';
import { customTypes, LexiconError } from '../recognize/user-lexicon/entries.js';
import { loadLexicon } from '../recognize/user-lexicon/load.js';
import { ENTITY_TYPES, type Lexicon } from '../types.js';
import { EXIT, exitStatus } from './exit.js';
import { OutputError, Sink } from './sink.js';
import { terminalInfo } from './terminal.js';
import { Progress, wantsProgress } from './progress.js';
import type { SummaryFormat } from '../emit/summary.js';
// loaded when asked for (the catalogue loads every recognizer; the summary, CSV and chalk):
// the start-up for one small file does without them

/** the signal that stopped the run, if one did */
let stoppedBy: NodeJS.Signals | null = null;

/**
 * After an interrupted run, whether the process must end by its signal: a named pipe whose
 * writer never came holds a thread in open(2), and a normal exit would wait for it forever.
 * Ending by the signal itself is what a shell expects of a program it stopped.
 */
export const mustEndBySignal = (): NodeJS.Signals | null => (stoppedBy && pendingStreamReads() > 0 ? stoppedBy : null);

/** the progress bar of the run, if any: taken off the line before each message */
let bar: Progress | null = null;
// control characters (an escape sequence, a new line in a file's name) are shown as \xNN,
// never sent to the terminal as they are
const visible = (s: string) => s.replace(/[\x00-\x1f\x7f\x9b]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
const say = (msg: string) => {
  bar?.clear();
  process.stderr.write(`extract: ${visible(msg)}\n`);
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const count = (n: number) => n.toLocaleString('en-US');

/** "3 of 2,048 files could not be read" */
export function failureSummary(failed: number, total: number, noun: 'file' | 'record'): string {
  return `${count(failed)} of ${count(total)} ${noun}${total === 1 ? '' : 's'} could not be read`;
}

/** "-o report.html" without -f: the format its extension names (html, csv, json, ndjson). */
function formatOfPath(path: string): Format | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext === 'html' || ext === 'htm' ? 'html' : ext === 'csv' ? 'csv' : ext === 'json' ? 'json' : ext === 'ndjson' || ext === 'jsonl' ? 'ndjson' : undefined;
}

/** `--list-rules`: the catalogue, as a table on a terminal and NDJSON otherwise. */
async function listRules(o: CliOptions): Promise<number> {
  const out = o.output ? Sink.file(o.output) : Sink.stdout();
  const term = terminalInfo(process.stdout, process.env, o.color);
  const [{ ruleCatalogue }, { rulesNdjson, rulesTable }] = await Promise.all([import('../catalogue.js'), import('../emit/rules.js')]);
  const rules = ruleCatalogue();
  const table = o.format === 'table' || (o.format === undefined && !o.output && term.isTTY);
  await out.write(table ? rulesTable(rules, { color: !o.output && term.color, width: term.width }) : rulesNdjson(rules));
  await out.close(true);
  return EXIT.ok;
}

/**
 * The lexicons of --lexicon, read and checked before any document is: null (after saying
 * which file and line is wrong, or which --types no lexicon defines) when the run cannot start.
 */
function readLexicons(o: CliOptions): readonly Lexicon[] | null {
  // every bad file is named, not only the first
  const lexicons: Lexicon[] = [];
  let bad = false;
  for (const path of o.lexicon) {
    try {
      lexicons.push(loadLexicon(path));
    } catch (e) {
      if (!(e instanceof LexiconError)) throw e;
      for (const line of e.message.split('\n')) say(line);
      bad = true;
    }
  }
  if (bad) return null;
  const known: readonly string[] = [...ENTITY_TYPES, ...customTypes(lexicons)];
  const unknown = (o.types ?? []).filter((t) => !known.includes(t));
  if (unknown.length) {
    process.stderr.write(`${unknownTypes(unknown, known)}\n(run extract --help for usage)\n`);
    return null;
  }
  return lexicons;
}

async function run(o: CliOptions): Promise<number> {
  if (o.listRules) return listRules(o);
  const lexicons = readLexicons(o);
  if (!lexicons) return EXIT.usage;
  const paths = o.paths.length ? o.paths : ['-'];
  if (paths.includes('-') && process.stdin.isTTY && o.paths.length === 0) {
    say('no input: name files or folders, or pipe text in (extract --help for usage)');
    return EXIT.usage;
  }
  if (o.summary && o.format === 'html') {
    say('--summary writes table, ndjson, json or csv; the html report shows the corpus view at its top already');
    return EXIT.usage;
  }
  const term = terminalInfo(process.stdout, process.env, o.color);
  const toTerminal = !o.output && term.isTTY;
  const format: Format = o.format ?? (o.output ? formatOfPath(o.output) : undefined) ?? (toTerminal ? 'table' : 'ndjson');
  const renderOptions = { pretty: toTerminal, facts: o.facts, color: toTerminal && term.color, width: term.width, customTypes: customTypes(lexicons) };
  if (o.facts && (format !== 'csv' || o.summary)) {
    say(`--facts goes with -f csv (one row per fact); ${o.summary ? '--summary lists entities' : `-f ${format} shows the facts always`}`);
    return EXIT.usage;
  }
  if (o.summary && format === 'html') {
    say('--summary writes table, ndjson, json or csv; the html report shows the corpus view at its top already');
    return EXIT.usage;
  }
  const render = o.summary ? (await import('../emit/summary.js')).summary(format as SummaryFormat, renderOptions) : await loadRenderer(format, renderOptions);
  // made only once the command line is known good: a usage error leaves no file behind
  const out = o.output ? Sink.file(o.output) : Sink.stdout();
  const outcome = { documents: 0, failed: 0, interrupted: false };
  const interrupt = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    outcome.interrupted = true;
    stoppedBy = signal;
    interrupt.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  await out.write(render.begin());
  if (wantsProgress(process.stderr, process.env, o.quiet)) bar = Progress.start(paths, process.stderr, o.kind);
  const onSkip = o.verbose ? (path: string, why: string) => say(`${path}: skipped: ${why}`) : undefined;
  const done = documents({
    paths, input: o.input, kind: o.kind, date: o.date, types: o.types, jobs: o.jobs, ramp: !o.jobsGiven, maxBytes: o.maxSize,
    keepText: Boolean(render.needsSource), serialize: Boolean(render.json), nested: o.nested, wholePage: o.wholePage, prefer: o.prefer, lexicons, onSkip, signal: interrupt.signal,
  });
  for await (const d of done) {
    if (outcome.interrupted || !out.open) break;
    if ('skipped' in d) {
      say(`${d.label}: skipped: ${d.skipped}`);
      continue;
    }
    outcome.documents++;
    if ('error' in d) {
      outcome.failed++;
      say(`${d.label}: ${d.error}`);
      bar?.tick(d.label);
      if (o.failFast) break;
      continue;
    }
    for (const w of d.warnings ?? []) say(`${d.label}: ${w}`);
    // the bar shares the terminal with a table on stdout: take it off the line first
    if (toTerminal) bar?.clear();
    await out.write('json' in d ? render.json!(d.json) : render.record(d.record, d.source));
    // the bar counts files: a feed's items are one
    if (!d.more) bar?.tick(d.input);
  }
  await done.return(undefined);
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  bar?.stop();
  bar = null;
  await out.write(render.end());
  // a run stopped early (interrupted, or --fail-fast at a bad input) leaves no partial file
  await out.close(!outcome.interrupted && !(o.failFast && outcome.failed > 0));
  if (outcome.failed > 0) say(failureSummary(outcome.failed, outcome.documents, o.input === 'ndjson' ? 'record' : 'file'));
  // a run stopped while standard input is still open must not wait for it
  if (outcome.interrupted || o.failFast || !out.open) process.stdin.destroy();
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
  try {
    return await run(readOptions(program));
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    bar?.stop();
    bar = null;
    say(`cannot write ${e.message}`);
    return EXIT.outputFailed;
  }
}
