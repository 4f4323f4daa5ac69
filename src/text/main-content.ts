// The article of a web page: which parts of the source a reader sees as the story, not the
// menus, footers, teasers and banners around it. A scorer in the manner of Mozilla
// Readability, over one streaming htmlparser2 pass, so that what it picks is a set of
// source ranges and every offset still points into the original file (Readability itself
// rebuilds a DOM and rewrites it: its output has no positions). Steps:
//   1. each paragraph (a <p>, <pre>, <td>, a <div> holding text itself) of 25 characters or
//      more scores 1 + its commas + one per 100 characters, for its parent, half of it for
//      its grandparent, a sixth for the one above; subtrees that are plainly not the
//      article (nav, aside, footer, a class such as "cookie-banner" or "related") score
//      nothing and are left out of what is kept;
//   2. each scored element's score is weighed by its tag and its class (+-25), and by the
//      share of its text that is not links; the best one is the article, with the siblings
//      that score at least half of it;
//   3. the page's headline (the last <h1> before the article) and byline (a short element
//      whose class says byline or author) are kept too.
// The rules are data: boilerplate-vocabulary.ts.
import { Parser } from 'htmlparser2';
import { MAX_DEPTH, trimParserStack } from './parser-depth.js';
import { SKIPPED_TAGS } from './html-vocabulary.js';
import {
  ANCESTOR_SHARES,
  ARTICLE_MIN_CHARS,
  BYLINE,
  BYLINE_MAX,
  LOOSE_PARAGRAPH_TAGS,
  MAYBE_ARTICLE,
  NEGATIVE,
  PARAGRAPH_MIN,
  PARAGRAPH_TAGS,
  POSITIVE,
  SIBLING_MIN,
  SAME_CLASS_BONUS,
  SIBLING_PARAGRAPH,
  SIBLING_SHARE,
  TAG_SCORES,
  UNLIKELY,
  UNLIKELY_ROLES,
  UNLIKELY_TAGS,
} from './boilerplate-vocabulary.js';
import type { Span } from '../types.js';

interface Frame {
  id: number;
  parent: number;
  name: string;
  start: number;
  /** +-25 from class and id, plus the tag's own score */
  weight: number;
  /** text characters inside (white-space runs count one) */
  text: number;
  /** of which inside links */
  links: number;
  /** text not inside a nested block, for a <div> that holds its paragraph itself */
  own: number;
  commas: number;
  ownCommas: number;
  score: number;
  /** class, tag or role say it is not the article */
  unlikely: boolean;
  /** inside an unlikely element (or one itself): counted in unlikelyDepth */
  inUnlikely: boolean;
  byline: boolean;
  /** a block element nested somewhere inside */
  hasBlock: boolean;
  /** <br> elements directly inside: paragraphs written as text<br><br>text */
  brs: number;
  /** its class, for siblings of the same class as the article's */
  cls: string;
  /** its text so far ends a sentence */
  endsSentence: boolean;
}

interface Scored {
  id: number;
  parent: number;
  span: Span;
  score: number;
  text: number;
  cls: string;
}

/** A <p>, for the paragraphs that stand beside the article's element. */
interface Paragraph {
  parent: number;
  span: Span;
  text: number;
  linkDensity: number;
  endsSentence: boolean;
}

const BLOCKISH = new Set(['p', 'div', 'section', 'article', 'main', 'pre', 'td', 'blockquote', 'li', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'figure', 'dl']);

const classWeight = (key: string): number => (key ? (NEGATIVE.test(key) ? -25 : 0) + (POSITIVE.test(key) ? 25 : 0) : 0);

function isUnlikely(name: string, attribs: Record<string, string>, key: string): boolean {
  if (UNLIKELY_TAGS.has(name)) return true;
  const role = attribs.role?.trim().toLowerCase();
  if (role && UNLIKELY_ROLES.has(role)) return true;
  if ('hidden' in attribs || attribs['aria-hidden']?.trim().toLowerCase() === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')) return true;
  if (name === 'body' || name === 'html' || name === 'article' || name === 'main') return false;
  return UNLIKELY.test(key) && !MAYBE_ARTICLE.test(key);
}

/** Characters of text as shown: each run of white space counts one. */
function shownLength(data: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const blank = c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
    if (!blank) n++;
    else if (!space) n++;
    space = blank;
  }
  return n;
}

