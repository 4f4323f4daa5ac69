// Funding facts: who pays how much to whom or for what, read around each MONEY mention
// and a funding verb of its sentence (lexicon/funding-verbs.txt lists the verbs and how
// their roles attach):
//  - funding.give:    "The U.S. has allocated more than $8 billion to the program"
//                     "Acme gave Russia $5 million", "X has budgeted $2.3 billion for upgrades"
//  - funding.passive: "$5 million was allocated to the program by Congress"
//  - funding.cut:     "Congress cut the program by $100 million", "cut $100 million from X"
//  - funding.get:     "Russia received $50 million from the United States" (not "won a
//                     $15 billion order": winning an order is a sale, not funding)
// The recipient is an entity named there; "the program" (a program head word after "the")
// is the PROGRAM named nearest before, else the most mentioned one; otherwise the noun
// phrase as written is the purpose ("upgrades").
import type { TaggedSentence, Token } from '../nlp/tagger.js';
import type { Entity, FundingFact, Mention, MoneyValue } from '../types.js';
import { wordList } from '../data.js';
import { lexicon } from '../lexicon/registry.js';
import { endsPhrase, has, isArticle, lastAtOrBefore, lower, tokenFrom, type FactContext } from './context.js';
import { tokenEnding } from './title-phrase.js';

type Frame = 'give' | 'cut' | 'get' | 'add' | 'total';

let verbs: Map<string, Frame> | undefined;

function fundingVerbs(): Map<string, Frame> {
  if (verbs) return verbs;
  verbs = new Map();
  for (const line of wordList('lexicon/funding-verbs.txt')) {
    const [forms, frame] = line.split('|').map((x) => x.trim());
    // "set aside" is written as two words: its first word marks it, "aside" is skipped
    for (const f of forms!.split(/\s+/)) if (f !== 'aside') verbs.set(f.toLowerCase(), frame as Frame);
  }
  return verbs;
}

const heads = () => lexicon('programHeads');

const PAYERS = new Set(['ORG', 'LOCATION', 'PERSON']);
const MAX_TOTAL_SUBJECT = 8; // tokens from a payment noun to "totaled" ("fees to Acme Corp. last year")
const MAX_GAP = 6; // tokens between a verb and its amount ("allocated more than" sits in the MONEY mention)

