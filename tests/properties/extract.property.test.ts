// Properties of the whole library call, for any input (fast-check): extract never throws,
// every mention's start/end slices the source (in code points) to its text, mentions of one
// type never overlap, and the record has the shape the README ("Output") promises. Markdown and HTML
// built at random keep their offsets pointing into the original.
// A failure prints the shrunk input and the seed: `fc.assert(..., { seed, path })` replays it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, ENTITY_TYPES, type OutputRecord } from '../../src/index.js';

const RUNS = Number(process.env.EXTRACT_PROPERTY_RUNS ?? 150);
const TYPES: readonly string[] = ENTITY_TYPES;

/** The problems with a record, as sentences; [] when it keeps every promise. */
export function problems(source: string, r: OutputRecord): string[] {
  const out: string[] = [];
  const cps = [...source];
  const isInt = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  if (typeof r.source !== 'string') out.push('source is not a string');
  if (!(r.date === null || (typeof r.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.date)))) out.push(`date ${JSON.stringify(r.date)}`);
  if (!Array.isArray(r.entities) || !Array.isArray(r.facts)) return [...out, 'entities or facts is not an array'];
  const byType = new Map<string, { start: number; end: number; text: string }[]>();
  for (const e of r.entities) {
    const where = `entity ${JSON.stringify(e.id)}`;
    if (typeof e.id !== 'string' || !e.id.startsWith(`${e.type}:`)) out.push(`${where}: id`);
    if (!TYPES.includes(e.type)) out.push(`${where}: type ${e.type}`);
    if (typeof e.name !== 'string' || e.name.trim() === '') out.push(`${where}: empty name`);
    // a DATE has a TIMEX3 value, unless it cannot be resolved ("Friday" without a document date)
    if (e.type === 'DATE' && e.value !== undefined && (typeof e.value !== 'string' || e.value === '')) out.push(`${where}: DATE value ${JSON.stringify(e.value)}`);
    if (e.type === 'MONEY') {
      const v = e.value as { amount?: unknown; currency?: unknown } | undefined;
      if (!v || typeof v.amount !== 'number' || !Number.isFinite(v.amount) || typeof v.currency !== 'string' || !/^[A-Z]{3}$/.test(v.currency))
        out.push(`${where}: MONEY value ${JSON.stringify(e.value)}`);
    }
    if (!Array.isArray(e.mentions) || e.mentions.length === 0) out.push(`${where}: no mentions`);
    for (const m of e.mentions ?? []) {
      if (!isInt(m.start) || !isInt(m.end) || m.start >= m.end || m.end > cps.length) out.push(`${where}: span ${m.start}-${m.end} of ${cps.length}`);
      else if (cps.slice(m.start, m.end).join('') !== m.text)
        out.push(`${where}: ${m.start}-${m.end} slices ${JSON.stringify(cps.slice(m.start, m.end).join(''))}, text is ${JSON.stringify(m.text)}`);
      if (typeof m.rule !== 'string' || !m.rule) out.push(`${where}: mention without a rule`);
      const list = byType.get(e.type) ?? [];
      list.push(m);
      byType.set(e.type, list);
    }
  }
  for (const [type, list] of byType) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i++)
      if (list[i]!.start < list[i - 1]!.end) out.push(`${type} mentions overlap: ${JSON.stringify(list[i - 1])} and ${JSON.stringify(list[i])}`);
  }
  for (const f of r.facts) {
    if (!['role', 'quote', 'funding'].includes(f.type)) out.push(`fact type ${f.type}`);
    if (!isInt(f.start) || !isInt(f.end) || f.start > f.end || f.end > cps.length) out.push(`${f.type} fact: span ${f.start}-${f.end} of ${cps.length}`);
  }
  return out;
}

function check(text: string, kind: 'text' | 'markdown' | 'html' = 'text', date?: string): void {
  let r: OutputRecord;
  try {
    r = extract(text, { kind, date });
  } catch (e) {
    throw new Error(`extract threw on ${JSON.stringify(text)} (${kind}): ${(e as Error).stack}`);
  }
  const p = problems(text, r);
  if (p.length) throw new Error(`${kind} ${JSON.stringify(text)}:\n  ${p.join('\n  ')}`);
}

