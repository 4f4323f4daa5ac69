import { isCommonWord } from '../../nlp/dictionary.js';
import { lexiconTags } from '../../nlp/tagger.js';
import { bare, has, one, rule, type NameRule } from '../names/view.js';
import { personLike } from './person-like.js';

/**
 * Names compromise does not know ("Hamdullah Mohib", "Lee Cheuk-yan"): two or three
 * capitalized words that no lexicon knows as common words, outside headlines.
 */
export const personShape: NameRule = {
  id: 'person.shape',
  strong: false,
  info: [rule('person.shape', 'PERSON', 'two to four capitalized words no lexicon knows, shaped like a name', 'The report was written by Zabihullah Ardashir in the spring.', 'Zabihullah Ardashir')],
  read(c) {
    const n = c.to - c.from;
    if (n < 2 || n > 4 || !personLike(c, c.from, c.to)) return null;
    // a name in another script is a gloss of one the English text gives ("Alexander Gradsky
    // (Russian: Александр Градский)"), whatever it names
    if (c.tokens.slice(c.from, c.to).some((t) => !/^[\p{Script=Latin}\p{M}'’.-]+$/u.test(t.text))) return null;
    for (let i = c.from; i < c.to; i++) {
      const t = c.tokens[i]!;
      const w = bare(t);
      if (c.lowerWords.has(w.toLowerCase()) || (/\.$/.test(w) && w.length > 2)) return null;
      if (has(t, 'Place', 'Organization', 'Demonym', 'Acronym')) return null;
      const known = lexiconTags(w);
      if (known.length && !known.some((g) => /Name|Person|Honorific/.test(g))) return null;
      if (isCommonWord(w) && !has(t, 'FirstName', 'LastName', 'Person')) return null;
    }
    return one('PERSON', c.from, c.to, 'person.shape');
  },
};
