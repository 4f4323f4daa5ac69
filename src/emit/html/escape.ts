// Escaping for the HTML report. Every piece of document text, every name and every source
// path goes through one of these before it is written: a document holding `<script>` shows
// the characters "<script>" and runs nothing.

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content or a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

// a well-formed character reference: named, decimal or hexadecimal
const REFERENCE = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/y;

/**
 * Text copied from an HTML source: like escapeHtml, but well-formed character references
 * (`&amp;`, `&#8217;`) are kept, so the browser shows the character the source meant. A
 * reference is decoded to text and is never markup, so this is as safe as escapeHtml.
 */
export function escapeHtmlSource(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '&') {
      REFERENCE.lastIndex = i;
      if (REFERENCE.test(s)) {
        i = REFERENCE.lastIndex - 1;
        continue;
      }
    }
    const e = ESCAPES[c];
    if (e) {
      out += s.slice(from, i) + e;
      from = i + 1;
    }
  }
  return out + s.slice(from);
}
