// "fighters loyal to al-Hamra", "a raid on al-Karak": a name that opens with the Arabic
// article joined by a hyphen (or "al" apart: "al Zorvan") is the name the rest reads as, article and all (the chunk
// "al-Hamra" would otherwise be read in its capitalized run alone, "Hamra").
import { one, type NameRule } from './view.js';

export const arabicArticle: NameRule = {
  id: 'names.arabic-article',
  strong: false,
  info: [],
  read(c) {
    const first = c.tokens[c.from]!;
    if (c.to - c.from < 2 || !(first.post === '-' || (first.post === ' ' && first.text === 'al')) || !/^(?:al|el)$/.test(first.text)) return null;
    const rest = c.read({ ...c, from: c.from + 1 });
    const p = rest?.parts.length === 1 ? rest.parts[0]! : undefined;
    if (!p || p.from !== c.from + 1 || p.to !== c.to) return null;
    return one(p.type, c.from, c.to, p.rule);
  },
};
