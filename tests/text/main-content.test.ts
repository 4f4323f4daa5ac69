// The article of a web page (src/text/main-content.ts): each page is built of parts, and the
// plain text must be exactly the article's, with offsets still into the page as written.
import { describe, expect, test } from 'vitest';
import { toPlainText } from '../../src/text/index.js';
import { mainContent } from '../../src/text/main-content.js';
import { sourceOf } from './helpers.js';

const P1 = 'The Greenport Port Authority voted on Tuesday to approve a $42 million plan to dredge the northern channel, ending a long dispute.';
const P2 = 'Harbor Commissioner Daniel Whitcombe said the deeper channel would let larger vessels dock, and that work could begin in September.';
const P3 = 'Environmental groups, including the Clearwater Alliance, raised concerns about sediment, and the authority agreed to fund monitoring.';
const body = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;

interface PageCase {
  name: string;
  html: string;
  text: string;
}

const cases: PageCase[] = [
  {
    name: 'menus, a cookie banner, a sidebar and the footer are left out',
    html: `<body><a class="skip-link" href="#m">Skip to content</a><div class="cookie-banner"><p>We use cookies, to improve your experience, Accept All.</p></div>
      <header><ul class="menu"><li><a href="/">News</a></li><li><a href="/v">View</a></li></ul></header>
      <div class="story">${body}</div><div class="sidebar"><p>Most read: Councilman Victor Osei resigns, and more.</p></div>
      <footer><p>Columnists: Rebecca Holloway, Samuel Achterberg, Priya Raman.</p></footer></body>`,
    text: `${P1}\n\n${P2}\n\n${P3}`,
  },
  {
    name: 'the headline and byline above the article are kept',
    html: `<body><nav><a href="/">Home</a></nav><div class="head"><h1>Port Authority Approves Plan</h1><p class="byline">By Marta Okafor</p></div>
      <div class="text">${body}</div><footer>© The Courier</footer></body>`,
    text: `Port Authority Approves Plan\n\nBy Marta Okafor\n\n${P1}\n\n${P2}\n\n${P3}`,
  },
  {
    name: 'related stories, share tools and asides inside the article are left out',
    html: `<body><article><h1>Harbor Plan</h1><p>${P1}</p><div class="share-tools"><a href="#">Share on Facebook</a></div>
      <p>${P2}</p><aside><p>Mayor Lucia Ferrante unveils her budget, with cuts.</p></aside><ul class="related-links"><li><a href="/b">Ferry Service Resumes</a></li></ul>
      <p>${P3}</p></article></body>`,
    text: `Harbor Plan\n\n${P1}\n\n${P2}\n\n${P3}`,
  },
  {
    name: 'paragraphs written as <div>s',
    html: `<body><div id="content"><div>${P1}</div><div>${P2}</div><div>${P3}</div></div><div class="promo"><div>Subscribe today, for one dollar, and read everything.</div></div></body>`,
    text: `${P1}\n\n${P2}\n\n${P3}`,
  },
  {
    name: 'hidden elements are left out',
    html: `<body><div class="text">${body}<div hidden><p>A hidden survey, asking readers, many questions.</p></div><p aria-hidden="true">Advertisement, advertisement, advertisement.</p></div></body>`,
    text: `${P1}\n\n${P2}\n\n${P3}`,
  },
  {
    name: 'a short page is read whole',
    html: '<body><p>Short note.</p><footer>Signed, Ann Lee</footer></body>',
    text: 'Short note.\n\nSigned, Ann Lee',
  },
];

describe('the article of a page', () => {
  test.each(cases)('$name', ({ html, text }) => {
    expect(toPlainText(html, 'html').text).toBe(text);
  });

  test.each(cases)('$name: offsets point into the page', ({ html, text }) => {
    const p = toPlainText(html, 'html');
    for (const word of text.split(/\s+/).slice(0, 40)) if (word) expect(sourceOf(p, html, word)).toBe(word);
  });

  test('the whole page with wholePage', () => {
    const html = cases[0]!.html;
    const t = toPlainText(html, 'html', { wholePage: true }).text;
    expect(t).toContain('Rebecca Holloway');
    expect(t).toContain('Skip to content');
    expect(toPlainText(html, 'html', { wholePage: true }).regions).toBeUndefined();
  });

  test('the regions are the article\'s spans of the source', () => {
    const html = `<nav>Home</nav><div class="story">${body}</div><footer>x</footer>`;
    const start = html.indexOf('<div class="story">');
    const end = html.indexOf('<footer>');
    expect(mainContent(html)).toEqual([{ start, end }]);
    expect(mainContent(html, 10)).toEqual([{ start: start + 10, end: end + 10 }]);
  });

  test('a page without paragraphs has no article', () => {
    expect(mainContent('<ul><li><a href="/">Home</a></li><li>News</li></ul>')).toBeNull();
  });

  test('deep nesting stays linear and keeps the text', () => {
    const n = 100_000;
    const html = '<div>'.repeat(n) + `<p>${P1}</p>` + '</div>'.repeat(n);
    expect(toPlainText(html, 'html').text).toBe(P1);
  });
});

describe('the date of a page', () => {
  test.each([
    ['a <time> in the page header, outside the article', `<header><time datetime="2021-04-14">April 14</time></header><article>${body}</article>`, '2021-04-14'],
    ['the article\'s own <time> first', `<header><time datetime="2021-04-01">x</time></header><article><time datetime="2021-04-14">y</time>${body}</article>`, '2021-04-14'],
    ['a <time> in the kept part of a page without <article>', `<div class="sidebar"><time datetime="2020-01-01">x</time></div><div class="story"><time datetime="2021-04-14">y</time>${body}</div>`, '2021-04-14'],
  ])('%s', (_name, html, date) => {
    expect(toPlainText(html, 'html').meta.date).toBe(date);
  });
});
