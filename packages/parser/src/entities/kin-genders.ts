/**
 * The gender a noun of kin gives the person named after it ("Nichols'
 * mother, RowVaughn Wells": female), for people whose first name and forms
 * of address say none.
 */
import { ADDRESS_GENDERS } from '../lexicon/address.js'
import type { Entity } from '../types.js'
import { isSpaceCode } from './words.js'

const COMMA = 0x2c

/** Whether any of a person's titles is a form of address that says a gender ("Mr.", "Ms"). */
export function isAddressed(entity: Entity | undefined): boolean {
  return (entity?.titles ?? []).some((title) => {
    const word = title.slice(title.lastIndexOf(' ') + 1).toLowerCase()
    return ADDRESS_GENDERS.has(word.endsWith('.') ? word.slice(0, -1) : word)
  })
}

/**
 * The gender of the noun of kin set off by a comma right before `start`
 * ("her mother, " -> female); null when none stands there.
 */
export function kinGenderBefore(value: string, start: number): 'male' | 'female' | null {
  let end = start
  while (end > 0 && isSpaceCode(value.charCodeAt(end - 1))) end--
  // Past a role set off with the name: "His daughter, the actor Rashida Jones".
  const role = KIN_ROLE_BEFORE.exec(value.slice(Math.max(0, end - KIN_ROLE_REACH), end))
  // (Not a relation of its own: "the daughter of", "an aide to", "the lawyer representing".)
  if (role && !RELATION_WORDS.test(role[0])) end -= role[0].length
  else if (role) return null
  if (value.charCodeAt(end - 1) !== COMMA) return null
  end--
  let from = end
  while (from > 0 && end - from <= MAX_KIN_LENGTH && /\p{Ll}/u.test(value[from - 1] as string))
    from--
  return KIN_GENDERS.get(value.slice(from, end)) ?? null
}
/** An article and one or two words in lower case before a name: "the actor ". */
const KIN_ROLE_BEFORE = /\s(?:the|an?)(?:\s+\p{Ll}+){1,2}$/u
/** Words of a phrase that relates the name after it to someone else. */
const RELATION_WORDS =
  /\b(?:of|to|for|with|by|from|\p{Ll}+ing|daughter|son|wife|husband|widow|widower|aide|rival|sister|brother|mother|father)$/u
/** Characters before a name read for such a role. */
const KIN_ROLE_REACH = 40
/** Longer than any noun of kin, in letters. */
const MAX_KIN_LENGTH = 14
/** Nouns of kin and the gender each says. */
const KIN_GENDERS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...['mother', 'wife', 'daughter', 'sister', 'grandmother', 'granddaughter', 'widow'].map(
    (noun) => [noun, 'female'] as const,
  ),
  ...['niece', 'aunt', 'stepdaughter', 'fiancee', 'girlfriend', 'stepmother'].map(
    (noun) => [noun, 'female'] as const,
  ),
  ...['father', 'husband', 'son', 'brother', 'grandfather', 'grandson', 'widower'].map(
    (noun) => [noun, 'male'] as const,
  ),
  ...['nephew', 'uncle', 'stepson', 'fiance', 'boyfriend', 'stepfather'].map(
    (noun) => [noun, 'male'] as const,
  ),
])
