// The values that flow between the MONEY parsers and refiners.

/** One amount of money found by a parser. */
export interface MoneyParse {
  start: number;
  end: number;
  /** e.g. "money.symbol-amount-scale" */
  rule: string;
  /** In units of the currency ("$8 billion" -> 8e9). */
  amount: number;
  /** ISO 4217 code */
  currency: string;
  modifier?: string;
  /** The upper end of a range ("$5 to $7 billion" -> amount 5e9, max 7e9). */
  max?: number;
  /** Whether the amount stated a scale word ("$5" in "$5 to $7 billion" did not). */
  scaled: boolean;
}

export interface MoneyContext {
  text: string;
  /** the document's country (ISO 3166), for shared symbols and names (country.ts) */
  country?: string;
  masked: readonly { start: number; end: number }[];
}

export interface MoneyParser {
  readonly id: string;
  find(ctx: MoneyContext): MoneyParse[];
}

export interface MoneyRefiner {
  readonly id: string;
  refine(ctx: MoneyContext, parses: MoneyParse[]): MoneyParse[];
}
