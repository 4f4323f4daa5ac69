import { describe, expect, test } from 'vitest';
import { toPlainText } from '../../src/text/index.js';
import { runCase, type Case } from './helpers.js';

const cases: Case[] = [
  {
    name: 'entities and curly-quote references',
    raw: '<p>AT&amp;T said &#8220;no&#8221; &mdash; twice &#x2019;</p>',
    text: 'AT&T said “no” — twice ’',
    slices: [['AT&T', 'AT&amp;T'], ['&', '&amp;'], ['“no”', '&#8220;no&#8221;'], ['—', '&mdash;']],
  },
  {
    name: 'a non-breaking space is kept',
    raw: '<p>5&nbsp;km</p>',
    text: '5\u00A0km',
    slices: [['5\u00A0km', '5&nbsp;km']],
  },
  {
    name: 'script, style, noscript, template, svg and nav are skipped',
    raw: '<nav>Home | News</nav><p>a</p><script>var x = "<p>no</p>";</script><style>p { color: red }</style><noscript>no</noscript><template><p>no</p></template><svg><title>icon</title><text>no</text></svg><p>b</p>',
    text: 'a\n\nb',
    slices: [['b', 'b']],
  },
  {
    name: 'the title goes to meta, not the text',
    raw: '<html><head><title>My  Title &amp; More</title></head><body><p>Body.</p></body></html>',
    text: 'Body.',
  },
  {
    name: 'line breaks',
    raw: '<p>line one<br>line two<br/><br>line three</p>',
    text: 'line one\nline two\n\nline three',
  },
  {
    name: 'nested inline tags',
    raw: '<p>The <b><i>very</i> big</b> <a href="x">deal</a>.</p>',
    text: 'The very big deal.',
    slices: [['very big deal', 'very</i> big</b> <a href="x">deal'], ['big', 'big']],
  },
  {
    name: 'white space collapses, mapped to its first char',
    raw: '<p>\n  Hello \n\n  world  </p>\n\n<p>again</p>',
    text: 'Hello world\n\nagain',
    slices: [['Hello world', 'Hello \n\n  world'], [' ', ' ']],
  },
  {
    name: 'white space across inline tags collapses to one space',
    raw: '<p>a <b> b </b> c</p>',
    text: 'a b c',
  },
  {
    name: 'pre keeps its white space',
    raw: '<pre>\n  a  b\r\n c</pre>',
    text: '  a  b\n c',
    slices: [['b\n c', 'b\r\n c']],
  },
  {
    name: 'blocks: headings, lists, tables',
    raw: '<h1>Title</h1><ul><li>one</li><li>two</li></ul><table><tr><td>c1</td><td>c2</td></tr></table>',
    text: 'Title\n\none\n\ntwo\n\nc1\n\nc2',
  },
  {
    name: 'footer is kept',
    raw: '<article><p>Text.</p></article><footer>MOSCOW, Jan. 31</footer>',
    text: 'Text.\n\nMOSCOW, Jan. 31',
  },
  {
    name: 'a sentence broken across paragraphs is joined',
    raw: '<p>The report was released on Monday by the Senate Armed Services</p>\n<p>Committee Chairman John Smith, who wants to resume arms-</p><p>control talks.</p>',
    text: 'The report was released on Monday by the Senate Armed Services Committee Chairman John Smith, who wants to resume arms-control talks.',
    slices: [['Services Committee', 'Services</p>\n<p>Committee'], ['arms-control', 'arms-</p><p>control']],
  },
  {
    name: 'headings, list items and short lines are not joined',
    raw: '<h2>officials met in the city to discuss a new agreement</h2><p>the talks went on.</p><ul><li>the first item of the list has no stop</li><li>the second</li></ul><p>By Jane Doe</p><p>text</p>',
    text: 'officials met in the city to discuss a new agreement\n\nthe talks went on.\n\nthe first item of the list has no stop\n\nthe second\n\nBy Jane Doe\n\ntext',
  },
  {
    name: 'inline content in an unclosed head still counts as body',
    raw: '<head><title>T</title><p>Body text</p>',
    text: 'Body text',
  },
  {
    name: 'malformed markup',
    raw: '<p>Unclosed <b>bold <div>text</i></p></p><p',
    text: 'Unclosed bold\n\ntext',
  },
  { name: 'comments are dropped', raw: 'a<!-- b -->c', text: 'ac' },
  { name: 'BOM', raw: '\uFEFF<p>x</p>', text: 'x', slices: [['x', 'x']] },
  { name: 'empty', raw: '', text: '' },
];

const dates: [name: string, html: string, date: string | undefined][] = [
  ['article:published_time', '<meta property="article:published_time" content="2013-01-31T10:00:00Z">', '2013-01-31'],
  ['name=date', '<meta name="date" content="2013-01-30">', '2013-01-30'],
  ['name=pubdate', '<meta name="pubdate" content="20130129">', '2013-01-29'],
  ['DC.date.issued', '<meta name="DC.date.issued" content="2013/01/28">', '2013-01-28'],
  ['itemprop=datePublished', '<meta itemprop="datePublished" content="2013-01-27">', '2013-01-27'],
  ['itemprop on a time element', '<p>On <time itemprop="datePublished" datetime="2013-01-26">Saturday</time></p>', '2013-01-26'],
  ['time inside the article', '<aside><time datetime="2012-05-05">x</time></aside><article><time datetime="2013-01-25T08:00">Jan 25</time></article>', '2013-01-25'],
  // a page's header above the article holds its date as often as the article does (issue 15)
  ['a time outside the article when the article has none', '<aside><time datetime="2012-05-05">x</time></aside><article><p>Text</p></article>', '2012-05-05'],
  ['a meta tag wins over time', '<meta name="date" content="2013-01-24"><article><time datetime="2013-01-01">x</time></article>', '2013-01-24'],
  ['the best-ranked meta tag wins', '<meta name="date" content="2013-01-02"><meta property="article:published_time" content="2013-01-23">', '2013-01-23'],
  ['JSON-LD', '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2013-01-22T09:00:00Z"}]}</script>', '2013-01-22'],
  ['broken JSON-LD', '<script type="application/ld+json">{"datePublished": </script>', undefined],
  ['not a date', '<meta name="date" content="yesterday">', undefined],
  ['not a real day', '<meta name="date" content="2013-02-30">', undefined],
];

describe('html documents', () => {
  test.each(cases)('$name', (c) => void runCase('html', c));

  test('title', () => {
    const p = toPlainText('<html><head><title>My  Title &amp;\n More</title></head><body><svg><title>no</title></svg><p>x</p></body></html>', 'html');
    expect(p.meta.title).toBe('My Title & More');
    expect(p.meta.date).toBeUndefined();
  });

  test.each(dates)('meta date: %s', (_name, html, date) => {
    const inHead = html.startsWith('<meta') || html.startsWith('<script');
    const p = toPlainText(`<html><head>${inHead ? html : ''}</head><body>${inHead ? '' : html}<p>Text.</p></body></html>`, 'html');
    expect(p.text.endsWith('Text.')).toBe(true);
    expect(p.meta.date).toBe(date);
  });
});
