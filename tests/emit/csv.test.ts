// CSV cells that a spreadsheet would run as formulas are written as text.
import { describe, expect, it } from 'vitest';
import { csv } from '../../src/emit/csv.js';
import type { OutputRecord } from '../../src/emit/record.js';

const record = (name: string): OutputRecord => ({
  source: '-',
  date: null,
  entities: [{ id: 'ORG:x', type: 'ORG', name, mentions: [{ text: name, start: 0, end: name.length, rule: 'org.tagged' }] }],
  facts: [],
});
const row = (name: string) => csv({ pretty: false, facts: false, color: false, width: 80 }).record(record(name)).trim();

describe('csv', () => {
  it.each([
    ['=HYPERLINK("http://x")', `-,ORG,"'=HYPERLINK(""http://x"")",,"'=HYPERLINK(""http://x"")",0,22`],
    ['+1 555', "-,ORG,'+1 555,,'+1 555,0,6"],
    ['-2+3', "-,ORG,'-2+3,,'-2+3,0,4"],
    ['@SUM(A1)', "-,ORG,'@SUM(A1),,'@SUM(A1),0,8"],
    ['Acme', '-,ORG,Acme,,Acme,0,4'],
  ])('%s', (name, expected) => {
    expect(row(name)).toBe(expected);
  });
});
