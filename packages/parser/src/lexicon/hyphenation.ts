/**
 * Hyphenation lexicon: first parts that make real compounds with a hyphen
 * ("long-range", "counter-offensive", "self-defence"), and word endings that are
 * only ever syllables of a broken word. Written from English usage (the prefixes
 * and compound formers that style guides such as AP and Oxford hyphenate);
 * small on purpose: the document's own other uses decide first.
 */

/** First parts of common hyphenated compounds. */
export const COMPOUND_FIRST_PARTS: ReadonlySet<string> = new Set([
  'all', 'anti', 'best', 'bi', 'co', 'counter', 'cross', 'cyber', 'deep', 'e', 'ex', 'far',
  'first', 'full', 'half', 'hard', 'high', 'ill', 'inter', 'large', 'last', 'left', 'long',
  'low', 'mid', 'multi', 'much', 'near', 'neo', 'non', 'old', 'one', 'open', 'over', 'part',
  'post', 'pre', 'pro', 'quasi', 'right', 'second', 'self', 'semi', 'short', 'so', 'small',
  'soviet', 'sub', 'super', 'three', 'top', 'trans', 'two', 'ultra', 'un', 'under', 'vice',
  'well', 'wide', 'world', 'year', 'years', 'middle', 'state', 'four', 'five',
  'ten', 'hundred', 'pan', 'great', 'step', 'would', 'sister', 'brother', 'mother',
  'father', 'in', 'on', 'off', 'out', 'up', 'down', 'back', 'after',
])

/** Word endings that are syllables of a broken word, never words of their own. */
export const BROKEN_WORD_ENDINGS: ReadonlySet<string> = new Set([
  'tion', 'tions', 'sion', 'sions', 'ment', 'ments', 'ness', 'ing', 'ings', 'ed', 'ly',
  'ity', 'ities', 'ance', 'ances', 'ence', 'ences', 'ism', 'ist', 'ists', 'ous', 'ive',
  'ives', 'able', 'ible', 'al', 'als', 'ial', 'ical', 'er', 'ers', 'est', 'ful', 'less',
  'ship', 'ture', 'tures', 'cy', 'ry', 'ty', 'ies', 'es', 's', 'ize', 'ise', 'ized',
  'ised', 'izing', 'ising', 'ure', 'ion', 'ions', 'ate', 'ated', 'ating', 'ative',
])
