// End-to-end: web pages, front matter, feeds and sniffed kinds through the real binary.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { ROOT, run } from './run.js';

const PAGE = 'fixtures/pages/port-authority-news.html';
const records = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as { source: string; date: string | null; dateSource?: string; entities: { type: string; name: string; mentions: { text: string; start: number; end: number }[] }[] });
const names = (out: string) => records(out).flatMap((r) => r.entities.filter((e) => e.type !== 'DATE' && e.type !== 'MONEY').map((e) => `${e.type} ${e.name}`));

const ARTICLE_NAMES = [
  'PERSON Marta Okafor',
  'ORG Greenport Port Authority',
  'PERSON Daniel Whitcombe',
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
