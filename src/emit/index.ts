import { csv } from './csv.js';
import { json } from './json.js';
import { ndjson } from './ndjson.js';
import { table } from './table.js';
import { html } from './html/index.js';
import type { Format, RenderOptions, Renderer } from './formats.js';

export const RENDERERS = { ndjson, json, csv, table, html } satisfies Record<Format, (o: RenderOptions) => Renderer>;

export function renderer(format: Format, o: RenderOptions): Renderer {
  return RENDERERS[format](o);
}

export { FORMATS, type Format, type RenderOptions, type Renderer, type SourceDocument } from './formats.js';