export function extractFunding(ctx: FactContext): FundingFact[] {
  const money: Mention[] = [];
  const programs: Mention[] = [];
  const programCount = new Map<Entity, number>();
  const entityOf = new Map<Mention, Entity>();
  for (const e of ctx.entities) {
    for (const m of e.mentions) {
      entityOf.set(m, e);
      if (e.type === 'MONEY') money.push(m);
      if (e.type === 'PROGRAM') programs.push(m);
    }
    if (e.type === 'PROGRAM') programCount.set(e, e.mentions.length);
  }
  programs.sort((x, y) => x.start - y.start);
  const mostMentioned = [...programCount.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
  /** "the program": the PROGRAM named nearest before, else the most mentioned */
  const programBefore = (offset: number): Entity | undefined => {
    const i = lastAtOrBefore(programs, (m) => m.start, offset);
    return (i >= 0 ? entityOf.get(programs[i]!) : undefined) ?? mostMentioned;
  };

  const facts: FundingFact[] = [];
  for (const m of money) {
    const si = ctx.sentenceAt(m.start);
    if (si < 0) continue;
    const s = ctx.sentences[si]!;
    const mi = tokenFrom(s, m.start);
    const me = tokenEnding(s.tokens, mi, m.end);
    if (mi >= s.tokens.length || me < 0) continue;
    const f = readFunding(ctx, s, mi, me, programBefore);
    // an amount with neither payer nor recipient says nothing about who funds what
    if (!f || (!f.roles.payer && !f.roles.recipient)) continue;
    const { payer, payerId, recipient, recipientId, purpose } = f.roles;
    // (keys in the contract's order, each id beside its name)
    facts.push({ type: 'funding', ...(payer ? { payer } : {}), ...(payerId ? { payerId } : {}), amount: m.value as MoneyValue, ...(recipient ? { recipient } : {}), ...(recipientId ? { recipientId } : {}), ...(purpose ? { purpose } : {}), start: Math.min(f.start, m.start), end: Math.max(f.end, m.end), rule: f.rule });
  }
  return facts;
}

interface Read {
  roles: Pick<FundingFact, 'payer' | 'payerId' | 'recipient' | 'recipientId' | 'purpose'>;
  start: number;
  end: number;
  rule: string;
}

type ProgramBefore = (offset: number) => Entity | undefined;

function readFunding(ctx: FactContext, s: TaggedSentence, mi: number, me: number, programBefore: ProgramBefore): Read | null {
  const toks = s.tokens;
  const vs = fundingVerbs();
  // the verb before the amount (active): "allocated [more than $8 billion]", "cut X by $N"
  for (let v = mi - 1; v >= Math.max(0, mi - MAX_GAP); v--) {
    const frame = vs.get(lower(toks[v]));
    if (!frame || !has(toks[v], 'Verb')) {
      if (/[;:]/.test(toks[v]!.post) || (v < mi - 1 && has(toks[v], 'Verb') && !lexicon('fundingAuxiliaries').has(lower(toks[v])))) break;
      continue;
    }
    const subject = subjectBefore(ctx, toks, v);
    if (frame === 'get') {
      const from = lower(toks[me + 1]) === 'from' ? phraseAt(ctx, toks, me + 2, programBefore) : undefined;
      return build(from, subject && named(subject), toks[v]!.start, 'funding.get');
    }
    if (frame === 'total') return total(ctx, toks, v, programBefore);
    if (frame === 'cut') {
      // "cut the program by $N": the object; "cut $N from the program": after "from"
      const object = v + 1 < mi - 1 && lower(toks[mi - 1]) === 'by' ? phraseAt(ctx, toks, v + 1, programBefore) : undefined;
      const from = lower(toks[me + 1]) === 'from' ? phraseAt(ctx, toks, me + 2, programBefore) : undefined;
      const r = object ?? from;
      // "cut prices by $100", "cut the deficit by $4 trillion" name no one who loses money
      if (!r) return null;
      return build(subject && named(subject), r, toks[v]!.start, 'funding.cut');
    }
    // give: "gave Russia $5 million", "provided Russia with $5 million", else "$N to/for X"
    let r: Phrase | undefined;
    if (v + 1 < mi && !lexicon('fundingAuxiliaries').has(lower(toks[v + 1]))) {
      const n = ctx.startingAt(toks[v + 1]!.start);
      if (n && n.entity.type !== 'MONEY' && n.entity.type !== 'DATE') r = phraseAt(ctx, toks, v + 1, programBefore);
    }
    if (frame === 'add') {
      // "added $500 million to its portfolio": only with "to"
      if (lower(toks[me + 1]) !== 'to' || endsPhrase(toks[me]!)) return null;
      r = phraseAt(ctx, toks, me + 2, programBefore);
      if (!r) return null;
    }
    if (!r && lexicon('recipientPrepositions').has(lower(toks[me + 1])) && !endsPhrase(toks[me]!)) r = phraseAt(ctx, toks, me + 2, programBefore);
    return build(subject && named(subject), r, toks[v]!.start, 'funding.give');
  }
  // the verb after the amount (passive): "$5 million was allocated to X by Y"
  let v = me + 1;
  let be = false;
  while (v < toks.length && lexicon('passiveAuxiliaries').has(lower(toks[v])) && !endsPhrase(toks[v - 1]!)) be ||= /^(?:was|were|is|are|be|been|being)$/.test(lower(toks[v++]));
  // a form of "be" makes it passive; "$15 billion, has given a boost" is not
  if (be && v < toks.length && !endsPhrase(toks[v - 1]!) && vs.get(lower(toks[v])) === 'give') {
    let r: Phrase | undefined;
    let payer: Phrase | undefined;
    for (let k = v + 1; k < toks.length && k <= v + 12; k++) {
      const w = lower(toks[k]);
      if (!r && lexicon('recipientPrepositions').has(w)) r = phraseAt(ctx, toks, k + 1, programBefore);
      else if (!payer && w === 'by') payer = phraseAt(ctx, toks, k + 1, programBefore, true);
      if (/[.;:]/.test(toks[k]!.post)) break;
    }
    return build(payer, r, toks[me]!.start, 'funding.passive');
  }
  return null;
}

/**
 * "Its fees to Acme Corp. totaled $12 million": money paid as the subject of the verb at v.
 * A payment noun, "to" and the recipient before the verb; the payer owns the payment
 * ("Globex's fees", "its fees": the organization named last).
 */
function total(ctx: FactContext, toks: readonly Token[], v: number, programBefore: ProgramBefore): Read | null {
  let noun = v - 1;
  while (noun >= 0 && v - noun <= MAX_TOTAL_SUBJECT && !lexicon('paymentNouns').has(lower(toks[noun]))) noun--;
  if (noun < 0 || v - noun > MAX_TOTAL_SUBJECT || toks.slice(noun, v - 1).some((t) => /[;:]/.test(t.post))) return null;
  const r = lower(toks[noun + 1]) === 'to' ? phraseAt(ctx, toks, noun + 2, programBefore) : undefined;
  if (!r?.entity) return null;
  let payer: Phrase | undefined;
  const owner = toks[noun - 1];
  if (owner && /^(?:its|their)$/i.test(owner.text)) {
    const o = lastOrgBefore(ctx, owner.start);
    if (o) payer = { text: o.name, start: owner.start, entity: o };
  } else if (owner && /['’]s?$/.test(owner.text)) {
    const n = ctx.endingAtToken(owner);
    if (n && PAYERS.has(n.entity.type)) payer = { text: n.entity.name, start: n.mention.start, entity: n.entity };
  }
  const start = payer?.start ?? toks[noun]!.start;
  return build(payer, r, start, 'funding.total');
}

/** The last ORG named before `offset` in the same or the sentence before ("its fees"). */
function lastOrgBefore(ctx: FactContext, offset: number): Entity | undefined {
  const si = ctx.sentenceAt(offset);
  const from = si > 0 ? ctx.sentences[si - 1]!.start : si === 0 ? ctx.sentences[0]!.start : offset;
  let best: Mention | undefined;
  let entity: Entity | undefined;
  for (const e of ctx.entities) {
    if (e.type !== 'ORG') continue;
    for (const m of e.mentions) if (m.start >= from && m.end <= offset && (!best || m.start > best.start)) [best, entity] = [m, e];
  }
  return entity;
}

interface Phrase {
  text: string;
  start: number;
  end?: number;
  /** the entity named, when one is */
  entity?: Entity;
  /** a noun phrase as written, no entity: what the money is for ("upgrades") */
  purpose?: boolean;
}

const named = (s: { entity: Entity; start: number }): Phrase => ({ text: s.entity.name, start: s.start, entity: s.entity });

function build(payer: Phrase | undefined, recipient: Phrase | undefined, verbStart: number, rule: string): Read {
  const roles: Read['roles'] = {
    ...(payer ? { payer: payer.text, ...(payer.entity ? { payerId: payer.entity.id } : {}) } : {}),
    ...(recipient ? { recipient: recipient.text, ...(recipient.entity ? { recipientId: recipient.entity.id } : {}), ...(recipient.purpose ? { purpose: true as const } : {}) } : {}),
  };
  const start = Math.min(verbStart, payer?.start ?? Infinity, recipient?.start ?? Infinity);
  const end = Math.max(payer?.end ?? 0, recipient?.end ?? 0);
  return { roles, start, end, rule };
}

/** The payer or receiver before the verb: an ORG, LOCATION or PERSON mention ending there. */
function subjectBefore(ctx: FactContext, toks: readonly Token[], v: number): { entity: Entity; start: number } | undefined {
  let k = v - 1;
  while (k >= 0 && (lexicon('fundingAuxiliaries').has(lower(toks[k])) || has(toks[k], 'Adverb')) && !endsPhrase(toks[k]!)) k--;
  if (k < 0) return undefined;
  // "The U.S., the largest donor, has allocated": skip the apposition
  if (toks[k]!.post.includes(',')) {
    let j = k - 1;
    while (j >= 0 && !toks[j]!.post.includes(',')) j--;
    if (j < 0) return undefined;
    k = j;
  }
  const n = ctx.endingAtToken(toks[k]!);
  if (n && PAYERS.has(n.entity.type)) return { entity: n.entity, start: n.mention.start };
  // "it", "the company", "the department": the organization named last (as for quotes)
  const definite = k > 0 && lower(toks[k - 1]) === 'the' && lexicon('orgSourceThings').has(lower(toks[k]));
  if (lower(toks[k]) === 'it' || definite) {
    const o = lastOrgBefore(ctx, toks[k]!.start);
    if (o) return { entity: o, start: toks[definite ? k - 1 : k]!.start };
  }
  return undefined;
}

/**
 * The recipient or payer starting at token i: an entity; "the program" for the program
 * the text is about; else (recipients only) the noun phrase as written, a purpose.
 */
function phraseAt(ctx: FactContext, toks: readonly Token[], i: number, programBefore: ProgramBefore, entityOnly = false): Phrase | undefined {
  let k = i;
  if (isArticle(toks[k]) || /^(?:its|their|his|her)$/i.test(toks[k]?.text ?? '')) k++;
  const t = toks[k];
  if (!t) return undefined;
  const n = ctx.startingAt(t.start) ?? ctx.startingAt(toks[i]!.start);
  if (n?.entity.type === 'DATE') return undefined; // "in the last quarter": a time, no recipient
  if (n && n.entity.type !== 'MONEY') return { text: n.entity.name, start: n.mention.start, end: n.mention.end, entity: n.entity };
  // "the program", "the agreement": the program the text is about
  if (isArticle(toks[i]) && heads().has(lower(t))) {
    const p = programBefore(t.start);
    if (p) return { text: p.name, start: toks[i]!.start, end: t.end, entity: p };
  }
  if (entityOnly) return undefined;
  // a purpose: words up to punctuation, a preposition other than "of", a verb or a clause
  let e = k;
  while (e < toks.length && e - k < 6) {
    const w = toks[e]!;
    if (e > k && (/^(?:since|in|on|at|by|from|to|for|with|over|during|that|which|and|but|as|until|after|before)$/i.test(w.text) || ctx.startingAt(w.start)?.entity.type === 'DATE')) break;
    if (has(w, 'Verb') && !has(w, 'Gerund') && !has(w, 'Noun') && e > k) break;
    e++;
    if (endsPhrase(w)) break;
  }
  if (e === k) return undefined;
  // "the deficit", "the last hour": no one receives the money
  if (lexicon('notRecipients').has(lower(toks[e - 1]))) return undefined;
  return { text: ctx.text.slice(toks[k]!.start, toks[e - 1]!.end).replace(/\s+/g, ' '), start: toks[i]!.start, end: toks[e - 1]!.end, purpose: true };
}
