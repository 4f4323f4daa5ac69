// HTML to plain text with htmlparser2's streaming parser. The parser reports each text run
// and each character reference separately, with exact source indices, so references map
// atomically and everything else verbatim. The element stack is kept here (not as a DOM)
// so memory stays proportional to nesting, not to document size.
import { Parser } from 'htmlparser2';
import { MAX_DEPTH, trimParserStack } from './parser-depth.js';
import type { PlainText, Span, TextMeta } from '../types.js';
import { mainContent } from './main-content.js';
import { BlockWriter, type BlockKind } from './block-writer.js';
import {
  ARTICLE_TAGS,
  BLOCK_KINDS,
  BLOCK_TAGS,
  CONTAINER_TAGS,
  DATE_META_NAMES,
  HEAD_TAGS,
  SKIPPED_TAGS,
} from './html-vocabulary.js';
import { dateFromJsonLd, JSON_LD_MAX, metadataDate, parseMetaDate } from './meta-date.js';

interface Frame {
  name: string;
  kind: BlockKind;
  container: number;
}

/** Where an HTML fragment sits: the block kind and container around it. */
export interface HtmlContext {
  kind: BlockKind;
  container: number;
  /** Collect the title and dates here (whole documents only). */
  meta?: TextMeta;
  /** Only text inside these source spans is written (the article: main-content.ts); all when absent. */
  keep?: readonly Span[];
}

/** Kinds that hold whatever blocks are nested in them (a `<div>` inside an `<h1>`). */
const STICKY_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['heading', 'code']);
/** Elements whose `<title>` child is not the document's title. */
const FOREIGN_TAGS: ReadonlySet<string> = new Set(['svg', 'math']);


function isSpace(c: number): boolean {
  // HTML white space, plus NUL, which is junk in running text
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0;
}

