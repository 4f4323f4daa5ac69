// Builds small PDFs for tests by hand: pages of text lines in Helvetica (a standard font,
// nothing embedded), with an xref table of exact offsets. Made at test time, so no binary
// is committed. A line is [x, y, text]; y counts up from the bottom of a US Letter page.

export type PdfLine = [x: number, y: number, text: string];

export interface PdfOptions {
  /** the Info dictionary: Title, CreationDate ("D:20210414081500Z") */
  info?: Record<string, string>;
  /** an /Encrypt dictionary whose password check fails: the file needs a password */
  encrypted?: boolean;
  /** font size (default 12) */
  size?: number;
}

const str = (s: string) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** A PDF of `pages`, each a list of lines (an empty list: a page with no text, as a scan). */
export function pdf(pages: PdfLine[][], o: PdfOptions = {}): Buffer {
  const size = o.size ?? 12;
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1; // object numbers start at 1
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = lines.map(([x, y, t]) => `BT /F1 ${size} Tf ${x} ${y} Td ${str(t)} Tj ET`).join('\n');
    // a scanned page: a grey rectangle where the text would be, and no text
    const stream = lines.length ? ops : '0.5 g 72 72 468 648 re f';
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = o.info ? add(`<< ${Object.entries(o.info).map(([k, v]) => `/${k} ${str(v)}`).join(' ')} >>`) : 0;
  const encrypt = o.encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`) : 0;
  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Lines set as a column of running text from the top of the page: 14 points apart, paragraphs 28. */
export function column(paragraphs: string[][], top = 720): PdfLine[] {
  const lines: PdfLine[] = [];
  let y = top;
  for (const p of paragraphs) {
    for (const line of p) {
      lines.push([72, y, line]);
      y -= 14;
    }
    y -= 14;
  }
  return lines;
}
