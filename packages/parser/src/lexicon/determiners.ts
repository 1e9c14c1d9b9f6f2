/** Possessive determiners, which open a noun phrase as an article does: "his remarks", "her campaign manager". */
export const POSSESSIVE_DETERMINERS: readonly string[] = [
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
]

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
  ...POSSESSIVE_DETERMINERS,
]
