/**
 * Words that open the names of places and of things other than people ("Cape
 * Breton", "St. Anselm", "First Amendment", "Under Secretaries"): a name that
 * opens with one is not shaped like a person's. Lower-cased; written from
 * general knowledge of English place names.
 */
export const NON_PERSON_OPENERS: readonly string[] = [
  ...['cape', 'mount', 'mt.', 'lake', 'fort', 'port', 'saint', 'st.', 'san', 'santa'],
  ...['los', 'las', 'new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'great'],
  ...['first', 'second', 'third', 'fourth', 'fifth', 'under', 'space'],
]
