/**
 * Plurals of names that take their kind from their singular: the plural of a
 * surname the document gives a person in full names the family, people ("the
 * Clintons", "the Bushes"); the plural of an acronym the document or the
 * gazetteer types an organisation names organisations ("super PACs").
 */
import { isAsciiUpper } from '../chars.js'
import type { VotedName } from './consistency.js'
import { GROUPS } from './groups.js'
import { hashOf } from './hash.js'
import { lexicon } from './lexicon.js'
import { PARTY_MEMBERS } from './words.js'
import { lowerAt, TokenFlag, type Tokens } from './tokenize.js'
import type { DocumentView, TextView } from './view.js'

/** A confidence of the tagger's in an organisation that a surname's plural does not overrule. */
const SURE_TEAM = 0.8

/** The plurals of one document's names, read against its other names. */
export class Plurals {
  readonly #doc: DocumentView
  readonly #surnames: Set<number>
  readonly #acronyms: Set<number>

  constructor(doc: DocumentView, names: readonly VotedName[]) {
    this.#doc = doc
    this.#surnames = personSurnames(doc, names)
    this.#acronyms = organizationAcronyms(doc, names)
  }

  /**
   * The kind the one-word plural `name` takes from its singular: people for a
   * family ("Clintons"), organisations for an acronym ("PACs"); null for any
   * other name.
   */
  kindOf(name: VotedName): 'PER' | 'ORG' | null {
    if (name.first !== name.last) return null
    const tokens = this.#doc.tokens
    const k = (this.#doc.texts[name.text] as TextView).from + name.first
    const { organizations, places } = lexicon()
    if (name.type !== 'ORG') {
      const acronym = acronymSingular(tokens, k)
      if (acronym !== null && (this.#acronyms.has(acronym) || organizations.has(acronym)))
        return 'ORG'
    }
    // "The Browns lost": a team the tagger is sure of stays one, whoever is named Brown.
    if (
      name.type !== 'PER' &&
      !(name.type === 'ORG' && name.confidence >= SURE_TEAM) &&
      this.#surnames.size > 0
    ) {
      const singular = pluralSingular(tokens, k)
      if (
        singular !== null &&
        this.#surnames.has(singular) &&
        !places.has(tokens.hash[k] as number)
      )
        return 'PER'
    }
    return null
  }
}

/**
 * The keys of the surnames of the people `names` names in full ("clinton" of
 * "Bill Clinton"): not a word alone the tagger took for a person
 * ("Republican"), nor a people or a party ("Hispanic", "Democrat"), nor a
 * word the document names otherwise alone ("European").
 */
function personSurnames(doc: DocumentView, names: readonly VotedName[]): Set<number> {
  const keys = new Set<number>()
  const otherwise = new Set<number>()
  const { demonyms } = lexicon()
  const tokens = doc.tokens
  for (const name of names) {
    const last = (doc.texts[name.text] as TextView).from + name.last
    const key = tokens.hash[last] as number
    // "European" alone an other name: "Central European" is no one's name.
    if (name.type !== 'PER') {
      if (name.first === name.last) otherwise.add(key)
      continue
    }
    if (name.first === name.last) continue
    if (GROUPS.hasToken(tokens, last) || PARTY_MEMBERS.hasToken(tokens, last)) continue
    if (!demonyms.has(key)) keys.add(key)
  }
  for (const key of otherwise) keys.delete(key)
  return keys
}

/**
 * For a capitalised plural at token `k` ("Clintons", "Bushes"), the key of
 * its singular ("clinton", "bush"); else null.
 */
function pluralSingular(tokens: Tokens, k: number): number | null {
  if (!((tokens.flags[k] as number) & TokenFlag.capitalised)) return null
  const value = tokens.values[tokens.text[k] as number] as string
  const end = tokens.end[k] as number
  // Most names are turned away here, before a lower-cased copy is made.
  if (
    end - (tokens.start[k] as number) < MIN_PLURAL_LENGTH ||
    (value.charCodeAt(end - 1) | CASE_BIT) !== LOWER_S
  )
    return null
  const lower = lowerAt(tokens, k)
  // "Bushes", "Joneses": "-es" after a hissing sound; else the "-s" alone.
  const cut = /(?:sh|ch|s|x|z)es$/u.test(lower) ? 2 : 1
  return hashOf(lower.slice(0, -cut))
}
const MIN_PLURAL_LENGTH = 4

/** The keys of the acronyms of one word that `names` types organisations ("PAC", "NGO"). */
function organizationAcronyms(doc: DocumentView, names: readonly VotedName[]): Set<number> {
  const keys = new Set<number>()
  for (const name of names) {
    if (name.type !== 'ORG' || name.first !== name.last) continue
    const k = (doc.texts[name.text] as TextView).from + name.first
    if ((doc.tokens.flags[k] as number) & TokenFlag.allCaps) keys.add(doc.tokens.hash[k] as number)
  }
  return keys
}

/** For an acronym's plural ("PACs", "NGOs") at token `k`, the key of the acronym; else null. */
function acronymSingular(tokens: Tokens, k: number): number | null {
  const value = tokens.values[tokens.text[k] as number] as string
  const start = tokens.start[k] as number
  const end = tokens.end[k] as number
  if (end - start < MIN_ACRONYM_PLURAL || value.charCodeAt(end - 1) !== LOWER_S) return null
  for (let i = start; i < end - 1; i++) if (!isAsciiUpper(value.charCodeAt(i))) return null
  return hashOf(value.slice(start, end - 1).toLowerCase())
}
const MIN_ACRONYM_PLURAL = 3
const LOWER_S = 0x73
/** Set in a lower-case ASCII letter's code, clear in its capital's. */
const CASE_BIT = 0x20
