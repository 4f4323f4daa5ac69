// "the Orioles, who lead the wild-card race", "the general manager of the Bruins": in a
// document about sport, a team's nickname that names teams far more often than anything
// else (team-nicknames.json: "Bruins", "Red Sox", "Maple Leafs") after "the" is the team,
// with no match's word beside it; the name rules ask for one (org.team-nickname), for they
// read a sentence with no knowledge of the document. A capitalized word before it makes a
// team's full name, read by the rules ("the Boston Bruins"); a mention already there stays;
// a family's name in the plural ("the Browns") needs the rules' cue.
import { jsonData } from '../data.js';
import { lexicon } from '../lexicon/registry.js';
import type { Analysis, Mention, RuleInfo } from '../types.js';
import { Coverage } from './coverage.js';
import { isSportsDocument } from './sports-teams.js';
import { lexiconTags } from '../nlp/tagger.js';
import type { ResolveRefiner } from './types.js';

const RULE = 'org.team-listed';

export const rules: readonly RuleInfo[] = [
  {
    id: RULE,
    emits: 'ORG',
    description: 'a listed team nickname after "the" ("the Bruins", "the Red Sox"), in a document about sport',
    example: 'The striker scored twice in the league match, and the coach praised the team. He was the general manager of the Bruins for a decade.',
    expect: 'Bruins',
  },
];

let nicknames: ReadonlySet<string> | undefined;
const load = (): ReadonlySet<string> => (nicknames ??= new Set(jsonData<{ nicknames: string[] }>('recognize/org/team-nicknames.json').nicknames));

// "the", then one or two capitalized words; no capitalized word runs on after them
const AFTER_THE = /(?<![\p{L}\p{N}])[Tt]he[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}]|[ \t]+\p{Lu})/gu;

export function teamNicknames(text: string, mentions: readonly Mention[]): Mention[] {
  if (!/[Tt]he[ \t]+\p{Lu}/u.test(text) || !isSportsDocument(text)) return [...mentions];
  const listed = load();
  const where = new Coverage(text.length, mentions);
  const added: Mention[] = [];
  for (const m of text.matchAll(AFTER_THE)) {
    const name = m[1]!;
    if (!listed.has(name.toLowerCase().replace(/[ \t]+/, ' '))) continue;
    // (a family's name in the plural wants a match's word, the rules' cue: "the Browns, who own the farm")
    const stem = name.replace(/s$/, '');
    // (English surnames that are words, or that the lexicon tags: not a Dutch "Bruin" of the lists)
    if (!/ /.test(name) && (lexicon('commonWordSurnames').has(stem) || lexiconTags(stem).some((g) => /^(?:LastName|FirstName|Person)$/.test(g)))) continue;
    const start = m.index! + m[0].length - name.length;
    const end = start + name.length;
    if (!where.free(start, end)) continue;
    added.push({ type: 'ORG', start, end, text: name, rule: RULE });
    where.take(start, end);
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : [...mentions];
}

export const teamNicknamesRefiner: ResolveRefiner = {
  id: 'team-nicknames',
  refine: (a: Analysis) => void (a.mentions = teamNicknames(a.plain.text, a.mentions)),
};