// words that wake every recognizer: names, titles, places, months, amounts, quotes
const WORDS = [
  'Joe', 'Biden', 'Sergei', 'Lavrov', 'Vice', 'President', 'Foreign', 'Minister', 'Mr.', 'Dr.', 'U.S.', 'United', 'States',
  'Russia', 'Moscow', 'National', 'Nuclear', 'Security', 'Administration', '(NNSA)', 'NNSA', 'Nunn-Lugar', 'program',
  'Cooperative', 'Threat', 'Reduction', 'Act', 'Treaty', 'the', 'of', 'and', 'said', 'met', 'in', 'on', 'to', 'from', 'Inc.',
  'January', 'Jan.', '31,', '2013', 'Friday', 'last', 'week', 'next', 'year', '1990s', '2012-10-05', 'today', 'ago',
  '$8', 'billion', '$1.5', 'million', '€', '200', 'euros', 'about', 'more', 'than', 'rubles', '100,000', '3.5%',
  '"', '“', '”', "'", '’s', ',', '.', ';', ':', '-', '—', '(', ')', '[', ']', '\n', '\n\n', '\r\n', '\t', 'A.', 'B.',
  'McDonald', "O'Brien", 'São', 'Paulo', 'Zürich', '東京', '😀', '\u00A0', '\uFEFF', '\0',
];
const newsText = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).chain((ws) =>
  fc.array(fc.constantFrom(' ', ' ', ' ', '', '  '), { minLength: ws.length, maxLength: ws.length }).map((sp) => ws.map((w, i) => w + sp[i]).join('')),
);

const MD = ['# ', '## ', '**', '*', '_', '`', '```\n', '> ', '- ', '1. ', '[', '](http://x.y)', '![img](a.png)', '\n', '\n\n', '---\n', '|', '\\', '<br>', '&amp;', '    '];
const HTML = ['<p>', '</p>', '<b>', '</b>', '<a href="x">', '</a>', '<br>', '<div>', '</div>', '<script>x<1</script>', '<!-- c -->', '&amp;', '&nbsp;', '&#8220;', '&#x1F600;', '<li>', '<h1>', '</h1>', '<title>T</title>', '<meta name="date" content="2013-01-31">', '<', '>', '\n'];
const markup = (pieces: string[]) =>
  fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS.map((w) => w + ' ')) }, { weight: 2, arbitrary: fc.constantFrom(...pieces) }), { maxLength: 80 }).map((a) => a.join(''));

describe('extract, for any input', () => {
  it('any string (every code point, lone surrogates too): never throws, offsets slice, valid record', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => check(s)), { numRuns: RUNS });
  });
  it('news-like text: offsets slice, no overlaps within a type, valid record', () => {
    fc.assert(fc.property(newsText, fc.constantFrom(undefined, '2013-01-31'), (s, date) => check(s, 'text', date)), { numRuns: RUNS * 2 });
  });
  it('the same text read as Markdown or HTML: still valid', () => {
    fc.assert(fc.property(newsText, fc.constantFrom('markdown' as const, 'html' as const), (s, kind) => check(s, kind)), { numRuns: RUNS });
  });
  it('random Markdown: offsets point into the original', () => {
    fc.assert(fc.property(markup(MD), (s) => check(s, 'markdown')), { numRuns: RUNS });
  });
  it('random HTML: offsets point into the original', () => {
    fc.assert(fc.property(markup(HTML), (s) => check(s, 'html')), { numRuns: RUNS });
  });
  it('the checker itself catches a wrong offset', () => {
    const r = extract('Joe Biden met Sergei Lavrov in Munich.');
    r.entities[0]!.mentions[0]!.start += 1;
    expect(problems('Joe Biden met Sergei Lavrov in Munich.', r).join()).toMatch(/slices/);
  });
});
