// Who said a quotation. The patterns, tried in this order:
//  - quote.after:   “...,” Smith said / said Mr. Smith / Smith (D., Ore.) said / he said /
//                   a ministry source told Y / the report said / it said
//  - quote.before:  Smith said: “...” / Smith, head of X, added that officials “...”
//                   / according to Smith, “...” / Y quoted a ministry source as saying “...”
//  - quote.colon:   Smith put it bluntly: “...”
//  - quote.partial: Smith called the plan “a first step” (a short phrase, quotes.ts)
//  - quote.continued: no attribution in the sentence; the quote goes on from the last
//                   attributed one (same paragraph, the sentence before, or the paragraph
//                   before with no other person named in between)
//  - quote.sentence-before: the subject of the sentence before, when that one introduces it
// "he"/"she" point at the person of the nearest sentence whose gender fits (gender.ts);
// "the senator" at the person last named with that title. A subject that is there but
// names no one ("the president said", nobody named so) is an explicit attribution to
// nobody we can name: the quote gets no fact rather than a guessed speaker.
import type { Token } from '../nlp/tagger.js';
import { lexicon } from '../lexicon/registry.js';
import type { Entity, RoleFact } from '../types.js';
import { endsPhrase, has, isArticle, lastAtOrBefore, lower, normTitle, TYPES_OF_ORG, type FactContext } from './context.js';
import type { QuoteSpan } from './quote-spans.js';
import { genderTeller, pronounGender, type Gender } from './gender.js';
import { titleHead } from './title-head.js';
import { readTitleForward, tokenEnding } from './title-phrase.js';

export interface Speaker {
  /** a PERSON's canonical name, or an unnamed source's description as written */
  name: string;
  org?: string;
  /** the entity the speaker and the org are, when they are one */
  id?: string;
  orgId?: string;
  kind: 'person' | 'source' | 'org';
}

/** `speaker` undefined with `explicit` set: the text says who spoke but names no one. */
export interface Attribution {
  speaker?: Speaker;
  explicit: boolean;
  rule: string;
}

/** An organization that speaks ("Acme Corp. said"): the speaker and its org. */
const orgSpeaker = (e: Entity): Speaker => ({ name: e.name, org: e.name, id: e.id, orgId: e.id, kind: 'org' });

const PERSON_PRONOUNS = new Set(['he', 'she']);
const PRONOUNS = new Set([...PERSON_PRONOUNS, 'it']);
// words between a subject and its verb that do not break the link: "Smith also said",
// "Smith has told", "Smith later added"
const DETERMINERS = /^(?:a|an|one|two|three|four|five|several|some|many|other|another)$/i;
const MAX_AFTER = 12; // tokens between a closing mark and its verb ("John Smith, a spokesman for X, said")
const MAX_BEFORE = 16; // tokens between a verb and the opening mark it introduces
const PRONOUN_SENTENCES = 2; // sentences back from a pronoun before the last person named is taken
const MAX_TITLE_WORDS = 4;
const MAX_LINKS = 2; // prepositions inside a source's description: "a statement from the ministry"
const SOURCE_LINKS = /^(?:from|of|with|at|for|to)$/i;
const MAX_BRACKETED = 4; // words in brackets after a name: "(D., Ore.)", "(R-Texas)"
const MAX_AFTER_APPOSITION = 30; // "“...,” Ann Roe, chief economist at ... in Ruritania, said"
 // "said Deputy Assistant Secretary Ann Roe"

/** Quote spans and persons, to resolve pronouns to the last person named outside quotes. */
export class Attributor {
  private gender: ((e: Entity) => Gender) | undefined;
  private orgs: { mention: { start: number }; entity: Entity }[] | undefined;

  /** each person's title heads ("senator", "leader"), from the role facts */
  private readonly titleHeads = new Map<string, Set<string>>();

  constructor(
    private readonly ctx: FactContext,
    private readonly spans: readonly QuoteSpan[],
    roles: readonly RoleFact[] = [],
  ) {
    for (const r of roles) {
      const head = titleHead(r.title);
      if (!head) continue;
      const heads = this.titleHeads.get(r.personId) ?? new Set<string>();
      heads.add(head);
      this.titleHeads.set(r.personId, heads);
    }
  }

