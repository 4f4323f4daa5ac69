#!/usr/bin/env node
// Summarizes a V8 .cpuprofile (node --cpu-prof): where the time goes, by self time and by
// inclusive time, per function and per source file.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/extract -j 1 DOCS > /dev/null
//   node tests/yardsticks/profile.mjs /tmp/prof/CPU.*.cpuprofile [--top 40]
//
// The worker's profile is the larger file: -j 1 runs the pipeline in one worker thread.
// Inclusive time counts a function once per sample however deep it recurses.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const TOP = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 40;
for (const file of args) {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // time of each sample: the gap to the next one
  const dt = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    const d = p.timeDeltas[i + 1] ?? 0;
    dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + d);
  }
  const total = [...dt.values()].reduce((a, b) => a + b, 0);
  const short = (url) => url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, 'nm/').replace(/^.*\/dist\//, 'dist/');
  const fnKey = (n) => `${n.callFrame.functionName || '(anon)'}  ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const fileKey = (n) => short(n.callFrame.url) || n.callFrame.functionName;
  const self = new Map(), selfFile = new Map(), incl = new Map(), inclFile = new Map();
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  for (const [id, t] of dt) {
    const n = byId.get(id);
    add(self, fnKey(n), t);
    add(selfFile, fileKey(n), t);
    const seen = new Set(), seenFile = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const m = byId.get(at);
      const k = fnKey(m), f = fileKey(m);
      if (!seen.has(k)) { seen.add(k); add(incl, k, t); }
      if (!seenFile.has(f)) { seenFile.add(f); add(inclFile, f, t); }
    }
  }
  const show = (title, m) => {
    console.log(`\n${title}`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
      console.log(`  ${(v / 1000).toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
    }
  };
  console.log(`${file}: ${(total / 1e6).toFixed(2)} s sampled`);
  show('self time by function', self);
  show('self time by file', selfFile);
  show('inclusive time by function', incl);
  show('inclusive time by file', inclFile);
}
