// PDF text in reading order (src/convert/pdf.ts), on PDFs written by hand at test time.
import { describe, expect, test } from 'vitest';
import { pdfDate, pdfText } from '../../src/convert/pdf.js';
import { ConvertError } from '../../src/convert/types.js';
import { column, pdf } from '../helpers/pdf.js';

describe('the text of a PDF', () => {
  test.each([
    {
      name: 'lines of a paragraph joined, paragraphs apart',
      pages: [column([['Harbor Commissioner Daniel Whitcombe said the', 'plan would let larger vessels dock.'], ['The state pledged $15 million.']])],
      text: 'Harbor Commissioner Daniel Whitcombe said the plan would let larger vessels dock.\n\nThe state pledged $15 million.',
      pageStarts: [0],
    },
    {
      name: 'a word hyphenated across lines made whole, a name with a hyphen kept',
      pages: [column([['the environ-', 'mental groups backed the Nunn-', 'Lugar program.']])],
      text: 'the environmental groups backed the Nunn-Lugar program.',
      pageStarts: [0],
    },
    {
      name: 'pieces of one line drawn apart are one line, with a space where there is a gap',
      pages: [[[72, 700, 'Mayor'], [112, 700, 'Lucia Ferrante'], [72, 686, 'spoke.']] as [number, number, string][]],
      text: 'Mayor Lucia Ferrante spoke.',
      pageStarts: [0],
    },
    {
      name: 'two pages: each page\'s start is kept',
      pages: [column([['Page one text.']]), column([['Page two text.']])],
      text: 'Page one text.\n\nPage two text.',
      pageStarts: [0, 16],
    },
  ])('$name', async ({ pages, text, pageStarts }) => {
    const d = await pdfText(pdf(pages), 'a.pdf');
    expect(d.text).toBe(text);
    expect(d.pages).toEqual(pageStarts);
    expect(d).toMatchObject({ source: 'a.pdf', kind: 'text', offsets: 'text' });
  });

  test('its title, and the date it was made as a candidate', async () => {
    const d = await pdfText(pdf([column([['Text.']])], { info: { Title: 'Harbor Report', CreationDate: "D:20210414081500+02'00'" } }), 'a.pdf');
    expect(d.meta).toEqual({ title: 'Harbor Report', fileDate: '2021-04-14' });
  });

  test.each([
    ['an encrypted PDF', pdf([column([['Secret.']])], { encrypted: true }), 'an encrypted PDF (it needs a password to be read)'],
    ['a PDF of scanned pages', pdf([[], []]), 'a PDF with no text layer (scanned pages?): extract reads no images; run OCR on it first (e.g. ocrmypdf)'],
    ['a damaged PDF', Buffer.from('%PDF-1.4\nnothing here\n'), 'a damaged PDF (no valid PDF structure)'],
  ])('%s is refused', async (_name, bytes, message) => {
    await expect(pdfText(bytes, 'x.pdf')).rejects.toThrow(new ConvertError(message));
  });

  test.each([
    ["D:20210414081500+02'00'", '2021-04-14'],
    ['D:20210414', '2021-04-14'],
    ['20210414', '2021-04-14'],
    ['D:2021', undefined],
    ['D:20211341', undefined],
    [42, undefined],
  ])('the PDF date %s', (value, date) => {
    expect(pdfDate(value)).toBe(date);
  });
});
