import { describe, expect, test } from 'vitest';
import { toPlainText } from '../../src/text/index.js';
import { runCase, sourceOf, type Case } from './helpers.js';

const cases: Case[] = [
  {
    name: 'link text without its URL',
    raw: 'Released by [Foreign Policy](#) magazine.',
    text: 'Released by Foreign Policy magazine.',
    slices: [['Foreign Policy', 'Foreign Policy'], ['Foreign Policy magazine', 'Foreign Policy](#) magazine']],
  },
  {
    name: 'bold and emphasis',
    raw: '**The  Daily Planet** and *its* staff',
    text: 'The  Daily Planet and its staff',
    slices: [['The  Daily Planet', 'The  Daily Planet'], ['Planet and its', 'Planet** and *its']],
  },
  {
    name: 'escaped dollar maps back with its backslash',
    raw: 'It has spent more than \\$8 billion so far.',
    text: 'It has spent more than $8 billion so far.',
    slices: [['more than $8 billion', 'more than \\$8 billion'], ['$8 billion', '\\$8 billion'], ['$', '\\$'], ['8 billion', '8 billion']],
  },
  {
    name: 'other escapes',
    raw: 'a \\*starred\\* word and a back\\\\slash',
    text: 'a *starred* word and a back\\slash',
    slices: [['*starred*', '\\*starred\\*'], ['back\\slash', 'back\\\\slash']],
  },
  {
    name: 'headings are blocks of their own',
    raw: '# The Heading #\n\nBody text here.\n\n#### **Related:**\n\n- item',
    text: 'The Heading\n\nBody text here.\n\nRelated:\n\nitem',
    slices: [['The Heading', 'The Heading'], ['Related:', 'Related:']],
  },
  {
    name: 'a sentence broken across paragraphs is joined',
    raw: 'The report was released on Monday by the Senate Armed Services\n\nCommittee Chairman John Smith, who wants to resume arms-\n\ncontrol talks soon.',
    text: 'The report was released on Monday by the Senate Armed Services Committee Chairman John Smith, who wants to resume arms-control talks soon.',
    slices: [
      ['Armed Services Committee', 'Armed Services\n\nCommittee'],
      ['arms-control', 'arms-\n\ncontrol'],
      ['control talks soon.', 'control talks soon.'],
    ],
  },
  {
    name: 'a paragraph ending in a comma is joined',
    raw: 'Officials from both countries met in the city on Friday,\n\nand they agreed to meet again.',
    text: 'Officials from both countries met in the city on Friday, and they agreed to meet again.',
  },
  {
    name: 'short lines are not joined',
    raw: '# Talks to Resume\n\nBy [Jane Doe](#)\n\nJanuary 31, 2013\n\n**The  Daily Planet**\n\nThe city council voted on Tuesday to approve the budget.',
    text: 'Talks to Resume\n\nBy Jane Doe\n\nJanuary 31, 2013\n\nThe  Daily Planet\n\nThe city council voted on Tuesday to approve the budget.',
  },
  {
    name: 'a heading is not joined to the paragraph after it',
    raw: '## officials met in the city to discuss a new agreement\n\nthe talks went on for hours.',
    text: 'officials met in the city to discuss a new agreement\n\nthe talks went on for hours.',
  },
  {
    name: 'list items are not joined',
    raw: '- the first item of the list has no final stop\n- the second item of the list goes on\n\nand a paragraph after the list.',
    text: 'the first item of the list has no final stop\n\nthe second item of the list goes on\n\nand a paragraph after the list.',
  },
  {
    name: 'a paragraph in title case is not joined (an unmarked headline)',
    raw: 'U.S. and Russia Agree to Resume Talks on Nuclear Arms\n\nOfficials said the talks would start soon.',
    text: 'U.S. and Russia Agree to Resume Talks on Nuclear Arms\n\nOfficials said the talks would start soon.',
  },
  {
    name: 'sentence-final punctuation, also inside quotes, is not joined',
    raw: 'The minister told reporters on Monday the following:\n\nHe said that "it is over for good now."\n\nThen he left the room without another word.',
    text: 'The minister told reporters on Monday the following:\n\nHe said that "it is over for good now."\n\nThen he left the room without another word.',
  },
  {
    name: 'no join out of a block quote',
    raw: '> a quoted paragraph that runs on without any stop\n\nthe paragraph after the quote.',
    text: 'a quoted paragraph that runs on without any stop\n\nthe paragraph after the quote.',
  },
  {
    name: 'no join across a thematic break or an image',
    raw: 'a paragraph that runs on without any stop at all\n\n---\n\nnext one\n\nanother paragraph that runs on without any stop\n\n![photo](x.jpg)\n\nlast one',
    text: 'a paragraph that runs on without any stop at all\n\nnext one\n\nanother paragraph that runs on without any stop\n\nlast one',
  },
  {
    name: 'character references',
    raw: 'AT&amp;T said &#8220;no&#8221; &copy; &#x24;5',
    text: 'AT&T said “no” © $5',
    slices: [['AT&T', 'AT&amp;T'], ['“no”', '&#8220;no&#8221;'], ['©', '&copy;'], ['$5', '&#x24;5']],
  },
  {
    name: 'soft line breaks become spaces',
    raw: 'one line\nnext line\n  indented line',
    text: 'one line next line indented line',
    slices: [['line next', 'line\nnext'], ['line indented', 'line\n  indented']],
  },
  {
    name: 'CRLF line endings',
    raw: 'a b\r\nc d\r\n\r\n# e\r\n',
    text: 'a b c d\n\ne',
    slices: [['b c', 'b\r\nc'], ['e', 'e']],
  },
  {
    name: 'hard line break',
    raw: 'line one  \nline two\\\nline three',
    text: 'line one\nline two\nline three',
  },
  {
    name: 'block quote markers are not text',
    raw: '> quoted\n> more',
    text: 'quoted more',
    slices: [['quoted more', 'quoted\n> more']],
  },
  {
    name: 'images and HTML comments are dropped',
    raw: 'Text ![alt text](img.png) more <!-- note --> end.\n\n<!-- a block comment -->\n\nAfter.',
    text: 'Text  more  end.\n\nAfter.',
  },
  {
    name: 'inline code and code blocks',
    raw: 'Run `npm  test` now.\n\n```js\nconst a = 1;\n  b();\n```',
    text: 'Run npm  test now.\n\nconst a = 1;\n  b();',
    slices: [['npm  test', 'npm  test'], ['  b();', '  b();']],
  },
  {
    name: 'a block of HTML is read as HTML',
    raw: 'Before.\n\n<div>\n<p>x &amp; y</p>\n</div>\n\nAfter.',
    text: 'Before.\n\nx & y\n\nAfter.',
    slices: [['x & y', 'x &amp; y']],
  },
  { name: 'autolink text', raw: 'See <https://example.com/a?b&amp;c>.', text: 'See https://example.com/a?b&amp;c.' },
  { name: 'BOM', raw: '\uFEFF# Title\n\nText.', text: 'Title\n\nText.', slices: [['Title', 'Title']] },
  { name: 'empty', raw: '', text: '' },
  { name: 'white space only', raw: '  \n\n \t\n', text: '' },
  { name: 'unclosed markup', raw: '**bold [link( `code', text: '**bold [link( `code' },
];

