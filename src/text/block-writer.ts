// Writes the plain text block by block for the Markdown and HTML stages. Separators are
// owed, not written, until the next content arrives: so nothing trails the text, empty
// blocks leave no blank lines, and the paragraph-join repair can decide at that point
// whether the owed "\n\n" becomes "", " " or stays.
import { OffsetMapBuilder } from './offset-map.js';
import { joinSeparator } from './paragraph-join.js';

/** What a block is, as far as joining goes: only 'paragraph' blocks are ever joined. */
export type BlockKind = 'paragraph' | 'heading' | 'item' | 'cell' | 'code' | 'other';

/** Keep this much of the current block's text for the join decision. */
const TAIL_KEEP = 2048;

export class BlockWriter {
  readonly out = new OffsetMapBuilder();
  private started = false;
  /** Newlines owed before the next content: 1 = line break, 2 = block break. */
  private owedLines = 0;
  /** A collapsed white-space run owed before the next content (HTML), as a source range. */
  private spaceStart = -1;
  private spaceEnd = -1;
  /** No join across a barrier (a rule, an image-only paragraph). */
  private barred = false;
  private kind: BlockKind = 'paragraph';
  private container = 0;
  private nextKind: BlockKind = 'paragraph';
  private nextContainer = 0;
  private tail = '';
  private containers = 0;

  /** A fresh id for a container (blockquote, list item, cell): no joins across them. */
  newContainer(): number {
    return ++this.containers;
  }

  /** The following content starts a new block. */
  block(kind: BlockKind, container: number): void {
    this.owedLines = 2;
    this.nextKind = kind;
    this.nextContainer = container;
    this.spaceStart = -1;
  }

  /** The following content goes on with the current block after all. */
  continueBlock(): void {
    this.owedLines = 0;
  }

  /** A line break inside the block (`<br>`, a Markdown hard break); two make a block break. */
  lineBreak(): void {
    if (!this.started) return;
    if (this.owedLines === 0) {
      this.nextKind = this.kind;
      this.nextContainer = this.container;
    }
    this.owedLines = Math.min(2, this.owedLines + 1);
    this.spaceStart = -1;
  }

  /** Something that separates blocks for good (a thematic break, an image). */
  barrier(): void {
    this.barred = true;
    if (this.started) this.owedLines = 2;
  }

  /** Collapsible white space at source [start, end): one space, unless at a block edge. */
  space(start: number, end: number): void {
    if (this.started && this.owedLines === 0 && this.spaceStart < 0) {
      this.spaceStart = start;
      this.spaceEnd = end;
    }
  }

  verbatim(text: string, sourceStart: number): void {
    if (!text) return;
    this.flush();
    this.out.verbatim(text, sourceStart);
    this.track(text);
  }

  atomic(text: string, sourceStart: number, sourceEnd: number): void {
    if (!text) return;
    this.flush();
    this.out.atomic(text, sourceStart, sourceEnd);
    this.track(text);
  }

  /** Text with no source of its own. */
  insert(text: string): void {
    if (!text) return;
    this.flush();
    this.out.insert(text);
    this.track(text);
  }

  private track(text: string): void {
    this.tail += text;
    if (this.tail.length > 2 * TAIL_KEEP) this.tail = this.tail.slice(-TAIL_KEEP);
  }

  /** Pays what is owed before new content. */
  private flush(): void {
    if (!this.started) {
      this.started = true;
      this.kind = this.nextKind;
      this.container = this.nextContainer;
      this.owedLines = 0;
      this.spaceStart = -1;
      this.barred = false;
      return;
    }
    if (this.owedLines === 2) {
      const sep =
        !this.barred &&
        this.kind === 'paragraph' &&
        this.nextKind === 'paragraph' &&
        this.container === this.nextContainer
          ? joinSeparator(this.tail)
          : null;
      if (sep === null) {
        this.out.insert('\n\n');
        this.tail = '';
        this.kind = this.nextKind;
        this.container = this.nextContainer;
      } else {
        this.out.insert(sep);
        this.tail += sep;
      }
    } else if (this.owedLines === 1) {
      this.out.insert('\n');
      this.tail += '\n';
    } else if (this.spaceStart >= 0) {
      this.out.atomic(' ', this.spaceStart, this.spaceEnd);
      this.tail += ' ';
    }
    this.owedLines = 0;
    this.spaceStart = -1;
    this.barred = false;
  }
}
