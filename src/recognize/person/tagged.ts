import { has, one, rule, type NameRule } from '../names/view.js';
import { firstName } from './first-name.js';
import { personLike } from './person-like.js';

/** A name the tagger reads as a person's, or a known first name and a surname ("Robert Lane"). */
export const taggedPerson: NameRule = {
  id: 'person.tagged',
  strong: true,
  info: [
    rule('person.tagged', 'PERSON', "a name compromise's lexicon tags as a person's", 'The talks were led by Hillary Clinton last week.', 'Hillary Clinton'),
    rule('person.first-name', 'PERSON', 'a known first name and a surname, whatever the context tags', 'The order went to Robert Lane.', 'Robert Lane'),
  ],
  read(c) {
    let person = false;
    let other = false;
    for (let i = c.from; i < c.to; i++) {
      const t = c.tokens[i]!;
      if (has(t, 'Place', 'Organization')) other = true;
      if (has(t, 'Person', 'FirstName', 'LastName')) person = true;
    }
    if (person && !other && personLike(c, c.from, c.to)) return one('PERSON', c.from, c.to, 'person.tagged');
    // a known first name and a surname: context tags do not matter ("Robert Lane")
    if (c.to - c.from >= 2 && c.to - c.from <= 4 && firstName(c.tokens[c.from]!) && personLike(c, c.from, c.to) && !has(c.tokens[c.to - 1]!, 'Organization'))
      return one('PERSON', c.from, c.to, 'person.first-name');
    return null;
  },
};
