// Broadcasters: a station's call sign beside a station's word (org.call-sign), and channels
// and agencies of the world's newswires by name (org.known, names.txt). Invented call signs;
// negatives where letters and digits of the same shape are codes or models.
import { beforeAll, describe, it } from 'vitest';
import { check, warm } from './helpers.js';

beforeAll(warm, 120_000);

describe('a call sign with a station\'s word beside it', () => {
  it.each([
    ['The minister told radio station 6KX on Tuesday that the port would reopen.', ['ORG 6KX']],
    ['She said on 4QZ that the plan had failed.', ['ORG 4QZ']],
    ['He spoke to 7TR radio after the vote.', ['ORG 7TR']],
    ['The song was played on WQRB-FM all week.', ['ORG WQRB-FM']],
    ['He told KQRZ in an interview that he would run.', ['ORG KQRZ']],
    ['A KQRZ reporter asked the mayor.', ['ORG KQRZ']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('no station without its word', () => {
  it.each([
    ['The 3QX model sold well in the second quarter.', []],
    ['He drove a W123 to work.', []],
    ['The code 5RT was entered twice.', []],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});

describe('a channel or an agency by its name', () => {
  it.each([
    ['The video aired on MTV2 and Telemundo last week.', ['ORG MTV2', 'ORG Telemundo']],
    ['Univision reported the story first.', ['ORG Univision']],
    ['The interview ran on BBC Radio 1 on Monday.', ['ORG BBC Radio 1']],
    ['The song was played on Radio Disney.', ['ORG Radio Disney']],
  ] as [string, string[]][])('%s', (text, expected) => check(text, expected));
});
