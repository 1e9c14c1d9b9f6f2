/**
 * Closed classes of English words that several stages read: the finite
 * auxiliaries and modals, and the prepositions whose object is a noun
 * phrase. Each stage adds the few words its own test needs. Written from
 * general knowledge of English.
 */

/** Finite auxiliaries and modals, a clause's verb before a participle or an infinitive: "is", "will". */
export const FINITE_AUXILIARY_WORDS: readonly string[] = [
  ...['is', 'are', 'was', 'were', 'has', 'have', 'had'],
  ...['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must'],
]

/** Prepositions of place, time and relation, whose object is a noun phrase: "during the trial". */
export const OBJECT_PREPOSITION_WORDS: readonly string[] = [
  ...['during', 'at', 'in', 'on', 'after', 'before', 'outside', 'inside', 'near', 'from'],
  ...['with', 'by', 'for', 'of', 'to', 'about', 'over', 'under', 'across', 'behind'],
]
