// An acronym joins the name it abbreviates: the name it follows in parentheses when the
// name's capitals hold its letters (or its words' first syllables, "EUCOM"), else a name
// whose initials it spells.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const entities = (text: string) =>
  extract(text, { types: ['PERSON', 'ORG', 'LOCATION', 'PROGRAM'] }).entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(', ')}`);

describe('acronyms', () => {
  it.each([
    ['The National Nuclear Security Administration (NNSA) runs the labs. The NNSA said so.', ['ORG National Nuclear Security Administration: National Nuclear Security Administration, NNSA, NNSA']],
    ['NASA said so. The National Aeronautics and Space Administration agreed.', ['ORG National Aeronautics and Space Administration: NASA, National Aeronautics and Space Administration']],
    // the first syllables of the words, in brackets right after the name
    ['A spokesman for U.S. European Command (EUCOM) declined to comment. EUCOM later agreed.', ['ORG U.S. European Command: U.S. European Command, EUCOM, EUCOM']],
    ['Kelby Airlines (KELAIR) cut fares.', ['ORG Kelby Airlines: Kelby Airlines, KELAIR']],
    // letters that the name before the parenthesis does not hold: an agency's credit, not an expansion
    ['Police in the Czech Republic (AP) said the road was closed.', ['LOCATION Czech Republic: Czech Republic', 'ORG AP: AP']],
  ])('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it('links each of thousands of acronyms without comparing it with every name', () => {
    const para = 'The Defense Threat Reduction Agency (DTRA) met the Zorvan Trade Council. DTRA and ZTC officials spoke. ';
    const doc = extract(para.repeat(2000));
    const dtra = doc.entities.find((e) => e.name === 'Defense Threat Reduction Agency');
    expect(dtra?.mentions.length).toBe(6000);
    expect(doc.entities.find((e) => e.name === 'Zorvan Trade Council')?.mentions.length).toBe(4000);
  });
});
