// End-to-end: web pages, front matter, feeds and sniffed kinds through the real binary.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { docx, para } from '../helpers/office.js';
import { column, pdf } from '../helpers/pdf.js';
import { ROOT, run } from './run.js';

const PAGE = 'fixtures/pages/port-authority-news.html';
const records = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as { source: string; date: string | null; dateSource?: string; entities: { type: string; name: string; mentions: { text: string; start: number; end: number }[] }[] });
const names = (out: string) => records(out).flatMap((r) => r.entities.filter((e) => e.type !== 'DATE' && e.type !== 'MONEY').map((e) => `${e.type} ${e.name}`));

const ARTICLE_NAMES = [
  'PERSON Marta Okafor',
  'ORG Greenport Port Authority',
  'PERSON Daniel Whitcombe',
  // a named port facility, typed like an airport or a stadium
  'LOCATION Eastern Terminal',
  'ORG Department of Transportation',
  'ORG Clearwater Alliance',
  'ORG Harmon University',
];

describe('a saved web page', () => {
  const r = run([PAGE]);
  it('gives the article\'s names, not the menus, teasers and footer', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(names(r.stdout)).toEqual(ARTICLE_NAMES);
  });
  it('takes the date of the <time> in the page header', () => {
    expect(records(r.stdout)[0]).toMatchObject({ date: '2021-04-14', dateSource: 'meta' });
  });
  it('keeps offsets into the file as written', () => {
    const source = [...readFileSync(join(ROOT, PAGE), 'utf8')];
    const doc = records(r.stdout)[0]!;
    expect(doc.entities.length).toBeGreaterThan(0);
    for (const e of doc.entities) for (const m of e.mentions) expect(source.slice(m.start, m.end).join('')).toBe(m.text);
  });
  it('--whole-page reads menus and footer too, as before', () => {
    const whole = run(['--whole-page', PAGE]);
    expect(whole.status).toBe(0);
    const found = names(whole.stdout);
    for (const n of ARTICLE_NAMES) expect(found).toContain(n);
    expect(found).toContain('PERSON Rebecca Holloway');
    expect(found.length).toBeGreaterThan(ARTICLE_NAMES.length + 4);
  });
  it('the HTML report shows the article only, and the whole page with --whole-page', () => {
    const report = run(['-f', 'html', PAGE]);
    expect(report.status).toBe(0);
    const shown = report.stdout.slice(report.stdout.indexOf('<div class="text">'), report.stdout.indexOf('<aside class="panel"'));
    expect(shown).toContain('Whitcombe');
    expect(shown).toContain('Port Authority Approves Harbor Dredging Plan');
    expect(shown).not.toContain('Rebecca Holloway');
    expect(shown).not.toContain('Accept All Cookies');
    const whole = run(['-f', 'html', '--whole-page', PAGE]).stdout;
    expect(whole.slice(whole.indexOf('<div class="text">'), whole.indexOf('<aside class="panel"'))).toContain('Rebecca Holloway');
  });
});

describe('a Markdown note with front matter', () => {
  const dir = tempDir('front matter');
  const note = join(dir, 'note.md');
  writeFileSync(note, '---\ntitle: Hearing on the Budget\ndate: 2014-03-12\nauthor: Ben Cole\ntags: [Senate, Budget Office]\n---\n\n# Notes\n\nSenator Ann Lee met the Budget Office on Monday.\n');
  const r = run([note]);
  const doc = records(r.stdout)[0]!;
  it('gives the date and title of the front matter, and no entity from it', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(doc).toMatchObject({ date: '2014-03-12', dateSource: 'meta', title: 'Hearing on the Budget' });
    expect(names(r.stdout)).toEqual(['PERSON Ann Lee', 'ORG Budget Office']);
    const monday = doc.entities.find((e) => e.type === 'DATE')!;
    expect(monday).toMatchObject({ name: 'Monday', value: '2014-03-10' });
  });
  it('keeps offsets into the file, front matter and all', () => {
    const source = [...readFileSync(note, 'utf8')];
    for (const e of doc.entities) for (const m of e.mentions) expect(source.slice(m.start, m.end).join('')).toBe(m.text);
    expect(doc.entities.flatMap((e) => e.mentions).every((m) => m.start > 100)).toBe(true);
  });
});

