// The HTML element and meta names the HTML stage knows, as data.
import type { BlockKind } from './block-writer.js';

/** Elements whose content is never text of the article. (`head` is handled apart.) */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav',
  'iframe', 'object', 'embed', 'canvas', 'select', 'textarea', 'button', 'datalist',
]);

/** Block elements: their start and end separate text with a blank line. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'main', 'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

/** What a block element's text is, for the paragraph-join repair (default 'paragraph'). */
export const BLOCK_KINDS: ReadonlyMap<string, BlockKind> = new Map<string, BlockKind>([
  ['h1', 'heading'], ['h2', 'heading'], ['h3', 'heading'], ['h4', 'heading'], ['h5', 'heading'], ['h6', 'heading'],
  ['hgroup', 'heading'], ['legend', 'heading'], ['summary', 'heading'],
  ['li', 'item'], ['dd', 'item'], ['dt', 'item'], ['menu', 'item'],
  ['table', 'cell'], ['caption', 'cell'], ['tr', 'cell'], ['td', 'cell'], ['th', 'cell'],
  ['thead', 'cell'], ['tbody', 'cell'], ['tfoot', 'cell'],
  ['pre', 'code'],
  ['figcaption', 'other'], ['address', 'other'],
]);

/** Elements that enclose their own run of paragraphs: no join into or out of them. */
export const CONTAINER_TAGS: ReadonlySet<string> = new Set([
  'aside', 'blockquote', 'dd', 'dt', 'figure', 'footer', 'header', 'li', 'td', 'th', 'dialog', 'details',
]);

/** Elements that may stand in `<head>`; any other element ends an unclosed head. */
export const HEAD_TAGS: ReadonlySet<string> = new Set([
  'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'noscript', 'template',
]);

/**
 * Meta tags holding the publication date, best first. Matched case-insensitively against
 * the `property`, `name` and `itemprop` attributes.
 */
export const DATE_META_NAMES: readonly string[] = [
  'article:published_time',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'og:published_time',
  'date',
  'pubdate',
  'publishdate',
  'publication_date',
  'dc.date',
];

/** Elements within which a `<time datetime>` is the article's own date. */
export const ARTICLE_TAGS: ReadonlySet<string> = new Set(['article', 'main']);
