/**
 * Property names the bundle shortens (the minifier's `mangleProps`): names of
 * the parser's own working objects, read and written in the package only,
 * never by users, never by chrono-node, never by a string key. Spelled out one
 * by one rather than matched by a pattern, so that a name added to the code
 * is kept as written until someone lists it here.
 *
 * Each name is checked when the bundle is built ({@link unsafeInternalProperties}):
 * it must not be a word of the public types or of the JSON Schema (a field of
 * the document), nor a property that chrono-node's code reads or writes, nor a
 * string in our sources (a key read by its name). The 967 stored documents give
 * the same JSON, Markdown, HTML and text with the names shortened or not.
 * On this package: 299.87 -> 298.60 KB gzipped (72 names).
 */
export const INTERNAL_PROPERTIES: readonly string[] = [
  // Tokens and their flags (entities/tokenize.ts), words of the quote stage (quotes/words.ts).
  ...['tokens', 'texts', 'textStart', 'sentenceStart', 'capitalised', 'allCaps', 'hasDigit'],
  ...['hasUpper', 'complex', 'titleCase', 'caps', 'punct', 'lowerSeen', 'capSeen'],
  ...['shapeHash', 'shapeBefore', 'secondWordBefore', 'secondWordAfter', 'wordAfter', 'tagShape'],
  ...['stateShape', 'levelWeights', 'placeBegin'],
  // Word sets and hash tables (entities/words.ts, entities/hash.ts).
  ...['hasToken', 'slots', 'slotOf', 'mayHold', 'hasWord', 'hasCompound', 'opensCompound'],
  // Lines of the structure stage (lines.ts, reflow.ts).
  ...['contentStart', 'contentEnd', 'afterBlank', 'baseIndent', 'openLength', 'unclosed'],
  ...['offsetRuns', 'offsetOf', 'endOf', 'firstStartIn', 'overlaps'],
  // The lexicon's tables (entities/lexicon.ts).
  ...['firstNames', 'lastNames', 'demonyms', 'gazetteer', 'placeCodes', 'clubNicknames'],
  // Votes and clusters of the entity stage.
  ...['votes', 'sureness', 'kindOf', 'placeStarts', 'possessiveOrganizations', 'nationWord'],
  ...['creditedAgencies', 'byEnd', 'openers', 'endingWith', 'openingWith', 'withInitials'],
  ...['spelledWhole', 'shortening', 'isSuffixed'],
  // The speakers of the quote stage (quotes/speakers.ts).
  ...['moveMention', 'widenToNames', 'resolveCued', 'repeatsDescription', 'describedGender'],
  ...['dropOwnPronouns', 'placedMentions', 'useQuotations', 'addressedIn', 'isWitness'],
]

/** A word of `text` as a whole word. */
function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?<![\\w$])${word}(?![\\w$])`, 'u').test(text)
}

/** `code` without its comments (roughly: a "//" inside a string cuts the rest of its line). */
function withoutComments(code: string): string {
  return code.replace(/\/\*[^]*?\*\//gu, '').replace(/\/\/.*$/gmu, '')
}

/**
 * The names of `names` that are not safe to shorten: a word of `publicText`
 * (the public types and the schema), a property of `chronoCode` (".name" or
 * "name:"), or a string of `sourceText`'s code ('name', "name" or `name`).
 */
export function unsafeInternalProperties(
  names: readonly string[],
  publicText: string,
  chronoCode: string,
  sourceText: string,
): string[] {
  const code = withoutComments(sourceText)
  return names.filter(
    (name) =>
      hasWord(publicText, name) ||
      new RegExp(`\\.${name}(?![\\w$])|(?<![\\w$])${name}\\s*:`, 'u').test(chronoCode) ||
      new RegExp(`['"\`]${name}['"\`]`, 'u').test(code),
  )
}
