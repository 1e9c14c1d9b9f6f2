/**
 * Teams by a match's result: "Arsenal beat Aston Villa 3-1", "Villa 2-2
 * Brighton", "Chelsea drew 1-1 with Everton". A name a score follows, or that
 * a verb of winning or losing follows in a sentence with a score, is a team's.
 */
import type { VotedName } from './consistency.js'
import { CLUB_NAME_ENDINGS, PARTY_MEMBER_PLURALS } from '../lexicon/organizations.js'
import { lexicon } from './lexicon.js'
import { isInitialAt, isNameCased, lowerAt, nameKey, TokenFlag, type Tokens } from './tokenize.js'
import { ARTICLE } from './organization-names.js'
import { PARTICLES } from './trim.js'
import type { DocumentView, TextView } from './view.js'
import { WordSet } from './words.js'

/** A match's score as one token: "3-1", "92-90" (not a season, "2015-16"). */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/u

/** Verbs of a match's result after the team that won, drew or lost it. */
const RESULT_VERBS = new WordSet([
  ...['beat', 'beats', 'defeated', 'defeats', 'edged', 'thrashed', 'routed', 'hammered'],
  ...['crushed', 'trounced', 'stunned', 'downed', 'drew', 'draws', 'lost', 'loses'],
])

/** Most tokens from a verb of result to its score: "beat Paris Saint-Germain 2-1". */
const MAX_RESULT_REACH = 8

/** Most capitalised words the tagger left out of a team's name before its score: "Aston | Villa 3-1". */
const MAX_LEFT_OUT = 2

/** Whether token `k` (before `to`) is a score. */
function isScore(tokens: Tokens, k: number, to: number): boolean {
  return (
    k < to &&
    ((tokens.flags[k] as number) & TokenFlag.hasDigit) !== 0 &&
    SCORE.test(lowerAt(tokens, k))
  )
}

/**
 * Whether `name` is a team's by a result: a score right after it ("Aston
 * Villa 3-1"), or a verb of result right after it and a score soon after in
 * its sentence ("Arsenal beat Aston Villa 3-1").
 */
export function isTeamByResult(doc: DocumentView, name: VotedName): boolean {
  const view = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  // A country's team is the country ("Romania beat Lithuania 2-1"); a city's is a club, as is
  // the other side of "a 3-1 win at Tottenham", a place the lists do not know.
  if (name.type === 'LOC') {
    const kind = lexicon().places.get(
      nameKey(tokens, view.from + name.first, view.from + name.last),
    )
    if (kind !== 'city')
      return kind === undefined && isAfterResult(tokens, view.from + name.first, view.from, true)
  }
  // "P. Simmons 4-38": a bowler's figures, after a player's initial.
  if (isInitialAt(tokens, view.from + name.first)) return false
  if (isAfterResult(tokens, view.from + name.first, view.from, false)) return true
  const after = view.from + name.last + 1
  if (opensResultSentence(tokens, view.from + name.first, after, view.to)) return true
  // (A person's sets may go without commas: "Taylor Fritz 6-3 6-4".)
  const player = name.type === 'PER'
  if (isScore(tokens, after, view.to)) return !isSets(tokens, after, view.to, player)
  // "Arsenal were held 2-2": a passive's auxiliary before its verb of result, and a match's
  // score (not a primary's "defeated 66-29", nor a tennis player's "beaten 6-4, 6-3").
  let verb = after
  if (verb < view.to && PASSIVE_AUXILIARIES.hasToken(tokens, verb)) verb++
  const passive = verb > after
  if (verb >= view.to || !(passive ? PASSIVE_RESULTS : RESULT_VERBS).hasToken(tokens, verb))
    return false
  const reach = Math.min(view.to, verb + MAX_RESULT_REACH + 1)
  for (let k = verb + 1; k < reach; k++) {
    if ((tokens.flags[k] as number) & TokenFlag.sentenceStart) return false
    // "beating Novak Djokovic 6-2, 6-2, 7-6": a tennis match's sets, between players.
    if (isScore(tokens, k, view.to))
      return passive ? isGoals(tokens, k, view.to) : !isSets(tokens, k, view.to, player)
  }
  return false
}

