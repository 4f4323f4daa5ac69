import { describe, expect, it } from 'vitest';
import { findDocumentDate } from '../../../src/recognize/date/index.js';

const body = 'The two sides met again to discuss the treaty.\n\nOfficials said on March 3, 2011, that the talks had failed.\n';

describe('findDocumentDate', () => {
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
