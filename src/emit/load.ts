// The renderer of one format, loading only its own module: writing NDJSON does not load the
// HTML report's parser, the CSV writer or the table's colours (the command line's start-up
// for one small file; src/emit/index.ts keeps the eager map for the library).
import type { Format, RenderOptions, Renderer } from './formats.js';

export async function loadRenderer(format: Format, o: RenderOptions): Promise<Renderer> {
  switch (format) {
    case 'ndjson':
      return (await import('./ndjson.js')).ndjson();
    case 'json':
      return (await import('./json.js')).json(o);
    case 'csv':
      return (await import('./csv.js')).csv(o);
    case 'table':
      return (await import('./table.js')).table(o);
    case 'html':
      return (await import('./html/index.js')).html(o);
  }
}