describe('HTML without an extension, named or piped', () => {
  const dir = tempDir('sniff');
  const page = readFileSync(join(ROOT, PAGE), 'utf8');
  const file = join(dir, 'saved page');
  writeFileSync(file, page);
  it.each([
    ['named', () => run([file])],
    ['piped', () => run([], { input: page })],
    ['piped as -', () => run(['-'], { input: page })],
  ])('%s: read as HTML, its article and its meta date', (_how, go) => {
    const r = go();
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(names(r.stdout)).toEqual(ARTICLE_NAMES);
    expect(records(r.stdout)[0]).toMatchObject({ date: '2021-04-14', dateSource: 'meta' });
  });
  it('--kind text still reads it as text', () => {
    const r = run(['--kind', 'text', file]);
    expect(r.status).toBe(0);
    expect(records(r.stdout)[0]!.date).toBeNull();
  });
});

describe('RSS and Atom feeds', () => {
  const r = run(['fixtures/feeds/harbor-news.rss']);
  const docs = records(r.stdout) as (ReturnType<typeof records>[number] & { title?: string; offsets?: string })[];
  it('one record per item, named by the feed and the item\'s link or guid, with its date', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(docs.map((d) => [d.source, d.date, d.dateSource, d.title, d.offsets])).toEqual([
      ['fixtures/feeds/harbor-news.rss#https://courier.example/harbor/dredging-plan', '2021-04-14', 'meta', 'Port Authority Approves Dredging Plan', 'text'],
      ['fixtures/feeds/harbor-news.rss#courier-4412', '2021-04-16', 'meta', 'Ferry Service Resumes', 'text'],
    ]);
    expect(docs.map((d) => d.entities.filter((e) => e.type === 'PERSON' && e.name !== 'Shelby Island').map((e) => e.name))).toEqual([['Daniel Whitcombe'], ['Lucia Ferrante']]);
    // nothing from the channel's own title and description
    expect(names(r.stdout).filter((n) => /Courier|Greenport/.test(n))).toEqual([]);
  });
  it('relative dates resolve against the item\'s date', () => {
    const monday = docs[1]!.entities.find((e) => e.name === 'Monday') as { value?: string } | undefined;
    expect(monday?.value).toBe('2021-04-19');
  });
  it('offsets count in the item\'s text, which the HTML report shows', () => {
    const report = run(['-f', 'html', 'fixtures/feeds/harbor-news.rss']);
    expect(report.status).toBe(0);
    expect(report.stdout).toContain('<div class="text">Ferry Service Resumes\n\nMayor <mark class="m t-PERSON" data-e="d1-e0"');
    expect(report.stdout.match(/<article class="doc card"/g)).toHaveLength(2);
  });
  it('an Atom feed too, and a folder walk reads both', () => {
    const walk = run(['fixtures/feeds']);
    expect(walk.status).toBe(0);
    expect(records(walk.stdout).map((d) => [d.source, d.date])).toEqual([
      ['fixtures/feeds/council.atom#https://council.example/notes/bridge', '2021-05-03'],
      ['fixtures/feeds/harbor-news.rss#https://courier.example/harbor/dredging-plan', '2021-04-14'],
      ['fixtures/feeds/harbor-news.rss#courier-4412', '2021-04-16'],
    ]);
  });
  it('a feed with no items is named, and the other files are still read', () => {
    const dir = tempDir('feeds');
    writeFileSync(join(dir, 'empty.rss'), '<rss><channel><title>Nothing</title></channel></rss>');
    const bad = run([join(dir, 'empty.rss'), 'fixtures/feeds/council.atom']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(`extract: ${join(dir, 'empty.rss')}: a feed with no items\nextract: 1 of 2 files could not be read\n`);
    expect(records(bad.stdout)).toHaveLength(1);
  });
});