  /** The last PERSON named outside quotes before `offset` who holds a title of this head word. */
  titledPerson(head: string, offset: number): Entity | undefined {
    const want = titleHead(head);
    return this.lastPerson(offset, (e) => !!want && !!this.titleHeads.get(e.id)?.has(want));
  }

  private insideQuote(offset: number): boolean {
    const i = lastAtOrBefore(this.spans, (q) => q.start, offset);
    return i >= 0 && offset < this.spans[i]!.end;
  }

  /** The last PERSON named before `offset`, outside quotations. */
  lastPerson(offset: number, fits: (e: Entity) => boolean = () => true): Entity | undefined {
    const ps = this.ctx.persons;
    for (let i = lastAtOrBefore(ps, (p) => p.mention.start, offset - 1), n = 0; i >= 0 && n < 50; i--, n++) {
      if (!this.insideQuote(ps[i]!.mention.start) && fits(ps[i]!.entity)) return ps[i]!.entity;
    }
    return undefined;
  }

  /** The last PERSON named outside quotes in [from, to). */
  lastPersonIn(from: number, to: number): Entity | undefined {
    const ps = this.ctx.persons;
    for (let i = lastAtOrBefore(ps, (p) => p.mention.start, to - 1); i >= 0 && ps[i]!.mention.start >= from; i--) {
      if (!this.insideQuote(ps[i]!.mention.start)) return ps[i]!.entity;
    }
    return undefined;
  }

  /**
   * The subject of a sentence when it is a person: one named outside quotes before the
   * sentence's first finite verb ("Tom Reed criticized the plan drawn up by Ann Roe:" is
   * Tom Reed); else the last person named in it, up to `to`.
   */
  subjectPersonIn(s: { start: number; tokens: readonly Token[] }, to: number): Speaker | undefined {
    for (const [i, t] of s.tokens.entries()) {
      if (t.start >= to) break;
      const n = this.ctx.startingAt(t.start);
      if (n?.entity.type === 'PERSON' && !this.insideQuote(t.start)) return this.person(n.entity);
      // "The White House says that ...": an organization (or a country) as the subject speaks
      if (n && TYPES_OF_ORG.has(n.entity.type) && !this.insideQuote(t.start) && this.ctx.lex.attribution.has(lower(this.verbAfter(s.tokens, i, n.mention.end)))) return orgSpeaker(n.entity);
      if (i > 0 && has(t, 'Verb') && (has(t, 'PastTense') || has(t, 'PresentTense')) && !this.insideQuote(t.start)) break;
    }
    const p = this.lastPersonIn(s.start, to);
    return p && this.person(p);
  }

  /** The token right after a mention that ends at `end`, from token i, auxiliaries skipped ("has said"). */
  private verbAfter(toks: readonly Token[], i: number, end: number): Token | undefined {
    let k = tokenEnding(toks, i, end);
    if (k < 0) return undefined;
    while (lexicon('quoteAuxiliaries').has(lower(toks[k + 1]))) k++;
    return toks[k + 1];
  }

  /** Whether a PERSON other than `name` is named outside quotes in [from, to). */
  otherPersonBetween(from: number, to: number, name: string): boolean {
    const ps = this.ctx.persons;
    for (let i = lastAtOrBefore(ps, (p) => p.mention.start, to - 1); i >= 0 && ps[i]!.mention.start >= from; i--) {
      if (ps[i]!.entity.name !== name && !this.insideQuote(ps[i]!.mention.start)) return true;
    }
    return false;
  }

  private isVerb(t: Token | undefined, extra?: ReadonlySet<string>): boolean {
    return !!t && (this.ctx.lex.attribution.has(lower(t)) || !!extra?.has(lower(t)));
  }

  /**
   * Whether a clause ends between two tokens: a semicolon, colon, "!" or "?", or a period
   * where the sentence ends (not an abbreviation's: "Mrs. Roe said", "Acme Corp. said").
   */
  private endsClause(a: Token, b: Token): boolean {
    if (/[;:!?]/.test(a.post)) return true;
    return a.post.includes('.') && this.ctx.sentenceAt(a.start) !== this.ctx.sentenceAt(b.start);
  }

