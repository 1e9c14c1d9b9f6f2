/**
 * Nouns of a country's divisions, which stand after the names that name them:
 * "Palm Beach County", "Helmand province", "Los Angeles and Ventura
 * counties". Written from general knowledge of English place names.
 */

/** The divisions, in the singular. */
export const DIVISION_WORDS: readonly string[] = ['county', 'parish', 'borough', 'province']

/** The same, in the plural. */
export const DIVISION_PLURALS: readonly string[] = ['counties', 'parishes', 'boroughs', 'provinces']
