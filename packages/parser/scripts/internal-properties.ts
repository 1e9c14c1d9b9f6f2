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
 * string in our sources (a key read by its name) outside the lexicons' lists of
 * words. The 967 stored documents give the same JSON, Markdown, HTML and text
 * with the names shortened or not.
 * On this package: 299.87 -> 298.60 KB gzipped (72 names); 300.24 -> 299.75
 * (99 names); 300.14 -> 299.88 (150 names); 166 names now.
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
  // Words and names as the stages read them: folded words, heads, name lists and counts.
  ...['lower', 'head', 'modifiers', 'possessive', 'leading', 'common', 'count', 'parts'],
  ...['hash', 'places', 'personal', 'surnames', 'organizationStarts', 'organizations'],
  ...['candidate', 'confidence', 'content', 'gender', 'contains', 'strong', 'leader', 'future'],
  // Marks and lines: quotation marks that open and close, indents, the wrap width.
  ...['open', 'close', 'closes', 'indent', 'wrapWidth'],
  // Working records of the stages: sentences, titles, spans, lookups and counts.
  ...['opening', 'total', 'allCandidates', 'repair', 'acronym', 'needs', 'annotations', 'shape'],
  ...['shapeAfter', 'longSuffix', 'recentKeys', 'recentRows', 'introduced', 'starts'],
  ...['closeSentence', 'affix', 'twoBefore', 'sealed', 'mask', 'nations', 'lookup', 'surname'],
  ...['counted', 'descriptions', 'titleBefore', 'codeRows', 'dateText', 'masthead', 'sourceStart'],
  ...['wordBefore', 'candidates', 'nation', 'counts', 'titled', 'firstName', 'compounds'],
  ...['initials', 'suffix', 'target', 'owner', 'dominant', 'chains', 'nouns', 'minWords'],
  ...['holding', 'stemmed', 'demonym', 'carried', 'clubs', 'curly', 'rows', 'qualified'],
  ...['answer', 'question', 'tree', 'tally', 'grow', 'finish', 'scorer', 'greedy', 'camel'],
  ...['bodies', 'byBody', 'middle', 'char', 'codes', 'exact'],
  ...['mayBeCalled', 'pressedBefore', 'building', 'asker', 'replier', 'turnOf'],
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
 * `code` without its lists of words: array literals of two strings or more,
 * maybe with other lists spread in, the lexicons' data ("...['first',
 * 'last', ...OTHERS]"), which no code reads as keys; a string in brackets
 * after a name ("word['lower']") stays. Nor strings compared or of a union of
 * types, values too.
 */
function withoutWordLists(code: string): string {
  // Twice: lists spread in a list ("...['eco', 'socio']"), then the list.
  return code.replace(WORD_LIST, '[]').replace(WORD_LIST, '[]').replace(COMPARED_OR_UNION, '')
}
const WORD_LIST =
  /(?<![\w$)\]]\s*)\[\s*(?:(?:'[^'\n]*'|"[^"\n]*"|\.\.\.(?:[\w$.]+|\[\]))\s*,\s*)+(?:(?:'[^'\n]*'|"[^"\n]*"|\.\.\.(?:[\w$.]+|\[\]))\s*)?\]/gu

/** A string compared ("which === 'last'") or of a union of types ("'text' | 'last'"): a value. */
const COMPARED_OR_UNION = /(?<=(?:[!=]==|\|)\s*)'[^'\n]*'|'[^'\n]*'(?=\s*(?:[!=]==|\|))/gu

/** The public text's code: no comments, no sentences in strings (the schema's descriptions). */
function publicCode(text: string): string {
  return withoutComments(text).replace(/"[^"\n]* [^"\n]*"/gu, '""')
}

/**
 * Properties of the runtime's own objects, which a shortened name would miss:
 * of the prototypes, and of the plain objects that regular expressions,
 * iterators and Intl.Segmenter return.
 */
function runtimeProperties(): Set<string> {
  const names = new Set(['groups', 'index', 'input', 'indices', 'lastIndex', 'done', 'value'])
  names.add('segment').add('isWordLike')
  const roots: object[] = [String, Array, RegExp, Map, Set, WeakMap, Date, Math, Number, Object]
  roots.push(JSON, Uint8Array, Object.getPrototypeOf(Uint8Array) as object, ArrayBuffer, DataView)
  roots.push(Promise, Error, Symbol, Function, Intl.Segmenter, TextEncoder, TextDecoder)
  // Each root's own chain, and its instances' (its prototype's).
  for (const root of roots)
    for (const start of [root, (root as { prototype?: object }).prototype])
      for (let object = start ?? null; object !== null; object = Object.getPrototypeOf(object))
        for (const name of Object.getOwnPropertyNames(object)) names.add(name)
  return names
}

/**
 * The names of `names` that are not safe to shorten: a property of the
 * runtime's objects, a name of `publicText`'s code (the public types and the
 * schema's keys), a property of `chronoCode` (".name" or "name:"), or a
 * string of `sourceText`'s code ('name', "name" or `name`) outside its lists
 * of words.
 */
export function unsafeInternalProperties(
  names: readonly string[],
  publicText: string,
  chronoCode: string,
  sourceText: string,
): string[] {
  const code = withoutWordLists(withoutComments(sourceText))
  const visible = publicCode(publicText)
  const runtime = runtimeProperties()
  return names.filter(
    (name) =>
      runtime.has(name) ||
      hasWord(visible, name) ||
      new RegExp(`\\.${name}(?![\\w$])|(?<![\\w$])${name}\\s*:`, 'u').test(chronoCode) ||
      new RegExp(`['"\`]${name}['"\`]`, 'u').test(code),
  )
}
