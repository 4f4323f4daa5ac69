import type { RenderOptions, Renderer } from './formats.js';

/** One JSON array of records: indented on a terminal, one record per line otherwise. */
export function json(o: RenderOptions): Renderer {
  let first = true;
  return {
    begin: () => '[',
    record: (r) => {
      const body = o.pretty ? JSON.stringify(r, null, 2).replace(/\n/g, '\n  ') : JSON.stringify(r);
      const sep = first ? '\n  ' : ',\n  ';
      first = false;
      return sep + body;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}
