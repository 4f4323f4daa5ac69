import type { Renderer } from './formats.js';

/** One JSON object per document per line: the contract of OUTPUT.md. */
export const ndjson = (): Renderer => ({
  begin: () => '',
  record: (r) => JSON.stringify(r) + '\n',
  end: () => '',
});
