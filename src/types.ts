// The values that flow between pipeline stages. Offsets inside the pipeline are UTF-16
// indices (JavaScript string indices); they become code points only when emitted.

export const ENTITY_TYPES = ['PERSON', 'ORG', 'LOCATION', 'PROGRAM', 'DATE', 'MONEY'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
/**
 * The type of a mention or entity: one of ours, or one a user's lexicon names ("WEAPON",
 * src/recognize/user-lexicon). (`string & {}` keeps ours offered by editors.)
 */
export type AnyType = EntityType | (string & {});

export type DocumentKind = 'text' | 'markdown' | 'html';

/** Maps offsets in the plain text back to offsets in the source as read. */
export interface OffsetMap {
  /** The source span [start, end) that the plain-text span [start, end) came from. */
  toSource(start: number, end: number): { start: number; end: number };
}

/** What the markup stage found besides the text (HTML meta tags, the title). */
export interface TextMeta {
  title?: string;
  /** A publication date from metadata (HTML meta tags, `<time>`), as YYYY-MM-DD. */
  date?: string;
  /** The date the file was made (PDF CreationDate): the document date only when the text states none. */
  fileDate?: string;
}

/** The plain text of a document and the map back to its source. */
export interface PlainText {
  text: string;
  map: OffsetMap;
  meta: TextMeta;
  /** The source spans the text was taken from, when not all of it (an HTML page's article). */
  regions?: readonly Span[];
}

/** A span of the plain text: a sentence, a token, a paragraph. */
export interface Span {
  start: number;
  end: number;
}

/** A word of a sentence as the tokenizer splits it, before tagging. */
export interface RawToken {
  start: number;
  end: number;
  /** The word as written, without surrounding punctuation ("Russia's", "U.S.", "Nunn"). */
  text: string;
  /** Punctuation and space before and after the word. */
  pre: string;
  post: string;
}

/** A word with compromise's part-of-speech and named-entity tags ("ProperNoun", "Person", ...). */
export interface Token extends RawToken {
  tags: ReadonlySet<string>;
}

/** A sentence and its tagged words (tagged when first read). */
export interface TaggedSentence extends Span {
  tokens: Token[];
}

export interface MoneyValue {
  /** in units of the currency ("$8 billion" -> 8000000000) */
  amount: number;
  /** ISO 4217 code */
  currency: string;
  /** "more than", "about", "up to" */
  modifier?: string;
  /** a range's upper end ("$5 to $7 billion" -> amount 5e9, max 7e9) */
  max?: number;
}

/** Where the document date came from. */
export type DocumentDateSource = 'option' | 'meta' | 'dateline' | 'byline' | 'top' | 'bottom';

export interface DocumentDate {
  /** YYYY-MM-DD */
  value: string;
  source: DocumentDateSource;
  /** Where in the plain text the date was stated, when it was. */
  span?: Span;
}

/** Shared, read-only facts about the document that every recognizer may use. */
export interface DocumentContext {
  text: string;
  /** The document date (YYYY-MM-DD) relative expressions resolve against, or null. */
  date: string | null;
  sentences: readonly Span[];
  /** the direction of partial dates in sentences without a tense (--prefer) */
  prefer?: DatePreference;
}

/** One occurrence of a name, date or amount in the plain text. */
export interface Mention {
  type: AnyType;
  start: number;
  end: number;
  /** text.slice(start, end) of the plain text */
  text: string;
  /** The id of the rule that found it, e.g. "person.title-name". */
  rule: string;
  /**
   * The rule id of the resolution step that last changed its type, when one did (e.g.
   * "org.team": a place named as a side in a match is its team); `rule` stays as found.
   */
  retypedBy?: string;
  /** DATE: a TIMEX3 value; MONEY: the amount. */
  value?: string | MoneyValue;
  /** A name for the mention other than its text (e.g. without a leading "the"). */
  name?: string;
  /** found by a user's lexicon: the entry it is a form of */
  entry?: LexiconEntryRef;
}

/** One name a user teaches: its type, the name its entity takes, and the other ways of writing it. */
export interface LexiconEntry {
  /** one of ours (PERSON, ORG, LOCATION, PROGRAM) or a new upper-case type ("WEAPON") */
  type: string;
  /** the name of the entity every form of this entry is a mention of */
  name: string;
  /** other forms, each a mention of the same entity ("SS-26", "9K720") */
  aliases?: string[];
  /** the user's own id: the entity's id becomes TYPE:id (else TYPE:slug-of-name) */
  id?: string;
  /** false: any letter case matches ("iskander", "ISKANDER"); the default is case-sensitive */
  caseSensitive?: boolean;
}

/** A lexicon as loaded: its name (a file's base name), shown in its mentions' `rule`. */
export interface Lexicon {
  name: string;
  entries: LexiconEntry[];
}

/** The lexicon entry a mention is a form of: all of an entry's forms are one entity. */
export interface LexiconEntryRef {
  /** unique within the run: which lexicon and which entry */
  key: string;
  name: string;
  id?: string;
}

/** A title read before a name, in plain-text offsets: "Foreign Minister" + Sergei Lavrov. */
export interface TitleMention extends Span {
  title: string;
  person: Mention;
  org?: Mention;
  /** the country a nationality before the title names, when no org is named */
  country?: string;
}

/** One real-world thing within a document, with every mention of it. */
export interface Entity {
  id: string;
  type: AnyType;
  name: string;
  value?: string | MoneyValue;
  mentions: Mention[];
}

// Facts name entities by `name` (the contract) and point at them by `…Id`, the `id` of the
// entity in the same record, so that a program can join facts and entities without
// matching strings. An org or recipient named only by a phrase has no id.

export interface RoleFact {
  type: 'role';
  person: string;
  personId: string;
  title: string;
  org?: string;
  orgId?: string;
  start: number;
  end: number;
  rule: string;
}

export interface QuoteFact {
  type: 'quote';
  speaker: string;
  /** absent when the speaker is an unnamed source ("a senior official") */
  speakerId?: string;
  text: string;
  org?: string;
  orgId?: string;
  start: number;
  end: number;
  rule: string;
}

export interface FundingFact {
  type: 'funding';
  payer?: string;
  payerId?: string;
  amount: MoneyValue;
  recipient?: string;
  recipientId?: string;
  /** true when `recipient` is what the money is for, a phrase as written ("upgrades"), not an entity */
  purpose?: true;
  start: number;
  end: number;
  rule: string;
}

export type Fact = RoleFact | QuoteFact | FundingFact;

/** The record of one document, as README.md ("Output") defines it (offsets still UTF-16 here). */
export interface DocumentRecord {
  source: string;
  date: string | null;
  dateSource?: DocumentDateSource;
  entities: Entity[];
  facts: Fact[];
  error?: string;
}

export interface PipelineOptions {
  kind: DocumentKind;
  /** HTML: read every visible text of the page, not only its article */
  wholePage?: boolean;
  /** what the document's format says of it (a feed item's date, PDF metadata); wins over what the text's markup says */
  meta?: TextMeta;
  /** the document date, YYYY-MM-DD, overriding what the document says */
  date?: string;
  /** also a place named inside an organization's name ("Texas" in "University of Texas") */
  nested?: boolean;
  /** which way a date without a year or week points when its sentence has no tense (plans, agendas: "future") */
  prefer?: DatePreference;
  /** users' lexicons, checked (src/recognize/user-lexicon): their names win over our rules */
  lexicons?: readonly Lexicon[];
}

/** `--prefer`: the direction of a partial date ("Friday", "March 3") whose sentence states no tense. */
export type DatePreference = 'past' | 'future';

/** Everything known about one document, filled in stage by stage (src/pipeline.ts). */
export interface Analysis {
  raw: string;
  options: PipelineOptions;
  plain: PlainText;
  date: DocumentDate | null;
  sentences: Span[];
  tagged: TaggedSentence[];
  mentions: Mention[];
  /** what users' lexicons found, kept apart until entities are built (src/resolve/user-entries.ts) */
  userMentions: Mention[];
  titles: TitleMention[];
  entities: Entity[];
  facts: Fact[];
}

/** What a rule produces: an entity type's mentions, or a kind of fact. */
export type RuleOutput = EntityType | Fact['type'];

/**
 * One entry of the rule catalogue (`extract --list-rules`): every rule id a mention or a
 * fact can carry, what it emits, what it does, and a phrase it fires on. `expect` is the
 * text of the mention (or the fact's `text`/`person`/`recipient`) the rule finds in `example`.
 */
export interface RuleInfo {
  id: string;
  emits: RuleOutput;
  description: string;
  example: string;
  expect: string;
}

// The record as written (README.md, "Output"): offsets into the source as read, in code
// points. Entities are a union by type, so `if (e.type === 'MONEY') e.value.amount` needs
// no cast.

/** One mention in the output: where it is in the source, and the rules behind it. */
export interface OutputMention {
  text: string;
  start: number;
  end: number;
  /** PDF: the page the mention is on, from 1 */
  page?: number;
  /** the rule that found the mention */
  rule: string;
  /** the resolution rule that changed its type, when one did */
  retypedBy?: string;
}

interface OutputEntityOf<T extends string> {
  id: string;
  type: T;
  name: string;
  mentions: OutputMention[];
}

/** A person, organization, place or program: a name, no value. */
export interface NameEntity extends OutputEntityOf<'PERSON' | 'ORG' | 'LOCATION' | 'PROGRAM'> {
  value?: never;
}

/** A date: its TIMEX3 value ("2013-01-30", "2012-10", "P20Y"), when it can be computed. */
export interface DateEntity extends OutputEntityOf<'DATE'> {
  value?: string;
  /** the first and last day (YYYY-MM-DD, inclusive) of the calendar period the value names */
  first?: string;
  last?: string;
}

/** An amount of money. */
export interface MoneyEntity extends OutputEntityOf<'MONEY'> {
  value: MoneyValue;
}

/**
 * An entity of a type a user's lexicon names ("WEAPON"): a name, no value. `C` is the
 * custom types a record can hold: none (`never`) unless lexicons are given, so that without
 * them `e.type === 'MONEY'` still narrows to a MoneyEntity.
 */
export interface CustomEntity<C extends string = string> extends OutputEntityOf<C> {
  value?: never;
}

export type OutputEntity<C extends string = never> = NameEntity | DateEntity | MoneyEntity | ([C] extends [never] ? never : CustomEntity<C>);

export type OutputFact = Fact;

/** The record of one document, as written. */
export interface OutputRecord<C extends string = never> {
  source: string;
  date: string | null;
  dateSource?: DocumentDateSource;
  /** the title the document states (HTML <title>, front matter, a feed item's, PDF or Word metadata) */
  title?: string;
  /** "text": offsets count in the text taken out of the file (PDF, Word, a feed item), not in the file */
  offsets?: 'text';
  entities: OutputEntity<C>[];
  facts: OutputFact[];
  error?: string;
}

/** The custom types a record of a call may hold: any, when lexicons are given; none otherwise (so types narrow). */
export type CustomTypesOf<O> = 'lexicons' extends keyof O ? (O extends { lexicons?: undefined } ? never : string) : never;

/** A record as the program handles it: any lexicon's types allowed. */
export type AnyRecord = OutputRecord<string>;
