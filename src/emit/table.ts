// A readable table for people at a terminal: per document, entities grouped by type with
// their mention counts, then the facts. Colour by type, only when colour is allowed.
import { Chalk, type ChalkInstance } from 'chalk';
import { ENTITY_TYPES, type AnyType, type EntityType } from '../types.js';
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
/** A lexicon's own types ("WEAPON") take bright colours, by their place among the run's custom types. */
const CUSTOM_COLOURS: readonly ((c: ChalkInstance) => ChalkInstance)[] = [(c) => c.blueBright, (c) => c.magentaBright, (c) => c.greenBright, (c) => c.yellowBright, (c) => c.cyanBright, (c) => c.redBright];

/** A type's colour; a custom type not among `custom` (the run's, in order) by a hash of its name. */
export function colourOf(type: AnyType, custom: readonly string[] = []): (c: ChalkInstance) => ChalkInstance {
  const ours = COLOURS[type as EntityType] as ((c: ChalkInstance) => ChalkInstance) | undefined;
  if (ours) return ours;
  let i = custom.indexOf(type);
  if (i < 0) i = [...type].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
  return CUSTOM_COLOURS[i % CUSTOM_COLOURS.length]!;
}

/** The types of a record in the order shown: ours, then custom types (the run's order, else by name). */
export function typesShown(present: Iterable<AnyType>, custom: readonly string[] = []): AnyType[] {
  const extra = [...new Set(present)].filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
  const rank = (t: string) => (custom.includes(t) ? custom.indexOf(t) : custom.length);
  extra.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return [...ENTITY_TYPES, ...extra];
}

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
      for (const type of typesShown(r.entities.map((e) => e.type), o.customTypes)) {
        const es = r.entities.filter((e) => e.type === type);
        es.forEach((e, i) => {
          const label = i === 0 ? colourOf(type, o.customTypes)(c)(type.padEnd(9)) : ' '.repeat(9);
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
