#!/usr/bin/env node
// A development yardstick beside `npm run eval`: the phrase corpora of phrases/ (time.tsv,
// money.tsv; Duckling-style, one phrase a line, reference date 2013-02-12) through the built
// DATE and MONEY recognizers. A phrase counts right when the mention over its bracketed part
// (or the whole line) has exactly the expected value; a wrong value is a false positive and
// a false negative; any mention on a line marked "-" is a false positive.
//   npm run -s build && node tests/yardsticks/phrases.mjs [--misses]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { recognizeDates } = await import(join(root, 'dist/recognize/date/index.js'));
const { recognizeMoney } = await import(join(root, 'dist/recognize/money/index.js'));
const { splitSentences } = await import(join(root, 'dist/nlp/sentences.js'));
const REFERENCE = '2013-02-12';
const showMisses = process.argv.includes('--misses');

const rows = (file) =>
  readFileSync(join(root, 'tests/yardsticks/phrases', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [example, want] = l.split('\t');
      const open = example.indexOf('[');
      const close = example.indexOf(']', open);
      const text = open < 0 ? example : example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
      const span = open < 0 ? example : example.slice(open + 1, close);
      return { example, text, span, want: want.trim() };
    });

const moneyText = (v) => `${v.amount} ${v.currency}${v.max !== undefined ? ` ${v.max}` : ''}`;

function score(name, file, recognize, show) {
  let tp = 0, fp = 0, fn = 0;
  const misses = [];
  for (const r of rows(file)) {
    const found = recognize({ text: r.text, date: REFERENCE, sentences: splitSentences(r.text) });
    const got = found.map((m) => `${m.text}=${m.value === undefined ? '' : show(m.value)}`);
    if (r.want === '-') {
      fp += found.length;
      if (found.length) misses.push(`  - ${r.example}  got ${got.join('; ')}`);
      continue;
    }
    const right = found.some((m) => m.text === r.span && m.value !== undefined && show(m.value) === r.want);
    if (right) tp++;
    else {
      fn++;
      misses.push(`  ${r.example}  want ${r.want}  got ${got.join('; ') || 'nothing'}`);
    }
    fp += found.filter((m) => !(m.text === r.span && m.value !== undefined && show(m.value) === r.want)).length;
  }
  const p = tp / (tp + fp || 1), rc = tp / (tp + fn || 1);
  const f1 = p + rc ? (200 * p * rc) / (p + rc) : 0;
  console.log(`${name.padEnd(6)} P ${(100 * p).toFixed(1)}  R ${(100 * rc).toFixed(1)}  F1 ${f1.toFixed(1)}  (tp ${tp} fp ${fp} fn ${fn})`);
  if (showMisses) for (const m of misses) console.log(m);
}

score('time', 'time.tsv', recognizeDates, String);
score('money', 'money.tsv', recognizeMoney, moneyText);
