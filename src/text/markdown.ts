// Markdown to plain text: parse with mdast-util-from-markdown (CommonMark), then walk the
// tree writing the text of each block, mapped back to the source through the node
// positions. The walk uses its own stack: deeply nested quotes or lists must not overflow
// the call stack.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PlainText } from '../types.js';
import { alignValue } from './align.js';
import { BlockWriter, type BlockKind } from './block-writer.js';
import { htmlInto } from './html.js';
import { markdownUnits, type Unit } from './markdown-units.js';
import { writeNormalized } from './plain.js';
import { frontMatter } from './front-matter.js';

type Root = ReturnType<typeof fromMarkdown>;
type MdNode = Root | Root['children'][number];

interface Frame {
  children: readonly MdNode[];
  next: number;
  /** The kind of paragraphs in here ('item' inside list items). */
  kind: BlockKind;
  container: number;
  /** Inside a paragraph or heading: HTML here is inline tags, not a block. */
  inline: boolean;
  /** A block that turns out empty (an image alone) separates its neighbours for good. */
  plainStartedAt: number;
}

/** Elements that contribute nothing to the text. */
const DROPPED = new Set(['image', 'imageReference', 'definition', 'footnoteDefinition', 'yaml', 'toml']);

/** Soft line breaks inside paragraphs become spaces, as a browser renders them. */
const SOFT_BREAK = ' ';

function span(node: MdNode): [number, number] | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return typeof s === 'number' && typeof e === 'number' && e >= s ? [s, e] : null;
}

/**
 * Where a code block's content starts: after the opening fence line if fenced. A fenced
 * block's position starts at the fence; an indented one's at its indentation.
 */
function codeContentStart(src: string, start: number, end: number): number {
  if (src[start] !== '`' && src[start] !== '~') return start;
  let i = start;
  while (i < end && src[i] !== '\n' && src[i] !== '\r') i++;
  if (src[i] === '\r' && src[i + 1] === '\n') i++;
  return Math.min(end, i + 1);
}

export function markdownToPlain(whole: string, wholeBase: number): PlainText {
  // front matter is metadata, not text: the text starts after it, offsets still into the file
  const fm = frontMatter(whole);
  const src = fm ? whole.slice(fm.end) : whole;
  const base = wholeBase + (fm?.end ?? 0);
  const w = new BlockWriter();
  for (const unit of markdownUnits(src)) {
    if (unit.asText) {
      w.block('other', 0);
      writeNormalized(w, src, unit.from, unit.to, base);
    } else {
      const whole = unit.from === 0 && unit.to === src.length;
      writeUnit(w, whole ? src : src.slice(unit.from, unit.to), base + unit.from, unit, base);
    }
  }
  const { text, map } = w.out.build();
  return { text, map, meta: fm?.meta ?? {} };
}

/** Parses one unit and writes its text; `unit` positions are relative to `docBase`. */
function writeUnit(w: BlockWriter, unitSrc: string, unitBase: number, unit: Unit, docBase: number): void {
  // micromark drops a leading BOM and counts offsets after it: drop them all ourselves
  let skip = 0;
  while (unitSrc.charCodeAt(skip) === 0xfeff) skip++;
  const src = skip ? unitSrc.slice(skip) : unitSrc;
  const base = unitBase + skip;
  const tree = fromMarkdown(src);
  let first = unit.continues;
  const stack: Frame[] = [
    { children: tree.children, next: 0, kind: 'paragraph', container: 0, inline: false, plainStartedAt: -1 },
  ];

  const text = (node: MdNode, value: string, mode: 'text' | 'literal', lineEnding: string, from?: number) => {
    const r = span(node);
    if (!r) return w.insert(value);
    alignValue(w, value, src, from ?? r[0], r[1], base, mode, lineEnding);
  };

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.children.length) {
      stack.pop();
      if (frame.plainStartedAt >= 0 && w.out.length === frame.plainStartedAt) w.barrier();
      continue;
    }
    const node = frame.children[frame.next++]!;
    const continuing = first;
    first = false;
    const enter = (kind: BlockKind, container: number, inline: boolean, block: boolean) => {
      if ('children' in node && node.children.length > 0) {
        stack.push({
          children: node.children as MdNode[],
          next: 0,
          kind,
          container,
          inline,
          plainStartedAt: block ? w.out.length : -1,
        });
      } else if (block) w.barrier();
    };

    switch (node.type) {
      case 'text':
        text(node, node.value, 'text', SOFT_BREAK);
        break;
      case 'inlineCode':
        text(node, node.value, 'literal', SOFT_BREAK);
        break;
      case 'code': {
        const r = span(node);
        w.block('code', frame.container);
        text(node, node.value, 'literal', '\n', r ? codeContentStart(src, r[0], r[1]) : undefined);
        break;
      }
      case 'paragraph':
        if (continuing && stack.length === 1) {
          // the unit was cut inside this paragraph: go on with it
          w.continueBlock();
          if (unit.gapEnd > unit.gapStart) w.space(docBase + unit.gapStart, docBase + unit.gapEnd);
        } else w.block(frame.kind, frame.container);
        enter(frame.kind, frame.container, true, true);
        break;
      case 'heading':
        w.block('heading', frame.container);
        enter('heading', frame.container, true, true);
        break;
      case 'tableCell':
        w.block('cell', frame.container);
        enter('cell', frame.container, true, false);
        break;
      case 'blockquote':
        enter('paragraph', w.newContainer(), false, false);
        break;
      case 'listItem':
        enter('item', w.newContainer(), false, false);
        break;
      case 'break':
        w.lineBreak();
        break;
      case 'thematicBreak':
        w.barrier();
        break;
      case 'html': {
        // inline tags are dropped; a block of HTML is read as HTML
        const r = span(node);
        if (!frame.inline && r) {
          const before = w.out.length;
          htmlInto(w, src.slice(r[0], r[1]), base + r[0], { kind: frame.kind, container: frame.container });
          if (w.out.length === before) w.barrier();
          w.block(frame.kind, frame.container);
        }
        break;
      }
      default:
        if (DROPPED.has(node.type)) break;
        // lists, emphasis, strong, links, tables and rows, and any extension's parents
        if ('children' in node) enter(frame.kind, frame.container, frame.inline, false);
        else if ('value' in node && typeof node.value === 'string') text(node, node.value, 'text', SOFT_BREAK);
    }
  }
}