const commasIn = (data: string): number => {
  let n = 0;
  for (let i = 0; i < data.length; i++) if (data.charCodeAt(i) === 44) n++;
  return n;
};

/** Adds [s, e) to sorted disjoint spans. */
function union(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** `keep` without `drop` (both sorted and disjoint). */
function subtract(keep: Span[], drop: Span[]): Span[] {
  const out: Span[] = [];
  let k = 0;
  for (const s of keep) {
    let at = s.start;
    while (k < drop.length && drop[k]!.end <= at) k++;
    for (let j = k; j < drop.length && drop[j]!.start < s.end; j++) {
      if (drop[j]!.start > at) out.push({ start: at, end: drop[j]!.start });
      at = Math.max(at, drop[j]!.end);
    }
    if (at < s.end) out.push({ start: at, end: s.end });
  }
  return out;
}

/**
 * The source ranges of the article of HTML `src` (positions offset by `base`), sorted and
 * disjoint, or null when the page has no article to tell apart (read it whole).
 */
export function mainContent(src: string, base = 0): Span[] | null {
  const stack: Frame[] = [];
  const root: Frame = { id: 0, parent: -1, name: '#root', start: 0, weight: 0, text: 0, links: 0, own: 0, commas: 0, ownCommas: 0, score: 0, unlikely: false, inUnlikely: false, byline: false, hasBlock: false, brs: 0, cls: '', endsSentence: false };
  let ids = 0;
  let skip = 0;
  let inLink = 0;
  let unlikelyDepth = 0;
  const scored: Scored[] = [];
  const scoredIds = new Set<number>();
  const dropped: Span[] = [];
  const headlines: Span[] = [];
  const bylines: Span[] = [];
  const paragraphList: Paragraph[] = [];
  let total = 0;

  const top = () => stack[stack.length - 1] ?? root;
  const ancestors = (k: number): Frame | undefined => (k < stack.length ? stack[stack.length - 1 - k] : k === stack.length ? root : undefined);

  const close = (f: Frame, end: number) => {
    const parent = top();
    // what is not the article counts for nothing above it (Readability removes it)
    if (!f.unlikely) {
      parent.text += f.text;
      parent.links += f.links;
      parent.commas += f.commas;
      if (f.text > 0) parent.endsSentence = f.endsSentence;
      if (BLOCKISH.has(f.name)) parent.hasBlock = true;
      else {
        parent.own += f.own;
        parent.ownCommas += f.ownCommas;
      }
    }
    const span = { start: f.start, end };
    if (f.inUnlikely) {
      unlikelyDepth--;
      if (f.unlikely && unlikelyDepth === 0) dropped.push(span);
      return;
    }
    if (f.name === 'h1' && f.text > 0) headlines.push(span);
    if (f.byline && f.text > 0 && f.text <= BYLINE_MAX) bylines.push(span);
    if (f.name === 'p' && f.text > 0) paragraphList.push({ parent: f.parent, span, text: f.text, linkDensity: f.links / f.text, endsSentence: f.endsSentence });
    // a paragraph: scores for the elements above it
    const own = PARAGRAPH_TAGS.has(f.name) ? f.text : LOOSE_PARAGRAPH_TAGS.has(f.name) ? f.own : 0;
    if (own >= PARAGRAPH_MIN) {
      const commas = PARAGRAPH_TAGS.has(f.name) ? f.commas : f.ownCommas;
      const points = 1 + commas + Math.min(3, Math.floor(own / 100));
      // a <div> with text beside its child blocks, or broken by <br>s, holds that paragraph
      // itself (Readability wraps such text in <p>s); without either it is the paragraph
      const from = !PARAGRAPH_TAGS.has(f.name) && (f.hasBlock || f.brs > 1) ? -1 : 0;
      ANCESTOR_SHARES.forEach((share, level) => {
        const a = level + from < 0 ? f : ancestors(level + from);
        if (a) {
          a.score += points * share;
          scoredIds.add(a.id);
        }
      });
    }
    if (scoredIds.has(f.id)) {
      scoredIds.delete(f.id);
      const linkDensity = f.text > 0 ? f.links / f.text : 0;
      scored.push({ id: f.id, parent: f.parent, span, score: (f.score + f.weight) * (1 - linkDensity), text: f.text, cls: f.cls });
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const key = `${attribs.class ?? ''} ${attribs.id ?? ''}`.trim();
        const unlikely = unlikelyDepth === 0 && isUnlikely(name, attribs, key);
        const inUnlikely = unlikely || unlikelyDepth > 0;
        if (inUnlikely) unlikelyDepth++;
        const frame: Frame = {
          id: ++ids,
          parent: top().id,
          name,
          start: base + parser.startIndex,
          weight: (TAG_SCORES.get(name) ?? 0) + classWeight(key),
          text: 0,
          links: 0,
          own: 0,
          commas: 0,
          ownCommas: 0,
          score: 0,
          unlikely,
          inUnlikely,
          byline: BYLINE.test(`${key} ${attribs.rel ?? ''} ${attribs.itemprop ?? ''}`),
          hasBlock: false,
          brs: 0,
          cls: (attribs.class ?? '').trim(),
          endsSentence: false,
        };
        if (name === 'br') top().brs++;
        stack.push(frame);
        if (SKIPPED_TAGS.has(name) || name === 'head' || name === 'title') skip++;
        if (name === 'a') inLink++;
        if (stack.length > MAX_DEPTH) {
          const drop = trimParserStack(parser);
          stack.splice(0, Math.min(drop, stack.length));
        }
      },
      onclosetag(name) {
        let at = stack.length - 1;
        while (at >= 0 && stack[at]!.name !== name) at--;
        if (at < 0) return;
        const end = base + parser.endIndex + 1;
        while (stack.length > at) {
          const f = stack.pop()!;
          if (SKIPPED_TAGS.has(f.name) || f.name === 'head' || f.name === 'title') skip--;
          if (f.name === 'a') inLink--;
          close(f, end);
        }
      },
      ontext(data) {
        if (skip > 0) return;
        const n = shownLength(data);
        if (n === 0) return;
        const f = top();
        f.text += n;
        f.own += n;
        const c = commasIn(data);
        f.commas += c;
        f.ownCommas += c;
        f.endsSentence = /[.!?…]["'”’)]*\s*$/.test(data);
        if (inLink > 0) f.links += n;
        if (unlikelyDepth === 0) total += n;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(src);
  const end = base + src.length;
  while (stack.length > 0) {
    close(stack.pop()!, end);
  }

  let best: Scored | undefined;
  for (const s of scored) if (!best || s.score > best.score) best = s;
  if (!best || best.id === 0) return null;
  // a sibling joins by its score, as in Readability; but a sibling holding an <h1> is the
  // article's header (an "entry-header" is worth 25 by its class alone): of it, step 3
  // keeps the headline and the byline, not the share buttons and section labels around
  const threshold = Math.max(SIBLING_MIN, best.score * SIBLING_SHARE);
  const kept: Span[] = [best.span];
  const holdsHeadline = (s: Span) => headlines.some((h) => h.start >= s.start && h.end <= s.end);
  // (a sibling of the article's own class, the next block of the same story, gets a bonus)
  const bonus = (s: Scored) => (best!.cls && s.cls === best!.cls ? best!.score * SAME_CLASS_BONUS : 0);
  for (const s of scored) if (s !== best && s.parent === best.parent && s.score + bonus(s) >= threshold && !holdsHeadline(s.span)) kept.push(s.span);
  // paragraphs beside the article's element: a long one with few links, a short sentence with none
  for (const p of paragraphList) {
    if (p.parent !== best.parent || (p.span.start >= best.span.start && p.span.end <= best.span.end)) continue;
    if ((p.text > SIBLING_PARAGRAPH.min && p.linkDensity < SIBLING_PARAGRAPH.links) || (p.linkDensity === 0 && p.endsSentence)) kept.push(p.span);
  }
  const article = union(kept);
  const first = article[0]!.start;
  const inside = (s: Span) => article.some((a) => s.start >= a.start && s.end <= a.end);
  // the headline and byline above the article, when the article does not hold its own
  const headline = headlines.filter((h) => h.end <= first).pop();
  if (headline && !headlines.some(inside)) kept.push(headline);
  const byline = bylines.find((b) => !inside(b) && b.end <= first && (!headline || b.start >= headline.start));
  if (byline) kept.push(byline);
  const ranges = subtract(union(kept), union(dropped));
  const articleText = best.text;
  if (articleText < ARTICLE_MIN_CHARS && articleText < total / 2) return null;
  return ranges;
}
