// Markdown front matter (src/text/front-matter.ts): metadata, not text; offsets still into the file.
import { describe, expect, test } from 'vitest';
import { toPlainText } from '../../src/text/index.js';
import { frontMatter } from '../../src/text/front-matter.js';
import { sourceOf } from './helpers.js';

const BODY = 'Senator Ann Lee spoke on Monday.';

const cases: { name: string; raw: string; text: string; meta: { date?: string; title?: string } }[] = [
  { name: 'YAML with date and title', raw: `---\ntitle: Hearing on the Budget\ndate: 2014-03-12\nauthor: Ben Cole\n---\n${BODY}\n`, text: BODY, meta: { date: '2014-03-12', title: 'Hearing on the Budget' } },
  { name: 'YAML: published wins over date', raw: `---\ndate: 2014-03-01\npublished: 2014-03-12T10:00:00Z\n---\n\n${BODY}`, text: BODY, meta: { date: '2014-03-12' } },
  { name: 'YAML: quoted values, a comment', raw: `---\ntitle: "Lee: a profile"\ndate: '2014-03-12' # the day it ran\n---\n${BODY}`, text: BODY, meta: { date: '2014-03-12', title: 'Lee: a profile' } },
  { name: 'YAML closed by ...', raw: `---\ndate: 2014-03-12\n...\n${BODY}`, text: BODY, meta: { date: '2014-03-12' } },
  { name: 'YAML with CRLF', raw: `---\r\ndate: 2014-03-12\r\n---\r\n${BODY}`, text: BODY, meta: { date: '2014-03-12' } },
  { name: 'TOML', raw: `+++\ntitle = "Budget Hearing"\ndate = 2014-03-12T09:00:00-05:00\ntags = ["senate"]\n+++\n${BODY}`, text: BODY, meta: { date: '2014-03-12', title: 'Budget Hearing' } },
  { name: 'a date that is no date is left out', raw: `---\ndate: soon\n---\n${BODY}`, text: BODY, meta: {} },
  { name: 'a rule that is never closed is no front matter', raw: `---\n${BODY}`, text: BODY, meta: {} },
  { name: 'a rule later in the text is no front matter', raw: `${BODY}\n\n---\n\ndate: 2014-03-12\n`, text: `${BODY}\n\ndate: 2014-03-12`, meta: {} },
];

describe('front matter', () => {
  test.each(cases)('$name', ({ raw, text, meta }) => {
    const p = toPlainText(raw, 'markdown');
    expect(p.text).toBe(text);
    expect(p.meta).toEqual(meta);
    expect(sourceOf(p, raw, 'Ann Lee')).toBe('Ann Lee');
  });

  test('after a byte-order mark, offsets count it', () => {
    const raw = `\uFEFF---\ndate: 2014-03-12\n---\n${BODY}`;
    const p = toPlainText(raw, 'markdown');
    const i = p.text.indexOf('Ann');
    expect(p.map.toSource(i, i + 3)).toEqual({ start: raw.indexOf('Ann'), end: raw.indexOf('Ann') + 3 });
  });

  test('plain text files have no front matter', () => {
    expect(toPlainText(`---\ndate: 2014-03-12\n---\n${BODY}`, 'text').text).toContain('date: 2014-03-12');
  });

  test('where the text starts', () => {
    expect(frontMatter('---\na: b\n---\nx')).toEqual({ end: 13, meta: {} });
    expect(frontMatter('--- \nx')).toBeNull();
  });
});
