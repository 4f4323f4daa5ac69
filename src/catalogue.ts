// The rule catalogue: every rule id that a mention or a fact can carry in its `rule` (or
// `retypedBy`), what it emits, a line on what it does, and a phrase it fires on. Name rules
// describe themselves beside their code; date, money and fact rules are listed as data
// beside their parsers (rules.json); `extract --list-rules` prints the whole catalogue, and
// a test runs every example.
import { jsonData } from './data.js';
import { NAME_RULES } from './recognize/names/order.js';
import { RESOLVE_RULES } from './resolve/index.js';
import type { RuleInfo } from './types.js';

const STAGES: readonly (() => readonly RuleInfo[])[] = [
  () => NAME_RULES.flatMap((r) => r.info),
  () => jsonData<RuleInfo[]>('recognize/date/rules.json'),
  () => jsonData<RuleInfo[]>('recognize/money/rules.json'),
  () => RESOLVE_RULES,
  () => jsonData<RuleInfo[]>('facts/rules.json'),
];

let catalogue: readonly RuleInfo[] | undefined;

/** Every rule, in pipeline order, each id once. */
export function ruleCatalogue(): readonly RuleInfo[] {
  if (catalogue) return catalogue;
  const seen = new Map<string, RuleInfo>();
  for (const stage of STAGES) for (const r of stage()) if (!seen.has(r.id)) seen.set(r.id, r);
  return (catalogue = [...seen.values()]);
}
