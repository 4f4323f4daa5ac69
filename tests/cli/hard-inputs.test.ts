// Hard inputs, end to end: whatever is in a folder, extract does not crash, loses nothing
// that can be read, names everything that cannot, and never prints wrong offsets.
import { chmodSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir as temp } from '../helpers/temp.js';
import { BIN, ROOT, run } from './run.js';

const records = (out: string) => out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const errors = (err: string) => err.split('\n').filter(Boolean);
const NEWS = 'Foreign Minister Sergei Lavrov met Joe Biden in Munich on Friday. The United States will spend $8 billion.';

/** Every mention of every record slices its file (decoded as UTF-8, code points) to its text. */
function expectOffsetsSlice(docs: { source: string; entities: { mentions: { text: string; start: number; end: number }[] }[] }[]) {
  for (const doc of docs) {
    const cps = [...readFileSync(doc.source, 'utf8')];
    for (const e of doc.entities) for (const m of e.mentions) expect(cps.slice(m.start, m.end).join('')).toBe(m.text);
  }
}

describe('binary and badly encoded files', () => {
  const dir = temp('binary');
  const files: Record<string, Buffer> = {
    'a.txt': Buffer.from(NEWS),
    'b-report.txt': Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0xff)]),
    'c-photo.html': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
    'd-logo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'e-archive.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]),
    'f-random.txt': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    'g-latin1.txt': Buffer.from('Caf\xe9 in Z\xfcrich with Joe Biden.', 'latin1'),
    'h-utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Joe Biden in Munich.', 'utf16le')]),
    'i-utf16-nobom.txt': Buffer.from('Joe Biden in Munich, and more text.', 'utf16le'),
    'j-cut.txt': Buffer.concat([Buffer.from('Joe Biden in München '), Buffer.from([0xe2, 0x82])]),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);

  it('prints the good file, names each bad one with its reason, exits 1', () => {
    const r = run([dir]);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((d) => d.source)).toEqual([join(dir, 'a.txt')]);
    const lines = errors(r.stderr);
    const why = (name: string) => lines.find((l) => l.startsWith(`extract: ${join(dir, name)}: `))?.slice(`extract: ${join(dir, name)}: `.length);
    expect(why('b-report.txt')).toBe('PDF document, not text');
    expect(why('c-photo.html')).toBe('JPEG image, not text');
    expect(why('d-logo.md')).toBe('PNG image, not text');
    expect(why('e-archive.txt')).toBe('zip archive, not text');
    expect(why('f-random.txt')).toMatch(/not text|not valid UTF-8/);
    expect(why('g-latin1.txt')).toMatch(/^not valid UTF-8 \(first bad byte at offset 3; .*iconv -f latin1/);
    expect(why('h-utf16.txt')).toMatch(/^UTF-16 text, not UTF-8/);
    expect(why('i-utf16-nobom.txt')).toMatch(/^UTF-16 text, not UTF-8/);
    expect(why('j-cut.txt')).toMatch(/^not valid UTF-8 \(first bad byte at offset 22;/);
    expect(lines.at(-1)).toBe('extract: 9 of 10 files could not be read');
  });
});