  /** The last ORG named outside quotes before `offset`, within PRONOUN_SENTENCES sentences. */
  lastOrg(offset: number): Entity | undefined {
    if (!this.orgs) {
      this.orgs = this.ctx.entities
        .filter((e) => e.type === 'ORG')
        .flatMap((entity) => entity.mentions.filter((m) => this.ctx.startingAt(m.start)?.entity === entity).map((mention) => ({ mention, entity })));
      this.orgs.sort((x, y) => x.mention.start - y.mention.start);
    }
    const si = this.ctx.sentenceAt(offset);
    const from = si >= 0 ? this.ctx.sentences[Math.max(0, si - PRONOUN_SENTENCES)]!.start : offset;
    for (let i = lastAtOrBefore(this.orgs, (o) => o.mention.start, offset - 1); i >= 0 && this.orgs[i]!.mention.start >= from; i--) {
      if (!this.insideQuote(this.orgs[i]!.mention.start)) return this.orgs[i]!.entity;
    }
    return undefined;
  }

  /** "he", "she": a person; "it": the organization named last ("it said in a statement"). */
  private pronounSpeaker(t: Token): Attribution {
    if (lower(t) === 'it') {
      const o = this.lastOrg(t.start);
      return o ? { speaker: orgSpeaker(o), explicit: true, rule: '' } : { explicit: true, rule: '' };
    }
    const s = this.pronoun(t);
    return s ? { speaker: s, explicit: true, rule: '' } : { explicit: true, rule: '' };
  }

  private isHead(t: Token): boolean {
    const w = lower(t);
    const lex = this.ctx.lex;
    return lex.sourceNouns.has(w) || lexicon('sourceThings').has(w) || lex.titles.has(normTitle(w)) || (w.endsWith('s') && lex.titles.has(normTitle(w.slice(0, -1))));
  }

  private person(e: Entity): Speaker {
    return { name: e.name, id: e.id, kind: 'person' };
  }

  /**
   * The person "he" or "she" points back at: sentence by sentence back from the pronoun's,
   * among the persons named outside quotes whose gender does not contradict it, the first
   * of the nearest sentence that names one (its subject, as news writes it: "Roe met Hale.
   * “...,” she said" is Roe unless Roe is a man); further back, the last one named.
   */
  private pronoun(t: Token): Speaker | undefined {
    const want = pronounGender(lower(t));
    this.gender ??= genderTeller(this.ctx);
    const fits = (e: Entity) => {
      const g = this.gender!(e);
      return !want || !g || g === want;
    };
    const ps = this.ctx.persons;
    const si = this.ctx.sentenceAt(t.start);
    for (let k = si; k >= 0 && si - k <= PRONOUN_SENTENCES; k--) {
      const s = this.ctx.sentences[k]!;
      let first: Entity | undefined;
      for (let i = lastAtOrBefore(ps, (p) => p.mention.start, Math.min(s.end, t.start) - 1); i >= 0 && ps[i]!.mention.start >= s.start; i--) {
        if (!this.insideQuote(ps[i]!.mention.start) && fits(ps[i]!.entity)) first = ps[i]!.entity;
      }
      if (first) return this.person(first);
    }
    const e = this.lastPerson(t.start, fits);
    return e && this.person(e);
  }

