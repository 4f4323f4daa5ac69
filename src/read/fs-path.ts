// File names that are not UTF-8 text. A folder may hold a name whose bytes are no UTF-8
// ("caf\xe9.txt" from an old Latin-1 system): read as a string it becomes "caf\ufffd.txt",
// a name no file has, so the file looked deleted and was never read. Such a path travels
// as a string that spells its bytes, percent-encoded after a NUL that no real path holds
// ("\0bytes:docs%2Fcaf%E9.txt"), so that it passes to a worker like any path; the fs
// functions get its bytes (a Buffer), and messages and `source` show it, relative as given,
// with U+FFFD.
import { join } from 'node:path';

const URL_PATH = '\u0000bytes:';

/** The bytes a file: URL of ours spells. */
const bytesOf = (url: string): Buffer => {
  const s = url.slice(URL_PATH.length);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(...Buffer.from(s[i]!, 'utf8'));
  }
  return Buffer.from(out);
};

/** What to hand the fs functions for a path of ours: the path, or the bytes of its name. */
export const fsPath = (p: string): string | Buffer => (p.startsWith(URL_PATH) ? bytesOf(p) : p);

/** The path as a person reads it (U+FFFD where a byte is no UTF-8). */
export const shownPath = (p: string): string => (p.startsWith(URL_PATH) ? bytesOf(p).toString('utf8') : p);

const encodeBytes = (bytes: Uint8Array): string => [...bytes].map((b) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

/** The path of the entry `name` (its bytes) in the folder `dir`. */
export function childPath(dir: string, name: Uint8Array): string {
  const text = Buffer.from(name).toString('utf8');
  const utf8 = Buffer.from(text, 'utf8').equals(Buffer.from(name));
  if (utf8 && !dir.startsWith(URL_PATH)) return join(dir, text);
  const base = dir.startsWith(URL_PATH) ? dir : URL_PATH + encodeBytes(Buffer.from(dir, 'utf8'));
  return `${base}${/(?:\/|%2F)$/.test(base) ? '' : '%2F'}${encodeBytes(name)}`;
}
