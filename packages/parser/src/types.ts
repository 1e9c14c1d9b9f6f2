/**
 * The document model: what `parse` returns.
 *
 * Written like unist/mdast: three base shapes (`Node`, `Parent`, `Literal`),
 * registries of content types that other code can extend (`BlockContentMap`,
 * `InlineContentMap`), positions into the original input. The names fixed in
 * `shared/MODEL.md` are a contract read by other programs; never rename them
 * without bumping `SCHEMA_VERSION`.
 */

/** The version of this model; bumped on any breaking change to a fixed name. */
export const SCHEMA_VERSION = 1

/**
 * One place in the original input. Read-only: nodes that touch share their
 * boundary point, and nodes of the same range (a mention in `entities` and
 * its inline node) share their position.
 */
export interface Point {
  /** Line, from 1. */
  readonly line: number
  /** Column, from 1, in UTF-16 code units. */
  readonly column: number
  /** Offset, from 0, in UTF-16 code units of the original input. */
  readonly offset: number
}

/** The span of a node in the original input; `end` is the first point after it. Read-only (shared). */
export interface Position {
  readonly start: Point
  readonly end: Point
}

/** A JSON value. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** Free extras on any node; values are JSON only. */
export interface Data {
  [key: string]: JsonValue | undefined
}

/** Every node has a type; nodes taken from the input have a position. */
export interface Node {
  type: string
  position?: Position
  data?: Data
}

/** A node that contains other nodes. */
export interface Parent extends Node {
  children: Node[]
}

/** A node that contains a value. */
export interface Literal extends Node {
  value: string
}

// ---------------------------------------------------------------- inline

/** Plain text. Its `value` is reflowed: hard wraps joined, white space collapsed. */
export interface Text extends Literal {
  type: 'text'
}

/**
 * The dateline that opens the first paragraph ("KYIV, April 20 (Reuters) -"),
 * kept in the paragraph as printed; `meta.dateline` repeats its value.
 */
export interface DatelineText extends Literal {
  type: 'dateline'
}

/**
 * Words between quotation marks. With `role` direct or partial it is a
 * quotation, listed in `quotes` under `quoteId`; otherwise the marks set off a
 * word (scare quotes, a title of a work, a nickname) and `quoteId` is null.
 * It covers the words without the marks, as `Quote.position` does.
 */
export interface Quotation extends Parent {
  type: 'quotation'
  role: 'direct' | 'partial' | 'scare' | 'title' | 'nickname'
  quoteId: string | null
  children: InlineContent[]
}

/** A mention of an entity in the text: a name, a nominal ("the NATO chief") or a pronoun. */
export interface EntityMention extends Literal {
  type: 'mention'
  /** Id of the entity in `entities`. */
  entityId: string
  kind: Mention['kind']
  entityKind: Entity['kind']
}

/** A time expression in the text, resolved in `times`. */
export interface TimeText extends Literal {
  type: 'time'
  /** Id of the entry in `times`. */
  timeId: string
  /** The resolved ISO date, month or year (as `TimeExpression.value`), or null. */
  resolved: string | null
}

/** Registry of inline (phrasing) content; extend it with declaration merging. */
export interface InlineContentMap {
  text: Text
  dateline: DatelineText
  quotation: Quotation
  mention: EntityMention
  time: TimeText
}

/** Any inline node. */
export type InlineContent = InlineContentMap[keyof InlineContentMap]

// ----------------------------------------------------------------- block

/** A paragraph of the body. */
export interface Paragraph extends Parent {
  type: 'paragraph'
  children: InlineContent[]
}

/** A crosshead (subheading) inside the body. */
export interface Heading extends Parent {
  type: 'heading'
  /** 2 for crossheads; 1 is the title, which lives in `meta`. */
  depth: 1 | 2 | 3 | 4 | 5 | 6
  children: InlineContent[]
}

/** Quoted or set-off text, such as an embedded statement or a post. */
export interface Blockquote extends Parent {
  type: 'blockquote'
  children: BlockContent[]
}

/** A bulleted or numbered list. */
export interface List extends Parent {
  type: 'list'
  ordered: boolean
  /** The number of the first item of an ordered list, else null. */
  start: number | null
  children: ListItem[]
}

/** One item of a list; its children are the item's text without the marker. */
export interface ListItem extends Parent {
  type: 'listItem'
  children: InlineContent[]
}

/** A scene break such as `***` or `---`. */
export interface ThematicBreak extends Node {
  type: 'thematicBreak'
}