describe('text that is valid but unusual', () => {
  const dir = temp('odd');
  writeFileSync(join(dir, 'bom.txt'), '\uFEFF' + NEWS);
  writeFileSync(join(dir, 'crlf.txt'), NEWS.replace(/\. /g, '.\r\n') + '\r\n\r\nJoe Biden said so.\r\n');
  writeFileSync(join(dir, 'cr.txt'), NEWS.replace(/\. /g, '.\r') + '\r\rJoe Biden said so.\r');
  writeFileSync(join(dir, 'nul.txt'), NEWS.replace('Munich', 'Mu\0nich').replace('. ', '.\0\0 '));
  writeFileSync(join(dir, 'astral.md'), '# 😀 News\n\n' + NEWS.replace('Munich', 'Munich 🇩🇪'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\r\n  ');
  writeFileSync(join(dir, 'bom-only.txt'), '\uFEFF\n');

  const r = run([dir]);
  it('reads BOM, CRLF, lone CR, NUL and astral text; offsets slice the file as decoded', () => {
    const docs = records(r.stdout);
    expect(docs.map((d) => d.source.slice(dir.length + 1))).toEqual(['astral.md', 'bom.txt', 'cr.txt', 'crlf.txt', 'nul.txt']);
    for (const d of docs) expect(d.entities.length).toBeGreaterThan(0);
    expectOffsetsSlice(docs);
  });
  it('names empty and white-space-only files', () => {
    expect(r.status).toBe(1);
    expect(errors(r.stderr)).toEqual([
      `extract: ${join(dir, 'blank.txt')}: no text (only white space)`,
      `extract: ${join(dir, 'bom-only.txt')}: no text (only white space)`,
      `extract: ${join(dir, 'empty.txt')}: empty file`,
      'extract: 3 of 8 files could not be read',
    ]);
  });
});

describe('size limit', () => {
  const dir = temp('big');
  // one line of 50 MB: refused before it is read, at once. Only its first 64 KB are
  // written; the rest is a hole (a sparse file), so the test costs no 50 MB of disk
  const big = join(dir, 'one-line.txt');
  writeFileSync(big, Buffer.alloc(64 * 1024, 'Word '));
  truncateSync(big, 50 * 1024 * 1024);
  writeFileSync(join(dir, 'small.txt'), NEWS);

  it('refuses a 50 MB one-line file with a clear message and goes on', () => {
    const r = run([dir]);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((d) => d.source)).toEqual([join(dir, 'small.txt')]);
    expect(r.stderr).toContain(`extract: ${big}: too large (50 MB, more than --max-size 10 MB); raise the limit with --max-size`);
  });
  it('--max-size sets the limit, for files and for standard input', () => {
    expect(run(['--max-size', '100', join(dir, 'small.txt')]).stderr).toMatch(/too large \(\d+ bytes, more than --max-size 100 bytes\)/);
    expect(run(['--max-size', '1KB', join(dir, 'small.txt')]).status).toBe(0);
    const r = run(['--max-size', '50'], { input: NEWS });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('extract: -: too large (more than --max-size 50 bytes)');
  });
  it('a bad --max-size is a usage error', () => {
    const r = run(['--max-size', 'lots', join(dir, 'small.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--max-size');
  });
});

describe('folders', () => {
  it('walks a deep tree', () => {
    const dir = temp('deep');
    let d = dir;
    for (let i = 0; i < 120; i++) d = join(d, `level-${String(i).padStart(3, '0')}`);
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'bottom.txt'), NEWS);
    writeFileSync(join(dir, 'top.txt'), NEWS);
    const r = run([dir]);
    expect(r.status).toBe(0);
    expect(records(r.stdout).map((x) => x.source)).toEqual([join(d, 'bottom.txt'), join(dir, 'top.txt')]);
  });

  it('breaks symbolic-link loops and names links that lead nowhere', () => {
    const dir = temp('loop');
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'x.txt'), NEWS);
    symlinkSync('..', join(dir, 'a', 'up'));
    symlinkSync(join(dir, 'self.txt'), join(dir, 'self.txt'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.txt'));
    const r = run([dir]);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((x) => x.source)).toEqual([join(dir, 'a', 'x.txt')]);
    expect(errors(r.stderr)).toEqual([
      `extract: ${join(dir, 'dangling.txt')}: no such file or folder`,
      `extract: ${join(dir, 'self.txt')}: too many levels of symbolic links`,
      'extract: 2 of 3 files could not be read',
    ]);
  });

  // chmod 000 does not stop root (CAP_DAC_OVERRIDE), and CI runs tests as root. There,
  // extract runs as root still but without the two capabilities that bypass file modes
  // (setpriv, from util-linux): it reads the clone wherever it is, since root owns it, and is
  // refused what a test made unreadable. (Running it as "nobody" instead fails when the
  // clone is in a private folder: nobody cannot reach bin/extract.) The probe checks both.
  const probeDir = temp('perm-probe');
  const probe = join(probeDir, 'probe.txt');
  writeFileSync(probe, 'x');
  chmodSync(probe, 0);
  const DROP = ['--inh-caps=-all', '--bounding-set=-dac_override,-dac_read_search', '--'];
  const reads = (path: string) => `try { require('fs').readFileSync(${JSON.stringify(path)}); console.log('read') } catch (e) { console.log(e.code) }`;
  let blocked = false;
  try {
    readFileSync(probe);
  } catch {
    blocked = true;
  }
  let dropCaps = false;
  let why = '';
  if (!blocked) {
    const probeRun = (path: string) => spawnSync('setpriv', [...DROP, process.execPath, '-e', reads(path)], { encoding: 'utf8' });
    const denied = probeRun(probe);
    if (denied.error || denied.status !== 0) why = `running as root and setpriv cannot drop capabilities (${denied.error?.message ?? denied.stderr.trim()})`;
    else if (denied.stdout.trim() !== 'EACCES') why = `running as root and a file of mode 000 stays readable without CAP_DAC_OVERRIDE (got ${denied.stdout.trim()})`;
    else if (probeRun(BIN).stdout.trim() !== 'read') why = `running as root without CAP_DAC_OVERRIDE cannot read ${BIN} (a clone owned by another user?)`;
    else dropCaps = true;
  }
  if (!blocked && !dropCaps) console.log(`skipped: permission test, ${why}`);
  it.skipIf(!blocked && !dropCaps)('names unreadable files and folders (permission denied), prints the rest', () => {
    const dir = temp('perm');
    writeFileSync(join(dir, 'a.txt'), NEWS);
    writeFileSync(join(dir, 'b.txt'), NEWS);
    chmodSync(join(dir, 'b.txt'), 0);
    mkdirSync(join(dir, 'c'));
    writeFileSync(join(dir, 'c', 'inside.txt'), NEWS);
    chmodSync(join(dir, 'c'), 0);
    writeFileSync(join(dir, 'd.txt'), NEWS);
    let r;
    try {
      r = dropCaps ? spawnSync('setpriv', [...DROP, process.execPath, BIN, '-j', '1', dir], { cwd: ROOT, encoding: 'utf8' }) : run(['-j', '1', dir]);
    } finally {
      chmodSync(join(dir, 'c'), 0o755);
    }
    expect(r.status, r.stderr).toBe(1);
    expect(records(r.stdout).map((x) => x.source)).toEqual([join(dir, 'a.txt'), join(dir, 'd.txt')]);
    expect(errors(r.stderr)).toEqual([
      `extract: ${join(dir, 'b.txt')}: permission denied`,
      `extract: ${join(dir, 'c')}: permission denied`,
      'extract: 2 of 4 files could not be read',
    ]);
  });

  it('file names with spaces, new lines, quotes and non-ASCII are escaped in NDJSON and quoted in CSV', () => {
    const dir = temp('names');
    const names = ['a b.txt', 'c\nd.txt', 'e "q", f.txt', 'Zürich – 東京.txt'];
    for (const n of names) writeFileSync(join(dir, n), NEWS);
    const nd = run([dir]);
    expect(nd.status).toBe(0);
    expect(records(nd.stdout).map((x) => x.source)).toEqual(names.map((n) => join(dir, n)).sort());
    const csv = run(['-f', 'csv', dir]);
    const rows = parseCsv(csv.stdout);
    expect(rows[0]).toEqual(['source', 'type', 'name', 'value', 'text', 'start', 'end']);
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(names.map((n) => join(dir, n))));
    for (const row of rows.slice(1)) expect(row).toHaveLength(7);
  });
});

