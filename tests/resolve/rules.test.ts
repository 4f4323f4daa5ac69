// The catalogue entries of resolution (RESOLVE_RULES): each example, run through extract(),
// puts that rule id on a mention with exactly that text, as `rule` or as `retypedBy`.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { RESOLVE_RULES } from '../../src/resolve/index.js';

const byRule = (text: string, id: string) =>
  extract(text, { nested: true }).entities.flatMap((e) => e.mentions.filter((m) => m.rule === id || m.retypedBy === id).map((m) => ({ type: e.type, text: m.text })));

describe('RESOLVE_RULES', () => {
  it('lists every id once, each with a description, an example and its expected text', () => {
    const ids = RESOLVE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      ['location.entrant-country', 'location.in-name', 'location.party-state', 'org.club-code', 'org.club-cue', 'org.club-listed', 'org.club-name', 'org.club-result', 'org.entrant-club', 'org.family-firm', 'org.racing-team', 'org.short-name', 'org.team', 'org.team-listed', 'org.unit-ordinal', 'person.entrant', 'person.lineup', 'person.play', 'person.scorecard', 'person.scorer', 'person.sets', 'person.surname', 'program.anaphora', 'resolve.acronym', 'resolve.headline', 'resolve.list-sibling', 'resolve.repeat', 'resolve.vote'].sort(),
    );
    for (const r of RESOLVE_RULES) {
      expect(r.description).not.toMatch(/\n/);
      expect(r.example).toContain(r.expect);
    }
  });

  it.each(RESOLVE_RULES.map((r) => [r.id, r] as const))('%s fires on its example', (id, r) => {
    expect(byRule(r.example, id)).toContainEqual({ type: r.emits, text: r.expect });
  });
});
