/**
 * Determiners: the words that open a noun phrase ("the report", "his
 * remarks", "those states"). Written from general knowledge of English.
 */
export const DETERMINER_WORDS: readonly string[] = [
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]