/** Writes the text of HTML `src` to `w`; source positions are offset by `base`. */
export function htmlInto(w: BlockWriter, src: string, base: number, ctx: HtmlContext): void {
  const meta = ctx.meta;
  const stack: Frame[] = [];
  let skip = 0; // open skipped elements
  let foreign = 0; // open svg/math
  let pre = 0;
  let preFresh = false; // the newline right after <pre> is not content
  let article = 0;
  let inHead = false;
  let titleDepth = 0;
  let capturingTitle = false;
  let titleText = '';
  let metaRank = Infinity;
  let metaDate: string | undefined;
  let articleTime: string | undefined;
  let firstTime: string | undefined;
  let jsonLd: string | null = null; // the text of an open JSON-LD script
  let jsonLdDate: string | undefined;

  const top = (): { kind: BlockKind; container: number } => stack[stack.length - 1] ?? ctx;
  // text comes in source order: one cursor walks the kept spans
  const keep = ctx.keep;
  let kept = 0;
  const isKept = (at: number): boolean => {
    if (!keep) return true;
    while (kept < keep.length && keep[kept]!.end <= at) kept++;
    return kept < keep.length && keep[kept]!.start <= at;
  };
  const writing = () => skip === 0 && !inHead && titleDepth === 0;

  const readMetaDate = (name: string, attribs: Record<string, string>) => {
    if (!meta) return;
    for (const key of [attribs.property, attribs.name, attribs.itemprop]) {
      if (!key) continue;
      const rank = DATE_META_NAMES.indexOf(key.trim().toLowerCase());
      if (rank < 0 || rank >= metaRank) continue;
      const date = parseMetaDate(name === 'meta' ? attribs.content : (attribs.content ?? attribs.datetime));
      if (date) {
        metaRank = rank;
        metaDate = date;
      }
    }
    if (name === 'time' && attribs.datetime !== undefined && skip === 0) {
      const date = parseMetaDate(attribs.datetime);
      if (date) {
        if (article > 0 || (keep && isKept(base + parser.startIndex))) articleTime ??= date;
        firstTime ??= date;
      }
    }
  };

  const emitFlow = (data: string, s0: number) => {
    const n = data.length;
    let i = 0;
    while (i < n) {
      let j = i;
      while (j < n && isSpace(data.charCodeAt(j))) j++;
      if (j > i) {
        w.space(s0 + i, s0 + i + 1); // a run of white space: one space, at its first char
        i = j;
        if (i >= n) break;
      }
      // a run of words; single spaces between them are already what the browser shows
      let k = i;
      for (;;) {
        while (k < n && !isSpace(data.charCodeAt(k))) k++;
        if (k + 1 < n && data.charCodeAt(k) === 32 && !isSpace(data.charCodeAt(k + 1))) k++;
        else break;
      }
      w.verbatim(data.slice(i, k), s0 + i);
      i = k;
    }
  };

  const emitPre = (data: string, s0: number) => {
    const n = data.length;
    let i = 0;
    if (preFresh) {
      preFresh = false;
      if (data.charCodeAt(0) === 13 && data.charCodeAt(1) === 10) i = 2;
      else if (data.charCodeAt(0) === 10 || data.charCodeAt(0) === 13) i = 1;
    }
    let run = i;
    for (let k = i; k < n; k++) {
      const c = data.charCodeAt(k);
      if (c !== 13 && c !== 0) continue;
      w.verbatim(data.slice(run, k), s0 + run);
      if (c === 0) w.verbatim(' ', s0 + k);
      else if (data.charCodeAt(k + 1) === 10) w.atomic('\n', s0 + k, s0 + k++ + 2);
      else w.verbatim('\n', s0 + k);
      run = k + 1;
    }
    w.verbatim(data.slice(run), s0 + run);
  };

  // past MAX_DEPTH open elements, the outermost are forgotten on both stacks (parser-depth.ts)
  const trimStack = () => {
    const drop = trimParserStack(parser);
    if (drop > 0) stack.splice(0, Math.min(drop, stack.length)); // ours is outermost first
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (inHead && !HEAD_TAGS.has(name)) inHead = false; // an unclosed head ends here
        const parent = top();
        const block = BLOCK_TAGS.has(name);
        const frame: Frame = {
          name,
          kind: block && !STICKY_KINDS.has(parent.kind) ? (BLOCK_KINDS.get(name) ?? 'paragraph') : parent.kind,
          container: CONTAINER_TAGS.has(name) ? w.newContainer() : parent.container,
        };
        stack.push(frame);
        readMetaDate(name, attribs);
        if (meta && name === 'script' && attribs.type?.trim().toLowerCase() === 'application/ld+json') jsonLd = '';
        if (name === 'head') inHead = true;
        else if (name === 'title' && foreign === 0) {
          titleDepth++;
          capturingTitle = meta !== undefined && meta.title === undefined && titleText === '';
        }
        if (ARTICLE_TAGS.has(name)) article++;
        if (FOREIGN_TAGS.has(name)) foreign++;
        if (SKIPPED_TAGS.has(name)) skip++;
        if (name === 'pre') {
          pre++;
          preFresh = true;
        }
        if (stack.length > MAX_DEPTH) trimStack();
        if (!writing()) return;
        if (name === 'br') w.lineBreak();
        else if (name === 'hr') w.barrier();
        else if (block) w.block(frame.kind, frame.container);
      },
      onclosetag(name) {
        let at = stack.length - 1;
        while (at >= 0 && stack[at]!.name !== name) at--;
        if (at < 0) return; // a stray end tag
        let closedBlock = false;
        while (stack.length > at) {
          const f = stack.pop()!;
          if (SKIPPED_TAGS.has(f.name)) skip--;
          if (f.name === 'script' && jsonLd !== null) {
            jsonLdDate ??= dateFromJsonLd(jsonLd);
            jsonLd = null;
          }
          if (FOREIGN_TAGS.has(f.name)) foreign--;
          if (ARTICLE_TAGS.has(f.name)) article--;
          if (f.name === 'head') inHead = false;
          else if (f.name === 'title' && titleDepth > 0) {
            titleDepth--;
            if (capturingTitle && meta) {
              const t = titleText.replace(/\s+/g, ' ').trim();
              if (t) meta.title = t;
              capturingTitle = false;
            }
          } else if (f.name === 'pre') pre--;
          if (BLOCK_TAGS.has(f.name) && f.name !== 'hr') closedBlock = true;
        }
        if (closedBlock && writing()) {
          const t = top();
          w.block(t.kind, t.container);
        }
      },
      ontext(data) {
        if (titleDepth > 0) {
          if (capturingTitle) titleText += data;
          return;
        }
        if (jsonLd !== null && jsonLd.length <= JSON_LD_MAX) jsonLd += data;
        if (skip > 0) return;
        const start = base + parser.startIndex;
        if (!isKept(start)) return;
        const end = base + parser.endIndex + 1;
        let from = start; // where `data` sits in the source when it is copied text
        let isReference = false;
        if (end - start !== data.length) {
          // a character reference, or text after an unfinished construct the parser
          // gave back as text at the end ("</[x" -> "[x"): the data is then a suffix
          const slice = src.slice(start - base, end - base);
          if (slice[0] === '&' && data.length <= 2) isReference = true;
          else if (slice.endsWith(data)) from = end - data.length;
          else if (!slice.startsWith(data)) isReference = true;
        }
        if (inHead) {
          // text in an unclosed head: a browser would start the body here
          let blank = true;
          for (let i = 0; i < data.length && blank; i++) blank = isSpace(data.charCodeAt(i));
          if (blank) return;
          inHead = false;
        }
        if (isReference) {
          // one decoded character reference (`&amp;` -> "&"): it stands for its whole source
          let blank = pre === 0;
          for (let i = 0; i < data.length && blank; i++) blank = isSpace(data.charCodeAt(i));
          if (blank) w.space(start, end);
          else {
            preFresh = false;
            w.atomic(data, start, end);
          }
        } else if (pre > 0) emitPre(data, from);
        else emitFlow(data, from);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(src);

  if (meta) {
    const date = metadataDate({ metaTag: metaDate, jsonLd: jsonLdDate, articleTime, firstTime });
    if (date) meta.date = date;
  }
}

/**
 * A whole HTML document as plain text; `base` is where `src` starts in the source. By
 * default only its article (main-content.ts); `wholePage` reads every visible text.
 */
export function htmlToPlain(src: string, base: number, wholePage = false): PlainText {
  const w = new BlockWriter();
  const meta: TextMeta = {};
  const keep = wholePage ? null : mainContent(src, base);
  htmlInto(w, src, base, { kind: 'paragraph', container: 0, meta, ...(keep ? { keep } : {}) });
  const { text, map } = w.out.build();
  return { text, map, meta, ...(keep ? { regions: keep } : {}) };
}
