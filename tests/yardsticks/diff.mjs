#!/usr/bin/env node
// A development aid beside `npm run eval`: what a change moved on one annotated set.
//   node tests/yardsticks/diff.mjs GOLD.jsonl BEFORE.ndjson AFTER.ndjson [--types PERSON,ORG,LOCATION]
// prints each name mention that one output has and the other lacks, marked + (in the gold,
// by core span and type) or - (not in the gold), and the counts. Read it for patterns of
// English news, never to fit one line of a development file.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [gold, before, after, ...rest] = process.argv.slice(2);
const ti = rest.indexOf('--types');
const types = new Set((ti >= 0 ? rest[ti + 1] : 'PERSON,ORG,LOCATION').split(','));
const lines = (f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const core = (text, s, e) => {
  let t = text.slice(s, e);
  t = t.replace(/^the\s+/i, '').replace(/(?:['’]s|['’]|\.)$/, '');
  return t;
};
const golds = new Map(lines(gold).map((d) => [d.id, d]));
const keyed = (file) => {
  const m = new Map();
  for (const d of lines(file)) {
    const id = basename(d.source).replace(/\.[^.]+$/, '');
    const g = golds.get(id);
    if (!g) continue;
    const cp = [...g.text];
    for (const e of d.entities) {
      if (!types.has(e.type)) continue;
      for (const x of e.mentions) m.set(`${id}|${e.type}|${core(cp.join(''), ...[cp.slice(0, x.start).join('').length, cp.slice(0, x.end).join('').length])}|${x.start}`, x);
    }
  }
  return m;
};
const goldKeys = new Set();
for (const g of golds.values()) for (const e of g.entities) if (types.has(e.type)) goldKeys.add(`${g.id}|${e.type}|${core(g.text, e.start, e.end)}`);
const b = keyed(before);
const a = keyed(after);
const strip = (k) => k.slice(0, k.lastIndexOf('|'));
let plus = 0;
let minus = 0;
for (const [k, x] of a) if (!b.has(k)) { const ok = goldKeys.has(strip(k)); ok ? plus++ : minus++; console.log(`added   ${ok ? '+' : '-'} ${strip(k)}  (${x.rule})`); }
for (const [k, x] of b) if (!a.has(k)) { const ok = goldKeys.has(strip(k)); ok ? minus++ : plus++; console.log(`removed ${ok ? '+' : '-'} ${strip(k)}  (${x.rule})`); }
console.log(`\n${plus} changes for the better, ${minus} for the worse`);
