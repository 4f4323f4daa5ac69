// RSS and Atom feeds: one document per item (src/convert/feed.ts).
import { describe, expect, test } from 'vitest';
import { feedDate, feedItems } from '../../src/convert/feed.js';
import { ConvertError } from '../../src/convert/types.js';

describe('feed items', () => {
  test.each([
    {
      name: 'RSS 2.0: escaped HTML, link, pubDate',
      feed: '<rss version="2.0"><channel><title>News</title><item><title>Plan Approved</title><link>https://n.example/a</link><guid>g-1</guid><pubDate>Wed, 14 Apr 2021 08:15:00 GMT</pubDate><description>&lt;p&gt;Ann Lee &amp;amp; Ben Cole spoke.&lt;/p&gt;&lt;p&gt;Then they left.&lt;/p&gt;</description></item></channel></rss>',
      items: [{ source: 'f.rss#https://n.example/a', text: 'Plan Approved\n\nAnn Lee & Ben Cole spoke.\n\nThen they left.', kind: 'text', offsets: 'text', meta: { date: '2021-04-14', title: 'Plan Approved' } }],
    },
    {
      name: 'RSS 2.0: CDATA content wins over the description; a guid names it when no link does',
      feed: '<rss><channel><item><title>Ferry</title><guid>g-2</guid><description>Short.</description><content:encoded><![CDATA[<p>The ferry runs again.</p>]]></content:encoded></item><item><description>No title, no link.</description></item></channel></rss>',
      items: [
        { source: 'f.rss#g-2', text: 'Ferry\n\nThe ferry runs again.', kind: 'text', offsets: 'text', meta: { title: 'Ferry' } },
        { source: 'f.rss#item-2', text: 'No title, no link.', kind: 'text', offsets: 'text', meta: {} },
      ],
    },
    {
      name: 'Atom: the alternate link, published before updated, xhtml content',
      feed: '<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title><entry><title type="text">Bridge</title><link rel="self" href="https://c.example/self"/><link href="https://c.example/bridge"/><id>urn:1</id><updated>2021-05-04T09:00:00Z</updated><published>2021-05-03T09:00:00Z</published><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The <b>bridge</b> closes.</p></div></content></entry></feed>',
      items: [{ source: 'f.rss#https://c.example/bridge', text: 'Bridge\n\nThe bridge closes.', kind: 'text', offsets: 'text', meta: { date: '2021-05-03', title: 'Bridge' } }],
    },
    {
      name: 'Atom: the id names an entry without a link; updated when not published',
      feed: '<feed><entry><title>Memo</title><id>urn:uuid:7</id><updated>2021-06-01</updated><summary type="html">&lt;p&gt;A memo.&lt;/p&gt;</summary></entry></feed>',
      items: [{ source: 'f.rss#urn:uuid:7', text: 'Memo\n\nA memo.', kind: 'text', offsets: 'text', meta: { date: '2021-06-01', title: 'Memo' } }],
    },
  ])('$name', ({ feed, items }) => {
    expect(feedItems(feed, 'f.rss')).toEqual(items);
  });

  test.each([
    ['<rss><channel><title>Empty</title></channel></rss>', 'a feed with no items'],
    ['<html><body><p>a page</p></body></html>', 'not an RSS or Atom feed (no <rss> or <feed> element)'],
  ])('%s is refused', (feed, message) => {
    expect(() => feedItems(feed, 'f')).toThrow(new ConvertError(message));
  });

  test.each([
    ['Wed, 14 Apr 2021 08:15:00 GMT', '2021-04-14'],
    ['14 Apr 2021 08:15 +0000', '2021-04-14'],
    ['2021-04-14T08:15:00Z', '2021-04-14'],
    ['Thursday, April 15, 2021', '2021-04-15'],
    ['soon', undefined],
  ])('the date %s', (value, date) => {
    expect(feedDate(value)).toBe(date);
  });
});
