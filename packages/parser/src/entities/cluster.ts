/**
 * Clusters name mentions into entities within one document: the same name,
 * a surname or first name after the full name ("Stoltenberg" after "Jens
 * Stoltenberg"), an acronym after its expansion ("U.S." and "United States").
 * Kinds are voted by the tagger's confidence, so a name typed with confidence
 * once keeps that kind everywhere. The canonical name is the fullest one.
 */
import type { Entity } from '../types.js'
import { isSpaceCode } from './words.js'

/** A name mention as the tagger found it, with the title before it. */
export interface NameMention {
  segment: number
  start: number
  end: number
  text: string
  kind: Entity['kind']
  confidence: number
  title: string | null
}

/** One entity's name mentions and what they say together. */
export interface NameCluster {
  kind: Entity['kind']
  name: string
  aliases: string[]
  titles: string[]
  mentions: NameMention[]
}

const ASCII = /^[\x20-\x7e]*$/u
/** More clusters than this under one key (a common first name) add nothing but cost. */
const MAX_HOMES_PER_KEY = 16
/** Names longer than this are not indexed by their trailing words. */
const MAX_INDEXED_NAME_WORDS = 6
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'du',
  'des',
  'la',
  'le',
  'von',
  'van',
  'der',
  'al',
  'bin',
])