describe('--input ndjson FILE', () => {
  const dir = tempDir('ndjson files');
  const a = join(dir, 'a.jsonl');
  const b = join(dir, 'b.jsonl');
  writeFileSync(a, '{"id": "a1", "text": "Senator Ann Lee spoke."}\n{"id": "a2", "text": "<!doctype html><p>Ben Cole met her.</p>", "kind": "html"}\n');
  writeFileSync(b, '{"id": "b1", "text": "Carla Diaz left."}\nnot json\n');
  it('reads each file as JSON Lines, in order; a bad line or a missing file is named', () => {
    const r = run(['--input', 'ndjson', a, join(dir, 'missing.jsonl'), b]);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((d) => [d.source, d.entities.map((e) => e.name)])).toEqual([
      ['a1', ['Ann Lee']],
      ['a2', ['Ben Cole']],
      ['b1', ['Carla Diaz']],
    ]);
    expect(r.stderr.split('\n')).toEqual([
      `extract: ${join(dir, 'missing.jsonl')}: no such file or folder`,
      expect.stringMatching(new RegExp(`^extract: ${b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 2: not valid JSON`)),
      'extract: 2 of 5 records could not be read',
      '',
    ]);
  });
  it('and standard input as before', () => {
    const r = run(['--input', 'ndjson'], { input: readFileSync(a, 'utf8') });
    expect(r.status).toBe(0);
    expect(records(r.stdout).map((d) => d.source)).toEqual(['a1', 'a2']);
  });
});

