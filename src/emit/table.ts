// A readable table for people at a terminal: per document, entities grouped by type with
// their mention counts, then the facts. Colour by type, only when colour is allowed.
import { Chalk, type ChalkInstance } from 'chalk';
import type { EntityType } from '../types.js';
import type { RenderOptions, Renderer } from './formats.js';
import { moneyText } from './money.js';

export const COLOURS: Record<EntityType, (c: ChalkInstance) => ChalkInstance> = {
  PERSON: (c) => c.cyan,
  ORG: (c) => c.magenta,
  LOCATION: (c) => c.green,
  PROGRAM: (c) => c.yellow,
  DATE: (c) => c.blue,
  MONEY: (c) => c.red,
};
const ORDER: readonly EntityType[] = ['PERSON', 'ORG', 'LOCATION', 'PROGRAM', 'DATE', 'MONEY'];

const fit = (s: string, n: number) => (s.length <= n ? s.padEnd(n) : s.slice(0, Math.max(0, n - 1)) + '…');
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function table(o: RenderOptions): Renderer {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  // one column short of the terminal, so that a full line never wraps
  const width = Math.max(60, Math.min(o.width - 1, 120));
  return {
    begin: () => '',
    record(r) {
      const lines: string[] = [];
      const date = `  date ${r.date ?? 'unknown'}${r.dateSource ? ` (${r.dateSource})` : ''}`;
      // a long path keeps its end (the file name): "…/folder/file.md"
      const room = Math.max(20, width - date.length);
      const source = r.source.length <= room ? r.source : '…' + r.source.slice(r.source.length - room + 1);
      lines.push(c.bold(source) + c.dim(date));
      for (const type of ORDER) {
        const es = r.entities.filter((e) => e.type === type);
        es.forEach((e, i) => {
          const label = i === 0 ? COLOURS[type](c)(type.padEnd(9)) : ' '.repeat(9);
          const value = e.value === undefined ? '' : typeof e.value === 'string' ? e.value : `${e.value.amount.toLocaleString('en-US')} ${e.value.currency}`;
          const count = `×${e.mentions.length}`;
          const nameWidth = width - 9 - 1 - (value ? 22 : 0) - 5;
          lines.push(`${label} ${fit(oneLine(e.name), nameWidth)}${value ? ' ' + c.dim(fit(value, 21)) : ''} ${c.dim(count.padStart(4))}`);
        });
      }
      if (r.facts.length) lines.push(c.bold('facts'));
      for (const f of r.facts) {
        const text =
          f.type === 'role' ? `${f.person}: ${f.title}${f.org ? ` (${f.org})` : ''}`
          : f.type === 'quote' ? `${f.speaker}: “${oneLine(f.text)}”`
          : `${f.payer ?? '?'} → ${f.recipient ?? '?'}: ${moneyText(f.amount)}`;
        lines.push(`  ${c.dim(f.type.padEnd(8))}${fit(text, width - 10).trimEnd()}`);
      }
      if (r.entities.length === 0 && r.facts.length === 0) lines.push(c.dim('  (nothing found)'));
      return lines.join('\n') + '\n\n';
    },
    end: () => '',
  };
}
