import { knownPlace } from '../location/known-place.js';
import { bare, has, one, phrase, rule, type NameRule } from '../names/view.js';
import { loneSurname } from './lone-surname.js';
import { titleAt } from './title-name.js';
import { personLike } from './person-like.js';

// "Valeska Paris, an Australian woman", "K.C. Maurer, chief financial officer": a name
// followed by a comma and a noun phrase headed by a person noun or a title is a person's
export const personApposed: NameRule = {
  id: 'person.apposition',
  strong: false,
  info: [rule('person.apposition', 'PERSON', 'a name followed by a comma and a phrase headed by a person noun or a title', 'The award went to Valeska Paris, an Australian woman.', 'Valeska Paris')],
  read(c) {
    const last = c.tokens[c.to - 1]!;
    // one word needs a title after it, not any person noun: "Darek, a former mayor," (but
    // "Brellix, a supplier,")
    const lone = c.to - c.from === 1;
    // (the comma first: most chunks have none, and the tests of a name's shape cost more)
    if (last.post.trim() !== ',') return null;
    if (lone ? !loneSurname(c, last) : c.to - c.from < 2 || !personLike(c, c.from, c.to, true)) return null;
    if (knownPlace(phrase(c.tokens, c.from, c.to))) return null;
    // "Maj. Gen. Ivo Marsh, commander of ...": a title opening the chunk is no part of the name
    const titled = lone ? null : titleAt(c, c.from, c.to);
    const from = titled !== null && titled < c.to ? titled : c.from;
    let k = c.to;
    if (/^(?:a|an|the)$/i.test(c.tokens[k]?.text ?? '')) k++;
    // a few modifiers: "an Australian", "a 23-year-old", "the former"
    for (let n = 0; n <= 3 && k < c.tokens.length; n++, k++) {
      const t = c.tokens[k]!;
      const w = t.text.toLowerCase();
      if (((!lone && c.lex.personNouns.has(w)) || c.lex.titles.has(w)) && /^\p{Ll}/u.test(t.text)) {
        // "..., a Romanian official said": the subject of a clause, not an apposition
        const after = c.tokens[k + 1];
        return after && t.post.trim() === '' && (c.lex.speechVerbs.has(after.text.toLowerCase()) || has(after, 'Verb')) ? null : one('PERSON', from, c.to, 'person.apposition');
      }
      // a count opens a clause of its own: "According to the Census, 310,089 persons ..."
      if (/^[\d.,]+$/.test(t.text)) return null;
      if ((t.post.trim() !== '' && t.post.trim() !== '-') || (/^\p{Lu}/u.test(t.text) && !has(t, 'Demonym') && !knownPlace(bare(t)))) return null;
    }
    return null;
  },
};
