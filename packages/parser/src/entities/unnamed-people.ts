/**
 * People a story brings in without a name, as the subject of a clause: "A
 * 27-year-old man collapsed ... Paramedics reached him", "said a bystander,
 * an off-duty nurse, had started ... She". A pronoun after one stands for
 * them, not for a person named before them, so the pronoun's reading stops
 * there (see references.ts). Not an object ("struck a pedestrian. He was
 * charged": the driver), nor a description of someone named ("Smith, a
 * nurse,", "Smith is a nurse"), nor in a speaker's words.
 */

/** Heads of a person brought in unnamed: a man's, a woman's, and either's. */
const MALE_HEADS = ['man', 'boy', 'gunman']
const FEMALE_HEADS = ['woman', 'girl']
const EITHER_HEADS =
  'teenager teen child victim runner driver passenger pedestrian cyclist motorist nurse bystander witness suspect hiker patient resident'

/**
 * An indefinite article, up to three words that qualify the head ("27-year-old", "off-duty"),
 * and a head; or "The" and a head in the possessive ("The runner's family asked that his name").
 */
const HEADS = `${[...MALE_HEADS, ...FEMALE_HEADS].join('|')}|${EITHER_HEADS.replaceAll(' ', '|')}`
const UNNAMED = new RegExp(
  `\\b(?:[Aa]n? (?:[\\p{L}\\p{N}-]+ ){0,3}?(${HEADS})\\b|The (${HEADS})['’]s\\b)`,
  'gu',
)
/**
 * What stands before the subject of a clause: a sentence's start, or a word that opens a clause
 * ("said a bystander had", "when a man", ", and a woman").
 */
const SUBJECT_BEFORE =
  /(?:[.!?]["”’]?\s+|\b(?:said|says|that|when|after|before|while|because|until)\s+|,\s+(?:and|but)\s+)$/iu
const SUBJECT_REACH = 12
/** Whether `code` is a double quotation mark: straight, or curly opening or closing. */
function isDoubleMark(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d
}

/** A person brought in unnamed: where the phrase stands and the gender its head says. */
export interface UnnamedPerson {
  start: number
  gender: 'male' | 'female' | null
}

/** The people `value` brings in unnamed, in order. */
export function unnamedPeople(value: string): UnnamedPerson[] {
  const found: UnnamedPerson[] = []
  // Double quotation marks passed so far (an odd count: inside a quotation), and up to where.
  let marks = 0
  let counted = 0
  UNNAMED.lastIndex = 0
  for (let match = UNNAMED.exec(value); match; match = UNNAMED.exec(value)) {
    const at = match.index
    for (; counted < at; counted++) if (isDoubleMark(value.charCodeAt(counted))) marks++
    const before = value.slice(Math.max(0, at - SUBJECT_REACH), at)
    // (Or the paragraph's start.)
    const opening = at === before.length && before.trim() === ''
    if (marks % 2 === 1 || (!opening && !SUBJECT_BEFORE.test(before))) continue
    const head = (match[1] ?? match[2]) as string
    found.push({
      start: at,
      gender: MALE_HEADS.includes(head) ? 'male' : FEMALE_HEADS.includes(head) ? 'female' : null,
    })
  }
  return found
}
