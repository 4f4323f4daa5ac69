// Is a text plainly not English? The rules are written for English, so a German or French
// document is analysed all the same, but the user is told. The guess counts the commonest
// function words of a few languages (function-words.json, our own lists): they make up a
// large share of any running text and are rarely names. Only a clear case is reported: a
// language other than English with at least MIN_HITS of its words, and MARGIN times as
// many as English has. Quotes in French inside an English article do not come close.
import { jsonData } from '../data.js';

const MIN_HITS = 15;
const MARGIN = 3;
/** The guess reads this much of a text: enough to be sure, and linear whatever the size. */
const SAMPLE = 20_000;

/** Word -> the languages whose lists hold it, in the lists' order: one lookup a word, not one a language. */
let languagesOf: Map<string, string[]> | null = null;
function words(): Map<string, string[]> {
  if (!languagesOf) {
    languagesOf = new Map();
    for (const [lang, ws] of Object.entries(jsonData<Record<string, string[]>>('nlp/function-words.json'))) {
      for (const w of new Set(ws)) {
        const langs = languagesOf.get(w);
        if (langs) langs.push(lang);
        else languagesOf.set(w, [lang]);
      }
    }
  }
  return languagesOf;
}

/** The language a text is plainly written in when that is not English, else null. */
export function notEnglish(text: string): string | null {
  const hits = new Map<string, number>();
  const of = words();
  for (const m of text.slice(0, SAMPLE).toLowerCase().matchAll(/\p{L}+/gu)) {
    const langs = of.get(m[0]);
    if (langs) for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const english = hits.get('English') ?? 0;
  let best: string | null = null;
  let most = 0;
  for (const [lang, n] of hits) if (lang !== 'English' && n > most) [best, most] = [lang, n];
  return best && most >= MIN_HITS && most >= MARGIN * Math.max(1, english) ? best : null;
}