/** Folded form used to compare names: case, quotes, dashes, "the", a final dot. */
export function nameKey(text: string): string {
  if (isPrintableAscii(text)) {
    // Of the quotes and dashes folded below, printable ASCII has only the backtick.
    const quoted = text.includes('`') ? text.replaceAll('`', "'") : text
    return withoutArticle(quoted).toLowerCase().trim()
  }
  return (ASCII.test(text) ? text : text.normalize('NFKC'))
    .replace(/[’‘`]/gu, "'")
    .replace(/[‐-―]/gu, '-')
    .replace(/^the\s+/iu, '')
    .toLowerCase()
    .trim()
}

/** Every character of `text` is printable ASCII (as {@link ASCII} tests). */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < FIRST_PRINTABLE || code > LAST_PRINTABLE) return false
  }
  return true
}
const FIRST_PRINTABLE = 0x20
const LAST_PRINTABLE = 0x7e

/** How many words a folded name has: its white-space runs plus one (it is trimmed). */
function wordCount(key: string): number {
  let count = 1
  let space = false
  for (let i = 0; i < key.length; i++) {
    const isSpace = isSpaceCode(key.charCodeAt(i))
    if (isSpace && !space) count++
    space = isSpace
  }
  return count
}

/** What clustering reads of a name as written: its key, folded words, initials, acronym. */
interface NameForm {
  /** {@link nameKey} the text. */
  key: string
  words: string[]
  /** First letters of the words other than connectors. */
  initials: string
  /** "U.S." -> "us", "UN" -> "un"; null when not an acronym. */
  acronym: string | null
}

/**
 * The forms of the names of one document, each made once: a name is written
 * a few ways many times. A small map for the document stays in cache.
 */
class Forms {
  readonly #byText = new Map<string, NameForm>()

  of(text: string): NameForm {
    let form = this.#byText.get(text)
    if (!form) {
      const key = nameKey(text)
      const words = key.split(/\s+/u).filter(Boolean)
      form = {
        key,
        words,
        initials: words
          .filter((word) => !CONNECTORS.has(word))
          .map((word) => word[0] ?? '')
          .join(''),
        acronym: acronymOf(text),
      }
      this.#byText.set(text, form)
    }
    return form
  }
}

/** "U.S." -> "us", "UN" -> "un"; null when not an acronym. */
function acronymOf(text: string): string | null {
  const bare = text.replace(/\./gu, '')
  return /^\p{Lu}{2,6}$/u.test(bare) ? bare.toLowerCase() : null
}

interface Working {
  mentions: NameMention[]
  votes: Map<Entity['kind'], number>
}

/** Clusters by a key; one map a kind of key. */
type KeyIndex = Map<string, Working[]>

/** Clusters indexed by the keys a shorter name can match them by. */
class Homes {
  readonly #initials: KeyIndex = new Map()
  readonly #first: KeyIndex = new Map()
  readonly #last: KeyIndex = new Map()
  readonly #tail: KeyIndex = new Map()

  add(cluster: Working, form: NameForm): void {
    const { words, initials } = form
    if (words.length < 2) return
    put(this.#initials, initials, cluster)
    put(this.#first, words[0] as string, cluster)
    put(this.#last, words[words.length - 1] as string, cluster)
    // Trailing runs of short names only: a name is a few words ("Ursula von der Leyen").
    if (words.length > MAX_INDEXED_NAME_WORDS) return
    for (let k = 1; k < words.length - 1; k++) put(this.#tail, words.slice(k).join(' '), cluster)
  }

  /** The lists of clusters a mention written `form` may belong to, in order. */
  candidates(form: NameForm): Working[][] {
    const { words, acronym } = form
    const lists: Working[][] = []
    const add = (index: KeyIndex, key: string): void => {
      const list = index.get(key)
      if (list) lists.push(list)
    }
    if (acronym !== null) add(this.#initials, acronym)
    if (words.length === 1) {
      add(this.#first, words[0] as string)
      add(this.#last, words[0] as string)
    } else if (words.length === 2) add(this.#tail, words.join(' '))
    return lists
  }
}

function put(index: KeyIndex, key: string, cluster: Working): void {
  const list = index.get(key)
  if (!list) index.set(key, [cluster])
  else if (list[list.length - 1] !== cluster && !list.includes(cluster)) {
    // A key is shared by few clusters (a surname, a first name): the list stays short.
    if (list.length < MAX_HOMES_PER_KEY) list.push(cluster)
  }
}

/** Groups `names` (in reading order) into clusters. */
export function clusterNames(names: readonly NameMention[]): NameCluster[] {
  const groups = new Map<string, NameMention[]>()
  const forms = new Forms()
  for (const name of names) {
    const key = forms.of(name.text).key
    if (!key) continue
    const group = groups.get(key)
    if (group) group.push(name)
    else groups.set(key, [name])
  }
  // Fuller names first, so that short forms find the cluster of their full form.
  const ordered = [...groups.entries()]
    .map(([key, group]) => ({ key, group, size: wordCount(key) }))
    .sort((a, b) => b.size - a.size || firstOf(a.group) - firstOf(b.group))
  const clusters: Working[] = []
  const homes = new Homes()
  for (const { group } of ordered) {
    const form = forms.of((group[0] as NameMention).text)
    const kind = voteOf(group)
    const target = findHome(homes, form, kind)
    if (target) {
      target.mentions.push(...group)
      addVotes(target.votes, group)
      homes.add(target, form)
    } else {
      const votes = new Map<Entity['kind'], number>()
      addVotes(votes, group)
      const cluster = { mentions: [...group], votes }
      clusters.push(cluster)
      homes.add(cluster, form)
    }
  }
  return clusters.map((cluster) => finish(cluster, forms)).sort((a, b) => firstAt(a) - firstAt(b))
}

function firstOf(group: readonly NameMention[]): number {
  const first = group[0] as NameMention
  return first.segment * 1e9 + first.start
}

function firstAt(cluster: NameCluster): number {
  return firstOf(cluster.mentions)
}

function findHome(homes: Homes, form: NameForm, kind: Entity['kind']): Working | null {
  const { words, acronym } = form
  let best: Working | null = null
  for (const list of homes.candidates(form)) {
    for (const cluster of list) {
      const clusterKind = leading(cluster.votes)
      if (!compatible(kind, clusterKind)) continue
      // A single word joins a person by first name or surname only.
      if (words.length === 1 && acronym === null && clusterKind !== 'person') continue
      if (!best || best.mentions.length < cluster.mentions.length) best = cluster
    }
  }
  return best
}

function compatible(a: Entity['kind'], b: Entity['kind']): boolean {
  return a === b || a === 'other' || b === 'other'
}

function addVotes(votes: Map<Entity['kind'], number>, group: readonly NameMention[]): void {
  for (const name of group)
    votes.set(name.kind, (votes.get(name.kind) ?? 0) + 0.1 + name.confidence)
}

function voteOf(group: readonly NameMention[]): Entity['kind'] {
  const votes = new Map<Entity['kind'], number>()
  addVotes(votes, group)
  return leading(votes)
}

function leading(votes: Map<Entity['kind'], number>): Entity['kind'] {
  let kind: Entity['kind'] = 'other'
  let most = -1
  for (const [candidate, weight] of votes) {
    const score = candidate === 'other' ? weight * 0.5 : weight
    if (score > most) {
      kind = candidate
      most = score
    }
  }
  return kind
}

/** `text` without "the" before it; texts without one are returned as they are. */
export function withoutArticle(text: string): string {
  const first = text.charCodeAt(0)
  // Only a text that opens with "t" can lose anything: most are returned at once.
  return first === LOWER_T || first === UPPER_T ? text.replace(/^the\s+/iu, '') : text
}
const LOWER_T = 0x74
const UPPER_T = 0x54

function finish(cluster: Working, forms: Forms): NameCluster {
  const mentions = [...cluster.mentions].sort((a, b) => a.segment - b.segment || a.start - b.start)
  const texts = [...new Set(mentions.map((mention) => withoutArticle(mention.text)))]
  // The fullest name: most words, then most characters, then the first written.
  let name = texts[0] as string
  let nameWords = forms.of(name).words.length
  for (const text of texts) {
    const words = forms.of(text).words.length
    const more = words - nameWords
    if (more > 0 || (more === 0 && text.length > name.length)) {
      name = text
      nameWords = words
    }
  }
  const titles = [
    ...new Set(mentions.map((mention) => mention.title).filter((t): t is string => t !== null)),
  ]
  return {
    kind: leading(cluster.votes),
    name,
    aliases: texts.filter((text) => text !== name),
    titles,
    mentions,
  }
}
