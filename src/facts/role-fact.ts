// Building role facts and keeping one per person and title, whichever rule found it first.
import type { Entity, RoleFact } from '../types.js';
import { normTitle, type FactContext } from './context.js';

/** `org`: an entity (it gets `orgId`), or a name as written ("Upper House") or a country a nationality names. */
export function roleFact(person: Entity, title: string, org: (Pick<Entity, 'name'> & { id?: string }) | undefined, start: number, end: number, rule: string): RoleFact {
  const t = title.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ').trim();
  // the org is not its own title's org: "NNSA Administrator" read as org NNSA is right,
  // but a country word may also be the person ("Russia's Putin") — never the person
  const o = org && org !== person ? { org: org.name, ...(org.id ? { orgId: org.id } : {}) } : {};
  return { type: 'role', person: person.name, personId: person.id, title: t, ...o, start, end, rule };
}

/** Whether a title is only forms of address, one or a run of them: "Mr.", "Tan Sri", "Tun Dr". */
function addressOnly(honorifics: ReadonlySet<string>, title: string): boolean {
  const words = title.split(' ');
  let i = 0;
  while (i < words.length) {
    let n = words.length - i;
    for (; n > 0; n--) {
      const w = words.slice(i, i + n).join(' ');
      if (honorifics.has(w) || honorifics.has(w + '.')) break;
    }
    if (n === 0) return false;
    i += n;
  }
  return words.length > 0;
}

/**
 * One fact per person and title (case and hyphens aside); forms of address ("Mr.") are no
 * roles. Earlier facts win, so the rule order in index.ts is the order of trust.
 */
export function uniqueRoles(ctx: FactContext, facts: readonly RoleFact[]): RoleFact[] {
  const seen = new Set<string>();
  const out: RoleFact[] = [];
  for (const f of facts) {
    const t = normTitle(f.title);
    if (!t || addressOnly(ctx.lex.honorifics, t)) continue;
    // a one-letter "name" is a recognizer's slip (an initial, a pronoun "I")
    if (f.person.replace(/[^\p{L}]/gu, '').length < 2) continue;
    const key = `${f.person}|${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
