/**
 * The header of an article: headline, standfirst, byline and published lines,
 * read from the first blocks and taken out of the body. A standfirst is the
 * summary line between the headline and the byline, or a summary-shaped
 * block right under the header (no closing full stop, a sentence long).
 */
import { bylineAgency, isBylineRole, readByline, roleLineOutlet, type Byline } from './byline.js'
import { classifyBoilerplate } from './boilerplate.js'
import { isCaption } from './caption.js'
import { readRelated } from './related.js'
import { readDateline } from './dateline.js'
import { isPublisherName, isTimestampLine } from './published.js'
import type { RawBlock } from './segment.js'
import type { Line } from './lines.js'
import { readListMarker } from './list-marker.js'
import { isTitle } from './title.js'
import type { Boilerplate, MetaPositions, Position } from './types.js'
import { countWords } from './words.js'

/** What the header holds. */
export interface Header {
  title: string | null
  standfirst: string | null
  byline: Byline | null
  /** Lines of the header that are not the article: published lines, a byline's role line. */
  lines: Boilerplate[]
  /** The publication a masthead over the headline names ("THE CAPITOL LEDGER | Business"). */
  masthead: string | null
  positions: MetaPositions
  /** The blocks of the body: those the header did not take. */
  body: RawBlock[]
}

/** A press release's label: "NEWS RELEASE", "For immediate release", "EMBARGOED UNTIL ...". */
const RELEASE_LABEL =
  /^(?:(?:news|press|media) release|for (?:immediate )?release\b.*|embargoed\b.*)$/iu
const MAX_RELEASE_LABEL_LENGTH = 80
/** A press release's contact line: "Media contact: Sarah Lindholm, ...", "Contacts:". */
const MEDIA_CONTACT = /^(?:(?:media|press|news) )?(?:contacts?|enquiries|inquiries)\s*:/iu

/**
 * A wire feed's slug before a headline, with its hyphen: "UPDATE 2-", "CRICKET-", "US STOCKS-",
 * "EXCLUSIVE-" (Reuters' topics and labels; not "NATO-Russia talks", no slug of the list).
 */
const FEED_SLUG = new RegExp(
  `^(?:UPDATE \\d{1,2}|(?:${[
    ...['EXCLUSIVE', 'RPT', 'REFILE', 'CORRECTED', 'ANALYSIS', 'FACTBOX', 'EXPLAINER', 'INSIGHT'],
    ...['BREAKINGVIEWS', 'WRAPUP \\d', 'SOCCER', 'CRICKET', 'TENNIS', 'GOLF', 'RUGBY', 'ATHLETICS'],
    ...['CYCLING', 'MOTOR RACING', 'BASKETBALL', 'BOXING', 'OLYMPICS', 'NFL', 'NBA', 'NHL', 'MLB'],
    ...[
      'US STOCKS',
      'GLOBAL MARKETS',
      'FOREX',
      'PRECIOUS',
      'OIL',
      'EMERGING MARKETS',
      'TREASURIES',
    ],
  ].join('|')})(?: \\d{1,2})?)-(?=\\p{Lu})`,
  'u',
)

