// Abbreviated titles (facts/data/title-abbreviations.txt): "Sen." is "senator", so that
// "the senator said" finds "Sen. Carla Brandt".
import { wordList } from '../data.js';
import { normTitle } from './context.js';

let abbreviations: Map<string, string> | undefined;

function table(): Map<string, string> {
  return (abbreviations ??= new Map(wordList('facts/data/title-abbreviations.txt').map((l) => l.split('|').map((x) => x.trim()) as [string, string])));
}

/** A title's head word, an abbreviation spelled out: "Sen." -> "senator", "Majority Leader" -> "leader". */
export function titleHead(title: string): string | undefined {
  const w = normTitle(title).replace(/\.$/, '').split(' ').pop();
  if (!w) return undefined;
  return table().get(w) ?? w;
}
