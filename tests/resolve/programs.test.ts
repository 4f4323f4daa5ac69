import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const programs = (text: string) =>
  extract(text, { types: ['PROGRAM'] }).entities.map((e) => [e.name, e.mentions.map((m) => `${m.text}@${m.rule}`)]);

describe('"the program" joins the program the text is about', () => {
  it.each([
    [
      'The Nunn-Lugar program ends in June. Russia said the program was no longer needed.',
      [['Nunn-Lugar program', ['Nunn-Lugar program@program.known', 'the program@program.anaphora']]],
    ],
    [
      'The Open Skies treaty allows flights. Critics say the treaty is outdated.',
      [['Open Skies treaty', ['Open Skies treaty@program.known', 'the treaty@program.anaphora']]],
    ],
  ])('%s', (text, expected) => {
    expect(programs(text)).toEqual(expected);
  });

  it('not before any program is named', () => {
    expect(programs('Officials said the program would continue.')).toEqual([]);
  });

  it('not when several programs are named and the last is far back', () => {
    const text = [
      'The Nunn-Lugar program and the Open Skies treaty were discussed.',
      'Talks went on.',
      'Delegates met twice.',
      'They had lunch.',
      'They left early.',
      'Someone said the program was costly.',
    ].join(' ');
    const found = programs(text).flatMap(([, ms]) => ms as string[]);
    expect(found.some((m) => m.includes('anaphora'))).toBe(false);
  });
});

describe('"the so-called X program" is another name of the program the text is about', () => {
  it('joins the most mentioned program', () => {
    const text =
      'The Cooperative Threat Reduction program began in 1992. The Cooperative Threat Reduction program is ending. ' +
      'Officials discussed the future of the so-called Nunn-Lugar program in Moscow.';
    expect(programs(text).map(([name, ms]) => [name, (ms as string[]).map((m) => m.split('@')[0])])).toEqual([
      ['Cooperative Threat Reduction program', ['Cooperative Threat Reduction program', 'Cooperative Threat Reduction program', 'Nunn-Lugar program']],
    ]);
  });

  it('stays apart when it is also named without "so-called"', () => {
    const text =
      'The Cooperative Threat Reduction program began in 1992 and the Cooperative Threat Reduction program ended. ' +
      'The Nunn-Lugar program, the so-called Nunn-Lugar program, was separate.';
    expect(programs(text).map(([name]) => name)).toEqual(['Cooperative Threat Reduction program', 'Nunn-Lugar program']);
  });
});