describe('a Word document', () => {
  const dir = tempDir('word docs');
  const memo = docx(
    [
      para('Harbor Dredging Plan Approved'),
      para('GREENPORT, Ohio – Harbor Commissioner Daniel Whitcombe said on Tuesday that the $42 million plan would let larger vessels dock.'),
      para('The state has pledged $15 million, and Mayor Lucia Ferrante said work would start in Toledo first.'),
    ].join(''),
    'Harbor Memo',
  );
  writeFileSync(join(dir, 'memo.docx'), memo);
  writeFileSync(join(dir, 'memo copy'), memo);
  writeFileSync(join(dir, 'broken.docx'), memo.subarray(0, 100));
  it('gives its people, money and places, offsets into its text', () => {
    const r = run([join(dir, 'memo.docx')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const doc = records(r.stdout)[0]! as ReturnType<typeof records>[number] & { title?: string; offsets?: string };
    expect(doc).toMatchObject({ title: 'Harbor Memo', offsets: 'text' });
    const found = doc.entities.map((e) => `${e.type} ${e.name}`);
    for (const n of ['PERSON Daniel Whitcombe', 'PERSON Lucia Ferrante', 'MONEY $42 million', 'MONEY $15 million', 'LOCATION Toledo']) expect(found).toContain(n);
    const report = run(['-f', 'html', join(dir, 'memo.docx')]).stdout;
    expect(report).toContain('<div class="text">Harbor Dredging Plan Approved\n\n');
  });
  it('is known by its content without its extension, and a folder walk reads it', () => {
    expect(names(run([join(dir, 'memo copy')]).stdout)).toEqual(names(run([join(dir, 'memo.docx')]).stdout));
    const walk = run(['-v', dir]);
    expect(walk.status).toBe(1);
    expect(records(walk.stdout).map((d) => d.source)).toEqual([join(dir, 'memo.docx')]);
    expect(walk.stderr).toBe(
      [
        `extract: ${join(dir, 'broken.docx')}: a damaged zip archive (no central directory)`,
        `extract: ${join(dir, 'memo copy')}: skipped: not a kind extract reads (.txt, .md, .html, .rss, .atom, .pdf, .docx)`,
        'extract: 1 of 2 files could not be read',
        '',
      ].join('\n'),
    );
  });
});

describe('a PDF', () => {
  const dir = tempDir('pdf files');
  const report = pdf(
    [
      column([['Harbor Dredging Plan Approved'], ['GREENPORT, Ohio - Harbor Commissioner Daniel Whitcombe said on', 'Tuesday that the $42 million plan would let larger vessels dock.']]),
      column([['The state has pledged $15 million, and Mayor Lucia Ferrante said', 'work would start in Toledo in September.']]),
    ],
    { info: { Title: 'Harbor Report', CreationDate: 'D:20210414081500Z' } },
  );
  writeFileSync(join(dir, 'report.pdf'), report);
  writeFileSync(join(dir, 'report'), report);
  writeFileSync(join(dir, 'locked.pdf'), pdf([column([['Secret budget of $9 million.']])], { encrypted: true }));
  writeFileSync(join(dir, 'scan.pdf'), pdf([[]]));
  type Rec = ReturnType<typeof records>[number] & { title?: string; offsets?: string; entities: { type: string; name: string; mentions: { page?: number }[] }[] };
  it('gives its people, money and places, each mention with its page', () => {
    const r = run([join(dir, 'report.pdf')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const doc = records(r.stdout)[0] as Rec;
    expect(doc).toMatchObject({ title: 'Harbor Report', offsets: 'text', date: '2021-04-14', dateSource: 'meta' });
    const pageOf = (name: string) => doc.entities.find((e) => e.name === name)?.mentions.map((m) => m.page);
    expect(pageOf('Daniel Whitcombe')).toEqual([1]);
    expect(pageOf('$42 million')).toEqual([1]);
    expect(pageOf('Lucia Ferrante')).toEqual([2]);
    expect(pageOf('$15 million')).toEqual([2]);
    expect(pageOf('Toledo')).toEqual([2]);
    expect(doc.entities.find((e) => e.name === 'Tuesday')).toMatchObject({ value: '2021-04-13' });
  });
  it('is known by its content without its extension, and on standard input', () => {
    const named = run([join(dir, 'report')]);
    const piped = run([], { input: report });
    expect(named.status).toBe(0);
    expect(names(named.stdout)).toEqual(names(run([join(dir, 'report.pdf')]).stdout));
    expect(piped.status).toBe(0);
    expect(names(piped.stdout)).toEqual(names(named.stdout));
  });
  it('an encrypted or scanned PDF is named in one line, exit 1, the other files still read', () => {
    const r = run([join(dir, 'locked.pdf'), join(dir, 'scan.pdf'), join(dir, 'report.pdf')]);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((d) => d.source)).toEqual([join(dir, 'report.pdf')]);
    expect(r.stderr).toBe(
      [
        `extract: ${join(dir, 'locked.pdf')}: an encrypted PDF (it needs a password to be read)`,
        `extract: ${join(dir, 'scan.pdf')}: a PDF with no text layer (scanned pages?): extract reads no images; run OCR on it first (e.g. ocrmypdf)`,
        'extract: 2 of 3 files could not be read',
        '',
      ].join('\n'),
    );
  });
  it('the HTML report shows its text; the library reads it through extractPaths', async () => {
    const html = run(['-f', 'html', join(dir, 'report.pdf')]).stdout;
    expect(html).toContain('<div class="text">Harbor Dredging Plan Approved\n\n');
    const { extractPaths, extractFile } = await import('../../src/index.js');
    const got = [];
    for await (const rec of extractPaths([join(dir, 'report.pdf')])) got.push(rec);
    expect(got.map((d) => [d.title, d.offsets])).toEqual([['Harbor Report', 'text']]);
    expect(extractFile(join(dir, 'report.pdf')).error).toBe('a PDF is read asynchronously: use extractPaths([path])');
  });
});

describe('a text plainly not English', () => {
  const dir = tempDir('language');
  const german = join(dir, 'hafen.txt');
  writeFileSync(german, 'Der Hafenrat hat am Dienstag einen Plan für die Vertiefung der Fahrrinne beschlossen. Die Kosten liegen bei 42 Millionen Dollar, und die Arbeiten sollen im September beginnen. Nach Angaben der Behörde wird das Land einen Teil der Summe übernehmen, aber die Umweltverbände sind mit dem Vorhaben nicht einverstanden. Sie haben eine Prüfung gefordert, die noch in diesem Jahr stattfinden soll, und der Rat hat zugesagt, dass er die Ergebnisse veröffentlichen wird. Bürgermeisterin Anna Keller sagte, sie sei zufrieden.\n');
  it('gets one warning line naming the file, and is still analysed', () => {
    const r = run([german, 'fixtures/articles/senate-hearing-2014-03-12.txt']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`extract: ${german}: warning: the text looks German, not English (analysed all the same, with rules for English)\n`);
    expect(records(r.stdout).map((d) => d.source)).toEqual([german, 'fixtures/articles/senate-hearing-2014-03-12.txt']);
    expect(records(r.stdout)[0]!.entities.length).toBeGreaterThan(0);
  });
});