/** An image caption or photo credit left in the text. */
export interface Caption extends Parent {
  type: 'caption'
  children: InlineContent[]
}

/** Registry of block (flow) content; extend it with declaration merging. */
export interface BlockContentMap {
  paragraph: Paragraph
  heading: Heading
  blockquote: Blockquote
  list: List
  thematicBreak: ThematicBreak
  caption: Caption
}

/** Any block node of the body. */
export type BlockContent = BlockContentMap[keyof BlockContentMap]

// ---------------------------------------------------------- out of the body

/** A "Related article: ..." or "Read more: ..." insert, taken out of the body. */
export interface Related extends Node {
  type: 'related'
  /** The linked headline, without the label. */
  title: string
  /** The link when the text gives one, else null. */
  url: string | null
  /** The label as written: "Related article", "Read more". */
  label: string
  position: Position
}

/** Kinds of text that is not the article: kept, never silently dropped. */
export type BoilerplateKind =
  | 'advertisement'
  | 'share'
  | 'newsletter'
  | 'promotion'
  | 'social'
  | 'credits'
  | 'copyright'
  | 'pageFurniture'
  | 'timestamp'
  | 'other'

/** Text removed from the body because it is not the article. */
export interface Boilerplate extends Literal {
  type: 'boilerplate'
  kind: BoilerplateKind
  position: Position
}

// ------------------------------------------------------------- annotations

/** A quotation and who said it. */
export interface Quote {
  id: string
  kind: 'direct' | 'partial' | 'indirect'
  /** The quoted words, without the quotation marks. */
  text: string
  position: Position
  cue: { text: string; position: Position } | null
  source: { text: string; position: Position } | null
  /** Id of the resolved entity, or null. */
  speaker: string | null
  /**
   * For a partial quotation inside reported speech, the reported clause that holds it: of
   * 'Ley said the budget showed the government had "no plan" to fix it', the claim "the budget
   * showed the government had "no plan" to fix it" (the quotation's words are its `text`).
   */
  claim?: { text: string; position: Position }
}

/** One mention of an entity. */
export interface Mention {
  kind: 'name' | 'nominal' | 'pronoun'
  text: string
  position: Position
}

/** A person, organisation, place or other named thing, with all its mentions. */
export interface Entity {
  id: string
  kind: 'person' | 'organization' | 'place' | 'other'
  name: string
  aliases: string[]
  titles: string[]
  mentions: Mention[]
  data?: Data
}

/** A time expression, resolved where it can be. */
export interface TimeExpression {
  id: string
  text: string
  /** ISO 8601 date, month ("2023-07") or year ("2022"), or null. */
  value: string | null
  position: Position
  data?: Data
}

/** Something the parser noticed and wants a person to know. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info'
  message: string
  /** A stable id of the rule that raised it, e.g. `mojibake`. */
  ruleId: string
  position?: Position
}

/** Facts about the article as a whole. */
export interface Meta {
  title: string | null
  standfirst: string | null
  byline: string | null
  authors: string[]
  dateline: string | null
  publishedAt: string | null
  publisher: string | null
  /** Credit lines as written: "(Reporting by Jane Doe; Editing by Alex Smith)". */
  credits: string[]
  /** BCP 47 tag, e.g. "en"; "und" when it cannot tell. */
  language: string
  /** Words of the body. */
  wordCount: number
  /** Minutes to read the body at 230 words a minute, at least 1 for a non-empty body. */
  readingMinutes: number
  /** Positions of the meta lines that came from the input. */
  positions: MetaPositions
}

/** Where each meta field was read from, when it was read from the input. */
export interface MetaPositions {
  title?: Position
  standfirst?: Position
  byline?: Position
  dateline?: Position
}

/** One article, parsed. */
export interface ArticleDocument extends Node {
  type: 'article'
  schemaVersion: number
  meta: Meta
  children: BlockContent[]
  related: Related[]
  boilerplate: Boilerplate[]
  quotes: Quote[]
  entities: Entity[]
  times: TimeExpression[]
  diagnostics: Diagnostic[]
}

/** Options of `parse`. */
export interface ParseOptions {
  /**
   * The date that anchors relative times such as "on Thursday": an ISO date
   * ("2023-04-20"), an ISO date-time (its date is used) or a `Date` (its UTC
   * day). Anything else is ignored, with a `reference-date` diagnostic.
   */
  referenceDate?: string | Date
}
