// The command line: options, their checks, and the help text with examples.
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { parseSize } from '../read/size.js';
import { isIsoDate } from '../check-options.js';
import { FORMATS, type Format } from '../emit/formats.js';
import { ENTITY_TYPES, type AnyType, type DatePreference } from '../types.js';
import { INPUT_KINDS, type InputKind } from '../read/kinds.js';

export interface CliOptions {
  paths: string[];
  format?: Format;
  /** ours, or types the lexicons add (checked once they are read) */
  types?: AnyType[];
  /** users' lexicon files (--lexicon, repeatable), in order */
  lexicon: string[];
  output?: string;
  date?: string;
  kind?: InputKind;
  facts: boolean;
  /** also places named inside organizations' names */
  nested: boolean;
  verbose: boolean;
  color: boolean;
  /** one line per entity across all documents instead of one record per document */
  summary: boolean;
  /** no progress bar */
  quiet: boolean;
  /** documents analysed at once, each in a worker thread */
  jobs: number;
  /** whether --jobs was given (else the pool adds workers beyond the first only as the run proves large) */
  jobsGiven: boolean;
  /** inputs larger than this many bytes are refused */
  maxSize: number;
  /** what standard input holds: files (paths) or NDJSON documents */
  input: 'files' | 'ndjson';
  failFast: boolean;
  /** print the rule catalogue and exit */
  listRules: boolean;
  /** HTML: every visible text of a page, not only its article */
  wholePage: boolean;
  /** the direction of a date without a year or week in a sentence without a tense */
  prefer?: DatePreference;
}

export const DEFAULT_MAX_SIZE = '10MB';

const EXAMPLES = `
Examples:
  $ extract articles/                          # a table on a terminal, NDJSON in a pipe
  $ extract articles/ | jq -r '.entities[] | select(.type == "PERSON") | .name' | sort | uniq -c
  $ extract article.md | jq '.facts[] | select(.type == "quote") | {speaker, text}'
  $ extract -f csv articles/ > mentions.csv    # one row per mention, for a spreadsheet
  $ extract -f csv --facts articles/ > facts.csv
  $ extract --summary articles/                # each entity: documents, mentions, first and last date
  $ extract -f html -o report.html articles/   # a report to open in a browser
  $ extract --types PERSON,ORG -f json report.html
  $ curl -s https://example.org/a.html | extract --kind html --date 2013-01-31 -
  $ extract --lexicon weapons.jsonl --summary articles/ | jq 'select(.type == "WEAPON")'
  $ extract --list-rules | jq -r 'select(.emits == "ORG") | .id'   # the rules that find organizations
  $ extract -j 4 corpus/ > corpus.ndjson        # four documents at a time (default: one per core)
  $ jq -c '{id, text}' docs.jsonl | extract --input ndjson    # documents as JSON lines, e.g. from Spark or Hadoop

Output: one record per document (see README.md, "Output"): source, date, entities (id, type, name,
value, mentions with start/end offsets into the original file and the rule behind each),
facts (role, quote, funding).
Records come in input order, the same bytes whatever --jobs.
Exit status: 0 all inputs read, 1 some input could not be read, 2 usage error, 3 output not
writable, 130 interrupted.`;

/** The message for types that are neither ours nor a lexicon's. */
export const unknownTypes = (bad: readonly string[], known: readonly string[]): string =>
  `error: --types: unknown type ${bad.join(', ') || '(none)'}; choose from ${known.join(', ')}`;

