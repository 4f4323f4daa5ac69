// The pipeline for one document: the stages as one ordered list, each reading and adding
// to the document's analysis. Facts need entities, entities need mentions, mentions need
// sentences and the document date: the order below is that dependency order.
import { splitSentences } from './nlp/sentences.js';
import { tagSentences } from './nlp/tagger.js';
import { recognizeNames } from './recognize/names/index.js';
import { recognizeDates, documentDate } from './recognize/date/index.js';
import { recognizeMoney } from './recognize/money/index.js';
import { recognizeUserLexicons } from './recognize/user-lexicon/index.js';
import { outsideUserMentions } from './resolve/user-entries.js';
import { resolve } from './resolve/index.js';
import { extractFacts } from './facts/index.js';
import { toPlainText } from './text/index.js';
import type { Analysis, DocumentContext, PipelineOptions } from './types.js';

export type { Analysis, PipelineOptions };

interface Stage {
  name: string;
  run(a: Analysis): void;
}

const context = (a: Analysis): DocumentContext => ({ text: a.plain.text, date: a.date?.value ?? null, sentences: a.sentences, ...(a.options.prefer ? { prefer: a.options.prefer } : {}) });

const append = <T>(to: T[], items: readonly T[]): void => {
  for (const x of items) to.push(x);
};

export const STAGES: readonly Stage[] = [
  {
    name: 'text',
    run: (a) => {
      a.plain = toPlainText(a.raw, a.options.kind, { wholePage: a.options.wholePage });
      if (a.options.meta) a.plain.meta = { ...a.plain.meta, ...a.options.meta };
    },
  },
  // the option, else HTML metadata, else the text's header, else its footer (document-date.ts)
  { name: 'document-date', run: (a) => void (a.date = documentDate(a.plain, a.options.date)) },
  { name: 'sentences', run: (a) => void (a.sentences = splitSentences(a.plain.text)) },
  { name: 'tag', run: (a) => void (a.tagged = tagSentences(a.plain.text, a.sentences)) },
  {
    name: 'names',
    run: (a) => {
      const r = recognizeNames(a.plain.text, a.tagged);
      for (const m of r.mentions) a.mentions.push(m);
      a.titles = r.titles;
    },
  },
  // (appended one by one: a spread of 150,000 mentions overflows the call stack)
  { name: 'dates', run: (a) => void append(a.mentions, recognizeDates(context(a))) },
  { name: 'money', run: (a) => void append(a.mentions, recognizeMoney(context(a))) },
  // users' lexicons (--lexicon): where one names something, what our rules found there goes
  // (a title before a name only stays with the person it was read for)
  {
    name: 'user-lexicon',
    run: (a) => {
      if (!a.options.lexicons?.length) return;
      a.userMentions = recognizeUserLexicons(a.plain.text, a.options.lexicons);
      a.mentions = outsideUserMentions(a.mentions, a.userMentions);
      const others = a.userMentions.filter((m) => m.type !== 'PERSON');
      a.titles = outsideUserMentions(a.titles.map((t) => ({ t, start: t.person.start, end: t.person.end })), others).map((x) => x.t);
    },
  },
  // mentions -> entities: the refiners of src/resolve/index.ts, in order
  { name: 'resolve', run: resolve },
  { name: 'facts', run: (a) => void (a.facts = extractFacts(a)) },
];

export function analyze(raw: string, options: PipelineOptions): Analysis {
  const a: Analysis = {
    raw,
    options,
    plain: { text: '', map: { toSource: (s, e) => ({ start: s, end: e }) }, meta: {} },
    date: null,
    sentences: [],
    tagged: [],
    mentions: [],
    userMentions: [],
    titles: [],
    entities: [],
    facts: [],
  };
  for (const stage of STAGES) stage.run(a);
  return a;
}

