import type { FundingFact } from '../types.js';
import type { FactContext } from './context.js';
export function extractFunding(_ctx: FactContext): FundingFact[] { return []; }
