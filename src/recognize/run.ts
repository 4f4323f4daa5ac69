// The chrono-style recognizer loop shared by DATE and MONEY: every parser proposes, then
// the refiners, in order, merge, filter and resolve.

export interface Parser<C, P> {
  find(ctx: C): P[];
}

export interface Refiner<C, P> {
  refine(ctx: C, parses: P[]): P[];
}

export function runRecognizer<C, P>(ctx: C, parsers: readonly Parser<C, P>[], refiners: readonly Refiner<C, P>[]): P[] {
  let parses: P[] = [];
  for (const parser of parsers) {
    try {
      for (const p of parser.find(ctx)) parses.push(p); // no spread: a long document has many parses
    } catch {
      // one parser failing on odd text must not take the document down
    }
  }
  for (const refiner of refiners) parses = refiner.refine(ctx, parses);
  return parses;
}
