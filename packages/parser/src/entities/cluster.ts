/**
 * Clusters name mentions into entities within one document: the same name,
 * a surname or first name after the full name ("Stoltenberg" after "Jens
 * Stoltenberg"), an acronym after its expansion ("U.S." and "United States").
 * Kinds are voted by the tagger's confidence, so a name typed with confidence
 * once keeps that kind everywhere. The canonical name is the fullest one. A
 * surname alone, typed a person, joins the one person-shaped full name it
 * ends ("Adelson" and "Sheldon Adelson"); a word alone that opens one
 * organisation's name and names no person or place is that organisation's
 * short name ("Fox" and "Fox News"). How a name is read (its key, words,
 * acronym, shape) is name-forms.ts.
 */
import type { Entity } from '../types.js'
import { hashOf } from './hash.js'
import { NEWS_AGENCIES } from '../lexicon/credits.js'
import { CLUB_NAME_ENDINGS, CLUB_NICKNAMES, FACILITY_HEADS } from '../lexicon/organizations.js'
import {
  Forms,
  isConnector,
  isPersonShaped,
  nameKey,
  withoutArticle,
  type NameForm,
} from './name-forms.js'
import { ARABIC_ARTICLES, SURNAME_PARTICLES } from '../lexicon/name-openers.js'
import { genderOfFirstName, lexicon } from './lexicon.js'
import { NATION_WORDS } from './national-bodies.js'
import { GENERATION_SUFFIX_WORDS } from './words.js'
import { taggerModel } from './model.js'
import { HEADS } from './organization-names.js'
import {
  BODY_HEAD_WORDS,
  LEGAL_FORM_WORDS,
  MOVEMENT_PLURALS,
  RACING_TEAM_HEADS,
  TEAM_NAME_OPENERS,
} from '../lexicon/organizations.js'
import { ADDRESS_GENDERS, ROYAL_WORDS } from '../lexicon/address.js'
import { STATE_NICKNAMES } from '../lexicon/state-nicknames.js'
import { STORM_KINDS, STORM_QUALIFIERS } from '../lexicon/storms.js'
import { isAsciiLower, isAsciiUpper } from '../chars.js'

/** A name mention as the tagger found it, with the title before it. */
export interface NameMention {
  segment: number
  start: number
  end: number
  text: string
  kind: Entity['kind']
  confidence: number
  title: string | null
  /** A role set off after the name: "chief economist at KPMG" of "Diane Swonk, chief economist at KPMG". */
  role?: string
  /** For a nationality adjective ("Ukrainian"), the country it is of ("Ukraine"). */
  place?: string
  /** A body that words around it set apart from the nation's: "the state Senate". */
  qualified?: true
  /** The country a body's name is of, named right before it: "Saudi Arabia" of "Saudi Foreign Ministry". */
  nation?: string
  /** The nation's adjective as written before the body's name: "Saudi". */
  nationWord?: string
  /** The place whose possessive stands before a body's name: "turkey" of "Turkey's Defence Ministry". */
  owner?: string
}

/** One entity's name mentions and what they say together. */
export interface NameCluster {
  kind: Entity['kind']
  name: string
  aliases: string[]
  titles: string[]
  mentions: NameMention[]
}

/** More clusters than this under one key (a common first name) add nothing but cost. */
const MAX_HOMES_PER_KEY = 16
/** Names longer than this are not indexed by their trailing words. */
const MAX_INDEXED_NAME_WORDS = 6
interface Working {
  mentions: NameMention[]
  votes: Votes
}

/** The mentions of one folded name, in reading order. */
interface Group {
  /** The form of the first mention. */
  form: NameForm<Group>
  mentions: NameMention[]
}

const MAX_AGENCY_ACRONYM = 4
/** News agencies' short names ("ap", "afp"), as acronyms are read: lower-cased, no full stops. */
const AGENCY_ACRONYMS: ReadonlySet<string> = new Set(
  NEWS_AGENCIES.filter((name) => !name.includes(' ') && name.length <= MAX_AGENCY_ACRONYM),
)
/** News agencies' full names, as name keys: "associated press". */
const AGENCY_NAMES: ReadonlySet<string> = new Set(NEWS_AGENCIES.map((name) => nameKey(name)))

const KINDS: readonly Entity['kind'][] = ['person', 'organization', 'place', 'other']
const KIND_INDEX: Readonly<Record<Entity['kind'], number>> = {
  person: 0,
  organization: 1,
  place: 2,
  other: 3,
}
const OTHER = KIND_INDEX.other

/**
 * The votes of a cluster's mentions for its kind, in the order the kinds
 * were first voted for (which settles a tie, as a Map's order did).
 */
class Votes {
  readonly #weights = [0, 0, 0, 0]
  readonly #order: number[] = []

  add(group: readonly NameMention[]): this {
    for (const name of group) {
      const kind = KIND_INDEX[name.kind]
      const weights = this.#weights
      if (!this.#order.includes(kind)) this.#order.push(kind)
      weights[kind] = (weights[kind] as number) + 0.1 + name.confidence
    }
    return this
  }

  /** The weight of all the votes. */
  get total(): number {
    const weights = this.#weights
    return (
      (weights[0] as number) +
      (weights[1] as number) +
      (weights[2] as number) +
      (weights[3] as number)
    )
  }

  /** The kind with the most votes ("other" counting half), the first voted for of equals. */
  get leading(): Entity['kind'] {
    let kind = OTHER
    let most = -1
    for (const candidate of this.#order) {
      const weight = this.#weights[candidate] as number
      const score = candidate === OTHER ? weight * 0.5 : weight
      if (score > most) {
        kind = candidate
        most = score
      }
    }
    return KINDS[kind] as Entity['kind']
  }
}

/** An Arabic article joined to a surname: "al-Bashir", "el-Sisi", "ash-Sharaa". */
const ARABIC_ARTICLE = new RegExp(`^(?:${ARABIC_ARTICLES.join('|')})-(?=\\p{L}{2})`, 'u')

/** `word` without an Arabic article joined to it: "bashir" of "al-bashir". */
function withoutArabicArticle(word: string): string {
  const article = ARABIC_ARTICLE.exec(word)
  return article ? word.slice(article[0].length) : word
}

/** A generation's suffix after a person's name, folded: "Jr.", "Sr", "III". */
const SUFFIX_WORDS: ReadonlySet<string> = new Set(GENERATION_SUFFIX_WORDS)

/** Particles between a name of the middle and a surname: "Lula da Silva", "Sanchez de Lozada". */
const PARTICLES: ReadonlySet<string> = new Set(['da', 'de', 'do', 'dos', 'das', 'del', 'di'])

/** Particles that open a surname, folded: "von" of "von der Leyen". */
const OPENING_PARTICLES: ReadonlySet<string> = new Set(SURNAME_PARTICLES)

/** Connectors of bodies' and works' names, never of a person's: "Dolby Atmos and HDR". */
const NOT_IN_PERSON_NAMES: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for'])

/** Lengths of the shortened first words a one-word name may be: "Fed", "Natl". */
const MIN_SHORTENED = 3
/** Fewest letters of a placed name's initials, the place's own included: "ufda". */
const MIN_PLACED_INITIALS = 3
const MAX_SHORTENED = 4

/** Clusters by a key; one map a kind of key. */
type KeyIndex = Map<string, Working[]>

/** Clusters indexed by the keys a shorter name can match them by. */
class Homes {
  readonly #initials: KeyIndex = new Map()
  /** Clusters of names of several words by the first letters of all their words ("gaop"). */
  readonly #everyInitial: KeyIndex = new Map()
  readonly #first: KeyIndex = new Map()
  readonly #last: KeyIndex = new Map()
  readonly #tail: KeyIndex = new Map()
  /** Clusters of names shaped like a person's ("Barack Obama"), by their last word. */
  readonly #personal: KeyIndex = new Map()
  /** Clusters by the first few letters of their first word, longer than those ("fed" of "federal"). */
  readonly #shortened: KeyIndex = new Map()
  /** Clusters of names that a place or a nationality opens, by the rest ("food and drug administration"). */
  readonly #placed: KeyIndex = new Map()
  /** Clusters of names of several words, by the heads alone they hold ("bank" of "Bank of England"). */
  readonly #heads: KeyIndex = new Map()
  /** Buildings' names of two words by their first: "emirates" of "Emirates Stadium". */
  readonly #buildings: KeyIndex = new Map()
  /** Clusters whose names end in a generation's suffix ("John G. Roberts Jr."). */
  readonly #suffixed = new Set<Working>()
  /** Person-shaped clusters of three words or more, by their middle words ("lula" of "Luiz Inacio Lula da Silva"). */
  readonly #middle: KeyIndex = new Map()
  /** Clusters of a nation's bodies of two words, by the second ("senate" of "U.S. Senate"). */
  readonly #national: KeyIndex = new Map()
  /** Person-shaped clusters of three words or more, by their first and last words ("eleanor vance"). */
  readonly #firstAndLast: KeyIndex = new Map()
  /** Clusters of companies' and teams' names by their stems ("ford" of "Ford Motor Co."). */
  readonly #stems: KeyIndex = new Map()
  /** Ministries and departments by their names, head last, and whether written head first ("justice department|true"). */
  readonly #headLast: KeyIndex = new Map()