/** RFC 4180: fields in double quotes may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += '"', i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

describe('many files', () => {
  // more files than the usual limit of 1,024 open files, in 20 folders, one in 11 bad;
  // 20,000 of them are in the bench (npm run bench, 'many small files'), checked the same way
  it('2,000 files in 20 folders, 182 of them bad: every good one in order, every bad one named', () => {
    const dir = temp('many');
    const sources: string[] = [];
    const bad = new Set<string>();
    for (let f = 0; f < 20; f++) {
      const sub = join(dir, `part-${String(f).padStart(2, '0')}`);
      mkdirSync(sub);
      for (let i = 0; i < 100; i++) {
        const name = join(sub, `${String(i).padStart(4, '0')}.txt`);
        const n = f * 100 + i;
        if (n % 11 === 5) {
          bad.add(name);
          writeFileSync(name, n % 2 ? Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1]) : Buffer.from('Caf\xe9', 'latin1'));
        } else {
          writeFileSync(name, `Item ${f}-${i}: Lavrov spoke in Moscow.`);
          sources.push(name);
        }
      }
    }
    const r = run([dir]);
    expect(r.status).toBe(1);
    expect(records(r.stdout).map((d) => d.source)).toEqual(sources);
    const lines = errors(r.stderr);
    expect(lines).toHaveLength(bad.size + 1);
    expect(new Set(lines.slice(0, -1).map((l) => l.slice('extract: '.length, l.indexOf('.txt: ') + 4)))).toEqual(bad);
    expect(lines.at(-1)).toBe(`extract: ${bad.size} of 2,000 files could not be read`);
  }, 180_000);
});
