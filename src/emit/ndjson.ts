import type { Renderer } from './formats.js';

/** One JSON object per document per line: the record of README.md, section "Output". */
export const ndjson = (): Renderer => ({
  begin: () => '',
  record: (r) => JSON.stringify(r) + '\n',
  json: (text) => text + '\n',
  end: () => '',
});
