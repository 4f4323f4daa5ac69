// Word documents (src/convert/docx.ts), built at test time by tests/helpers/office.ts.
import { describe, expect, test } from 'vitest';
import { documentXmlText, docxText } from '../../src/convert/docx.js';
import { ConvertError } from '../../src/convert/types.js';
import { docx, para, zip } from '../helpers/office.js';

const w = (body: string) => `<w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;

describe('the text of word/document.xml', () => {
  test.each([
    ['paragraphs, runs joined', w(`${para('Senator ', 'Ann Lee', ' spoke.')}${para('She left.')}`), 'Senator Ann Lee spoke.\n\nShe left.'],
    ['tabs and breaks', w('<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>'), 'a\tb\nc'],
    ['entities', w('<w:p><w:r><w:t>AT&amp;T &lt;x&gt;</w:t></w:r></w:p>'), 'AT&T <x>'],
    ['tracked deletions and field codes are left out', w('<w:p><w:r><w:t>kept </w:t></w:r><w:del><w:r><w:delText>gone </w:delText></w:r></w:del><w:r><w:instrText> HYPERLINK "x" </w:instrText><w:t>link</w:t></w:r></w:p>'), 'kept link'],
    ['table cells are paragraphs', w('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Budget</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>$4 million</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'), 'Budget\n\n$4 million'],
    ['empty paragraphs leave no blank lines', w(`${para('one')}<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>${para('two')}`), 'one\n\ntwo'],
  ])('%s', (_name, xml, text) => {
    expect(documentXmlText(xml)).toBe(text);
  });
});

describe('a .docx file', () => {
  test('its text and title', () => {
    expect(docxText(docx(para('Senator Ann Lee spoke.'), 'Budget Memo'), 'm.docx', 1 << 20)).toEqual({
      source: 'm.docx',
      text: 'Senator Ann Lee spoke.',
      kind: 'text',
      offsets: 'text',
      meta: { title: 'Budget Memo' },
    });
  });
  test.each([
    ['an encrypted document (an OLE container)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'an encrypted Word document, or an old .doc (save it as .docx without a password)'],
    ['a zip without word/document.xml', zip({ 'a.txt': 'x' }), 'a zip archive without word/document.xml, not a Word document'],
    ['a cut-off zip', docx(para('x')).subarray(0, 60), 'a damaged zip archive (no central directory)'],
    ['no text', docx('<w:p/>'), 'a Word document with no text'],
  ])('%s is refused', (_name, bytes, message) => {
    expect(() => docxText(bytes, 'x.docx', 1 << 20)).toThrow(new ConvertError(message));
  });
  test('what is inflated is bounded', () => {
    const big = docx(para('x'.repeat(50_000)));
    expect(() => docxText(big, 'x.docx', 10_000)).toThrow(ConvertError);
  });
});
