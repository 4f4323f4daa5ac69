import type { QuoteFact } from '../types.js';
import type { FactContext } from './context.js';
export function extractQuotes(_ctx: FactContext): QuoteFact[] { return []; }
