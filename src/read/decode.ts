// Bytes to text: UTF-8 only, checked. A binary file or invalid UTF-8 is reported, never
// turned into text with wrong offsets.

export class InputError extends Error {}

// Signatures of binary formats people keep next to articles.
const MAGIC: readonly [string, number[]][] = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['Word document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** UTF-16 (with a byte-order mark, or ASCII text with every other byte NUL), else null. */
function utf16(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16 text';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (odd > half * 0.9 && even < half * 0.1) || (even > half * 0.9 && odd < half * 0.1) ? 'UTF-16 text' : null;
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  // mostly control characters in the first 8 KiB: not text
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  return head.length > 0 && control > head.length * 0.1 ? 'binary file' : null;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= bytes.length) return i;
    for (let k = 1; k <= n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const c1 = bytes[i + 1]!;
    // overlong or surrogate or out-of-range forms
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += n + 1;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a file's bytes; throws InputError with a one-line reason. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  if (utf16(bytes)) throw new InputError('UTF-16 text, not UTF-8 (convert it: iconv -f UTF-16 -t UTF-8)');
  const binary = binaryKind(bytes);
  if (binary) throw new InputError(`${binary}, not text`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(`not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}; if it is Latin-1, convert it: iconv -f latin1 -t utf-8)`);
  }
  if (text.trim() === '' || text.replace(/^\uFEFF/, '').trim() === '') throw new InputError('no text (only white space)');
  return text;
}
