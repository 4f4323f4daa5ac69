// Resolution keeps the rule that found a mention when it changes the mention's type, and
// names the rule that changed it in `retypedBy`; mentions it did not retype have none.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const mentions = (text: string) =>
  extract(text).entities.flatMap((e) => e.mentions.map((m) => ({ type: e.type, text: m.text, rule: m.rule, ...(m.retypedBy ? { retypedBy: m.retypedBy } : {}) })));

describe('retypedBy', () => {
  it.each([
    [
      'a place in a match is its team',
      'Brazil defeated Chile 2 – 1 in the second match of the tournament. Chile coach Rafael Ortiz said the referee missed a penalty.',
      { type: 'ORG', text: 'Chile', rule: 'location.known-place', retypedBy: 'org.team' },
    ],
    [
      'a one-word place that is the surname of a person named in full',
      'Detective Anna Paris arrived. Paris said the case was closed.',
      { type: 'PERSON', text: 'Paris', rule: 'location.known-place', retypedBy: 'person.surname' },
    ],
    [
      'the type most mentions of a name got, with a cue',
      'Veltria said no. Veltria agreed later. Mr. Veltria left.',
      { type: 'PERSON', text: 'Veltria', rule: 'org.subject', retypedBy: 'resolve.vote' },
    ],
    [
      'an acronym takes the type of its expansion',
      'The Cooperative Threat Reduction program (CTR) began in 1992. CTR helped dismantle weapons.',
      { type: 'PROGRAM', text: 'CTR', rule: 'org.acronym', retypedBy: 'resolve.acronym' },
    ],
  ])('%s', (_, text, expected) => {
    expect(mentions(text)).toContainEqual(expected);
  });

  it('is absent where no rule changed the type', () => {
    const found = mentions('Judge Peter Hale ruled in Boston on Monday. Hale cited the law.');
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const m of found) expect(m).not.toHaveProperty('retypedBy');
  });
});
