#!/usr/bin/env node
// npm run eval: runs the built extractor on the shared yardsticks and prints the scores.
//   ../shared/seeds               hand-made gold answers per document (score.mjs seeds)
//   ../shared/eval/data/*/docs    annotated news, scored on mention spans (score.mjs spans)
// Exits 0 with a note when ../shared is not there (a fresh clone elsewhere).
//   npm run eval -- --keep DIR   keeps the outputs (DIR/<set>.ndjson) for tests/yardsticks/diff.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.EXTRACT_SHARED ?? resolve(root, '../shared');
const scorer = join(shared, 'eval/score.mjs');
if (!existsSync(scorer)) {
  console.log(`eval: no yardsticks at ${shared} (set EXTRACT_SHARED to point elsewhere); nothing scored.`);
  process.exit(0);
}
const bin = join(root, 'bin/extract');
// --keep DIR keeps each set's output as DIR/<set>.ndjson (for tests/yardsticks/diff.mjs)
const keepAt = process.argv.indexOf('--keep');
const keep = keepAt > 0 ? resolve(process.argv[keepAt + 1]) : undefined;
const work = keep ?? mkdtempSync(join(tmpdir(), 'extract-eval-'));
if (keep) mkdirSync(keep, { recursive: true });

function extract(name, args) {
  const out = join(work, `${name}.ndjson`);
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, '--format', 'ndjson', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) process.stderr.write(r.stderr);
  writeFileSync(out, r.stdout);
  return { out, seconds };
}

function score(args) {
  return execFileSync(process.execPath, [scorer, ...args], { encoding: 'utf8' });
}

const outputs = [];
if (!keep) process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const seeds = join(shared, 'seeds');
if (existsSync(seeds)) {
  const { out, seconds } = extract('seeds', [seeds]);
  outputs.push(out);
  console.log(`== seeds (${seconds.toFixed(1)} s)`);
  process.stdout.write(score(['seeds', seeds, out]));
}
const data = join(shared, 'eval/data');
for (const set of existsSync(data) ? readdirSync(data).sort() : []) {
  const docs = join(data, set, 'docs');
  const gold = join(data, set, 'gold.jsonl');
  if (!existsSync(docs) || !existsSync(gold)) continue;
  const { out, seconds } = extract(set, [docs]);
  outputs.push(out);
  console.log(`\n== ${set} (${seconds.toFixed(1)} s)`);
  process.stdout.write(score(['spans', gold, out, '--map', 'DURATION:DATE']));
}

// every rule id the outputs carry is in the catalogue (extract --list-rules)
const catalogue = new Set(
  spawnSync(process.execPath, [bin, '--list-rules'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).id),
);
const unlisted = new Set();
for (const out of outputs) {
  for (const line of readFileSync(out, 'utf8').split('\n').filter(Boolean)) {
    const doc = JSON.parse(line);
    for (const e of doc.entities ?? []) for (const m of e.mentions) for (const id of [m.rule, m.retypedBy]) if (id && !catalogue.has(id)) unlisted.add(id);
    for (const f of doc.facts ?? []) if (!catalogue.has(f.rule)) unlisted.add(f.rule);
  }
}
console.log(`\nrule ids in the outputs but not in extract --list-rules: ${unlisted.size ? [...unlisted].sort().join(', ') : 'none'}`);
