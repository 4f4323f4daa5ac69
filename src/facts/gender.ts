// The gender the text tells of a person, so that "she said" does not point at a man: a
// form of address or a gendered title before one of the person's mentions ("Mrs. Roe",
// "Congresswoman Doe"; facts/data/male-words.txt, female-words.txt), else a given name
// that compromise's lexicon marks male or female ("Maria", "John"). Words that disagree,
// or none: unknown, and a pronoun may point at the person either way.
import { lexiconTags } from '../nlp/model.js';
import { lexicon } from '../lexicon/registry.js';
import type { Entity } from '../types.js';
import { tokenAt, type FactContext } from './context.js';

export type Gender = 'male' | 'female' | undefined;

const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female' };

/** The gender a pronoun says ("she": female), undefined for any other word. */
export const pronounGender = (w: string): Gender => PRONOUN_GENDER[w.toLowerCase()];

function wordGender(w: string): Gender {
  const x = w.toLowerCase().replace(/\.$/, '');
  return lexicon('maleWords').has(x) ? 'male' : lexicon('femaleWords').has(x) ? 'female' : undefined;
}

function nameGender(name: string): Gender {
  const first = name.split(/\s+/)[0] ?? '';
  const tags = lexiconTags(first);
  const m = tags.includes('MaleName');
  const f = tags.includes('FemaleName');
  return m === f ? undefined : m ? 'male' : 'female';
}

/** A function telling each PERSON entity's gender, read once per entity. */
export function genderTeller(ctx: FactContext): (e: Entity) => Gender {
  const cache = new Map<Entity, Gender>();
  const read = (e: Entity): Gender => {
    const told = new Set<Gender>();
    for (const m of e.mentions) {
      // the mention's own first word ("Mrs. Roe" read whole) and the word before it
      told.add(wordGender(m.text.split(/\s+/)[0] ?? ''));
      const si = ctx.sentenceAt(m.start);
      const s = si >= 0 ? ctx.sentences[si] : undefined;
      const j = s ? tokenAt(s, m.start) : -1;
      if (s && j > 0) told.add(wordGender(s.tokens[j - 1]!.text));
    }
    told.delete(undefined);
    if (told.size === 1) return [...told][0];
    return told.size === 0 ? nameGender(e.name) : undefined;
  };
  return (e) => {
    if (!cache.has(e)) cache.set(e, read(e));
    return cache.get(e);
  };
}
