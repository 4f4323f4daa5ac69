import type { RenderOptions, Renderer } from './formats.js';

/** One JSON array of records: indented on a terminal, one record per line otherwise. */
export function json(o: RenderOptions): Renderer {
  let first = true;
  const item = (body: string) => {
    const sep = first ? '\n  ' : ',\n  ';
    first = false;
    return sep + body;
  };
  return {
    begin: () => '[',
    record: (r) => item(o.pretty ? JSON.stringify(r, null, 2).replace(/\n/g, '\n  ') : JSON.stringify(r)),
    // indented output is made from the object
    ...(o.pretty ? {} : { json: item }),
    end: () => (first ? ']\n' : '\n]\n'),
  };
}