describe('markdown documents', () => {
  test.each(cases)('$name', (c) => void runCase('markdown', c));

  test('inserted separators map to the neighbouring source', () => {
    const raw = '# Head\n\nBody.';
    const p = toPlainText(raw, 'markdown');
    expect(p.text).toBe('Head\n\nBody.');
    // the separator alone: empty, at the next source char
    expect(p.map.toSource(4, 6)).toEqual({ start: 8, end: 8 });
    // a span ending in it ends where "Head" ends
    expect(p.map.toSource(0, 5)).toEqual({ start: 2, end: 6 });
    // a span starting in it starts at "Body"
    expect(p.map.toSource(5, 11)).toEqual({ start: 8, end: 13 });
  });

  test('the joining space maps like a separator', () => {
    const raw = 'the first paragraph runs on without a stop\n\nand ends here.';
    const p = toPlainText(raw, 'markdown');
    const i = p.text.indexOf(' and');
    expect(p.map.toSource(i, i + 1)).toEqual({ start: raw.indexOf('and'), end: raw.indexOf('and') });
    expect(sourceOf(p, raw, 'stop and')).toBe('stop\n\nand');
  });
});

describe('markdown documents too large or deep to parse whole', () => {
  test('a huge paragraph is parsed in pieces that continue one another', () => {
    const unit = 'word *emphasis* and \\$5 more ';
    const raw = unit.repeat(4000); // 112 K chars on one line
    const p = toPlainText(raw, 'markdown');
    const plainUnit = 'word emphasis and $5 more ';
    expect(p.text).toBe(plainUnit.repeat(4000).trimEnd());
    for (const i of [0, 1000, 50_000, p.text.length - 30]) {
      const k = p.text.indexOf('$5', i);
      expect(raw.slice(p.map.toSource(k, k + 2).start, p.map.toSource(k, k + 2).end)).toBe('\\$5');
    }
  });

  test('a huge block of lines is cut at line ends, which stay spaces', () => {
    const raw = 'a line of **bold** text\n'.repeat(3000) + '\n# Heading\n\nEnd.';
    const p = toPlainText(raw, 'markdown');
    expect(p.text).toBe(`${'a line of bold text '.repeat(3000).trimEnd()}\n\nHeading\n\nEnd.`);
  });

  test('a document of ordinary paragraphs parses whole: references resolve across it', () => {
    const raw = `See [the report][r].\n\n${'A paragraph of text.\n\n'.repeat(3000)}[r]: https://example.com/report`;
    const p = toPlainText(raw, 'markdown');
    expect(p.text.startsWith('See the report.\n\nA paragraph')).toBe(true);
    expect(p.text.endsWith('A paragraph of text.')).toBe(true);
  });

  test('lines nested too deep are kept as text', () => {
    const raw = `Intro.\n\n${'> '.repeat(200)}deep`;
    const p = toPlainText(raw, 'markdown');
    expect(p.text).toBe(`Intro.\n\n${'> '.repeat(200)}deep`);
  });
});
