// The kind of an input whose name says nothing, from its first bytes (src/read/sniff.ts).
import { describe, expect, test } from 'vitest';
import { sniff, sniffText } from '../../src/read/sniff.js';

const bytes = (s: string) => Buffer.from(s, 'latin1');

describe('sniffing the kind', () => {
  test.each([
    ['an HTML doctype', '<!DOCTYPE html>\n<html><body><p>x</p></body></html>', 'html'],
    ['a lower-case doctype after a BOM and blank lines', '\xEF\xBB\xBF\n\n  <!doctype html><p>x</p>', 'html'],
    ['an <html> root after a comment', '<!-- saved from url=(0042) -->\n<html lang="en"><p>x</p></html>', 'html'],
    ['a <body> root', '<body><p>x</p></body>', 'html'],
    ['RSS after an XML declaration', '<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', 'feed'],
    ['Atom', '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'feed'],
    ['RSS 1.0 (RDF)', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', 'feed'],
    ['a PDF', '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj', 'pdf'],
    ['a PDF with junk before its header', 'junk\r\n%PDF-1.7\n', 'pdf'],
    ['a Word document', 'PK\x03\x04\x14\x00\x00\x00\x08\x00[Content_Types].xml....word/document.xml....', 'docx'],
    ['a zip that is no Word document', 'PK\x03\x04\x14\x00\x00\x00\x08\x00data/table.csv', 'text'],
    ['text that mentions <html> later', 'Notes on the <html> element.', 'text'],
    ['other XML', '<?xml version="1.0"?><svg></svg>', 'text'],
    ['Markdown', '# Title\n\nSenator Ann Lee spoke.', 'text'],
  ])('%s', (_name, input, kind) => {
    expect(sniff(bytes(input))).toBe(kind);
  });

  test('decoded text too', () => {
    expect(sniffText('\uFEFF<!doctype html><p>x</p>')).toBe('html');
    expect(sniffText('<rss><channel/></rss>')).toBe('feed');
    expect(sniffText('%PDF-1.4')).toBe('text');
  });
});