/** How many blocks after the headline may hold the byline and published lines. */
const HEADER_BLOCKS = 3
const MAX_STANDFIRST_LENGTH = 400
const MIN_STANDFIRST_WORDS = 6
const SENTENCE_END = /[.!?"”’:]$/u

/** Reads the header from `blocks` (whose values and spans the callbacks give). */
export function readHeader(
  blocks: readonly RawBlock[],
  reflowed: (block: RawBlock) => string,
  span: (block: RawBlock) => Position,
): Header {
  // Each block's value is read once, however many of the header's questions ask for it.
  const values = new Map<RawBlock, string>()
  const valueOf = (block: RawBlock): string => {
    let value = values.get(block)
    if (value === undefined) values.set(block, (value = reflowed(block)))
    return value
  }
  const header: Header = {
    title: null,
    standfirst: null,
    byline: null,
    lines: [],
    masthead: null,
    positions: {},
    body: [...blocks],
  }
  /** Keeps `block` among the header's lines that are not the article, as of `kind`. */
  const keepLine = (block: RawBlock, kind: Boilerplate['kind'], value = valueOf(block)): void => {
    header.lines.push({ type: 'boilerplate', kind, value, position: span(block) })
  }
  const navigation = leadingNavigation(header.body, valueOf)
  for (const block of header.body.splice(0, navigation)) {
    keepLine(block, 'pageFurniture')
  }
  // "NEWS RELEASE", "FOR IMMEDIATE RELEASE", its date, "Media contact: ...": a press release's
  // labels over its headline.
  let released = false
  while (header.body.length > 1) {
    const block = header.body[0] as RawBlock
    const value = valueOf(block)
    const label = value.length <= MAX_RELEASE_LABEL_LENGTH && RELEASE_LABEL.test(value)
    if (label || MEDIA_CONTACT.test(value)) keepLine(block, 'pageFurniture', value)
    else if (released && isTimestampLine(value)) keepLine(block, 'timestamp', value)
    else break
    released = true
    header.body.shift()
  }
  // "THE CAPITOL LEDGER | Business" over the headline: the paper's name and its section.
  const top = header.body[0]
  const masthead = top && header.body.length > 1 ? mastheadName(valueOf(top)) : null
  if (top && masthead !== null) {
    header.masthead = masthead
    keepLine(top, 'pageFurniture')
    header.body.shift()
    // (A date under it is the published line, not the headline.)
    const dated = header.body[0]
    if (dated && header.body.length > 1 && isTimestampLine(valueOf(dated))) {
      keepLine(dated, 'timestamp')
      header.body.shift()
    }
  }
  const first = header.body[0]
  if (!first) return header
  const firstValue = valueOf(first)
  if (!isTitle(first, firstValue, blocks.length)) return header
  header.body.shift()
  // "CRICKET-Rathore century fires India to win": a wire feed's topic slug before the headline,
  // kept apart as the page's furniture.
  const slug = FEED_SLUG.exec(firstValue)?.[0]
  const line = first.lines[0] as Line
  if (slug !== undefined && line.contentEnd - line.contentStart > slug.length) {
    const slugBlock = {
      ...first,
      lines: [{ ...line, contentEnd: line.contentStart + slug.length }],
    }
    const rest = {
      ...first,
      lines: [{ ...line, contentStart: line.contentStart + slug.length }, ...first.lines.slice(1)],
    }
    if (valueOf(slugBlock) === slug) {
      keepLine(slugBlock, 'pageFurniture')
      header.title = valueOf(rest)
      header.positions.title = span(rest)
    }
  }
  if (header.title === null) {
    header.title = firstValue
    header.positions.title = span(first)
  }

  // Key points listed under the headline ("* Repo rate lowered to 6.25%") stay the body's
  // first blocks: the byline and published lines are read after them.
  let points = 0
  while (points < header.body.length - 1 && isBullet(valueOf(header.body[points] as RawBlock)))
    points++
  let candidate: { block: RawBlock; value: string } | null = null
  for (let i = points; i < Math.min(header.body.length, points + HEADER_BLOCKS); i++) {
    const block = header.body[i] as RawBlock
    const value = valueOf(block)
    if (isTimestampLine(value)) {
      keepLine(block, 'timestamp')
      header.body.splice(i--, 1)
      continue
    }
    // ("Jamie L. LaReau and Eric D. Lawrence" over a published line, or over the paper's name and
    // one, is a byline without "By".)
    const byline = header.byline
      ? null
      : readByline(value, () => overPublished(header.body, i, valueOf))
    if (byline) {
      header.byline = byline
      header.positions.byline = span(block)
      header.body.splice(i--, 1)
      // "By Nick Triggle" over "Health correspondent": the author's role, a credit; over
      // "Associated Press", or over a published line "Detroit Free Press": the publisher.
      const role = header.body[i + 1]
      const roleValue = role ? valueOf(role) : ''
      // ("Health correspondent, BBC News": the role and the publisher on one line, a credit.)
      const outlet = role ? roleLineOutlet(roleValue) : null
      const publisher =
        role && !byline.publisher
          ? (bylineAgency(roleValue) ??
            outlet ??
            (isPaperOverPublished(header.body, i + 1, valueOf) ? roleValue : null))
          : null
      if (publisher !== null) byline.publisher = publisher
      if (role && (publisher !== null || outlet !== null || isBylineRole(roleValue))) {
        keepLine(role, 'credits', outlet !== null ? roleValue : (publisher ?? roleValue))
        header.body.splice(i + 1, 1)
      }
      // A summary between the headline and the byline is the standfirst.
      if (candidate && i === 0 && candidate.value.length <= MAX_STANDFIRST_LENGTH) {
        takeStandfirst(header, candidate.block, candidate.value, span)
        // The standfirst stood before this block: the next block moved back one more.
        i--
      }
      continue
    }
    // (None under key points: the loop starts past them.)
    if (i === 0 && !header.byline) candidate = { block, value }
  }
  if (header.standfirst === null && points === 0) {
    const next = header.body[0]
    if (next && header.body.length > 1) {
      const value = valueOf(next)
      if (isSummaryShaped(value)) takeStandfirst(header, next, value, span)
    }
  }
  return header
}

/**
 * Whether a published line follows block `i` of `blocks`, right after it or
 * after a paper's name ("Detroit Free Press"); or an agency's name alone, or
 * the story's dateline.
 */
function overPublished(
  blocks: readonly RawBlock[],
  i: number,
  valueOf: (block: RawBlock) => string,
): boolean {
  const next = blocks[i + 1]
  if (next === undefined) return false
  const nextValue = valueOf(next)
  if (isTimestampLine(nextValue) || isPaperOverPublished(blocks, i + 1, valueOf)) return true
  // "Maryam Siddiqui" over "The Canadian Press", or right over the dateline that opens the story
  // ("TORONTO — A Toronto jury ..."): a byline's place.
  if (bylineAgency(nextValue) !== null || readDateline(nextValue) !== null) return true
  // "Priya Raman" over "Health correspondent, BBC News" over "Published", or "Ciarán
  // O'Donoghue" over "Courts Correspondent" over "DUBLIN, March 7 - ...": the author's role
  // between.
  const after = blocks[i + 2]
  const role = valueOf(next)
  if (after === undefined || !(isBylineRole(role) || roleLineOutlet(role) !== null)) return false
  const afterValue = valueOf(after)
  return isTimestampLine(afterValue) || readDateline(afterValue) !== null
}

/**
 * Whether block `i` is a paper's name over a published line: a few words,
 * each capitalised, no mark of a sentence ("Detroit Free Press").
 */
function isPaperOverPublished(
  blocks: readonly RawBlock[],
  i: number,
  valueOf: (block: RawBlock) => string,
): boolean {
  const block = blocks[i]
  const next = blocks[i + 1]
  if (block === undefined || next === undefined || !isTimestampLine(valueOf(next))) return false
  // (Not "Published" over its date: a published line of two.)
  if (isTimestampLine(valueOf(block))) return false
  const words = valueOf(block).split(' ')
  return words.length <= MAX_PAPER_WORDS && words.every((word) => PAPER_NAME_WORD.test(word))
}
/** Most words of a paper's name on a line of its own. */
const MAX_PAPER_WORDS = 5
/** A word of a paper's name: "Detroit", "Free", "Press", "USA", "Post-Gazette". */
const PAPER_NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u

/** How far into the text a page's navigation may run before the headline. */
const MAX_NAVIGATION_BLOCKS = 12
/** A navigation item: a few words without a sentence's marks ("Skip to main content", "World"). */
const MAX_NAVIGATION_WORDS = 4
const MIN_HEADLINE_WORDS = 5
const SENTENCE_MARK = /[.!?:;"“”]/u

/**
 * How many blocks at the start of a whole page copied with its menus are
 * navigation, not the article ("Skip to main content", "Menu", "Search",
 * "World", "Politics"): short items, one of which the furniture lists know or
 * three of a word or two, before a headline of five words or more. 0 when the
 * text opens otherwise ("Fed raises rates" over "By Jane Doe" is a headline and
 * a byline; "Fed holds rates steady" over a date or "Analysis" is a headline).
 */
function leadingNavigation(
  blocks: readonly RawBlock[],
  valueOf: (block: RawBlock) => string,
): number {
  let known = false
  let longest = 0
  for (let i = 0; i < Math.min(blocks.length, MAX_NAVIGATION_BLOCKS); i++) {
    const block = blocks[i] as RawBlock
    const value = valueOf(block)
    const words = countWords(value)
    if (
      words <= MAX_NAVIGATION_WORDS &&
      !SENTENCE_MARK.test(value) &&
      readByline(value) === null &&
      !isTimestampLine(value)
    ) {
      known ||= classifyBoilerplate(value) !== null
      longest = Math.max(longest, words)
      continue
    }
    // A known item ("Skip to main content", "Menu"), or three items of a word or two ("World",
    // "US politics"); not a short headline over a kicker ("Fed holds rates steady", "Analysis").
    const menu = known || (i >= MIN_MENU_ITEMS && longest <= MAX_MENU_ITEM_WORDS)
    const headline = words >= MIN_HEADLINE_WORDS && isTitle(block, value, blocks.length - i)
    return headline && menu ? i : 0
  }
  return 0
}
const MIN_MENU_ITEMS = 3
const MAX_MENU_ITEM_WORDS = 2

/**
 * The publication's name of a masthead line: a publisher's name in capitals
 * (one a publication's word ends, or an agency's), a bar, and a section of a
 * few words ("THE CAPITOL LEDGER | Business"); else null (not "PRIME MINISTER
 * RESIGNS | Live", a headline).
 */
function mastheadName(value: string): string | null {
  const match = MASTHEAD.exec(value)
  const name = match?.[1]
  return name !== undefined && isPublisherName(name) ? name : null
}
const MASTHEAD =
  /^(\p{Lu}[\p{Lu}&.'’-]+(?: \p{Lu}[\p{Lu}&.'’-]*){1,4}) \| \p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}$/u

function takeStandfirst(
  header: Header,
  block: RawBlock,
  value: string,
  span: (block: RawBlock) => Position,
): void {
  header.standfirst = value
  header.positions.standfirst = span(block)
  header.body.splice(header.body.indexOf(block), 1)
}

/** A one-sentence summary without a closing full stop, not a dateline's lede. */
function isSummaryShaped(value: string): boolean {
  return (
    value.length <= MAX_STANDFIRST_LENGTH &&
    !SENTENCE_END.test(value) &&
    countWords(value) >= MIN_STANDFIRST_WORDS &&
    readDateline(value) === null &&
    !isCaption(value) &&
    readRelated(value) === null &&
    classifyBoilerplate(value) === null
  )
}

/** Whether `value` is an item of a list with bullets ("* Repo rate lowered"), not a numbered one. */
function isBullet(value: string): boolean {
  return readListMarker(value, 0, value.length)?.ordered === false
}