/**
 * Whether the score at token `k` (before `to`) is a tennis set's, another
 * set's after a comma, or (`bare`) right after it: six or seven games to the
 * winner ("6-2, 7-6", "6-3 6-4 7-5"; not a tie's two legs, "2-0, 3-1 on
 * aggregate"). Sets without commas are only read after a player: a city's
 * team plays two games in a day ("beating Tampa Bay 6-3 7-5").
 */
function isSets(tokens: Tokens, k: number, to: number, bare: boolean): boolean {
  const comma = k + 1 < to && lowerAt(tokens, k + 1) === ','
  if (!comma && !bare) return false
  const next = comma ? k + 2 : k + 1
  return (
    next < to &&
    isScore(tokens, next, to) &&
    SET.test(lowerAt(tokens, k)) &&
    SET.test(lowerAt(tokens, next))
  )
}
/** A tennis set's score: "6-2", "7-6", "4-6". */
const SET = /^(?:[67][-–][0-7]|[0-7][-–][67])$/u

/** Whether the score at token `k` (before `to`) is one digit a side, and no set of a match follows. */
function isGoals(tokens: Tokens, k: number, to: number): boolean {
  return GOALS.test(lowerAt(tokens, k)) && !isSets(tokens, k, to, false)
}

/** Auxiliaries of a passive result: "were held", "was beaten". */
const PASSIVE_AUXILIARIES = new WordSet(['was', 'were'])
/** Verbs of result in the passive, after such an auxiliary. */
const PASSIVE_RESULTS = new WordSet(['held', 'beaten', 'defeated', 'thrashed', 'edged', 'stunned'])
/** Nouns of a result after its score: "a 3-1 win at", "a 2-0 defeat to". */
const RESULT_NOUNS = new WordSet(['win', 'victory', 'defeat', 'loss', 'draw', 'home', 'away'])
/** Prepositions before the other team of a result: "held 2-2 by", "a 3-1 win at". */
const RESULT_LINKS = new WordSet(['by', 'at', 'over', 'against', 'to', 'with'])

/** A match's score of one digit a side: "3-1", not a vote's "306-232". */
const GOALS = /^\d[-–]\d$/u
/** Most tokens from a sentence's opening name to "with a 3-1 win". */
const MAX_WIN_REACH = 12

/**
 * Whether the name opening at token `first` opens its sentence, and the
 * sentence goes on, before `to`, with "with a" and a score of one digit a
 * side and a result's noun ("Chelsea moved up to third with a 3-1 win").
 */
function opensResultSentence(tokens: Tokens, first: number, after: number, to: number): boolean {
  if (!((tokens.flags[first] as number) & TokenFlag.sentenceStart)) return false
  const reach = Math.min(to - 1, after + MAX_WIN_REACH)
  for (let k = after; k < reach; k++) {
    if ((tokens.flags[k] as number) & TokenFlag.sentenceStart) return false
    if (
      lowerAt(tokens, k) === 'with' &&
      lowerAt(tokens, k + 1) === 'a' &&
      GOALS.test(lowerAt(tokens, k + 2)) &&
      RESULT_NOUNS.hasToken(tokens, k + 3)
    )
      return true
  }
  return false
}

/**
 * Whether the name opening at token `first` (its text's tokens from `from`)
 * is the other team of a result before it: a verb of result, a score and
 * "by" ("held 2-2 by Aston Villa"), or a score, a result's noun and a link
 * ("a 3-1 win at Tottenham Hotspur"). Not a vote's or a ruling's tally
 * ("voted 9-3 against Hegseth", "ruled 5-4 with Kagan writing"). With
 * `nounOnly`, only the second.
 */
