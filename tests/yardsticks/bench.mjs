#!/usr/bin/env node
// npm run bench: how fast extract is, per core and on all cores, against compromise alone.
//
//   node tests/yardsticks/bench.mjs [--mb 5] [--repeat 1] [--runs 5] [--adversarial-mb 1] [--timeout 60]
//                                   [--skip-adversarial] [--skip-large] [--skip-many] [--many 20000]
//
// Builds a corpus of about --mb megabytes from ../shared/eval/data/*/docs (or fixtures/
// articles), then in one run measures MB/s, documents/s and peak RSS (each in its own
// process, /usr/bin/time-free: the child reports process.resourceUsage().maxRSS) for:
//   extract -j 1      the whole pipeline in one worker thread
//   extract -j N      all cores (N = os.availableParallelism())
//   extract           the default --jobs (one worker, more as the run proves large)
//   tagger            compromise's nlp(text) over the same texts (what tagging alone costs)
//   baseline          compromise + compromise-dates out of the box: people(), organizations(),
//                     places(), money, dates()
//   N separate        one extract -j 1 process per core on its share of the corpus, at once:
//                     the most this machine gives to N workers (the ceiling for -j N)
// then the start-up time (extract --version, one small file), the bars of issue #19 in one
// table (measured ratios against each bar), and adversarial one-line inputs
// against normal news, the plain-text stage on 1-10 MB documents (the cases of
// tests/text/property.test.ts at full size) and a folder of --many small files (every
// record must come out, in order). Timings on a shared machine are noisy: read the ratios.
// A check that fails prints FAIL and makes the exit status 1. The work folder is removed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
if (process.argv.includes('--help')) {
  // the comment at the top of this file
  const head = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1).filter((l) => l.startsWith('//'));
  console.log(head.map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const bin = join(root, 'bin/extract');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const MB = arg('mb', 5);
const RUNS = arg('runs', 5);
const REPEAT = arg('repeat', 1);
const ADV_MB = arg('adversarial-mb', 1);
const TIMEOUT = arg('timeout', 60);
const cores = availableParallelism();
const work = mkdtempSync(join(tmpdir(), 'extract-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const MANY = arg('many', 20_000);

// ---- the corpus -------------------------------------------------------------------------
const shared = resolve(root, process.env.EXTRACT_SHARED ?? '../shared', 'eval/data');
const sources = [];
if (existsSync(shared)) for (const set of readdirSync(shared).sort()) {
  const docs = join(shared, set, 'docs');
  if (existsSync(docs)) for (const f of readdirSync(docs).sort()) sources.push(join(docs, f));
}
if (sources.length === 0) for (const f of readdirSync(join(root, 'fixtures/articles')).sort()) sources.push(join(root, 'fixtures/articles', f));
const corpus = join(work, 'corpus');
mkdirSync(corpus);
let bytes = 0;
let docs = 0;
for (let round = 0; bytes < MB * 1024 * 1024; round++) {
  for (const src of sources) {
    if (bytes >= MB * 1024 * 1024) break;
    const name = src.split('/').pop();
    const dir = join(corpus, String(round).padStart(3, '0'));
    mkdirSync(dir, { recursive: true });
    const data = readFileSync(src);
    writeFileSync(join(dir, name), data);
    bytes += data.length;
    docs++;
  }
}
console.log(`corpus: ${docs} documents, ${(bytes / 1048576).toFixed(1)} MB from ${sources.length} sources (${existsSync(shared) ? shared : 'fixtures/articles'}); ${cores} cores\n`);

// ---- measuring --------------------------------------------------------------------------
/** Runs node with args; the child prints its own peak RSS to fd 3 via a preload. */
const rssProbe = join(work, 'rss.cjs');
// (and its CPU seconds, all threads: on a machine shared with other work the wall time of a
// row swings with the load, its CPU time much less)
writeFileSync(rssProbe, `process.on('exit', () => { try { const u = process.resourceUsage(); require('fs').writeSync(3, u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) / 1e6); } catch {} });`);
function measure(args, { input, timeout = 0, env } = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', rssProbe, ...args], {
    cwd: root, input, env: env ? { ...process.env, ...env } : process.env, stdio: ['pipe', 'pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30, timeout: timeout * 1000, killSignal: 'SIGKILL',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [rssKB, cpu] = (r.output?.[3]?.toString() || '0 NaN').split(' ').map(Number);
  return { seconds, cpu, rssMB: rssKB / 1024, status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr?.toString() ?? '' };
}

// compromise alone, in a child: tagger only, or the out-of-the-box baseline
const files = [];
for (const d of readdirSync(corpus).sort()) for (const f of readdirSync(join(corpus, d)).sort()) files.push(join(corpus, d, f));
const listFile = join(work, 'files.json');
writeFileSync(listFile, JSON.stringify(files));
const compromiseScript = join(work, 'compromise.mjs');
writeFileSync(compromiseScript, `
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(join(root, 'package.json'))});
const nlp = require('compromise');
const mode = process.argv[2];
if (mode === 'baseline') nlp.plugin(require('compromise-dates'));
const files = JSON.parse(readFileSync(process.argv[3], 'utf8'));
let found = 0, failed = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  if (mode === 'tagger') { found += nlp(text).length; continue; }
  try {
    const doc = nlp(text);
    found += doc.people().length + doc.organizations().length + doc.places().length + doc.money().length;
    found += doc.dates().json().length;
  } catch { failed++; }
}
process.stdout.write(JSON.stringify({ found, failed }));
`);

const rows = [];
function row(name, r, n = docs, b = bytes) {
  const ok = r.status === 0 || r.status === 1;
  rows.push({ name, seconds: r.seconds, cpu: r.cpu, mbps: ok ? b / 1048576 / r.seconds : NaN, docsps: ok ? n / r.seconds : NaN, rssMB: r.rssMB, note: ok ? '' : `status ${r.status ?? r.signal}` });
  return rows.at(-1);
}
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '-');

/**
 * The machine's own ceiling for all cores: one independent `extract -j 1` process per core,
 * each on its share of the corpus's files (in order, of about equal bytes: shares of whole
 * folders were 2:1 at --mb 1, and the larger share set the time), all at once. What two
 * processes that share nothing gain over one is the most a pool of workers can gain here.
 */
const shares = Array.from({ length: cores }, () => []);
{
  let seen = 0;
  for (const f of files) {
    const size = statSync(f).size;
    // the share the middle of this file falls in
    shares[Math.min(cores - 1, Math.floor(((seen + size / 2) / bytes) * cores))].push(f);
    seen += size;
  }
}
function measureApart(shareArgs) {
  const started = process.hrtime.bigint();
  const script = `
const { spawn } = require('node:child_process');
const runs = ${JSON.stringify(shareArgs)}.map((args) => new Promise((resolve) => {
  const c = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  c.on('close', (code) => resolve(code));
}));
Promise.all(runs).then((codes) => process.exit(codes.every((c) => c === 0 || c === 1) ? 0 : 2));`;
  // from a file: with thousands of paths, the script is more than one argument may hold (E2BIG)
  const scriptFile = join(work, 'apart.cjs');
  writeFileSync(scriptFile, script);
  const r = spawnSync(process.execPath, [scriptFile], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu: NaN, rssMB: NaN, status: r.status, signal: r.signal, stdout: Buffer.alloc(0), stderr: r.stderr?.toString() ?? '' };
}

// --repeat N: every row N times, interleaved, keeping each row's fastest run (the least
// disturbed by other work on a shared machine), its least CPU time and its largest peak RSS
const configs = [
  ['extract -j 1', [bin, '-j', '1', corpus]],
  // the corpus repeats documents to reach its size: without the sentence cache, what new text costs
  ['extract -j 1, no sentence cache', [bin, '-j', '1', corpus], { env: { EXTRACT_TAG_CACHE: '0' } }],
  [`extract -j ${cores}`, [bin, '-j', String(cores), corpus]],
  ['extract (default --jobs)', [bin, corpus]],
  ['compromise nlp(text) only', [compromiseScript, 'tagger', listFile]],
  ['compromise + dates baseline', [compromiseScript, 'baseline', listFile]],
  [`${cores} separate extract -j 1`, null],
];
const best = configs.map(() => null);
for (let rep = 0; rep < REPEAT; rep++) {
  configs.forEach(([, args, opts], i) => {
    const r = args ? measure(args, opts) : measureApart(shares.map((share) => [bin, '-j', '1', ...share]));
    // (the least CPU time of the runs too, kept apart from the fastest run's)
    const cpu = Math.min(r.cpu, best[i]?.cpu ?? Infinity);
    if (!best[i] || r.seconds < best[i].seconds) best[i] = { ...r, cpu, rssMB: Math.max(r.rssMB, best[i]?.rssMB ?? 0) };
    else Object.assign(best[i], { cpu, rssMB: Math.max(best[i].rssMB, r.rssMB) });
  });
}
console.log(`throughput (same corpus; ${REPEAT === 1 ? 'one run each' : `fastest of ${REPEAT} interleaved runs each`})`);
const [one, uncached, all, byDefault, tagger, base, apart] = configs.map(([name], i) => row(name, best[i]));
const baseR = best[5];
try {
  const { failed } = JSON.parse(baseR.stdout.toString());
  if (failed) base.note = `${failed} documents threw`;
} catch {}
console.log(['what'.padEnd(30), 'seconds', '  CPU s', '   MB/s', ' docs/s', 'peak RSS MB', 'note'].join('  '));
for (const r of rows) console.log([r.name.padEnd(30), fmt(r.seconds).padStart(7), fmt(r.cpu).padStart(7), fmt(r.mbps, 3).padStart(7), fmt(r.docsps, 1).padStart(7), fmt(r.rssMB, 0).padStart(11), r.note].join('  '));
console.log('\nspeed ratios (how many times faster)');
const faster = (a, b) => `${fmt(b.seconds / a.seconds)}x`;
console.log(`  extract -j 1 vs compromise's tagger alone        ${faster(one, tagger).padStart(7)}`);
console.log(`    without the sentence cache (new text only)      ${faster(uncached, tagger).padStart(7)}`);
console.log(`  extract -j 1 vs compromise + dates baseline       ${faster(one, base).padStart(7)}`);
console.log(`    without the sentence cache                      ${faster(uncached, base).padStart(7)}`);
console.log(`  extract -j ${cores} vs extract -j 1                       ${faster(all, one).padStart(7)}   (peak RSS ${fmt(all.rssMB / one.rssMB)}x, workers count in the one process)`);
console.log(`  the default --jobs vs extract -j 1                ${faster(byDefault, one).padStart(7)}`);
console.log(`  ${cores} separate processes vs extract -j 1              ${faster(apart, one).padStart(7)}   (the machine's ceiling for -j ${cores}: they share nothing but the hardware)`);
console.log(`  the sentence cache on this corpus (it repeats documents) ${faster(one, uncached)}`);
// the same by CPU seconds (all threads), steadier than wall time on a shared machine
const byCpu = (a, b) => `${fmt(b.cpu / a.cpu)}x`;
console.log('  by CPU time instead:');
console.log(`    extract -j 1 vs compromise's tagger alone      ${byCpu(one, tagger).padStart(7)}`);
console.log(`    without the sentence cache                     ${byCpu(uncached, tagger).padStart(7)}`);
console.log(`    the sentence cache                             ${byCpu(one, uncached).padStart(7)}`);

// ---- start-up ---------------------------------------------------------------------------
const small = join(work, 'small.txt');
writeFileSync(small, 'Foreign Minister Sergei Lavrov met Joe Biden in Munich on Friday.\n');
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const version = median(Array.from({ length: RUNS }, () => measure([bin, '--version']).seconds));
const oneFile = median(Array.from({ length: RUNS }, () => measure([bin, small]).seconds));
const bare = median(Array.from({ length: RUNS }, () => measure(['-e', '0']).seconds));
console.log(`\nstart-up (median of ${RUNS} spawns)`);
console.log(`  node -e 0                 ${fmt(bare * 1000, 0)} ms`);
console.log(`  extract --version         ${fmt(version * 1000, 0)} ms`);
console.log(`  extract one small file    ${fmt(oneFile * 1000, 0)} ms`);

// ---- the bars of issue #19, measured in this one run --------------------------------------
{
  const peak = Math.max(...rows.filter((r) => r.name.startsWith('extract')).map((r) => r.rssMB));
  const bars = [
    ['-j 1 vs compromise\'s bare tagger', tagger.seconds / one.seconds, '>=', 6.5, 'x'],
    ['  the same without the sentence cache', tagger.seconds / uncached.seconds, '>=', 6.5, 'x'],
    ['the default --jobs vs -j 1', one.seconds / byDefault.seconds, '>=', 1.0, 'x'],
    [`-j ${cores} vs ${cores} separate processes on ${cores === 2 ? 'halves' : 'shares'}`, apart.seconds / all.seconds, '>=', 0.95, 'x'],
    ['peak RSS of any extract run (MB)', peak, '<', 500, ''],
    ['one small file vs node -e 0', oneFile / bare, '<=', 10, 'x'],
  ];
  console.log('\nthe bars of issue #19 (this run; a shared machine is noisy: read them over several runs)');
  for (const [what, got, op, bar, unit] of bars) {
    const ok = op === '>=' ? got >= bar : op === '<' ? got < bar : got <= bar;
    console.log(`  ${what.padEnd(44)} ${(fmt(got, unit ? 2 : 0) + unit).padStart(8)}   bar ${op} ${bar}${unit}   ${ok ? 'met' : 'not met'}`);
  }
}

// ---- adversarial one-line inputs --------------------------------------------------------
if (!process.argv.includes('--skip-adversarial')) {
  const size = Math.round(ADV_MB * 1024 * 1024);
  const fill = (unit) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const words = ['Senate', 'Committee', 'Moscow', 'John', 'Smith', 'Budget', 'Treaty', 'Energy', 'Defense', 'Agency'];
  const inputs = {
    'capitalized words': fill(words.join(' ') + ' '),
    '"A. " repeated': fill('A. '),
    'digits and commas': fill('12,345,678 9,001 2013, 42,'),
    'nested brackets and quotes': '([{"«‘'.repeat(size / 24) + 'word' + '’»"}])'.repeat(size / 24),
    'one 100,000-character word': 'x'.repeat(100_000),
    // issue 14: white space and repeated amounts or acronyms once grew with the square of the size
    'runs of spaces': 'Talks began. ' + ' '.repeat(size) + ' for years.',
    'runs of new lines': '"Talks began.' + '\n'.repeat(size) + 'We will wait," he said.',
    '"$1 " repeated': fill('$1 '),
    '"U.S. " repeated': fill('U.S. '),
  };
  const news = readFileSync(sources[0]).toString();
  // first, so that every other row can say how many times slower than news it is
  const normal = { 'normal news (same size)': fill(news.replace(/\s*$/, '\n\n')) };
  const newsSeconds = new Map();
  console.log(`\nadversarial inputs: one line each, about ${ADV_MB} MB, --max-size raised, timeout ${TIMEOUT} s each; -j 1`);
  console.log('  the ladder grows the size fourfold from 16 KB and stops at the first run over the timeout, so growth shows');
  console.log(['  input'.padEnd(32), 'size KB', 'seconds', '   MB/s', 'peak RSS MB', 'x news', 'note'].join('  '));
  for (const [name, text] of Object.entries({ ...normal, ...inputs })) {
    for (let kb = 16; ; kb *= 4) {
      const cut = kb * 1024 >= text.length ? text : text.slice(0, kb * 1024);
      const file = join(work, `adv-${name.replace(/\W+/g, '-')}-${kb}.txt`);
      writeFileSync(file, cut);
      const r = measure([bin, '-j', '1', '--max-size', '1GB', file], { timeout: TIMEOUT });
      const size = statSync(file).size;
      const note = r.signal ? `killed after ${TIMEOUT} s` : r.status !== 0 ? `exit ${r.status}: ${r.stderr.trim().split('\n').pop()?.slice(0, 60)}` : '';
      if (name in normal) newsSeconds.set(kb, r.seconds);
      const ratio = newsSeconds.has(kb) && !r.signal ? fmt(r.seconds / newsSeconds.get(kb), 2) : '-';
      console.log([`  ${name}`.padEnd(32), fmt(size / 1024, 0).padStart(7), fmt(r.seconds).padStart(7), r.signal ? '      -' : fmt(size / 1048576 / r.seconds, 3).padStart(7), fmt(r.rssMB, 0).padStart(11), ratio.padStart(6), note].join('  '));
      if (r.signal || cut === text) break;
    }
  }
}

// ---- one large news file: 4 MB must take at most 5x what 1 MB takes (nothing quadratic) ----
if (!process.argv.includes('--skip-adversarial')) {
  const news = sources.map((f) => readFileSync(f).toString()).join('\n\n');
  const seconds = {};
  console.log('\none large news file (the corpus joined into one document), -j 1');
  for (const mb of [1, 4]) {
    let text = '';
    while (text.length < mb * 1048576) text += news + '\n\n';
    const file = join(work, `one-news-${mb}.txt`);
    writeFileSync(file, text.slice(0, mb * 1048576));
    const r = measure([bin, '-j', '1', '--max-size', '1GB', file], { timeout: TIMEOUT * 4 });
    seconds[mb] = r.seconds;
    console.log(`  ${mb} MB  ${fmt(r.seconds)} s  ${fmt(r.rssMB, 0)} MB peak${r.signal ? `  killed after ${TIMEOUT * 4} s` : ''}${mb === 4 ? `  (${fmt(seconds[4] / seconds[1], 2)}x the 1 MB file)` : ''}`);
  }
}

// ---- the HTML report of 300,000 nested <div> (issue 14: 68 s on the main thread) ----
if (!process.argv.includes('--skip-adversarial')) {
  const file = join(work, 'deep.html');
  writeFileSync(file, '<div>'.repeat(300_000) + 'Joe Biden met Sergei Lavrov.' + '</div>'.repeat(300_000));
  const ndjson = measure([bin, '-j', '1', '--max-size', '1GB', file], { timeout: TIMEOUT });
  const html = measure([bin, '-j', '1', '--max-size', '1GB', '-f', 'html', file], { timeout: TIMEOUT });
  console.log(`\n300,000 nested <div> (3.3 MB), -j 1: ndjson ${fmt(ndjson.seconds)} s, -f html ${fmt(html.seconds)} s${html.signal ? ` (killed after ${TIMEOUT} s)` : ''}`);
}

// ---- large documents: the plain-text stage ----------------------------------------------
// the cases of tests/text/property.test.ts ('large documents', 200,000 characters there) at
// the sizes they had in the suite; micromark's own speed (about 1 MB/s on prose) sets the pace
if (!process.argv.includes('--skip-large')) {
  const { toPlainText } = await import(join(root, 'dist/text/index.js'));
  const cases = [
    ['text', 'Some words on one long line, ', 10_000_000],
    ['text', 'line\r\n', 10_000_000],
    ['html', 'Some <b>words</b> &amp; one long line, ', 10_000_000],
    ['html', '<div>', 10_000_000],
    ['html', '<svg><b>', 2_000_000],
    ['html', '<p>para graph</p>\n', 10_000_000],
    ['markdown', 'plain words on one long line ', 10_000_000],
    ['markdown', 'Some **words** on one \\$ long [line](#), ', 1_000_000],
    ['markdown', '> ', 1_000_000],
    ['markdown', '1. ', 1_000_000],
    ['markdown', 'para graph\n\n', 1_000_000],
  ];
  console.log('\nlarge documents: the plain-text stage (toPlainText) in this process');
  console.log(['  kind'.padEnd(11), 'unit'.padEnd(44), '  chars', 'seconds', '   MB/s', 'check'].join('  '));
  for (const [kind, unit, size] of cases) {
    const raw = unit.repeat(Math.ceil(size / unit.length));
    const started = process.hrtime.bigint();
    let check = 'ok';
    try {
      const p = toPlainText(raw, kind);
      const s = p.map.toSource(0, p.text.length);
      if (s.end > raw.length) check = `FAIL: the whole text maps to ${s.end} > ${raw.length}`;
      else if (p.text.length > 2 && !(p.map.toSource(p.text.length >> 1, (p.text.length >> 1) + 1).start > 0)) check = 'FAIL: the middle maps to 0';
    } catch (e) {
      check = `FAIL: ${e.message.slice(0, 60)}`;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (check !== 'ok') process.exitCode = 1;
    console.log([`  ${kind}`.padEnd(11), JSON.stringify(unit).padEnd(44), `${size / 1e6}M`.padStart(7), fmt(seconds).padStart(7), fmt(raw.length / 1048576 / seconds, 2).padStart(7), check].join('  '));
  }
}

// ---- many small files -------------------------------------------------------------------
if (!process.argv.includes('--skip-many')) {
  const dir = join(work, 'many');
  const sources = [];
  const per = 1000;
  for (let f = 0; f * per < MANY; f++) {
    const sub = join(dir, `part-${String(f).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    for (let i = 0; i < per && f * per + i < MANY; i++) {
      const name = `${String(i).padStart(4, '0')}.txt`;
      writeFileSync(join(sub, name), `Item ${f}-${i}: Lavrov spoke in Moscow.`);
      sources.push(join(sub, name));
    }
  }
  console.log(`\nmany small files: ${MANY} files in ${Math.ceil(MANY / per)} folders, extract -j ${cores}`);
  const r = measure([bin, '-j', String(cores), dir]);
  const got = r.stdout.toString().split('\n').filter(Boolean).map((l) => JSON.parse(l).source);
  const inOrder = got.length === sources.length && got.every((s, i) => s === sources[i]);
  const check = r.status === 0 && r.stderr === '' && inOrder ? 'ok' : `FAIL: exit ${r.status}, ${got.length} records${inOrder ? '' : ', not in order'}, stderr ${JSON.stringify(r.stderr.slice(0, 80))}`;
  if (check !== 'ok') process.exitCode = 1;
  console.log(`  ${fmt(r.seconds)} s, ${fmt(MANY / r.seconds, 0)} files/s, peak RSS ${fmt(r.rssMB, 0)} MB, every record in order: ${check}`);
}
rmSync(work, { recursive: true, force: true });
