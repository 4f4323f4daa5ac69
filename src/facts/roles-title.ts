// Role facts from titles read before names: "U.S. Vice President Joe Biden" -> Joe Biden
// holds "Vice President" of "U.S.". One fact per person and title.
import type { TitleMention } from '../recognize/names/index.js';
import type { Entity, RoleFact } from '../types.js';

export function rolesFromTitles(titles: readonly TitleMention[], entityAt: (start: number, end: number) => Entity | undefined): RoleFact[] {
  const facts: RoleFact[] = [];
  const seen = new Set<string>();
  for (const t of titles) {
    const person = entityAt(t.person.start, t.person.end);
    if (!person || person.type !== 'PERSON') continue;
    const title = t.title.replace(/^(?:the|a|an)\s+/i, '');
    const key = `${person.name}|${title.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const org = t.org && entityAt(t.org.start, t.org.end);
    facts.push({
      type: 'role',
      person: person.name,
      title,
      ...(org ? { org: org.name } : {}),
      start: t.org && org ? t.org.start : t.start,
      end: t.person.end,
      rule: 'role.title-name',
    });
  }
  return facts;
}