function isAfterResult(tokens: Tokens, first: number, from: number, nounOnly: boolean): boolean {
  const link = first - 1
  if (link - 2 < from || !RESULT_LINKS.hasToken(tokens, link)) return false
  const before = link - 1
  if (isScore(tokens, before, first))
    return (
      !nounOnly &&
      BY.hasToken(tokens, link) &&
      (PASSIVE_RESULTS.hasToken(tokens, before - 1) || RESULT_VERBS.hasToken(tokens, before - 1))
    )
  if (!RESULT_NOUNS.hasToken(tokens, before)) return false
  // ("a 3-0 home loss to Brentford": where the match was played, between score and noun.)
  const score = VENUES.hasToken(tokens, before - 1) && before - 2 >= from ? before - 2 : before - 1
  return isScore(tokens, score, first)
}
const VENUES = new WordSet(['home', 'away'])
const BY = new WordSet(['by'])

/**
 * Whether `name` is a place's name and a capitalised plural, as the clubs of
 * American leagues are named: "Los Angeles Lakers", "Kansas City Chiefs",
 * "Denver Nuggets". Not a place's parts or features ("Florida Keys", "Canary
 * Islands"), events ("Paris Olympics"), or a party's members there ("Texas
 * Democrats"), or a person's name ("Van Voorhis", "Austin Reaves").
 */
export function isPlaceTeam(doc: DocumentView, name: VotedName): boolean {
  if (name.last - name.first < 1 || name.last - name.first > MAX_PLACE_TEAM_TOKENS) return false
  const { from, to } = doc.texts[name.text] as TextView
  const tokens = doc.tokens
  const last = from + name.last
  // The plural read from the text's characters: most names end in no "s", and no string is made.
  const value = tokens.values[tokens.text[last] as number] as string
  const end = tokens.end[last] as number
  // ("the Utah Jazz", "the Miami Heat": a team's name in the singular, after "the".)
  const singular =
    (SINGULAR_TEAM_NAMES.hasToken(tokens, last) &&
      name.first > 0 &&
      ARTICLE.hasToken(tokens, from + name.first - 1)) ||
    // "Stoke City", "Leeds United", "Wigan Athletic": a British club, named so with no article
    // (not "Kansas City", "Cape Town": a place's own name, as the lists say below).
    (CLUB_NAME_ENDING_WORDS.hasToken(tokens, last) &&
      !lexicon().places.has(nameKey(tokens, from + name.first, last)))
  if (
    !singular &&
    (end - (tokens.start[last] as number) <= MIN_PLURAL_LENGTH ||
      value.charCodeAt(end - 1) !== LOWER_S ||
      value.charCodeAt(end - 2) === LOWER_S ||
      !isNameCased(tokens, last) ||
      NOT_TEAM_PLURALS.hasToken(tokens, last))
  )
    return false
  // "Van Voorhis": a particle opens a surname, whatever place it may name.
  if (PARTICLES.hasToken(tokens, from + name.first)) return false
  const { places, firstNames } = lexicon()
  if (!places.has(nameKey(tokens, from + name.first, last - 1))) return false
  // "Austin Reaves": a place's one word that is a first name too opens a team's name only
  // after "the" ("the Denver Nuggets") or before a word of the team's ("a Dallas Cowboys fan").
  const first = from + name.first
  return (
    last - first > 1 ||
    !firstNames.has(tokens.hash[first] as number) ||
    (name.first > 0 && ARTICLE.hasToken(tokens, first - 1)) ||
    (last + 1 < to && TEAM_WORDS.hasToken(tokens, last + 1))
  )
}
/** Teams' names in the singular after their place's: "Utah Jazz", "Miami Heat", "Minnesota Wild". */
const SINGULAR_TEAM_NAMES = new WordSet([
  ...['jazz', 'magic', 'heat', 'thunder', 'lightning', 'wild', 'avalanche', 'kraken', 'fire'],
  ...['sky', 'storm', 'sun', 'fever', 'dream', 'liberty', 'mercury', 'lynx', 'galaxy', 'crew'],
  ...['revolution', 'dynamo', 'impact'],
])
/** Whether token `k` ends a club's name after its town's, as no person's name ends: "City" of "Hull City". */
export function endsClubName(tokens: Tokens, k: number): boolean {
  return CLUB_NAME_ENDING_WORDS.hasToken(tokens, k)
}
/** Last words of British and other clubs' names after their town's: "Hull City", "Leeds United". */
const CLUB_NAME_ENDING_WORDS = new WordSet(CLUB_NAME_ENDINGS)
/** Lower-case words after a team's name: "Dallas Mavericks owner", "a Dallas Cowboys fan". */
const TEAM_WORDS = new WordSet([
  ...['fan', 'fans', 'owner', 'owners', 'coach', 'quarterback', 'player', 'players', 'star'],
  ...['manager', 'executive', 'president', 'guard', 'forward', 'center', 'pitcher', 'rookie'],
  ...['linebacker', 'receiver', 'game', 'games', 'season', 'roster', 'teammate', 'tight'],
])
const LOWER_S = 0x73
/** Most tokens of a place's team: "Oklahoma City Thunder" has three, "Los Angeles Lakers" three. */
const MAX_PLACE_TEAM_TOKENS = 3
/** Plurals this short are no team's: "Bus", "Gas". */
const MIN_PLURAL_LENGTH = 3
/** Plurals after a place's name that name no team: its parts, features and events. */
const NOT_TEAM_PLURALS = new WordSet([
  ...['islands', 'isles', 'keys', 'mountains', 'hills', 'lakes', 'falls', 'heights', 'springs'],
  ...['highlands', 'lowlands', 'plains', 'woods', 'gardens', 'rapids', 'banks', 'sands'],
  ...['shores', 'valleys', 'fields', 'narrows', 'towers', 'estates', 'docks', 'downs', 'flats'],
  ...['meadows', 'acres', 'parks', 'ponds', 'creeks', 'cliffs', 'dunes', 'marshes', 'states'],
  ...['territories', 'provinces', 'regions', 'districts', 'suburbs', 'olympics', 'paralympics'],
  ...['games', 'talks', 'accords', 'protests', 'riots', 'elections', 'awards', 'times', 'news'],
  ...PARTY_MEMBER_PLURALS,
])

