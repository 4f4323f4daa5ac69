// The entries of a zip archive, read from its central directory, inflated with node:zlib.
// Enough for a Word document (stored or deflated entries, no encryption, no zip64).
import { inflateRawSync } from 'node:zlib';
import { ConvertError } from './types.js';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The central directory of `zip`; throws ConvertError when it is not a readable zip. */
export function zipEntries(zip: Buffer): Map<string, ZipEntry> {
  // the end-of-central-directory record is in the last 64 KiB (after a comment)
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ConvertError('a damaged zip archive (no central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new ConvertError('a damaged zip archive (bad central directory)');
    const nameLength = zip.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    };
    entries.set(entry.name, entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** The bytes of one entry, at most `max` of them once inflated. */
export function zipRead(zip: Buffer, entry: ZipEntry, max: number): Buffer {
  if (entry.flags & 1) throw new ConvertError('an encrypted document (it cannot be read without its password)');
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw new ConvertError(`a damaged zip archive (entry ${entry.name})`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ConvertError(`a zip entry compressed in a way extract does not read (method ${entry.method})`);
  try {
    return inflateRawSync(data, { maxOutputLength: max });
  } catch (e) {
    throw new ConvertError(`a damaged zip archive (entry ${entry.name}: ${(e as Error).message})`);
  }
}
