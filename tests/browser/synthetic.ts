// A corpus of many short documents made by hand (no extraction: it is the report that is
// under test), for the report of 500 documents: people, organizations and dates spread so
// that every period, node and search has a few documents.
import type { OutputEntity, OutputRecord } from '../../src/emit/record.js';

const FIRST = ['Ada', 'Bram', 'Chen', 'Dara', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Kowalski', 'Haddad'];
const ORGS = ['Acme Corp', 'Borealis Bank', 'Cobalt Agency', 'Delta Institute', 'Elm Foundation'];

const slug = (s: string) => s.toLowerCase().replace(/\W+/g, '-');

export function synthetic(n: number): { records: OutputRecord[]; texts: string[] } {
  const records: OutputRecord[] = [];
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`;
    const b = `${FIRST[(i * 7 + 3) % FIRST.length]} ${LAST[(i * 5 + 1) % LAST.length]}`;
    const org = ORGS[i % ORGS.length]!;
    const day = `${2010 + (i % 5)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const text = `Report ${i}. ${a} met ${b} of ${org} on ${day}.\n${a} said the talks with ${org} went well; a second meeting is planned.\n`;
    const entities = new Map<string, OutputEntity>();
    const mark = (type: OutputEntity['type'], name: string, value?: string) => {
      const id = `${type}:${slug(name)}`;
      const e = entities.get(id) ?? ({ id, type, name, ...(value ? { value } : {}), mentions: [] } as OutputEntity);
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) e.mentions.push({ text: name, start: at, end: at + name.length, rule: 'test' });
      entities.set(id, e);
    };
    mark('PERSON', a);
    if (b !== a) mark('PERSON', b);
    mark('ORG', org);
    mark('DATE', day, day);
    records.push({ source: `docs/report-${String(i).padStart(3, '0')}.txt`, date: day, dateSource: 'option', entities: [...entities.values()], facts: [] });
    texts.push(text);
  }
  return { records, texts };
}
