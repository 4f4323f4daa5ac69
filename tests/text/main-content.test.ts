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

// Page layouts seen in the wild, written as small pages of our own: the article and only it.
const PARAGRAPHS = [
  'The Greenport Port Authority voted on Tuesday to approve a $42 million plan to dredge the northern channel, ending a dispute that had stalled the project for three years.',
  'Harbor Commissioner Daniel Whitcombe said the deeper channel would let larger cargo vessels dock at the Eastern Terminal, and that work could begin as early as September.',
  'The state Department of Transportation has pledged $15 million toward the cost, officials said, and the rest will come from port fees.',
  'Environmental groups, including the Clearwater Alliance, have raised concerns about sediment, and the authority agreed to fund independent monitoring.',
  'The authority board will review the first contracts in June.',
];

const L = (n: number) => PARAGRAPHS[n]!;
const fiveParagraphs = [0, 1, 2, 3, 4].map((i) => `<p>${L(i)}</p>`).join('\n');
const layouts: Record<string, [html: string, text: string]> = {
  wordpress: [`<div id="page"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Lakeside Courier</a></p><p class="site-description">News from Greenport, Ohio and the lake shore</p></div><nav id="site-navigation" class="main-navigation"><ul><li><a>News</a></li></ul></nav></header>
  <div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">Port Authority Approves Plan</h1><div class="entry-meta"><span class="byline">By Marta Okafor</span> <time class="entry-date" datetime="2021-04-14">April 14, 2021</time></div></header>
  <div class="entry-content">${fiveParagraphs}</div><footer class="entry-footer"><span class="tags-links">Tagged harbor, Greenport</span></footer></article>
  <nav class="post-navigation"><a>Previous: Mayor Lucia Ferrante Unveils Budget</a></nav>
  <div id="comments" class="comments-area"><ol class="comment-list"><li><p>Rebecca Holloway says: I have lived here for forty years, and this dredging plan, frankly, is long overdue for the harbor.</p></li><li><p>Samuel Achterberg says: Who pays for this, again? The port fees, the state, or the people of Greenport, as usual?</p></li></ol></div></main>
  <aside id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul><li><a>Councilman Victor Osei Resigns</a></li></ul></section></aside></div>
  <footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by a publishing system, hosted in Greenport, Ohio.</div></footer></div>`, 'Port Authority Approves Plan\n\nBy Marta Okafor\n\nP0\n\nP1\n\nP2\n\nP3\n\nP4'],
  table: [`<table width="100%"><tr><td class="left" width="150"><a>Home</a><br><a>Archive</a><br><a>Contact Victor Osei</a></td><td><h2>Port Authority Approves Plan</h2><font size="2">${fiveParagraphs}</font></td></tr><tr><td colspan="2">Copyright 2021 Greenport Weekly, Ohio.</td></tr></table>`, 'P0\n\nP1\n\nP2\n\nP3\n\nP4'],
  brs: [`<div class="top"><a>Home</a> <a>Sport</a></div><div class="article-text">${[0,1,2,3].map((i) => L(i)).join('<br><br>\n')}</div><div class="bottom"><a>About Rebecca Holloway</a></div>`, 'P0\n\nP1\n\nP2\n\nP3'],
  liveblog: [`<h1>Live: Harbor Vote</h1><div class="live-feed">${[0,1,2,3,4].map((i) => `<div class="live-post"><span class="time">10:0${i}</span><p>${L(i)}</p></div>`).join('')}</div><div class="more"><h3>More on this story</h3><ul><li><a>Ferry service resumes after repairs to the Shelby Island pier</a></li></ul></div>`, 'Live: Harbor Vote\n\n10:00\n\nP0\n\n10:01\n\nP1\n\n10:02\n\nP2\n\n10:03\n\nP3\n\n10:04\n\nP4'],
  cards: [`<main><div class="article"><h1>Port Authority Approves Plan</h1>${fiveParagraphs}</div><div class="cards">${[1,2,3,4,5,6,7,8].map((i) => `<div class="card"><a href="/s${i}"><h3>Story ${i}</h3><p>Councilman Victor Osei said on Monday that the city, the county and the state would share the cost of the repairs, which could reach millions.</p></a></div>`).join('')}</div></main>`, 'Port Authority Approves Plan\n\nP0\n\nP1\n\nP2\n\nP3\n\nP4'],
  cardsNoLinks: [`<div class="wrap"><div class="story">${fiveParagraphs}</div><div class="more-stories">${[1,2,3,4,5,6].map((i) => `<div class="item"><h3><a href="/s${i}">Story ${i}</a></h3><p>Councilman Victor Osei said on Monday that the city, the county and the state would share the cost of the repairs, which could reach millions.</p></div>`).join('')}</div></div>`, 'P0\n\nP1\n\nP2\n\nP3\n\nP4'],
  splitByAds: [`<div class="article-body"><div class="para-block"><p>${L(0)}</p><p>${L(1)}</p><p>${L(2)}</p></div><div class="ad-slot"><span>Advertisement</span></div><div class="para-block"><p>${L(3)}</p><p>${L(4)}</p></div></div><div class="outbrain"><p>You may like: Councilman Victor Osei's secret to a long life, and more.</p></div>`, 'P0\n\nP1\n\nP2\n\nP3\n\nP4'],
  paragraphsBeside: [`<body><div class="story"><p>${L(0)}</p><p>${L(1)}</p><p>${L(2)}</p><p>${L(3)}</p></div><p>${L(4)}</p><p><a href="/more">More from Victor Osei and the team</a></p><p class="copyright">© 2021 The Courier. All rights reserved.</p></body>`, 'P0\n\nP1\n\nP2\n\nP3\n\nP4'],
  sections: [`<article><h1>Port Authority Approves Plan</h1><section class="block"><p>${L(0)}</p><p>${L(1)}</p></section><figure><img src="x.jpg"><figcaption>Daniel Whitcombe at the harbor on Tuesday.</figcaption></figure><section class="block"><p>${L(2)}</p><p>${L(3)}</p></section><section class="block"><p>${L(4)}</p></section></article><section class="newsletter"><p>Sign up for our newsletter, the Harbor Brief, every morning in your inbox.</p></section>`, 'Port Authority Approves Plan\n\nP0\n\nP1\n\nDaniel Whitcombe at the harbor on Tuesday.\n\nP2\n\nP3\n\nP4'],
};

describe('page layouts', () => {
  test.each(Object.entries(layouts))('%s', (_name, [html, text]) => {
    expect(toPlainText(html, 'html').text).toBe(text.replace(/P(\d)/g, (_m, n: string) => L(Number(n))));
  });
});
