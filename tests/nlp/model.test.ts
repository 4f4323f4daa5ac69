import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromCompromise, model, snapshot } from '../../src/nlp/model.js';

describe('the compromise model snapshot', () => {
  it('holds what compromise gives, regular expressions included', () => {
    const live = fromCompromise();
    const round = JSON.parse(snapshot(live)) as Record<string, unknown>;
    expect(round.lexicon).toEqual(live.lexicon);
    expect(round.regexText).toEqual(live.regexText.map(([re, ...rest]) => [re.source, re.flags, ...rest]));
  });

  it('the built snapshot (dist/) is of the installed compromise and reads back as the live tables', async () => {
    const built = new URL('../../dist/nlp/compromise-model.json', import.meta.url);
    const json = JSON.parse(readFileSync(built, 'utf8')) as { version: string };
    const pkg = JSON.parse(readFileSync(new URL('../../node_modules/compromise/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(json.version).toBe(pkg.version);
    const { model: builtModel } = (await import('../../dist/nlp/model.js')) as { model: typeof model };
    const m = builtModel();
    const live = fromCompromise();
    expect(m.lexicon).toEqual(live.lexicon);
    expect(m.endsWith['s']!.map(([re]) => re.source)).toEqual(live.endsWith['s']!.map(([re]) => re.source));
    expect(m.regexNumbers[0]![0].test('1990s')).toBe(live.regexNumbers[0]![0].test('1990s'));
  });
});
