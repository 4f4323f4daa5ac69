// Compiled (not run) by tests/cli/library.test.ts: the library's types, as a user of the
// package sees them, narrow by entity type without a cast.
import { extract, extractFile, extractPaths, summarize, type CorpusEntity, type OutputEntity, type OutputRecord } from 'extract';

const doc: OutputRecord = extract('NASA got $5 billion on Monday.', { date: '2013-01-31' });
for (const e of doc.entities) {
  if (e.type === 'MONEY') {
    const amount: number = e.value.amount;
    const currency: string = e.value.currency;
    void [amount, currency];
  } else if (e.type === 'DATE') {
    const value: string | undefined = e.value;
    void value;
  } else {
    // @ts-expect-error a name entity has no value
    void e.value.amount;
  }
}
const money = (e: OutputEntity) => (e.type === 'MONEY' ? e.value.amount : 0);
const one: OutputRecord = extractFile('fixtures/articles/senate-hearing-2014-03-12.txt', { types: ['PERSON'] });
async function corpus(): Promise<CorpusEntity[]> {
  for await (const r of extractPaths(['fixtures/articles'], { maxBytes: 1 << 20 })) void r.source;
  return summarize(extractPaths(['fixtures/articles']));
}
const counted: CorpusEntity[] = summarize([doc, one]);
void [money, corpus, counted];
// with lexicons, a record may hold a type of the user's own: compared as a string, no cast
const taught = extract('Iskander units moved.', { lexicons: [{ name: 'weapons', entries: [{ type: 'WEAPON', name: 'Iskander' }] }] });
const weapons: string[] = taught.entities.filter((e) => e.type === 'WEAPON').map((e) => e.name);
void weapons;
