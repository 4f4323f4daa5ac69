import { type NameRule } from '../names/view.js';
import { hyphenatedGiven } from './hyphenated-given.js';
import { personShape } from './shape.js';
import { taggedPerson } from './tagged.js';
import { titledName } from './title-name.js';

// "Wu Chi-wai of the Democratic Party", "Biden of Delaware": a person, then where from
export const personOf: NameRule = {
  id: 'person.of',
  strong: false,
  info: [],
  read(c) {
    let k = c.from + 1;
    while (k < c.to - 1 && c.tokens[k]!.text !== 'of') k++;
    if (k >= c.to - 1) return null;
    const left = { ...c, to: k };
    // "Sen. Kelby of Ohio": a title before the person is the role's, not part of the name
    const titled = titledName.read(left);
    const person = titled ?? taggedPerson.read(left) ?? hyphenatedGiven.read(left) ?? personShape.read(left);
    if (!person) return null;
    const from = c.tokens[k + 1]!.text === 'the' ? k + 2 : k + 1;
    const right = from < c.to ? c.read({ ...c, from }) : null;
    return { parts: [...person.parts, ...(right?.parts ?? []).filter((p) => p.type !== 'PERSON')], ...(titled?.title ? { title: titled.title } : {}) };
  },
};
