/**
 * First names written with accents that the lists hold without them: "Léon",
 * "Jérôme", "Hélène", "Clément". The data packages of first names spell most
 * names in ASCII, so such a name is looked up by its letters without their
 * marks, where the lists know no name as written.
 */
import { withoutMarks } from '../chars.js'
import { hashOf } from './hash.js'
import { lexicon } from './lexicon.js'
import { lowerAt, TokenFlag, type Tokens } from './tokenize.js'

/**
 * Gives each capitalised word with a letter beyond ASCII that the lists do
 * not know the hash of its letters without their marks, when that is a first
 * name the lists know ("Léon" is looked up as "leon"). One pass; only such
 * words (rare) are read.
 */
export function foldAccentedFirstNames(tokens: Tokens): void {
  const { firstNames, known } = lexicon()
  const { flags, hash } = tokens
  for (let k = 0; k < tokens.count; k++) {
    // A word with a capital and a letter beyond ASCII is "complex" (see tokenize.ts).
    const flag = flags[k] as number
    if ((flag & FOLDABLE) !== FOLDABLE || known.has(hash[k] as number)) continue
    const lower = lowerAt(tokens, k)
    const plain = withoutMarks(lower)
    if (plain === lower) continue
    const folded = hashOf(plain)
    if (firstNames.has(folded)) hash[k] = folded
  }
}
const FOLDABLE = TokenFlag.word | TokenFlag.capitalised | TokenFlag.complex