/**
 * `names` with each name extended over the capitalised words the tagger left
 * out of it before a score: "Aston" of "beat Aston Villa 3-1" becomes "Aston
 * Villa", as do "Aston" and "Villa" read as two names.
 */
export function withTeamsBeforeScores(doc: DocumentView, names: readonly VotedName[]): VotedName[] {
  const tokens = doc.tokens
  const out: VotedName[] = []
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as VotedName
    const view = doc.texts[name.text] as TextView
    const next = names[i + 1]
    const end = view.from + name.last
    // "Aston | Villa 3-1": the next name right after it, and a score after that (not a tennis
    // match's sets after a player: "beat American | Taylor Fritz 6-3 6-4").
    if (
      next?.text === name.text &&
      next.first === name.last + 1 &&
      next.last - next.first < MAX_LEFT_OUT &&
      isNameCased(tokens, end + 1) &&
      isScore(tokens, view.from + next.last + 1, view.to) &&
      !isSets(tokens, view.from + next.last + 1, view.to, next.type === 'PER')
    ) {
      out.push({ ...name, last: next.last, type: 'ORG' })
      i++
      continue
    }
    const limit = next?.text === name.text ? view.from + next.first : view.to
    let k = end + 1
    while (k < limit && k - end <= MAX_LEFT_OUT && isNameCased(tokens, k)) k++
    out.push(
      k > end + 1 && isScore(tokens, k, view.to) ? { ...name, last: k - 1 - view.from } : name,
    )
  }
  return out
}
