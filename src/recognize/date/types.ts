// The values that flow between the DATE parsers and refiners (chrono-node's split: a parser
// finds a phrase and states only what the text says; refiners merge, filter and resolve the
// rest against the document date).

/** A unit of calendar time a relative expression counts in. */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Which occurrence of a partial date (no year) is meant, relative to the document date. */
export type Direction = 'past' | 'future' | 'nearest';

/** What a date phrase states, before the document date is applied. */
export type Stated =
  /** Fully stated by the text: "Feb. 28, 2013" -> 2013-02-28, "1992", "the 1990s" -> 199, durations. */
  | { type: 'value'; value: string }
  /**
   * A calendar date missing its year (or week): "October", "Feb. 13", "Wednesday", "the
   * third quarter", "spring". `yearOffset`, when given, fixes the year relative to the
   * document's ("the first quarter of last year"); else the direction picks it.
   * `shift` comes from "last/next/this Tuesday".
   */
  | {
      type: 'partial';
      month?: number;
      day?: number;
      weekday?: number;
      quarter?: number;
      half?: number;
      season?: string;
      yearOffset?: number;
      shift?: 'last' | 'next' | 'this';
      /** whole weeks added after the weekday is found: "Friday after next" (next, +1) */
      weeks?: number;
    }
  /**
   * A period counted from the document date: "yesterday" (day -1), "this week" (week 0),
   * "last year" (year -1). `ago` asks for the date that far back ("two weeks ago"), with
   * `count` units (undefined when vague: "several years ago").
   */
  | { type: 'relative'; unit: CalendarUnit; offset: number; /** a fiscal year: "FY2013" */ fiscal?: boolean }
  | { type: 'ago'; unit: CalendarUnit | 'hour' | 'minute'; count?: number }
  /**
   * A rolling span: the `count` whole units just before the document date's own ("the last 3
   * days": the three days before today) or just after it ("the next two weeks").
   */
  | { type: 'rolling'; unit: CalendarUnit; count: number; ahead: boolean }
  /** A day named by reference to another: "the same day", "ended the day". */
  | { type: 'anaphor' }
  /**
   * The same stretch of time a year (`yearOffset`) away from the last period named before it:
   * "the same period last year", "the same month a year ago" (refiners/same-period.ts);
   * `yearOnly`: its year alone ("last year ... the year before": the year before that one).
   */
  | { type: 'same-period'; yearOffset: number; yearOnly?: boolean }
  /**
   * The `n`th weekday or week of a month or year (`n` < 0 counts from the end): "the last
   * Friday of June", "the first Tuesday of last month", "the 2nd last week of 2019";
   * `day` alone: "the 8th of next month".
   */
  /** A movable holiday ("Easter", "Thanksgiving", "Ramadan"): its year stated, shifted ("last Easter") or by the direction. */
  | { type: 'holiday'; name: string; year?: number; shift?: 'last' | 'next' | 'this' }
  | { type: 'nth'; n: number; unit: 'weekday' | 'week' | 'day'; weekday?: number; of: Stated }
  /** A compact range: "Feb. 13-14", "2001-2005". */
  | { type: 'range'; from: Stated; to: Stated };

/** One date phrase found by a parser. */
export interface DateParse {
  start: number;
  end: number;
  /** The parser's rule id, e.g. "date.month-day-year". */
  rule: string;
  stated: Stated;
  /** Set by the tense refiner for partial dates. */
  direction?: Direction;
  /** Whether the direction is certain (a verb right by the date) or only a bias. */
  strict?: boolean;
  /** Set by the resolving refiner: the TIMEX3 value, when it can be computed. */
  value?: string;
}

/** What every parser and refiner may read. */
export interface DateContext {
  text: string;
  /** YYYY-MM-DD or null */
  date: string | null;
  sentences: readonly { start: number; end: number }[];
  /** The direction of partial dates in sentences without a past or future tense (--prefer). */
  prefer?: 'past' | 'future';
  /** Spans of URLs, e-mail addresses and phone numbers: nothing in them is a date. */
  masked: readonly { start: number; end: number }[];
}

export interface DateParser {
  /** The rule-id family this parser emits. */
  readonly id: string;
  find(ctx: DateContext): DateParse[];
}

export interface DateRefiner {
  readonly id: string;
  refine(ctx: DateContext, parses: DateParse[]): DateParse[];
}