  add(cluster: Working, form: NameForm): void {
    const { words, initials } = form
    if (words.length < 2) return
    put(this.#initials, initials, cluster)
    put(this.#everyInitial, everyInitialOf(words), cluster)
    for (const shorter of shorterInitials(words, initials)) put(this.#initials, shorter, cluster)
    put(this.#first, words[0] as string, cluster)
    const last = words[words.length - 1] as string
    put(this.#last, last, cluster)
    if (isPersonShaped(form)) {
      put(this.#personal, last, cluster)
      // "Eleanor Margaret Vance", then "Eleanor Vance": a full name without its middle names.
      if (words.length > 2) put(this.#firstAndLast, `${words[0] as string} ${last}`, cluster)
    }
    if (words.length > 1)
      for (const word of words) if (HEADS_ALONE.has(word)) put(this.#heads, word, cluster)
    if (words.length === 2 && FACILITY_HEADS.has(words[1] as string))
      put(this.#buildings, words[0] as string, cluster)
    // "Luiz Inacio Lula da Silva", then "Lula": a name of the middle, not an initial or a particle.
    // (Not a show's or a thing's name: "Rachel Maddow Show", "Dolby Atmos and HDR".)
    if (
      words.length > 2 &&
      words.length <= MAX_INDEXED_NAME_WORDS &&
      !taggerModel().common.has(hashOf(last)) &&
      !words.some((word) => NOT_IN_PERSON_NAMES.has(word))
    )
      for (let m = 1; m < words.length - 1; m++) {
        const word = words[m] as string
        // A first name second is a given name, another's as likely ("Manuel" of "Andres Manuel
        // Lopez Obrador", "Leo" of "Norbert Leo Butz"), unless a particle follows it ("Lula da
        // Silva"); further on it is a surname ("Sada" of "Carlos Manuel Sada Solana").
        const given =
          m === 1 && lexicon().firstNames.has(hashOf(word)) && !PARTICLES.has(words[m + 1] ?? '')
        if (word.length > 2 && !word.endsWith('.') && !isConnector(word) && !given)
          put(this.#middle, word, cluster)
      }
    // "John G. Roberts Jr.", then "Roberts": the surname before a generation's suffix.
    if (words.length > 2 && SUFFIX_WORDS.has(last)) {
      this.#suffixed.add(cluster)
      const surname = words[words.length - 2] as string
      put(this.#last, surname, cluster)
      if (isPersonShaped({ ...form, words: words.slice(0, -1) }))
        put(this.#personal, surname, cluster)
    }
    // "Omar Hassan al-Bashir", then "Mr. Bashir": the surname without its article.
    const bare = withoutArabicArticle(last)
    if (bare !== last) {
      put(this.#last, bare, cluster)
      if (isPersonShaped(form)) put(this.#personal, bare, cluster)
    }
    const stem = companyStem(words)
    if (stem !== null) put(this.#stems, stem, cluster)
    const headLast = headLastOf(words)
    if (headLast !== null) {
      // Keyed by the way round the name is written, which the other way round looks up.
      const head = headLast[headLast.length - 1] as string
      put(this.#headLast, `${headLast.join(' ')}|${words[0] === head}`, cluster)
      // "the Justice Department", then "the DOJ": the initials of "Department of Justice".
      if (words[0] !== head) {
        const headFirst = [head, 'of', ...headLast.slice(0, -1)]
        const initials = everyInitialOf(headFirst.filter((word) => !isConnector(word)))
        for (const shorter of shorterInitials(headFirst, initials))
          put(this.#initials, shorter, cluster)
      }
    }
    const first = words[0] as string
    for (let length = MIN_SHORTENED; length <= MAX_SHORTENED && length < first.length - 1; length++)
      put(this.#shortened, first.slice(0, length), cluster)
    // "the U.S. Food and Drug Administration", then "the Food and Drug Administration" or "the
    // FDA".
    if (words.length === 2 && NATIONS.has(first)) put(this.#national, words[1] as string, cluster)
    if (words.length > 2 && isPlaceWord(first)) {
      put(this.#placed, words.slice(1).join(' '), cluster)
      // Three letters at least: "cp" of "Chinese Communist Party" would take in a "CP" of its own.
      if (initials.length > MIN_PLACED_INITIALS) {
        put(this.#initials, initials.slice(1), cluster)
        // "CDC" of "the U.S. Centers for Disease Control and Prevention": the shorter ones too.
        for (const shorter of shorterInitials(words.slice(1), initials.slice(1)))
          put(this.#initials, shorter, cluster)
      }
    }
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
    } else {
      // "von der Leyen" (or "Von der Leyen") of "Ursula von der Leyen": a surname with its particles.
      if (words.length === 2 || OPENING_PARTICLES.has(words[0] as string))
        add(this.#tail, words.join(' '))
      add(this.#placed, words.join(' '))
      // (Only one such fuller name: "George Bush" beside "George Walker Bush" and "George
      // Herbert Walker Bush" is either.)
      const fuller = words.length === 2 ? this.#firstAndLast.get(words.join(' ')) : undefined
      if (fuller?.length === 1) lists.push(fuller)
      // "the Justice Department" and "the Department of Justice": one body, its head first or last.
      // (Not "the Foreign Ministry" beside itself, of another nation: see nationsOfBodies.)
      const headLast = headLastOf(words)
      if (headLast !== null)
        add(this.#headLast, `${headLast.join(' ')}|${words[0] !== headLast[headLast.length - 1]}`)
    }
    return lists
  }

  /** The clusters of names of three words or more with `word` in their middle ("lula"). */
  middle(word: string): readonly Working[] {
    return this.#middle.get(word) ?? []
  }

  /** The clusters of a nation's bodies named `word` after the nation's name ("U.S. Senate" of "senate"). */
  national(word: string): readonly Working[] {
    return this.#national.get(word) ?? []
  }

  /** The clusters of buildings' names of two words that `word` opens ("Emirates Stadium"). */
  building(word: string): readonly Working[] {
    return this.#buildings.get(word) ?? []
  }

  /** The clusters of names of several words that hold the head `word` ("bank"). */
  holding(word: string): readonly Working[] {
    return this.#heads.get(word) ?? []
  }

  /** Whether a name of `cluster` ends in a generation's suffix ("Donald Trump Jr."). */
  isSuffixed(cluster: Working): boolean {
    return this.#suffixed.has(cluster)
  }

  /** The clusters of names whose initials are `acronym` (the list {@link candidates} gives). */
  withInitials(acronym: string): readonly Working[] | undefined {
    return this.#initials.get(acronym)
  }

  /** The clusters of names every word of which `acronym` spells the first letter of ("gop" of "Grand Old Party"). */
  spelledWhole(acronym: string): readonly Working[] {
    return this.#everyInitial.get(acronym) ?? []
  }

  /** The clusters whose first word `word` shortens ("Fed" of "Federal Reserve"). */
  shortening(word: string): readonly Working[] {
    return this.#shortened.get(word) ?? []
  }

  /** The clusters of person-shaped names whose last word is `word`. */
  personal(word: string): readonly Working[] {
    return this.#personal.get(word) ?? []
  }

  /** The clusters of companies' and teams' names whose stem is `stem` ("red bull"). */
  stemmed(stem: string): readonly Working[] {
    return this.#stems.get(stem) ?? []
  }

  /** The clusters of names of two words or more that open with `word`. */
  openingWith(word: string): readonly Working[] {
    return this.#first.get(word) ?? []
  }

  /** The clusters of names of two words or more that end with `word`. */
  endingWith(word: string): readonly Working[] {
    return this.#last.get(word) ?? []
  }
}

/**
 * The nation each mention of a body's name is of, where the document names
 * bodies of that one name for two nations or more ("the Saudi Foreign
 * Ministry", "China's Foreign Ministry"): written before it, else that of the
 * last mention before it that says one (the first that says one, before
 * any). Empty for most documents.
 */
function nationsOfBodies(
  names: readonly NameMention[],
  forms: Forms<Group>,
  defined: ReadonlyMap<string, string>,
): Map<NameMention, string> {
  const byKey = new Map<string, Set<string>>()
  for (const name of names) {
    if (name.nation === undefined) continue
    const key = forms.of(defined.get(name.text) ?? name.text).key
    if (!key) continue
    let set = byKey.get(key)
    if (!set) byKey.set(key, (set = new Set()))
    set.add(name.nation)
  }
  const found = new Map<NameMention, string>()
  if (![...byKey.values()].some((set) => set.size > 1)) return found
  const last = new Map<string, string>()
  const pending = new Map<string, NameMention[]>()
  for (const name of names) {
    const key = forms.of(defined.get(name.text) ?? name.text).key
    if (!key || (byKey.get(key)?.size ?? 0) < 2 || name.kind !== 'organization') continue
    // "Turkey's Defence Ministry" beside "the Turkish Defence Ministry": the nation the adjective
    // names, not the last one named.
    const owned =
      name.owner !== undefined && byKey.get(key)?.has(name.owner) ? name.owner : undefined
    const nation = name.nation ?? owned ?? last.get(key)
    if (nation === undefined) {
      const waiting = pending.get(key)
      if (waiting) waiting.push(name)
      else pending.set(key, [name])
      continue
    }
    last.set(key, nation)
    found.set(name, nation)
    for (const waiting of pending.get(key) ?? []) found.set(waiting, nation)
    pending.delete(key)
  }
  return found
}

/** Short names of nations and unions that open their bodies' names (national-bodies.ts). */
const NATIONS: ReadonlySet<string> = new Set(NATION_WORDS)

/** Whether `word` (folded) is a place or a nationality of the lists: "u.s." ("us"), "texas", "british". */
function isPlaceWord(word: string): boolean {
  const { places, demonyms } = lexicon()
  const hash = hashOf(word.endsWith('.') ? word.replaceAll('.', '') : word)
  return places.has(hash) || demonyms.has(hash)
}

function put(index: KeyIndex, key: string, cluster: Working): void {
  const list = index.get(key)
  if (!list) index.set(key, [cluster])
  else if (list[list.length - 1] !== cluster && !list.includes(cluster)) {
    // A key is shared by few clusters (a surname, a first name): the list stays short.
    if (list.length < MAX_HOMES_PER_KEY) list.push(cluster)
  }
}

/**
 * Groups `names` (in reading order) into clusters.
 *
 * @param defined The short names the document defines, with the names they
 *   stand for ("AfD" -> "Alternative for Germany"): a short name clusters as
 *   its name does.
 */
export function clusterNames(
  names: readonly NameMention[],
  defined: ReadonlyMap<string, string> = new Map(),
): NameCluster[] {
  const groups = new Map<string, Group>()
  const forms = new Forms<Group>()
  const nations = nationsOfBodies(names, forms, defined)
  const clubTowns = clubTownsOf(names, forms)
  // The groups of each surname after a form of address ("Ms Doyle"), and the last words of
  // names of several words ("doyle" of "Catherine Doyle").
  const addressed = new Map<string, string[]>()
  const lastWords = new Set<string>()
  for (const name of names) {
    const form = forms.of(defined.get(name.text) ?? name.text)
    if (form.words.length > 1) lastWords.add(form.words[form.words.length - 1] as string)
    // "the Saudi Foreign Ministry" and "the Chinese Foreign Ministry": two bodies of one name;
    // "Mrs Whitmore" and "Mr Whitmore", "Ms Cartwright" (the daughter) and "Mrs Cartwright" (her
    // mother): a surname alone after a form of address that says a gender is a group of its own,
    // which may find another home than the other's.
    // (And "NEWCASTLE, England" of a dateline, the place, and "Newcastle levelled", the club of
    // "Newcastle United".)
    const address = form.words.length === 1 ? addressForm(name) : undefined
    const apart =
      nations.get(name) ??
      (form.words.length !== 1
        ? undefined
        : (address ?? (name.kind === 'place' && clubTowns?.has(form.key) ? name.kind : undefined)))
    if (apart !== undefined && form.key) {
      const key = `${form.key}|${apart}`
      let group = groups.get(key)
      if (group === undefined) {
        group = { form, mentions: [] }
        groups.set(key, group)
        if (apart === address) {
          const keys = addressed.get(form.key)
          if (keys === undefined) addressed.set(form.key, [key])
          else keys.push(key)
        }
      }
      group.mentions.push(name)
      continue
    }
    let group = form.group
    if (group === undefined) {
      if (!form.key) continue
      group = groups.get(form.key)
      if (group === undefined) {
        group = { form, mentions: [] }
        groups.set(form.key, group)
      }
      form.group = group
    }
    group.mentions.push(name)
  }
  joinClubShortNames(groups, clubTowns)
  // "Doyle spoke. Ms Doyle will face the vote": one form of address beside the surname alone,
  // with no full name of the surname, is the same person's.
  for (const [key, keys] of addressed) {
    const plain = groups.get(key)
    if (keys.length !== 1 || plain === undefined || lastWords.has(key)) continue
    plain.mentions.push(...(groups.get(keys[0] as string) as Group).mentions)
    plain.mentions.sort((a, b) => placeOf(a) - placeOf(b))
    groups.delete(keys[0] as string)
  }
  // Fuller names first, so that short forms find the cluster of their full form; a generation's
  // suffix makes no name fuller ("Duncan Hunter" keeps "Hunter" before "Duncan Hunter Sr.").
  const ordered = [...groups.values()].sort(
    (a, b) => fullness(b.form) - fullness(a.form) || firstOf(a.mentions) - firstOf(b.mentions),
  )
  const clusters: Working[] = []
  const homes = new Homes()
  for (const { form, mentions: group } of ordered) {
    const kind = new Votes().add(group).leading
    const target = findHome(homes, form, kind, group)
    const opened = target
      ? null
      : // "Unilever" beside "Unilever Plc", "Ford" beside "Ford Motor Co.": the company,
        // whatever the lexicons say of the word.
        (stemmedHome(homes, form, kind, group) ??
        openedOrganization(homes, form, kind, group) ??
        nationalCongressHome(homes, form) ??
        teamNicknameHome(homes, form) ??
        nicknameHome(homes, form))
    if (opened) {
      // "Fox" of "Fox News", "Lakers" of "Los Angeles Lakers": the short name of the
      // organisation, whatever the tagger typed it.
      const named = group.map((name) => ({ ...name, kind: 'organization' as const }))
      for (const name of named) opened.mentions.push(name)
      opened.votes.add(named)
    } else if (target) {
      for (const name of group) target.mentions.push(name)
      target.votes.add(group)
      homes.add(target, form)
    } else {
      const cluster = { mentions: [...group], votes: new Votes().add(group) }
      clusters.push(cluster)
      homes.add(cluster, form)
    }
  }
  const finished = clusters.map((cluster) =>
    finish(
      cluster,
      forms,
      cluster.mentions.some((mention) => nations.has(mention)),
    ),
  )
  return finished.sort((a, b) => firstAt(a) - firstAt(b))
}

/**
 * The towns that open the names of listed clubs the document names, before a
 * club's ending, to the club's name ("newcastle" to "newcastle united"), of one
 * club each (not "manchester" beside "Manchester City" and "Manchester
 * United"); null for none.
 */
function clubTownsOf(
  names: readonly NameMention[],
  forms: Forms<Group>,
): Map<string, string> | null {
  let towns: Map<string, string> | null = null
  for (const name of names) {
    if (name.kind !== 'organization') continue
    const { words, key } = forms.of(name.text)
    if (words.length !== 2 || !CLUB_ENDINGS.has(words[1] as string)) continue
    if (!lexicon().clubs.has(hashOf(key))) continue
    const town = words[0] as string
    const named = towns?.get(town)
    ;(towns ??= new Map()).set(town, named === undefined || named === key ? key : '')
  }
  return towns
}
const CLUB_ENDINGS: ReadonlySet<string> = new Set(CLUB_NAME_ENDINGS)

/**
 * "Spurs" and "Newcastle" beside "Tottenham Hotspur" and "Newcastle United":
 * the mentions of a club's nickname or town, all typed a body, put in the
 * group of the club's name where the document names it.
 */
function joinClubShortNames(groups: Map<string, Group>, towns: Map<string, string> | null): void {
  for (const [key, group] of groups) {
    const club = CLUB_NICKNAME_NAMES.get(key) ?? towns?.get(key)
    const home = club === undefined ? undefined : groups.get(club)
    if (home === undefined || !group.mentions.every((name) => name.kind === 'organization'))
      continue
    home.mentions.push(...group.mentions)
    home.mentions.sort((a, b) => placeOf(a) - placeOf(b))
    groups.delete(key)
  }
}
const CLUB_NICKNAME_NAMES: ReadonlyMap<string, string> = new Map(CLUB_NICKNAMES)

/** The words of a name, a generation's suffix after two words or more left out. */
function fullness(form: NameForm): number {
  const { words } = form
  return words.length > 2 && SUFFIX_WORDS.has(words[words.length - 1] as string)
    ? words.length - 1
    : words.length
}

function firstOf(group: readonly NameMention[]): number {
  return placeOf(group[0] as NameMention)
}

/** Where `name` stands in the document, as one number in reading order. */
function placeOf(name: NameMention): number {
  return name.segment * 1e9 + name.start
}

function firstAt(cluster: NameCluster): number {
  return firstOf(cluster.mentions)
}

/** A given name's initial after a surname, folded: "p" of "Raman P", "p." of "Raman P.". */
const INITIAL = /^\p{Ll}\.?$/u

function findHome(
  homes: Homes,
  form: NameForm,
  kind: Entity['kind'],
  group: readonly NameMention[],
): Working | null {
  const { words, acronym } = form
  // "Raman P" of a paper's authors, "Fairbairn E": a surname and the initial of the given name
  // of the one person named in full so, by a first name of the lists.
  if (words.length === 2 && INITIAL.test(words[1] as string)) {
    const initial = (words[1] as string).charAt(0)
    const { firstNames } = lexicon()
    const givenSo = (name: NameMention): boolean => {
      const given = nameKey(name.text).split(' ')[0] as string
      return given.startsWith(initial) && firstNames.has(hashOf(given))
    }
    const named = homes
      .endingWith(words[0] as string)
      .filter((cluster) => cluster.votes.leading === 'person' && cluster.mentions.some(givenSo))
    if (named.length === 1) return named[0] as Working
  }
  let best: Working | null = null
  // The people a surname alone may join, when there are several.
  let people: Working[] | null = null
  const initialed = acronym === null ? undefined : homes.withInitials(acronym)
  // "GOP" beside "Grand Old Party" and "Growth and Opportunity Project": the name the acronym
  // spells every word of, before one it skips a word of.
  const spelled = acronym === null ? [] : homes.spelledWhole(acronym)
  const wholeOnly = spelled.some((cluster) => initialed?.includes(cluster))
  for (const list of homes.candidates(form)) {
    for (const cluster of list) {
      const clusterKind = cluster.votes.leading
      // "HHS" typed a person, the initials of "Department of Health and Human Services" (not
      // "U.S." of "U.S. Senate", nor "DRC": a place's code or name).
      const initialsOfBody =
        list === initialed && clusterKind === 'organization' && !isPlaceCode(acronym)
      // "NAIROBI, Kenya (AP) —": a news agency's short name is the agency's, not the initials of
      // a body the story names ("Aspen Pharmacare"), unless that body is the agency.
      if (
        list === initialed &&
        acronym !== null &&
        AGENCY_ACRONYMS.has(acronym) &&
        !cluster.mentions.some((mention) => AGENCY_NAMES.has(nameKey(mention.text)))
      )
        continue
      if (!compatible(kind, clusterKind) && !initialsOfBody) continue
      if (list === initialed && wholeOnly && !spelled.includes(cluster)) continue
      // "Mrs Whitfield" beside "Graham Whitfield": a form of address of the other gender than
      // the full name's first name says is someone else of the family.
      if (words.length === 1 && clusterKind === 'person' && isAddressedOtherwise(group, cluster))
        continue
      // "Prince William" and "President William Ruto": a royal's given name is no one else's
      // (but "Prince Alwaleed" of "Saudi Prince Alwaleed bin Talal").
      if (
        (isRoyal(group) && !isRoyalTitled(cluster.mentions)) ||
        (isRoyal(cluster.mentions) && !isRoyalTitled(group))
      )
        continue
      // "the Supreme Court ... the Missouri Supreme Court": the name the text gives alone first is
      // the nation's body, not the state's or the city's that a place opens later.
      if (words.length > 1 && isLaterLocalBody(cluster, words, group)) continue
      // A single word joins a person by first name or surname only, or a name by its initials
      // ("UN" and "United Nations"; not "SENATE" of a headline in capitals and "Senate Democrats").
      if (words.length === 1 && list !== initialed && clusterKind !== 'person') continue
      // "Trump" beside "Donald Trump" and "Donald Trump Jr.": the name without a suffix.
      if (best && homes.isSuffixed(best) !== homes.isSuffixed(cluster)) {
        if (homes.isSuffixed(best)) best = cluster
        continue
      }
      if (!best || best.mentions.length < cluster.mentions.length) best = cluster
      if (words.length === 1 && clusterKind === 'person') (people ??= []).push(cluster)
    }
  }
  // "Sophie Whitmore ... Daniel Whitmore ... Mrs Whitmore said": a surname after a form of
  // address is the person of its gender named last before it, of several who share it.
  if (people !== null && people.length > 1) {
    // "Thomas" beside "Thomas Kessler" and "Justice Clarence Thomas": a name alone is a surname
    // before it is a first name.
    const surnamed = homes.endingWith(words[0] as string)
    const bySurname = people.filter((cluster) => surnamed.includes(cluster))
    best =
      addressedHome(people, group) ?? (bySurname.length === 1 ? bySurname[0] : undefined) ?? best
  }
  if (best || words.length !== 1) return best
  if (acronym !== null) return headAcronymHome(homes, words[0] as string)
  // "the Fed" after "the Federal Reserve": one organisation whose first word the name shortens,
  // though the tagger took it, unsure, for a person; or the body news clips so, named before a
  // noun and read as no kind's ("after the Fed decision").
  const other = kind === 'other'
  if (kind === 'organization' || other || (kind === 'person' && isUnsurePerson(group))) {
    const shortened = homes
      .shortening(words[0] as string)
      .filter((cluster) => cluster.votes.leading === 'organization')
    // "Fed" beside "Federal Reserve" and "Federal Open Market Committee": the one body news
    // clips so (not "the Federal Deposit Insurance Corp.", named beside it).
    const home =
      shortened.length === 1 && !other ? shortened[0] : clippedHome(shortened, words[0] as string)
    if (home !== undefined) return home
  }
  // "Villa" after "Aston Villa": a listed club's last word alone.
  if (kind === 'organization' || kind === 'other' || isUnsurePerson(group)) {
    const club = clubHome(homes, words[0] as string)
    if (club) return club
  }
  if (kind === 'person')
    return (
      surnameHome(homes, words[0] as string, group) ??
      middleHome(homes, words[0] as string) ??
      buildingHome(homes, words[0] as string)
    )
  if (kind === 'place' || kind === 'organization') {
    const building = buildingHome(homes, words[0] as string)
    if (building !== null) return building
  }
  // "the Senate" after "the U.S. Senate": the one body the nation's name opens (not "the state
  // Senate", "the Congress party").
  if (kind === 'organization' && !group.some((name) => name.qualified)) {
    const national = homes
      .national(words[0] as string)
      .filter((cluster) => cluster.votes.leading === 'organization')
    if (national.length === 1) return national[0] as Working
  }
  // "the Commission" after "the European Commission", "the Bank" after "the Bank of England":
  // the one body whose name holds the head (not beside "Deutsche Bank").
  if (kind === 'organization' && HEADS_ALONE.has(words[0] as string)) {
    const holders = homes
      .holding(words[0] as string)
      .filter((cluster) => cluster.votes.leading === 'organization')
    if (holders.length === 1) return holders[0] as Working
    // ("the Fund" beside "the International Monetary Fund" and its "Extended Fund Facility": the
    // one body whose head it is; not beside "the Bank of England" and "Deutsche Bank", both.)
    const headed = holders.filter((cluster) => isHeadOfName(cluster, words[0] as string))
    if (headed.length === 1) return headed[0] as Working
    // ("The Bank of England ... the Bank" beside "Deutsche Bank": the one body named before it
    // whose name opens with the head, as "the Bank" shortens "the Bank of England".)
    const opened = headed.filter(
      (cluster) =>
        nameKey(fullestName(cluster)).startsWith(`${words[0] as string} of `) &&
        cluster.mentions.some((name) => placeOf(name) < firstOf(group)),
    )
    if (opened.length === 1) return opened[0] as Working
  }
  // "Kalmaegi" after "Typhoon Kalmaegi": a storm's own name.
  if (kind === 'other') {
    const storms = homes
      .endingWith(words[0] as string)
      .filter((cluster) => cluster.mentions.some((name) => STORM_NAME.test(name.text)))
    if (storms.length === 1) return storms[0] as Working
  }
  return null
}
/**
 * Whether `cluster` is an organisation whose fullest name is a state's or a
 * city's name before `words`, a body of government ("Missouri" + "Supreme
 * Court"; not "New York" + "Daily News"), named first after the mentions of
 * `group`, which name `words` alone.
 */
function isLaterLocalBody(
  cluster: Working,
  words: readonly string[],
  group: readonly NameMention[],
): boolean {
  if (cluster.votes.leading !== 'organization') return false
  if (!GOVERNING_HEADS.has(words[words.length - 1] as string)) return false
  const full = fullestName(cluster)
  const form = words.join(' ')
  const lower = nameKey(full)
  if (!lower.endsWith(` ${form}`)) return false
  const place = lexicon().places.get(hashOf(lower.slice(0, -form.length - 1)))
  if (place !== 'state' && place !== 'city') return false
  const first = group[0]
  const clusterFirst = cluster.mentions[0]
  return (
    first !== undefined &&
    clusterFirst !== undefined &&
    (first.segment < clusterFirst.segment ||
      (first.segment === clusterFirst.segment && first.start < clusterFirst.start))
  )
}

/**
 * Whether `head` is the head of the fullest name of `cluster`: its last word
 * ("International Monetary Fund"), or the word before its first "of" ("Bank of
 * England"); not a word that qualifies another ("Extended Fund Facility").
 */
function isHeadOfName(cluster: Working, head: string): boolean {
  const full = fullestName(cluster)
  const words = nameKey(full).split(' ')
  const of = words.indexOf('of')
  return words[words.length - 1] === head || (of > 0 && words[of - 1] === head)
}

/** Heads of bodies that a nation and its states or cities each have: "Supreme Court". */
const GOVERNING_HEADS: ReadonlySet<string> = new Set([
  ...['court', 'senate', 'assembly', 'legislature', 'parliament', 'police', 'government'],
])

/** The first letters of all of `words`, connectors too ("gaop" of "growth and opportunity project"). */
function everyInitialOf(words: readonly string[]): string {
  let initials = ''
  for (const word of words) initials += word.charAt(0)
  return initials
}

/**
 * The initials an acronym may take of a body's name beside all of them
 * (`initials`, of `words`): with a hyphen's parts spelled each ("TNRD" of
 * "Thompson-Nicola Regional District"), without the head before "of" ("HHS" of
 * "Department of Health and Human Services"), without the one word after the
 * last "and" ("CDC" of "Centers for Disease Control and Prevention"), or
 * without both ("ATF" of "Bureau of Alcohol, Tobacco, Firearms and
 * Explosives"); three letters at least.
 */
function shorterInitials(words: readonly string[], initials: string): string[] {
  const headless = BODY_HEADS.has(words[0] as string) && words[1] === 'of'
  const tailless = words.length > 3 && words[words.length - 2] === 'and'
  const shorter: string[] = []
  if (words.some((word) => word.includes('-'))) {
    let hyphenated = ''
    for (const word of words)
      if (!isConnector(word)) for (const part of word.split('-')) hyphenated += part.charAt(0)
    if (hyphenated !== initials) shorter.push(hyphenated)
  }
  // "Bank of Japan" is "BOJ", "Department of Justice" "DOJ": the "of" counted too.
  if (words.includes('of')) {
    let withOf = ''
    for (const word of words) if (word === 'of' || !isConnector(word)) withOf += word.charAt(0)
    if (withOf !== initials) shorter.push(withOf)
  }
  if (headless) shorter.push(initials.slice(1))
  if (tailless) shorter.push(initials.slice(0, -1))
  if (headless && tailless) shorter.push(initials.slice(1, -1))
  return shorter.filter((letters) => letters.length >= MIN_SHORTER_INITIALS)
}
const BODY_HEADS: ReadonlySet<string> = new Set(BODY_HEAD_WORDS)
const MIN_SHORTER_INITIALS = 3

/** Heads that a body of government's name puts first or last: "Ministry of Defence", "Defence Ministry". */
const MOVABLE_HEADS: ReadonlySet<string> = new Set(['department', 'ministry'])

/**
 * The words of a ministry's or a department's name with its head last and
 * without "affairs" ("foreign ministry" of "ministry of foreign affairs",
 * "justice department" of "department of justice" and of itself); null for
 * other names.
 */
function headLastOf(words: readonly string[]): string[] | null {
  const first = words[0] as string
  const last = words[words.length - 1] as string
  let head: string
  let subject: readonly string[]
  if (MOVABLE_HEADS.has(first) && words[1] === 'of') {
    head = first
    subject = words.slice(words[2] === 'the' ? 3 : 2)
  } else if (MOVABLE_HEADS.has(last) && !words.includes('of')) {
    head = last
    subject = words.slice(0, -1)
  } else return null
  if (subject.length > 1 && subject[subject.length - 1] === 'affairs')
    subject = subject.slice(0, -1)
  return subject.length === 0 ? null : [...subject, head]
}

/**
 * The one organisation named as a listed football club that ends in `word`,
 * or opens with it where the word alone is a listed club too ("Bayern" of
 * "Bayern Munich"), if one is; not for a place ("Munich" of "Bayern Munich")
 * or a common word ("United", "Palace"), which name other things alone.
 */
function clubHome(homes: Homes, word: string): Working | null {
  const { clubs, places } = lexicon()
  const hash = hashOf(word)
  if (places.has(hash) || taggerModel().common.has(hash)) return null
  const named = clubs.has(hash)
    ? [...homes.endingWith(word), ...homes.openingWith(word)]
    : homes.endingWith(word)
  let found: Working | null = null
  for (const cluster of named) {
    if (cluster.votes.leading !== 'organization') continue
    if (!cluster.mentions.some((name) => clubs.has(hashOf(name.text.toLowerCase())))) continue
    if (found) return null
    found = cluster
  }
  return found
}

/** Whether `letters` are the code or a name of a country or a state ("us", "dc", "drc"). */
function isPlaceCode(letters: string | null): boolean {
  if (letters === null) return false
  const { placeCodes, places } = lexicon()
  return placeCodes.has(hashOf(letters)) || places.has(hashOf(letters))
}

/** The bodies news names by a clipped word, by that word: "Fed" for the Federal Reserve. */
const CLIPPINGS: ReadonlyMap<string, string> = new Map([['fed', 'federal reserve']])

/** The one cluster of `clusters` whose name opens as the body `word` clips does, if one does. */
function clippedHome(clusters: readonly Working[], word: string): Working | undefined {
  const expansion = CLIPPINGS.get(word)
  if (expansion === undefined) return undefined
  const named = clusters.filter((cluster) =>
    cluster.mentions.some((name) => name.text.toLowerCase().startsWith(expansion)),
  )
  return named.length === 1 ? named[0] : undefined
}

/**
 * The one building whose name of two words `word` opens before the building's
 * head: "Wembley" of "Wembley Stadium", "Heathrow" of "Heathrow Airport"; null
 * for none, or for a place the lists know ("Brussels" beside "Brussels
 * Airport").
 */
function buildingHome(homes: Homes, word: string): Working | null {
  if (lexicon().places.has(hashOf(word))) return null
  const buildings = homes.building(word)
  return buildings.length === 1 ? (buildings[0] as Working) : null
}

/**
 * Heads of bodies' names that stand alone for the body named in full before
 * ("the Commission", "the Court", "the Fund"); not "House", "Senate" or
 * "Congress", which alone name a nation's chamber rather than a state's.
 */
const HEADS_ALONE: ReadonlySet<string> = new Set([
  ...BODY_HEAD_WORDS,
  ...['parliament', 'party', 'bank', 'fund', 'assembly', 'tribunal', 'university'],
  ...['institute', 'foundation', 'union', 'alliance', 'federation', 'association'],
])

/** A storm's name: its kind, then its own name ("Typhoon Kalmaegi", "Super Typhoon Haiyan"). */
const STORM_NAME = new RegExp(
  `^(?:(?:${STORM_QUALIFIERS.join('|')})\\s+)?(?:${STORM_KINDS.join('|')})\\s+\\S+$`,
  'iu',
)

/**
 * The one team whose full name is a place and the plural one word of `form`
 * ("Lakers" and "Los Angeles Lakers", "Warriors" and "Golden State Warriors"), unless
 * the word names a party's members ("Democrats" beside "Texas Democrats": the
 * state's party is not the party).
 */
function nicknameHome(homes: Homes, form: NameForm): Working | null {
  const word = form.words[0] as string
  if (form.words.length !== 1 || !/^\p{Ll}+[^s]s$/u.test(word) || MOVEMENT_PLURALS.has(word))
    return null
  const { places } = lexicon()
  const enders = homes
    .endingWith(word)
    .filter((cluster) => cluster.votes.leading !== 'person' && cluster.votes.leading !== 'place')
  if (enders.length !== 1) return null
  const ender = enders[0] as Working
  const qualifier = qualifierOf(ender)
  return places.has(hashOf(qualifier)) || isStateNickname(qualifier) ? ender : null
}

/** Whether `text` is a club's nickname the lists know: "Gunners", "the Magpies". */
function isClubNickname(text: string): boolean {
  return lexicon().clubNicknames.has(hashOf(text.replace(/^the /iu, '').toLowerCase()))
}

/** The longest name that `cluster`'s mentions write. */
function fullestName(cluster: Working): string {
  return cluster.mentions.reduce((a, b) => (b.text.length > a.length ? b.text : a), '')
}

/**
 * The words before the last of the fullest name of `cluster`, lower-cased:
 * "los angeles" of "Los Angeles Lakers", "indiana" of "Indiana GOP".
 */
function qualifierOf(cluster: Working): string {
  const full = fullestName(cluster)
  return full.slice(0, full.lastIndexOf(' ')).toLowerCase()
}

/** Whether `qualifier` (lower case) is a US state's nickname: "golden state". */
function isStateNickname(qualifier: string): boolean {
  return (
    qualifier.endsWith(' state') &&
    Object.hasOwn(STATE_NICKNAMES, qualifier.slice(0, -' state'.length))
  )
}

/**
 * The one organisation whose name of several words ends with the acronym
 * `word` ("PAC" and "Conservative Solutions PAC", "SVP" and "Eurosceptic
 * SVP"), unless the acronym names a well-known organisation or a place of its
 * own ("CNN" beside "CNN Worldwide") or the name is of a branch in a place or a
 * chamber ("GOP" beside "Indiana GOP", "Hillsborough County GOP", "House GOP").
 */
function headAcronymHome(homes: Homes, word: string): Working | null {
  const { organizations, places } = lexicon()
  const hash = hashOf(word)
  if (organizations.has(hash) || places.has(hash)) return null
  const enders = homes
    .endingWith(word)
    .filter((cluster) => cluster.votes.leading === 'organization')
  if (enders.length !== 1) return null
  const ender = enders[0] as Working
  // "Indiana GOP", "Hillsborough County GOP", "House GOP": a branch in a place or a chamber.
  const qualifier = qualifierOf(ender)
  const branch =
    places.has(hashOf(qualifier)) ||
    qualifier.endsWith(' county') ||
    CHAMBERS.has(qualifier) ||
    qualifier === 'senate'
  return branch ? null : ender
}

/**
 * The one person whose name of three words or more holds `word` in its
 * middle ("Lula" of "Luiz Inacio Lula da Silva", "Rodham" of "Hillary Rodham
 * Clinton"); null when none or several do.
 */
function middleHome(homes: Homes, word: string): Working | null {
  const clusters = homes.middle(word).filter((cluster) => cluster.votes.leading === 'person')
  return clusters.length === 1 ? (clusters[0] as Working) : null
}

/**
 * A person's surname alone ("Obama", typed a person) joins the one full name
 * it ends ("Barack Obama") that the tagger typed otherwise, when the surname's
 * votes outweigh the full name's: a person named in full once, and by surname
 * after, is one person, and the votes of the whole cluster then make it one.
 */
function surnameHome(homes: Homes, word: string, group: readonly NameMention[]): Working | null {
  const clusters = homes.personal(word)
  if (clusters.length !== 1) return null
  const cluster = clusters[0] as Working
  return new Votes().add(group).total > cluster.votes.total ? cluster : null
}

/**
 * The one organisation whose name of several words opens with the single word
 * of `form` ("Fox" and "Fox News", "Goldman" and "Goldman Sachs"), or of
 * several the one company whose legal form ends its name ("Corvana Systems
 * Inc." beside "Corvana Workers Union"), which a short name typed an
 * organisation, or a person the tagger is unsure of (sure, with no title,
 * beside such a company), joins; null when the word also names a person ("Clinton" beside "Hillary
 * Clinton"), is a first name ("Morgan"), the surname of a well-known person
 * ("Obama" beside "the Obama Foundation"), a place ("Washington" beside "the
 * Washington Post") or an organisation of its own ("Microsoft" beside
 * "Microsoft Research", "the Post" beside "the Post Office").
 */
function openedOrganization(
  homes: Homes,
  form: NameForm,
  kind: Entity['kind'],
  group: readonly NameMention[],
): Working | null {
  const { words, acronym } = form
  if (words.length !== 1 || acronym !== null) return null
  if (kind !== 'organization' && kind !== 'person') return null
  const word = words[0] as string
  const { firstNames, organizations, places, surnames } = lexicon()
  const hash = hashOf(word)
  if (places.has(hash) || firstNames.has(hash) || surnames.has(hash)) return null
  // "Microsoft" beside "Microsoft Research", "the Senate" beside "Senate Democrats", "the Post"
  // beside "the Post Office": an organisation of its own is no short name of what it holds.
  if (organizations.has(hash) || HEADS.has(word) || CHAMBERS.has(word)) return null
  const bodies: Working[] = []
  for (const cluster of homes.openingWith(word)) {
    const clusterKind = cluster.votes.leading
    if (clusterKind === 'person') return null
    if (clusterKind === 'organization' && !bodies.includes(cluster)) bodies.push(cluster)
  }
  // "Corvana" beside "Corvana Systems Inc." and "Corvana Workers Union": of several, the one
  // company whose legal form ends its name, which the others are named after.
  const companies = bodies.filter((cluster) =>
    cluster.mentions.some((name) => LEGAL_FORM_END.test(name.text)),
  )
  const company = companies.length === 1 ? (companies[0] as Working) : null
  const found = bodies.length === 1 ? (bodies[0] as Working) : company
  // A person the tagger is sure of only beside such a company: "Clinton" beside "the Clinton
  // Foundation" stays a person.
  if (
    kind === 'person' &&
    !isUnsurePerson(group) &&
    (found === null || found !== company || group.some((name) => name.title !== null))
  )
    return null
  // Not a pair the tagger ran together ("Allergan and Pfizer"), nor a party's members in a
  // body ("Senate Democrats").
  if (!found || found.mentions.some((name) => NOT_ONE_ORGANIZATION.test(name.text))) return null
  const enders = homes.endingWith(word)
  for (const cluster of enders) if (cluster.votes.leading === 'person') return null
  // "Wanderers" beside "Bristol Wanderers" and "the Wanderers Supporters' Trust": the one body
  // the word ends the name of, which the other is named after.
  const ending = enders.filter((cluster) => cluster.votes.leading === 'organization')
  if (ending.length === 1 && ending[0] !== found) return ending[0] as Working
  return found
}
/**
 * "the Thunder" beside "the Oklahoma City Thunder", "the Post" beside "The
 * Washington Post": a team's or a paper's name after its place's, the one
 * body the document names so.
 */
function teamNicknameHome(homes: Homes, form: NameForm): Working | null {
  if (form.words.length !== 1 || form.acronym !== null) return null
  const word = form.words[0] as string
  // (Not "the Senate" beside "the Missouri Senate", nor "Democrats" beside "Iowa Democrats": a
  // chamber or a party alone is the nation's.)
  if (CHAMBERS.has(word) || word === 'senate' || MOVEMENT_PLURALS.has(word)) return null
  const { places } = lexicon()
  const teams = homes.endingWith(word).filter(
    (cluster) =>
      cluster.votes.leading === 'organization' &&
      cluster.mentions.some((name) => {
        const key = nameKey(name.text)
        const space = key.lastIndexOf(' ')
        return space > 0 && key.slice(space + 1) === word && places.has(hashOf(key.slice(0, space)))
      }),
  )
  return teams.length === 1 ? (teams[0] as Working) : null
}

/**
 * "Congress" beside "the Indian National Congress" or "the African National
 * Congress": the party, which its members and the press call by its last word,
 * when the document names one such party.
 */
function nationalCongressHome(homes: Homes, form: NameForm): Working | null {
  if (form.words.length !== 1 || form.words[0] !== 'congress') return null
  const parties = homes
    .endingWith('congress')
    .filter(
      (cluster) =>
        cluster.votes.leading === 'organization' &&
        cluster.mentions.some((name) => NATIONAL_CONGRESS.test(name.text)),
    )
  return parties.length === 1 ? (parties[0] as Working) : null
}
const NATIONAL_CONGRESS = /\bNational Congress$/u

/** A company's legal form ending a name: "Corvana Systems Inc.", "Unilever Plc". */
const LEGAL_FORM_END = new RegExp(
  `\\s(?:${LEGAL_FORM_WORDS.map((form) => form.replaceAll('.', '\\.')).join('|')})$`,
  'iu',
)
/**
 * Of `people` who share a surname, the one whose gender the form of address
 * of `group`'s first mention says ("Mrs" of "Mrs Whitmore") and who was named
 * last before it; null when the address says no gender, or no one fits.
 */
function addressedHome(people: readonly Working[], group: readonly NameMention[]): Working | null {
  const gender = addressGender(group[0] as NameMention)
  if (gender === undefined) return null
  const before = firstOf(group)
  let found: Working | null = null
  let latest = -1
  for (const cluster of people) {
    const full = cluster.mentions.find((name) => name.text.includes(' '))
    if (full === undefined || genderOfFirstName(full.text.split(' ')[0] as string) !== gender)
      continue
    // (Named in full: "Freya" of "Freya's father" says nothing of who "Mrs Whitmore" is.)
    for (const name of cluster.mentions) {
      const at = placeOf(name)
      if (name.text.includes(' ') && at < before && at > latest) {
        latest = at
        found = cluster
      }
    }
  }
  return found
}

/**
 * Whether the form of address of `group`'s first mention says a gender ("Mrs"
 * of "Mrs Whitfield") other than the first name of `cluster`'s full name
 * says ("Graham Whitfield").
 */
function isAddressedOtherwise(group: readonly NameMention[], cluster: Working): boolean {
  const gender = addressGender(group[0] as NameMention)
  if (gender === undefined) return false
  const full = cluster.mentions.find((name) => name.text.includes(' '))
  if (full === undefined) return false
  const named = genderOfFirstName(full.text.split(' ')[0] as string)
  return named !== null && named !== gender
}

/** The form of address before `name` ("mrs" of "Mrs. Whitmore"), when it says a gender. */
function addressForm(name: NameMention): string | undefined {
  const form = name.title?.toLowerCase().replace(/\.$/u, '')
  return form !== undefined && ADDRESS_GENDERS.has(form) ? form : undefined
}

/** The gender the form of address before `name` says ("Mrs" of "Mrs Whitmore"), if any. */
function addressGender(name: NameMention): 'male' | 'female' | undefined {
  const form = addressForm(name)
  return form === undefined ? undefined : ADDRESS_GENDERS.get(form)
}

/** Whether the tagger is unsure that the mentions of `group` name a person (see UNSURE_PERSON). */
function isUnsurePerson(group: readonly NameMention[]): boolean {
  let sum = 0
  for (const name of group) sum += name.confidence
  return sum < UNSURE_PERSON * group.length
}

/**
 * The stem of a company's or a team's name of `words` (folded), without the
 * words of its form before and after ("ford" of "Ford Motor Co.", "red bull"
 * of "Red Bull Racing", "ferrari" of "Scuderia Ferrari"); null when it has
 * none of them, or nothing else.
 */
function companyStem(words: readonly string[]): string | null {
  let from = 0
  let to = words.length
  while (from < to && STEM_OPENERS.has(words[from] as string)) from++
  while (to > from && STEM_ENDINGS.has(words[to - 1] as string)) to--
  return to > from && to - from < words.length ? words.slice(from, to).join(' ') : null
}
const STEM_OPENERS: ReadonlySet<string> = new Set(TEAM_NAME_OPENERS)
/** Words that end a company's or a team's name after its stem: "Motor Co.", "Racing", "Water". */
const STEM_ENDINGS: ReadonlySet<string> = new Set([
  ...LEGAL_FORM_WORDS,
  ...['group', 'holdings', 'company', 'corporation', 'motor', 'motors'],
  // "Severn Vale" of "Severn Vale Water", "Tenke Fungurume" of "Tenke Fungurume Mining".
  ...['water', 'mining', 'energy', 'resources', 'industries'],
  ...RACING_TEAM_HEADS,
  // "Ashbourne" of "Ashbourne United" (not "City" or "Town", whose first words name the place).
  ...CLUB_NAME_ENDINGS.filter((ending) => ending !== 'city' && ending !== 'town'),
])

/**
 * The one company or team whose name's stem is all of `form` ("Ford" of "Ford
 * Motor Co.", "Red Bull" of "Red Bull Racing", "Ferrari" of "Scuderia
 * Ferrari"), for a name typed an organisation, another thing of several
 * words, or a person the tagger is unsure of; null when none or several are.
 */
function stemmedHome(
  homes: Homes,
  form: NameForm,
  kind: Entity['kind'],
  group: readonly NameMention[],
): Working | null {
  // (A person of two words or more, as a stem alone names none: "Severn Vale" of "Severn Vale
  // Water".)
  if (kind === 'place' || (kind === 'person' && form.words.length < 2 && !isUnsurePerson(group)))
    return null
  // ("Islamic" beside "Islamic Group": a word of another thing, an adjective most often.)
  if (kind === 'other' && form.words.length === 1) return null
  const found = homes
    .stemmed(form.words.join(' '))
    .filter((cluster) => cluster.votes.leading === 'organization')
  return found.length === 1 ? (found[0] as Working) : null
}

/** Chambers of legislatures that are no heads of organisations' names ("the House"). */
const CHAMBERS: ReadonlySet<string> = new Set(['house', 'assembly'])
/** A name of two things joined, or of a party's members: "Allergan and Pfizer", "House Republicans". */
const NOT_ONE_ORGANIZATION = /\s(?:and|&)\s|\b(?:Republican|Democrat)/u
/**
 * A word the tagger typed a person with this mean confidence or more stays a person's: it is
 * unsure of "Fox" beside "Fox News" (0.79 and 0.5) but surer of "Clinton" beside "the Clinton
 * Foundation" (0.89).
 */
const UNSURE_PERSON = 0.75

/**
 * Whether `names` are a one-word name that a royal's title opens at least once: "Prince
 * William", "King Charles".
 */
function isRoyal(names: readonly NameMention[]): boolean {
  return names.every((name) => !name.text.includes(' ')) && isRoyalTitled(names)
}

/** Whether a royal's title opens one of `names`. */
function isRoyalTitled(names: readonly NameMention[]): boolean {
  return names.some((name) =>
    ROYAL_WORDS.has(name.title?.slice(name.title.lastIndexOf(' ') + 1).toLowerCase() ?? ''),
  )
}

function compatible(a: Entity['kind'], b: Entity['kind']): boolean {
  return a === b || a === 'other' || b === 'other'
}

const FIRST_NON_ASCII = 0x80

/** Whether `text` has letters and all of them are capitals: "LONDON", "NEW YORK", "NATO". */
function isShouted(text: string): boolean {
  let upper = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isAsciiLower(code)) return false
    if (isAsciiUpper(code)) upper = true
    // Past ASCII, the engine's case mapping says (without a string for each name otherwise).
    else if (code >= FIRST_NON_ASCII)
      return text !== text.toLowerCase() && text === text.toUpperCase()
  }
  return upper
}

/**
 * Whether `name` (in capitals) is a place spelt out: a city or a state the
 * gazetteer holds ("KYIV", "NEW YORK"), a country of five letters or more
 * ("FRANCE"), or words of three letters or more ("CAPE CANAVERAL"); not the
 * letters that stand for a country ("USA", "UK", "DPRK").
 */
function isSpeltPlace(name: string): boolean {
  // ("NSW", "QLD": a state's code, which no vowel spells.)
  if (!VOWEL.test(name)) return false
  const place = lexicon().places.get(hashOf(name.toLowerCase()))
  // "CAPE CANAVERAL", "SIESTA KEY", "CUPERTINO": words, whether the gazetteer knows the place
  // or not (one word of six letters or more, two of them vowels: no acronym).
  if (place === undefined) return SPELT_WORDS.test(name) || SPELT_WORD.test(name)
  if (name.length < MIN_SPELT_PLACE) return false
  return place !== 'country' || name.length >= MIN_SPELT_COUNTRY
}
/** Two words or more of three letters or more ("ST." too): no acronym. */
const SPELT_WORDS = /^(?:\p{L}{2}\.|\p{L}{3,})(?: (?:\p{L}{2}\.|\p{L}{3,}))+$/u
/** One word of six letters or more with two vowels apart: "CUPERTINO" (not "DPRK", "UNMIK"). */
const SPELT_WORD = /^(?=\p{L}{6,}$)\P{Ll}*?[AEIOUY][^AEIOUY]+[AEIOUY]/u
const MIN_SPELT_PLACE = 3
const VOWEL = /[AEIOUY]/u
const MIN_SPELT_COUNTRY = 5

/**
 * "NEW YORK" -> "New York", "WINSTON-SALEM" -> "Winston-Salem", "MCALLEN" ->
 * "McAllen", "O'FALLON" -> "O'Fallon", "RIO DE JANEIRO" -> "Rio de Janeiro",
 * "STOKE-ON-TRENT" -> "Stoke-on-Trent".
 */
function capitalised(text: string): string {
  return text
    .toLowerCase()
    .replace(WORD_OF_PLACE, (word: string, before: string, mc = '', rest: string) => {
      if (/^[\s-]$/u.test(before) && mc === '' && PLACE_PARTICLES.has(rest)) return word
      return before + (mc === '' ? '' : 'Mc') + (rest[0] as string).toUpperCase() + rest.slice(1)
    })
}
/** A word of a place's name, after what opens it ("O'" of "O'Fallon" too), "Mc" apart. */
const WORD_OF_PLACE = /(^|[\s-]|(?<=(?:^|[\s-])\p{Ll})['’])(mc)?(\p{Ll}+)/gu
/** Words that place names write in lower case after their first: "Isle of Man", "Rio de Janeiro". */
const PLACE_PARTICLES = new Set(
  'of the upon on de del da do dos das la le les sur sous au aux en am im an der'.split(' '),
)

/** Last words of laws' and treaties' names: "Digital Markets Act", "Finance Bill". */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'act',
  'bill',
  'treaty',
  'agreement',
  'accord',
])

/** How many words of `text` open with a capital. */
function capitalisedWords(text: string): number {
  return text.split(' ').filter((word) => /^\p{Lu}/u.test(word)).length
}

function finish(cluster: Working, forms: Forms<Group>, split = false): NameCluster {
  const mentions = cluster.mentions.sort((a, b) => a.segment - b.segment || a.start - b.start)
  const textSet = new Set<string>()
  // Each title once, however its case: "Former Florida Gov." opening a sentence is "former
  // Florida Gov.", the form written inside a sentence kept.
  const titleSet = new Map<string, string>()
  // A work every mention of which writes its article keeps it: "The Rain Keepers" (not a body,
  // "Wall Street Journal", nor "Hispanics" that opened a sentence once after "The").
  const work =
    cluster.votes.leading === 'other' &&
    mentions.every((mention) => withoutArticle(mention.text) !== mention.text)
  for (const mention of mentions) {
    textSet.add(work ? mention.text : withoutArticle(mention.text))
    for (const title of [mention.title, mention.role]) {
      if (title === null || title === undefined) continue
      const key = title.toLowerCase()
      const kept = titleSet.get(key)
      if (
        kept === undefined ||
        (isAsciiUpper(kept.charCodeAt(0)) && !isAsciiUpper(title.charCodeAt(0)))
      )
        titleSet.set(key, title)
    }
  }
  const texts = Array.from(textSet)
  const titles = Array.from(titleSet.values())
  // The fullest name: most words, then written in its own case ("London", not the dateline's
  // "LONDON"), then most characters, then the first written.
  let name = texts[0] as string
  let nameWords = forms.of(name).words.length
  let nameShouted = isShouted(name)
  // ("Arsenal", not "Gunners" written first: a club's nickname is no name of its own.)
  let nameNickname = isClubNickname(name)
  for (const text of texts) {
    const words = forms.of(text).words.length
    const more = words - nameWords
    const nickname = isClubNickname(text)
    if (nameNickname && !nickname) {
      name = text
      nameWords = words
      nameShouted = isShouted(text)
      nameNickname = false
      continue
    }
    if (more < 0 || (nickname && !nameNickname)) continue
    const shouted = more === 0 && isShouted(text)
    const caseFirst = nameShouted && !shouted
    const longer = nameShouted === shouted && text.length > name.length
    // ("Penrith Lakes Hospital" of the body, not the headline's "Penrith Lakes hospital".)
    const titled =
      more === 0 &&
      nameShouted === shouted &&
      text.length === name.length &&
      capitalisedWords(text) > capitalisedWords(name)
    if (more > 0 || caseFirst || longer || titled) {
      name = text
      nameWords = words
      nameShouted = more > 0 ? isShouted(text) : shouted
    }
  }
  // "the Digital Markets Act (DMA)": a law's or a treaty's name, which the rules made another
  // thing, stays one beside its acronym, which the tagger reads as a body's.
  const kind =
    cluster.votes.leading === 'organization' &&
    DOCUMENT_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase()) &&
    mentions.some((mention) => mention.kind === 'other' && withoutArticle(mention.text) === name) &&
    mentions.every((mention) => mention.kind === 'other' || forms.of(mention.text).acronym !== null)
      ? 'other'
      : cluster.votes.leading
  // "Saudi Foreign Ministry": a body of one of several nations of one name is named with the
  // nation's word, as written before it.
  const word = split
    ? mentions.find((mention) => mention.nationWord !== undefined)?.nationWord
    : undefined
  if (word !== undefined && !name.startsWith(word)) name = `${word} ${name}`
  // A place the text writes only in capitals (a dateline's "NEW YORK") is named as places are;
  // not a country's letters ("USA", "DPRK").
  if (kind === 'place' && isShouted(name) && isSpeltPlace(name)) name = capitalised(name)
  return {
    kind,
    name,
    // Not the name again in other capitals ("LONDON" beside "London").
    aliases: texts.filter((text) => text.toLowerCase() !== name.toLowerCase()),
    titles,
    mentions,
  }
}
