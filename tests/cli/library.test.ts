// The package as a library, imported by its name as another Node program would.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { ROOT } from './run.js';

it("import { extract } from 'extract' gives the record of OUTPUT.md", () => {
  const program = `
    import { extract } from 'extract';
    const doc = extract('U.S. Vice President Joe Biden met NATO officials on Wednesday.', { date: '2013-01-31', source: 'a.txt' });
    console.log(JSON.stringify({ source: doc.source, date: doc.date, names: doc.entities.map((e) => [e.type, e.name, e.value ?? null]) }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', program], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)).toEqual({
    source: 'a.txt',
    date: '2013-01-31',
    names: [
      ['LOCATION', 'United States', null],
      ['PERSON', 'Joe Biden', null],
      ['ORG', 'NATO', null],
      ['DATE', 'Wednesday', '2013-01-30'],
    ],
  });
});