// a type a lexicon adds ("WEAPON") is only known once the lexicons are read: words are
// checked here, and against the lexicons' types before any document is read (cli/main.ts)
function parseTypes(value: string): AnyType[] {
  const types = value.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean);
  const bad = types.filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t) && !/^[A-Z][A-Z0-9_]*$/.test(t));
  if (bad.length || types.length === 0) throw new CommanderError(2, 'extract.types', unknownTypes(bad, ENTITY_TYPES));
  return types;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function parseDate(value: string): string {
  if (!isIsoDate(value))
    throw new CommanderError(2, 'extract.date', `error: --date: expected a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

function parseJobs(value: string): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 1024)) throw new CommanderError(2, 'extract.jobs', `error: --jobs: expected a number of documents at once (1 or more), got "${value}"`);
  return n;
}

function parseMaxSize(value: string): number {
  const n = parseSize(value);
  if (n === null) throw new CommanderError(2, 'extract.max-size', `error: --max-size: expected a size such as 50MB, 800KB or 2GB, got "${value}"`);
  return n;
}

export function buildProgram(version: string): Command {
  return new Command('extract')
    .description('Extract people, organizations, places, programs, dates, amounts of money and facts (roles, quotes, funding) from English news articles: .txt, .md and .html files, web pages, RSS and Atom feeds, PDF and Word documents.')
    .version(version, '-V, --version')
    .argument('[paths...]', 'files or folders to read; "-" or nothing (with piped input) reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o file\'s extension, else table on a terminal and ndjson otherwise)').choices(FORMATS))
    .option('-t, --types <types>', `only these entity types, comma-separated (${ENTITY_TYPES.join(',')})`, parseTypes)
    .option('-o, --output <file>', 'write to FILE instead of standard output')
    .option('--date <YYYY-MM-DD>', 'the document date that relative dates resolve against', parseDate)
    .addOption(new Option('--kind <kind>', 'read standard input and named files as this kind (default: a named file by its extension, else by its content)').choices(INPUT_KINDS))
    .option('--whole-page', 'HTML: read the whole page (menus, footers, teasers too), not only its article')
    .option('--facts', 'with --format csv: one row per fact instead of one per mention')
    .option('--lexicon <file>', 'names of your own, one entry a line (JSON Lines {"type","name","aliases"} or name<TAB>type<TAB>aliases); repeatable; they win over the built-in rules', collect)
    .option('--nested', 'also a place named inside an organization\'s name ("Texas" in "University of Texas")')
    .addOption(new Option('--prefer <direction>', 'a weekday or a date without a year in a sentence with no tense is the next one ("future", for plans and agendas) or the last one ("past"); default: the last weekday, the nearest date').choices(['past', 'future']))
    .option('--summary', 'the corpus view: one line per entity across all documents (table, ndjson, json or csv)')
    .option('-v, --verbose', 'say which files are skipped and why')
    .option('-q, --quiet', 'no progress bar on the terminal')
    .option('--no-color', 'no colour, even on a terminal')
    .addOption(new Option('-j, --jobs <n>', 'documents analysed at once (worker threads)').argParser(parseJobs).default(availableParallelism(), 'one per core'))
    .addOption(new Option('--max-size <size>', 'refuse inputs larger than this (KB, MB, GB: units of 1,024 bytes)').argParser(parseMaxSize).default(parseSize(DEFAULT_MAX_SIZE)!, DEFAULT_MAX_SIZE))
    .addOption(new Option('--input <what>', 'what standard input (or each file named) holds: "files" (the default), or "ndjson": one JSON document per line, {"id", "text", "date"?, "kind"?}').choices(['files', 'ndjson']).default('files'))
    .option('--fail-fast', 'stop at the first input that cannot be read')
    .option('--list-rules', 'list every rule a mention or fact can name in its "rule" field (NDJSON when piped, a table on a terminal), then exit')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run extract --help for usage)')
    .exitOverride();
}

export function readOptions(program: Command): CliOptions {
  const o = program.opts<Omit<CliOptions, 'paths'>>();
  // flags left out are undefined for commander (no "(default: false)" in --help): false here
  return {
    paths: program.args,
    ...o,
    facts: Boolean(o.facts),
    lexicon: o.lexicon ?? [],
    nested: Boolean(o.nested),
    summary: Boolean(o.summary),
    verbose: Boolean(o.verbose),
    quiet: Boolean(o.quiet),
    failFast: Boolean(o.failFast),
    listRules: Boolean(o.listRules),
    wholePage: Boolean(o.wholePage),
    jobsGiven: program.getOptionValueSource('jobs') !== 'default',
  };
}
