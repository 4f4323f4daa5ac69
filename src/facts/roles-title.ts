// Role facts from a title before a name.
//  - role.title-name: titles the name recognizer read inside a capitalized name chunk,
//    "U.S. Vice President Joe Biden" -> Joe Biden, "Vice President", org "U.S."
//  - role.lower-title-name: a title in lower case (or one the chunk reader left out) right
//    before a PERSON mention, "military analyst Alexander Golts", "Nuclear agency
//    spokesman Robert Middaugh" -> "spokesman", "Acme chief executive John Smith" -> org Acme
import type { RoleFact, TitleMention } from '../types.js';
import { tokenAt, type FactContext } from './context.js';
import { roleFact } from './role-fact.js';
import { readTitleBackward } from './title-phrase.js';

export function rolesFromTitles(ctx: FactContext, titles: readonly TitleMention[]): RoleFact[] {
  const facts: RoleFact[] = [];
  for (const t of titles) {
    const person = ctx.entityAt(t.person.start, t.person.end);
    if (!person || person.type !== 'PERSON') continue;
    const org = t.org && ctx.entityAt(t.org.start, t.org.end);
    // a nationality names the country: "Russian Deputy Foreign Minister" -> Russia
    const country = t.country ? { name: t.country } : undefined;
    facts.push(roleFact(person, t.title, org ?? country, t.org && org ? t.org.start : t.start, t.person.end, 'role.title-name'));
  }
  return facts;
}

/** `covered`: starts of person mentions the name recognizer already gave a title. */
export function rolesFromLowerTitles(ctx: FactContext, covered: ReadonlySet<number>): RoleFact[] {
  const facts: RoleFact[] = [];
  for (const p of ctx.persons) {
    if (covered.has(p.mention.start)) continue;
    const si = ctx.sentenceAt(p.mention.start);
    if (si < 0) continue;
    const s = ctx.sentences[si]!;
    const j = tokenAt(s, p.mention.start);
    if (j <= 0) continue;
    const phrase = readTitleBackward(ctx, s, j);
    if (!phrase) continue;
    const start = s.tokens[phrase.from]!.start;
    facts.push(roleFact(p.entity, phrase.titles[0]!, phrase.org, start, p.mention.end, 'role.lower-title-name'));
  }
  return facts;
}