  /**
   * An unnamed source's description from tokens [from, to]: it needs a source noun or a
   * title and must not be definite ("the president" is someone we cannot name, not a
   * source the reporter keeps unnamed). Its org is the organization named inside.
   */
  private description(toks: readonly Token[], from: number, to: number): Speaker | 'definite' | undefined {
    if (from > to) return undefined;
    let head = -1;
    for (let k = from; k <= to; k++) if (this.isHead(toks[k]!)) head = k;
    if (head < 0) return undefined;
    // the head ends the phrase or a prepositional phrase follows it ("a source close to
    // the Kremlin"); "Ms Bauchtman" is a name the recognizer missed, not a description
    if (head < to && !has(toks[head + 1], 'Preposition') && !/^(?:close|familiar|with|at|for|in|of)$/i.test(toks[head + 1]!.text)) return undefined;
    // a document, a medium or a body may be definite: "the report said", "the newspaper wrote"
    const thing = lexicon('sourceThings').has(lower(toks[head]));
    // "Cornyn's statement added": a person's own document speaks for them
    const owner = thing && head === to && /['’]s?$/.test(toks[from]!.text) ? this.ctx.endingAtToken(toks[from]!) : undefined;
    if (owner?.entity.type === 'PERSON') return this.person(owner.entity);
    if (/^(?:the|this|that|his|her|its|their)$/i.test(toks[from]!.text) && !thing) {
      // "the senator said": the person last named with that title, if any ("Sen. Carla
      // Brandt ... the senator said"); else someone we cannot name
      const p = head === to && /^the$/i.test(toks[from]!.text) ? this.titledPerson(lower(toks[head]), toks[from]!.start) : undefined;
      return p ? this.person(p) : 'definite';
    }
    let org: Entity | undefined;
    for (let k = from; k <= to; k++) {
      const n = this.ctx.startingAt(toks[k]!.start);
      // (an article read as a name is a recognizer's slip, no organization)
      if (n && TYPES_OF_ORG.has(n.entity.type) && !isArticle(toks[k]) && (!org || (org.type !== 'ORG' && n.entity.type === 'ORG'))) org = n.entity;
    }
    // "the Health Ministry" is the organization's name, no description
    if (org && /^\p{Lu}/u.test(toks[head]!.text) && this.ctx.startingAt(toks[isArticle(toks[from]) ? from + 1 : from]!.start)?.entity === org) return undefined;
    // "the company said": the organization named before it
    if (!org && /^the$/i.test(toks[from]!.text) && lexicon('orgSourceThings').has(lower(toks[head]))) org = this.lastOrg(toks[from]!.start);
    const name = this.ctx.text.slice(toks[from]!.start, toks[to]!.end).replace(/\s+/g, ' ');
    return { name, kind: 'source', ...(org ? { org: org.name, orgId: org.id } : {}) };
  }

  /**
   * A person in a subject phrase the recognizer read only in part: a PERSON mention inside
   * it ("Uralsib analyst Chris Weafer"), or a title and a surname of someone named
   * elsewhere ("Ambassador Mohib", "Mr Key").
   */
  private personIn(toks: readonly Token[], from: number, to: number): Speaker | undefined {
    for (let k = to; k >= from; k--) {
      const n = this.ctx.startingAt(toks[k]!.start);
      if (n?.entity.type !== 'PERSON' || n.mention.end > toks[to]!.end + 2) continue;
      // "Ann Roe's spokesman" is someone else
      const e = tokenEnding(toks, k, n.mention.end);
      if (e >= 0 && e < to && /['’]s?$/.test(toks[e]!.text) && /['’]/.test(toks[e]!.text)) continue;
      return this.person(n.entity);
    }
    const last = toks[to]!;
    if (to > from && /^\p{Lu}/u.test(last.text) && this.isHead(toks[to - 1]!)) {
      const e = this.ctx.personBySurname(last.text.replace(/['’]s?$/, ''));
      if (e) return this.person(e);
    }
    return undefined;
  }

  /** A word written before a name: a form of address or a title ("Mr.", "Sen.", "Lt. Col."). */
  private isTitleWord(t: Token): boolean {
    const w = lower(t);
    if (has(t, 'Honorific') || (has(t, 'Abbreviation') && /^\p{Lu}/u.test(t.text))) return true;
    return /^\p{Lu}/u.test(t.text) && (this.ctx.lex.honorifics.has(w) || this.ctx.lex.titles.has(normTitle(w)));
  }

  /** The PERSON named right after forms of address and titles from token i: "said Mr. Hale". */
  private personAfterTitles(toks: readonly Token[], i: number, hi: number): Entity | undefined {
    for (let k = i; k < Math.min(hi, i + MAX_TITLE_WORDS + 1); k++) {
      const n = this.ctx.startingAt(toks[k]!.start);
      if (n?.entity.type === 'PERSON') return k > i ? n.entity : undefined;
      if (!this.isTitleWord(toks[k]!)) return undefined;
    }
    return undefined;
  }

  /** The speaker named by the phrase ending at token k (a subject before its verb). */
  private subjectEndingAt(toks: readonly Token[], lo: number, k: number): Attribution {
    const t = toks[k]!;
    const explicitNone: Attribution = { explicit: true, rule: '' };
    if (PRONOUNS.has(lower(t))) return this.pronounSpeaker(t);
    const named = this.ctx.endingAtToken(t);
    if (named?.entity.type === 'PERSON') return { speaker: this.person(named.entity), explicit: true, rule: '' };
    // the noun phrase: back to a determiner, a comma or a word that opens a clause
    let j = k;
    for (let links = 0; links <= MAX_LINKS; links++) {
      while (j > lo) {
        const p = toks[j - 1]!;
        if (endsPhrase(p) || lexicon('speakerStops').has(lower(p)) || (has(p, 'Verb') && !has(p, 'Adjective') && !this.ctx.startingAt(p.start))) break;
        j--;
        if (DETERMINERS.test(p.text) || /^(?:the)$/i.test(p.text) || /['’]s$/.test(p.text)) break;
      }
      // "a statement from the ministry", "two officials familiar with the talks": the
      // phrase goes on before a preposition
      if (j - 1 <= lo || !SOURCE_LINKS.test(toks[j - 1]!.text) || endsPhrase(toks[j - 2]!)) break;
      j--;
    }
    // "Ann Roe's spokesman": the whole name before the possessive
    const owner = /['’]s?$/.test(toks[j]!.text) ? this.ctx.endingAtToken(toks[j]!) : undefined;
    while (owner && j > lo && toks[j - 1]!.start >= owner.mention.start) j--;
    const p = this.personIn(toks, j, k);
    if (p) return { speaker: p, explicit: true, rule: '' };
    const d = this.description(toks, j, k);
    if (d === 'definite') return explicitNone;
    if (d) return { speaker: d, explicit: true, rule: '' };
    if (named && TYPES_OF_ORG.has(named.entity.type) && named.mention.start <= toks[j]!.end + 4) {
      return { speaker: orgSpeaker(named.entity), explicit: true, rule: '' };
    }
    return explicitNone;
  }

  /** The speaker named by the phrase starting at token i (after its verb: "said Smith"). */
  private phraseFrom(toks: readonly Token[], i: number, hi: number): Attribution {
    const explicitNone: Attribution = { explicit: true, rule: '' };
    const t = toks[i];
    if (!t || i >= hi) return explicitNone;
    if (PRONOUNS.has(lower(t))) return this.pronounSpeaker(t);
    const named = this.ctx.startingAt(t.start);
    if (named?.entity.type === 'PERSON') return { speaker: this.person(named.entity), explicit: true, rule: '' };
    const titled = this.personAfterTitles(toks, i, hi);
    if (titled) return { speaker: this.person(titled), explicit: true, rule: '' };
    // a description runs to the end of the clause: "a spokesman for the Foreign Ministry"
    let k = i;
    // (a word after an article is a noun, whatever its tags: "the report")
    while (k + 1 < hi && !endsPhrase(toks[k]!) && !(has(toks[k + 1], 'Verb') && !isArticle(toks[k]) && !this.ctx.startingAt(toks[k + 1]!.start))) {
      if (/^(?:that|who|which|as|on|in)$/i.test(toks[k + 1]!.text)) break;
      k++;
    }
    const p = this.personIn(toks, i, k);
    if (p) return { speaker: p, explicit: true, rule: '' };
    // "said the firm's chief executive, Alan Mulally": the name in apposition
    const apposed = k + 1 < hi && toks[k]!.post.trim() === ',' ? this.ctx.startingAt(toks[k + 1]!.start) : undefined;
    if (apposed?.entity.type === 'PERSON' && this.isHead(toks[k]!)) return { speaker: this.person(apposed.entity), explicit: true, rule: '' };
    const d = this.description(toks, i, k);
    if (d === 'definite') return explicitNone;
    if (d) return { speaker: d, explicit: true, rule: '' };
    const o = named ?? (/^the$/i.test(t.text) ? toks[i + 1] && this.ctx.startingAt(toks[i + 1]!.start) : undefined);
    if (o && TYPES_OF_ORG.has(o.entity.type)) return { speaker: orgSpeaker(o.entity), explicit: true, rule: '' };
    return explicitNone;
  }

  /** The subject of the verb at token v, searching back to token lo. */
  private subjectOf(toks: readonly Token[], lo: number, v: number): Attribution | undefined {
    let k = v - 1;
    while (k >= lo && (lexicon('quoteAuxiliaries').has(lower(toks[k])) || (has(toks[k], 'Adverb') && !endsPhrase(toks[k]!)))) k--;
    if (k < lo) return undefined;
    // "it was explained that": an empty subject, no organization speaking
    if (lower(toks[k]) === 'it' && k < v - 1) return { explicit: true, rule: '' };
    // a party and state in brackets between the name and its verb: "Ann Roe (D., Ore.) said"
    if (/\)/.test(toks[k]!.post)) {
      let j = k;
      while (j > lo && !/\(/.test(toks[j]!.pre)) j--;
      if (j > lo && /\(/.test(toks[j]!.pre) && k - j < MAX_BRACKETED) k = j - 1;
    }
    // "Scott Carson, president and CEO of Acme said": an apposition whose closing comma
    // is missing; the title phrase must run from the name's comma to the verb
    if (!toks[k]!.post.includes(',')) {
      for (let j = k - 1; j >= lo && k - j <= 14; j--) {
        if (!toks[j]!.post.includes(',')) continue;
        const n = this.ctx.endingAtToken(toks[j]!);
        if (n?.entity.type === 'PERSON') {
          const phrase = readTitleForward(this.ctx, { start: 0, end: 0, tokens: toks as Token[] }, j + 1);
          if (phrase && phrase.to === k + 1) return { speaker: this.person(n.entity), explicit: true, rule: '' };
        }
        break;
      }
    }
    // an apposition between subject and verb: "Smith, head of the agency, said"
    if (toks[k]!.post.includes(',')) {
      let j = k - 1;
      while (j >= lo && !toks[j]!.post.includes(',')) j--;
      if (j < lo) return undefined;
      // "the firm's chief executive, Alan Mulally, said": the name is the apposition
      const apposed = this.ctx.startingAt(toks[j + 1]!.start);
      if (apposed?.entity.type === 'PERSON' && this.isHead(toks[j]!)) return { speaker: this.person(apposed.entity), explicit: true, rule: '' };
      k = j;
    }
    return this.subjectEndingAt(toks, lo, k);
  }

  /** "the prosecutor, Mark Tedeschi,": a person named in apposition after a phrase from token i. */
  private appositionPerson(toks: readonly Token[], i: number): Attribution {
    for (let k = i; k < toks.length - 1 && k - i < MAX_AFTER; k++) {
      if (!toks[k]!.post.includes(',')) continue;
      const n = this.ctx.startingAt(toks[k + 1]!.start);
      return n?.entity.type === 'PERSON' ? { speaker: this.person(n.entity), explicit: true, rule: '' } : { explicit: true, rule: '' };
    }
    return { explicit: true, rule: '' };
  }

  /** “...,” Smith said — tokens after the closing mark, up to the next quote. */
  after(toks: readonly Token[]): Attribution | undefined {
    // a name and an apposition may hold the verb far from the mark: "“...,” Ann Roe, an
    // analyst at ..., said"; only a verb right after a comma then
    const named = toks[0] && this.ctx.startingAt(toks[0].start);
    const far = named?.entity.type === 'PERSON' && this.ctx.text.slice(named.mention.end, named.mention.end + 1) === ',';
    const n = Math.min(toks.length, far ? MAX_AFTER_APPOSITION : MAX_AFTER);
    let bracket = false;
    for (let v = 0; v < n; v++) {
      const t = toks[v]!;
      // "(D., Ore.)": no sentence ends inside brackets, and no verb is there
      if (/\(/.test(t.pre)) bracket = true;
      if (bracket) {
        if (/\)/.test(t.post)) bracket = false;
        continue;
      }
      if (v >= MAX_AFTER && !toks[v - 1]!.post.includes(',')) {
        if (this.endsClause(toks[v - 1]!, t)) return undefined;
        continue;
      }
      if (lower(t) === 'according' && lower(toks[v + 1]) === 'to') return this.tag(this.phraseFrom(toks, v + 2, toks.length), 'quote.after');
      if (!this.isVerb(t)) {
        // a sentence ends here; an abbreviation's period ("Mrs. Roe said") or one closed in
        // brackets ("(D., Ore.) said") does not end one
        if (v > 0 && this.endsClause(toks[v - 1]!, t)) return undefined;
        continue;
      }
      // “...,” the paper quoted Smith as saying: Smith
      if (/^(?:quoted|cited|quotes|cites)$/i.test(t.text)) {
        let as = v + 1;
        while (as < toks.length - 1 && as - v < 10 && !(lower(toks[as]) === 'as' && /^(?:saying|telling)$/i.test(toks[as + 1]!.text))) as++;
        if (as < toks.length - 1 && as - v < 10) return this.tag(this.phraseFrom(toks, v + 1, as), 'quote.quoted-as-saying');
      }
      if (v === 0) return this.tag(this.phraseFrom(toks, 1, toks.length), 'quote.after');
      const s = this.subjectOf(toks, 0, v);
      return this.tag(s ?? { explicit: true, rule: '' }, 'quote.after');
    }
    return undefined;
  }

  /** Smith said: “...” — tokens before the opening mark, back to the last quote. */
  before(toks: readonly Token[], extra?: ReadonlySet<string>): Attribution | undefined {
    const lo = Math.max(0, toks.length - MAX_BEFORE);
    for (let v = toks.length - 1; v >= lo; v--) {
      const t = toks[v]!;
      if (lower(t) === 'according' && lower(toks[v + 1]) === 'to') {
        return this.tag(this.phraseFrom(toks, v + 2, toks.length), 'quote.before');
      }
      // "in the words of the prosecutor, Mark Tedeschi, “...”"
      if (lower(t) === 'words' && lower(toks[v - 1]) === 'the' && lower(toks[v + 1]) === 'of' && !endsPhrase(t)) {
        const a = this.phraseFrom(toks, v + 2, toks.length);
        const named = a.speaker ? a : this.appositionPerson(toks, v + 2);
        return this.tag(named, 'quote.before');
      }
      if (!this.isVerb(t, extra)) continue;
      // "Y quoted a ministry source as saying": the source, not Y
      if (/^(?:saying|telling)$/i.test(t.text) && lower(toks[v - 1]) === 'as') {
        let q = v - 2;
        while (q >= 0 && !/^(?:quoted|cited|quotes|cites|quoting|citing)$/i.test(toks[q]!.text)) q--;
        if (q >= 0) return this.tag(this.phraseFrom(toks, q + 1, v - 1), 'quote.quoted-as-saying');
      }
      if (lexicon('speechParticiples').has(lower(t))) {
        // "Smith rejected the plan, saying “...”", "..., writing in a blog post “...”": the
        // main clause's subject, its first person or "he"/"she" ("it" opens clauses
        // that name no one: "It was late when ..."); a name right before it is its own
        // subject ("..., with Boswell stating: “...”")
        const own = v > 0 && !endsPhrase(toks[v - 1]!) ? this.ctx.endingAtToken(toks[v - 1]!) : undefined;
        if (own?.entity.type === 'PERSON') return this.tag({ speaker: this.person(own.entity), explicit: true, rule: '' }, 'quote.before');
        for (let k = 0; k < v; k++) {
          const w = toks[k]!;
          if (PERSON_PRONOUNS.has(lower(w))) return this.tag(this.phraseFrom(toks, k, v), 'quote.before');
          const n = this.ctx.startingAt(w.start);
          if (n?.entity.type === 'PERSON') return this.tag({ speaker: this.person(n.entity), explicit: true, rule: '' }, 'quote.before');
        }
        continue;
      }
      const s = this.subjectOf(toks, 0, v);
      if (s) return this.tag(s, 'quote.before');
      // the verb opens the clause: "Said Smith: “...”"
      return this.tag(this.phraseFrom(toks, v + 1, toks.length), 'quote.before');
    }
    return undefined;
  }

  /**
   * “Tom Reed put it bluntly: “...”” — a clause closed by a colon, with no verb of saying:
   * its subject, a person (or pronoun) or a source named before the clause's first verb.
   */
  colon(toks: readonly Token[]): Attribution | undefined {
    if (toks.length === 0 || !toks[toks.length - 1]!.post.includes(':')) return undefined;
    let from = toks.length - 1;
    while (from > 0 && !/[;:]/.test(toks[from - 1]!.post)) from--;
    for (let k = from; k < toks.length; k++) {
      const t = toks[k]!;
      if (PERSON_PRONOUNS.has(lower(t))) return this.tag(this.pronounSpeaker(t), 'quote.colon');
      const n = this.ctx.startingAt(t.start);
      if (n?.entity.type === 'PERSON') return this.tag({ speaker: this.person(n.entity), explicit: true, rule: '' }, 'quote.colon');
      if (has(t, 'Verb') && !has(t, 'Adjective')) {
        // "The statement was clear:": a source noun as the subject
        const d = k > from ? this.description(toks, from, k - 1) : undefined;
        return d && d !== 'definite' ? this.tag({ speaker: d, explicit: true, rule: '' }, 'quote.colon') : undefined;
      }
    }
    return undefined;
  }

  private tag(a: Attribution, rule: string): Attribution {
    return { ...a, rule };
  }
}
