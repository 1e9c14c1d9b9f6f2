/**
 * A country's governing body of a sport, named by the sport and the country
 * ("Cricket Australia", "Athletics Kenya") or the other way round ("USA
 * Swimming"), which the tagger reads as the place (the sport's word left out,
 * or in): the body, an organisation. So is a public or a trade body named by
 * a word of its field and the nation ("Water UK", "Police Scotland").
 */
import { isCapital } from './organization-names.js'
import { joinedWithPrevious, type TaggedName } from './tagger.js'
import type { DocumentView, TextView } from './view.js'
import { WordSet } from './words.js'

/** Sports whose national bodies are named so. */
const SPORTS = new WordSet([
  ...['cricket', 'rugby', 'tennis', 'football', 'athletics', 'swimming', 'cycling', 'hockey'],
  ...['golf', 'netball', 'basketball', 'gymnastics', 'rowing', 'boxing', 'skiing', 'sailing'],
])

/**
 * Words that with a nation's name after them name a public or a trade body:
 * "Water UK", "Homes England", "Police Scotland", "Statistics Canada".
 */
const BODY_WORDS = new WordSet([
  ...['water', 'energy', 'universities', 'homes', 'sport', 'historic', 'natural', 'innovate'],
  ...['skills', 'creative', 'education', 'police', 'transport', 'health', 'statistics'],
  ...['environment', 'parks', 'elections', 'fisheries', 'immigration'],
])
/** The nations whose bodies are named so. */
const BODY_NATIONS = new WordSet(['uk', 'england', 'scotland', 'wales', 'canada', 'ireland'])

/** `names` (in reading order) with the sports bodies named after their countries made whole. */
export function withSportBodies(doc: DocumentView, names: TaggedName[]): TaggedName[] {
  const body = (name: TaggedName, first: number): TaggedName => ({
    ...name,
    first,
    type: 'ORG',
    sureness: 1,
  })
  return joinedWithPrevious(names, (before, name) =>
    name.type === 'LOC' &&
    before.text === name.text &&
    before.first === before.last &&
    name.first === before.last + 1 &&
    isSport(doc, before.text, before.first)
      ? body(name, before.first)
      : null,
  ).map((name) => {
    // "Statistics Canada", read whole as a person's name.
    if (name.last === name.first + 1 && isNationalBody(doc, name.text, name.last))
      return body(name, name.first)
    if (name.type !== 'LOC') return name
    // "Cricket Australia": the sport's word, capitalised, that the tagger left out; "Water UK".
    if (name.first > 0 && isSport(doc, name.text, name.first - 1)) return body(name, name.first - 1)
    if (name.first > 0 && name.first === name.last && isNationalBody(doc, name.text, name.first))
      return body(name, name.first - 1)
    // "USA Swimming", read as one place.
    return name.last > name.first && isSport(doc, name.text, name.last)
      ? body(name, name.first)
      : name
  })
}

/** Whether token `k` of text `text` is a sport's word, capitalised. */
function isSport(doc: DocumentView, text: number, k: number): boolean {
  const at = (doc.texts[text] as TextView).from + k
  return SPORTS.hasToken(doc.tokens, at) && isCapital(doc.tokens, at)
}

/** Whether token `k` of text `text` is a nation's name after a body's word: "UK" of "Water UK". */
function isNationalBody(doc: DocumentView, text: number, k: number): boolean {
  const at = (doc.texts[text] as TextView).from + k
  return (
    BODY_NATIONS.hasToken(doc.tokens, at) &&
    BODY_WORDS.hasToken(doc.tokens, at - 1) &&
    isCapital(doc.tokens, at - 1)
  )
}
