/**
 * Image captions and photo credits left in copied text: "Jim Watson/AFP/Getty
 * Images", "(Artist: 3ihard)", "Image: Raspberry Pi Foundation", or a caption
 * sentence ending in a credit ("... in Queens.CreditChang W. Lee/The New York
 * Times", "... March 12, 2026. REUTERS/Jana Rodenbusch", "... Oct. 9, 2025.
 * (AP Photo/Dana Whitlock)", "... Photograph: Metropolitan Police").
 */
import { CREDIT_LABELS, PHOTO_AGENCIES } from './lexicon/credits.js'

const MAX_CAPTION_LENGTH = 600
/** How far from the end a credit may start. */
const CREDIT_TAIL = 90

/** A credit's label opening the block, maybe in brackets: "Photo:", "(Artist:", "[Photo:". */
const LABEL_START = new RegExp(`^[([]?(?:${CREDIT_LABELS.join('|')})\\s*:`, 'iu')
const AGENCY_END = new RegExp(`(?:${PHOTO_AGENCIES.join('|')})\\)?\\.?$`, 'u')
const GLUED_CREDIT = /[.!?”"]\s*(?:Credit\s*|(?:Source|Photo|Photograph|Picture|Image):\s+)\p{Lu}/u
const PHOTO_BY = /\b(?:Photo|Photograph|Picture|Image)s?\s+(?:by|courtesy of|credit)\b/iu
/** A credit in brackets that ends a block: "(Image: Populous)", "(Photo: Getty Images)". */
const BRACKETED_CREDIT =
  /\((?:Image|Images|Photo|Photos|Photograph|Picture|Pictures|Credit):\s*\p{Lu}[^()]{0,60}\)\.?$/u
/**
 * A wire's credit after a caption's sentence: "REUTERS/Jana Rodenbusch",
 * "REUTERS/Jana Whitcombe/File Photo", "(AP Photo/Dana Whitlock)".
 */
const WIRE_CREDIT =
  /[.!?”"]\s*\(?(?:REUTERS|Reuters|AFP|EPA|AP Photo|AP)\/\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}(?:\/(?:File Photo|Pool|Handout|File))?\)?\.?$/u
/** A credit "via" an agency: "(Tottenham Hotspur FC via Getty Images)". */
const VIA_AGENCY = /\svia\s/u

/**
 * The labels a web page copied from the BBC leaves before a caption and its credit: "Image
 * caption, ...", or with a colon, "Image caption: ...".
 */
const LABEL_COMMA_START = /^(?:Image|Video) (?:caption|source)[,:]\s/u

/** Whether `value`, a reflowed block, is a caption or a photo credit. */
export function isCaption(value: string): boolean {
  if (value.length > MAX_CAPTION_LENGTH) return false
  if (LABEL_START.test(value) || LABEL_COMMA_START.test(value)) return true
  const tail = value.slice(-CREDIT_TAIL)
  if (GLUED_CREDIT.test(tail)) return true
  if (PHOTO_BY.test(tail)) return true
  // "... viewed from the Rochdale Canal (Image: Manchester Athletic FC/Populous)": a credit in
  // brackets that closes the block.
  if (BRACKETED_CREDIT.test(tail)) return true
  // The short test first: most blocks have no slash, bar or "Credit" near their end.
  if (/[/|]|Credit/u.test(tail) && (AGENCY_END.test(value) || WIRE_CREDIT.test(tail))) return true
  if (VIA_AGENCY.test(tail) && AGENCY_END.test(value)) return true
  return false
}
