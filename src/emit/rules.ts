// `extract --list-rules`: the rule catalogue as NDJSON (one rule a line, for jq) or, on a
// terminal, a table of id, what it emits and what it does, with its example.
import { Chalk } from 'chalk';
import type { RuleInfo } from '../types.js';

export function rulesNdjson(rules: readonly RuleInfo[]): string {
  return rules.map((r) => JSON.stringify(r) + '\n').join('');
}

export function rulesTable(rules: readonly RuleInfo[], o: { color: boolean; width: number }): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(60, Math.min(o.width - 1, 140));
  const idWidth = Math.max(...rules.map((r) => r.id.length)) + 2;
  const emitsWidth = Math.max(...rules.map((r) => r.emits.length)) + 2;
  const room = Math.max(20, width - idWidth - emitsWidth);
  const fit = (s: string) => (s.length <= room ? s : s.slice(0, room - 1) + '…');
  const lines = [c.bold('rule'.padEnd(idWidth) + 'emits'.padEnd(emitsWidth) + 'what it does / example')];
  for (const r of rules) {
    lines.push(r.id.padEnd(idWidth) + r.emits.padEnd(emitsWidth) + fit(r.description));
    lines.push(' '.repeat(idWidth + emitsWidth) + c.dim(fit(`e.g. ${r.example.replace(/\s+/g, ' ')}`)));
  }
  return lines.join('\n') + '\n';
}
