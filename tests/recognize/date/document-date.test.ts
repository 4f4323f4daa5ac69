import { describe, expect, it } from 'vitest';
import { documentDate, DOCUMENT_DATE_ORDER } from '../../../src/recognize/date/index.js';
import { toPlainText } from '../../../src/text/index.js';
import type { TextMeta } from '../../../src/types.js';

const findDocumentDate = (text: string, meta: TextMeta) => documentDate({ text, meta });

const body = 'The two sides met again to discuss the treaty.\n\nOfficials said on March 3, 2011, that the talks had failed.\n';

describe('documentDate', () => {
  it('takes the option first, then metadata, then the top of the text, then its bottom', () => {
    expect(DOCUMENT_DATE_ORDER).toEqual(['option', 'meta', 'top', 'bottom']);
    const text = 'Jan. 5, 2012\n' + body;
    expect(documentDate({ text, meta: { date: '2013-02-01' } }, '2014-03-04')).toEqual({ value: '2014-03-04', source: 'option' });
    expect(documentDate({ text, meta: { date: '2013-02-01' } })).toEqual({ value: '2013-02-01', source: 'meta' });
    expect(documentDate({ text, meta: {} })).toMatchObject({ value: '2012-01-05', source: 'top' });
  });
  it('reads HTML metadata before the date line of the page', () => {
    const html = '<html><head><meta name="date" content="2013-02-01"></head><body><p>Jan. 5, 2012</p><p>Talks resumed.</p></body></html>';
    expect(documentDate(toPlainText(html, 'html'))).toEqual({ value: '2013-02-01', source: 'meta' });
  });
  it('skips a metadata date that is not a real day', () => {
    expect(documentDate({ text: 'Jan. 5, 2012\n' + body, meta: { date: '2013-02-30' } })).toMatchObject({ value: '2012-01-05', source: 'top' });
  });

  it('takes the metadata date first', () => {
    expect(findDocumentDate('Jan. 5, 2012\n' + body, { date: '2013-02-01' })).toEqual({ value: '2013-02-01', source: 'meta' });
  });
  it('finds a date line near the top', () => {
    const text = 'Arms Talks to Resume\n\nBy Jane Roe\n\nJanuary 31, 2013\n\n' + body;
    const d = findDocumentDate(text, {});
    expect(d).toMatchObject({ value: '2013-01-31', source: 'top' });
    expect(text.slice(d!.span!.start, d!.span!.end)).toBe('January 31, 2013');
  });
  it('finds a date line with its weekday', () => {
    expect(findDocumentDate('Headline here\nFriday, March 01, 2008\n' + body, {})).toMatchObject({ value: '2008-03-01', source: 'top' });
  });
  it('finds a date line near the bottom', () => {
    const text = 'Headline here\n\n' + body + 'More text.\n\n'.repeat(6) + '\nFeb. 28, 2013\nAbout\n\nA closing line.\n';
    expect(findDocumentDate(text, {})).toMatchObject({ value: '2013-02-28', source: 'bottom' });
  });
  it('reads a dateline', () => {
    expect(findDocumentDate('Headline\n\nWASHINGTON, Feb. 28, 2013 – The talks ended.\n', {})).toMatchObject({ value: '2013-02-28', source: 'dateline' });
    expect(findDocumentDate('MOSCOW (Reuters), March 1 2008 - Officials met.\n', {})).toMatchObject({ value: '2008-03-01', source: 'dateline' });
  });
  it('reads a byline or publication line', () => {
    expect(findDocumentDate('Headline\nBy Jane Roe, Feb. 4, 2013\n' + body, {})).toMatchObject({ value: '2013-02-04', source: 'byline' });
    expect(findDocumentDate('Headline\nPublished: 2013-02-04 10:30 EST\n' + body, {})).toMatchObject({ value: '2013-02-04', source: 'byline' });
  });
  it('does not take a date from the body text', () => {
    expect(findDocumentDate('Headline\n\n' + body, {})).toBeNull();
    const long = 'Headline\n\n' + 'Paragraph text.\n\n'.repeat(10) + 'It happened on May 5, 2010, in Vienna.\n\n' + 'More text.\n\n'.repeat(10);
    expect(findDocumentDate(long, {})).toBeNull();
  });
  it('returns null for an empty text', () => {
    expect(findDocumentDate('', {})).toBeNull();
  });
});
