/**
 * Reports cued by more than a reporting verb: a stance ("X endorsed Cruz",
 * "X wants to bring back the 1990s"), a participle going on from the verb
 * before it ("X said A, adding that B") and "X made it clear that CLAUSE".
 */
import { FINITE_REPORTS, PARTICIPLES, REPORTING, STANCE_VERBS } from '../lexicon/speech.js'
import { afterGerund, isBareNoun, isNamingParticiple, isNoun } from './cues.js'
import {
  clauseAfterParticiple,
  isThat,
  MIN_CLAUSE_WORDS,
  NOT_CLAUSE_OPENERS,
  type Reported,
  isPassive,
  isPrizeAt,
  isAmountAt,
} from './report-words.js'
import { relativeClauseEnd } from './relative-clause.js'
import { backwardSource } from './sources.js'
import { subjectOf } from './subjects.js'
import { nextIndexOf, type Word } from './words.js'
import { ARTICLES } from './source-words.js'
import { FINITE_AUXILIARY_WORDS } from '../lexicon/grammar-words.js'

/** Forms of "make" in "made it clear that". */
const MAKE = new Set(['make', 'makes', 'made', 'making'])

/** "X made (it) clear (that) CLAUSE", with "clear" at word `k`: a report cued by the phrase. */
export function readMadeClear(
  words: readonly Word[],
  k: number,
  end: number,
): Omit<Reported, 'segment'> | null {
  if ((words[k] as Word).lower !== 'clear') return null
  const made = words[k - 1]?.lower === 'it' ? k - 2 : k - 1
  if (!MAKE.has(words[made]?.lower ?? '')) return null
  const clauseStart = isThat(words[k + 1]) ? k + 2 : k + 1
  const first = words[clauseStart]
  if (!first || first.punct || NOT_CLAUSE_OPENERS.has(first.lower)) return null
  if (words.length - clauseStart < MIN_CLAUSE_WORDS) return null
  const source = backwardSource(words, made - 1)
  if (!source) return null
  const cue = { start: (words[made] as Word).start, end: (words[k] as Word).end }
  return { content: { start: first.start, end }, cue, source }
}

/**
 * A participle or a stance verb at word `k` of the sentence [start, end):
 * "X ..., saying CLAUSE" / "X endorsed Cruz".
 */
export function readStance(
  words: readonly Word[],
  k: number,
  start: number,
  end: number,
): Omit<Reported, 'segment'> | null {
  const word = words[k] as Word
  const cue = { start: word.start, end: word.end }
  const next = words[k + 1]
  if (!next || next.punct) return null
  // "adding to her lead", "thanks to a big win", "a rally planned for Thursday": no report.
  if (NOT_REPORTS_BEFORE_TO.has(word.lower) && next.lower === 'to') return null
  if (PLANS.has(word.lower) && next.lower !== 'to') return null
  // "who declined to be named", "refused to be interviewed": a request to stay unnamed, no stance.
  if (
    DECLINING.has(word.lower) &&
    next.lower === 'to' &&
    words[k + 2]?.lower === 'be' &&
    NOT_NAMED.has(words[k + 3]?.lower ?? '')
  )
    return null
  // "The court declined to hear the case", "refused to intervene": a body's act refused, no stance.
  if (DECLINING.has(word.lower) && next.lower === 'to' && ACTS.has(words[k + 2]?.lower ?? ''))
    return null
  // "declined an interview request", "refused the offer": a thing turned down, no stance.
  if (DECLINING.has(word.lower) && THING_OPENERS.has(next.lower)) return null
  // "declined to say", "refused to cooperate": a refusal of what the infinitive does; "declined
  // slightly from 58 percent", "declined to $281 million": a figure that fell, no one's stance.
  if (FALLING.has(word.lower) && isFigureFall(words, k + 1)) return null
  // "agreed with Trump", "agreed to testify" are stances; "agreed a £65m fee", "agreed terms" not.
  if (AGREEING.has(word.lower) && next.lower !== 'to' && next.lower !== 'with') return null
  // "have attacked shipping in the Red Sea", "slammed into a building": a blow, no words.
  if (STRIKING.has(word.lower) && isPhysicalObject(words, k + 1)) return null
  // "dismissed his finance minister", "dismissed the coach": a post taken from someone, no
  // stance ("dismissed the claims").
  if (
    DISMISSING.has(word.lower) &&
    headOfObject(words, k + 1, DISMISSED) &&
    words[objectEnd(words, k + 1)]?.lower !== 'as'
  )
    return null
  // "defended his title": a prize held, not a stance ("defended the decision").
  if (DEFENDING.has(word.lower) && isPrizeAt(words, k + 1)) return null
  if (PARTICIPLES.has(word.lower) && words[k - 1]?.text === ',') {
    const clauseStart = clauseAfterParticiple(words, k)
    if (words.length - clauseStart < MIN_CLAUSE_WORDS) return null
    // "will take longer, adding about 10 days to the schedule": an amount added, no words.
    if (word.lower === 'adding' && isAmountAt(words, k + 1)) return null
    // "Justice Elena Kagan, writing for the dissenters, accused ...", "writing in The New York
    // Times": for whom or where, no clause.
    if (
      word.lower === 'writing' &&
      WRITTEN_FOR.has(words[clauseStart]?.lower ?? '') &&
      !thatWithin(words, clauseStart)
    )
      return null
    // "'Q,' Mr. Ackman said at the time, adding that ...": the source of the verb it goes on from.
    const source = reporterBefore(words, k) ?? subjectOf(words.slice(0, k))
    if (!source) return null
    // "Jones, saying the vote was rigged, refused to concede": the participle set off after the
    // subject reports up to the comma before the sentence's verb.
    const close = source.end === words[k - 2]?.end ? asideEnd(words, clauseStart) : -1
    const contentEnd = close > 0 ? (words[close - 1] as Word).end : end
    return { content: { start: (words[clauseStart] as Word).start, end: contentEnd }, cue, source }
  }
  if (STANCE_VERBS.has(word.lower)) {
    if (NOT_CLAUSE_OPENERS.has(next.lower) && next.lower !== 'to' && next.lower !== 'for')
      return null
    // "A teacher who asked not to be named because she feared retaliation said ...": a stance
    // whose object the sentence's own verb of saying follows is in a clause before that verb.
    if (isBeforeSaying(words, k + 1)) return null
    // "features it calls Apple Intelligence will persuade": a name given inside a clause whose
    // verb follows the name, no stance.
    if (CALLING.has(word.lower) && isNameBeforeVerb(words, k + 1)) return null
    // "the International Rhino Foundation, which supports the sanctuary": what a body does, no
    // stance anyone took in words.
    // (Not a position: "the NRA, which supports the bill", "Poland, which supported Ukraine's bid".)
    if (
      words[k - 1]?.lower === 'which' &&
      SUPPORTING.has(word.lower) &&
      !words.slice(k + 1, k + 1 + MAX_OBJECT_REACH).some((w) => POSITIONS.has(w.lower))
    )
      return null
    // "the report", "late-night calls", "personal attacks": nouns, not stances; "had been
    // criticised for its handling": a passive, whose subject took no stance.
    if (
      isPassive(words, k) ||
      isNoun(words, k) ||
      isBareNoun(words, k) ||
      afterGerund(words, k) ||
      isNamingParticiple(words, k)
    )
      return null
    // "Levin, a superdelegate supporting Clinton, said CLAUSE": a participle inside an aside.
    const comma = nextIndexOf(words, ',', k, words.length)
    if (
      word.lower.endsWith('ing') &&
      /^\p{Ll}/u.test(words[k - 1]?.text ?? '') &&
      comma > 0 &&
      REPORTING.has(words[comma + 1]?.lower ?? '')
    )
      return null
    // "urged Sudan to stop supporting rebels": a participle after another verb is that verb's
    // object; "a Democrat seeking a fourth term": after a noun, it qualifies the noun.
    if (
      word.lower.endsWith('ing') &&
      ((/^\p{Ll}/u.test(words[k - 1]?.text ?? '') && !AUXILIARIES.has(words[k - 1]?.lower ?? '')) ||
        (words[k - 1]?.punct === false && ARTICLES.has(words[k - 2]?.lower ?? '')))
    )
      return null
    // "X defended the deal, saying CLAUSE": the words said are the report, not the stance.
    for (let j = k + 2; j < words.length; j++) {
      if (PARTICIPLES.has((words[j] as Word).lower) && words[j - 1]?.text === ',') return null
    }
    const source = backwardSource(words, k - 1)
    return source
      ? {
          content: {
            start: next.start,
            end: relativeClauseEnd(words, k, k + 1, end, { minWords: 1 }),
          },
          cue,
          source,
        }
      : null
  }
  return null
}

/**
 * The index of the comma that closes an aside opened before word `from`,
 * when a verb follows it ("..., refused to concede", "..., wrote to the
 * court"); -1 when no such comma comes within reach.
 */
function asideEnd(words: readonly Word[], from: number): number {
  const last = Math.min(words.length - 2, from + MAX_ASIDE_WORDS)
  for (let j = from + 1; j <= last; j++) {
    if (words[j]?.text !== ',') continue
    const next = words[j + 1] as Word
    return !next.punct && (FINITE_REPORTS.has(next.lower) || PAST_VERB.test(next.text)) ? j : -1
  }
  return -1
}
/** Most words of a participle's aside: "saying the vote in three states was rigged". */
const MAX_ASIDE_WORDS = 24
/** A verb in the past tense, in lower case: "refused", "wrote" is listed apart. */
const PAST_VERB = /^\p{Ll}+ed$/u

/** Forms of "defend", whose object may be a prize held. */
const DEFENDING = new Set(['defended', 'defends', 'defend', 'defending'])

/** Words that report nothing before "to": "adding to his victories", "thanks to the rain". */
const NOT_REPORTS_BEFORE_TO = new Set(['adding', 'thanks'])

/**
 * Whether the words from `i`, after "declined", tell how much a figure fell: an amount ("40
 * percent", "to $281 million"), a degree ("slightly", "sharply") or "from", "by".
 */
function isFigureFall(words: readonly Word[], i: number): boolean {
  const next = words[i] as Word
  const after = words[i + 1]
  // (Not requests refused: "declined 3 requests from the newspaper".)
  if (/^[\d$£€]/u.test(next.text)) return !REFUSED.has(after?.lower ?? '')
  if (FALL_WORDS.has(next.lower) || isAmountAt(words, i)) return true
  // "declined to $281 million", "declined to its lowest level", "declined for the third
  // straight quarter".
  if (next.lower === 'to' && after !== undefined)
    return (
      /^[\d$£€]/u.test(after.text) ||
      (OWNERS.has(after.lower) && LEVELS.has(words[i + 2]?.lower ?? ''))
    )
  return next.lower === 'for' && words.slice(i + 1, i + 5).some((word) => STREAKS.has(word.lower))
}
/** What is refused in a number: "declined 3 requests". */
const REFUSED = new Set(['requests', 'invitations', 'offers', 'questions', 'interviews', 'calls'])
/** Owners before a level: "to its lowest". */
const OWNERS = new Set(['its', 'their', 'the'])
/** Levels a figure falls to: "its lowest", "the weakest". */
const LEVELS = new Set(['lowest', 'weakest', 'smallest', 'worst', 'least', 'level'])
/** Words of a run of periods: "for the third straight quarter". */
const STREAKS = new Set(['straight', 'consecutive', 'successive', 'running'])
/**
 * Whether a verb of saying in the past follows the words from `i` within a few
 * words, no mark, "that" or "and" between: "retaliation said" of "feared
 * retaliation said the mood had soured".
 */
export function isBeforeSaying(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j < words.length && j <= i + MAX_OBJECT_BEFORE_SAYING; j++) {
    const word = words[j] as Word
    if (word.punct || BEFORE_OWN_SAYING.has(word.lower)) return false
    if (SAID.has(word.lower)) return true
  }
  return false
}
/** Most words of a stance's object before the verb of saying that follows it. */
const MAX_OBJECT_BEFORE_SAYING = 3
const SAID: ReadonlySet<string> = new Set(['said', 'told'])
/** Words after which a verb of saying is the stance's subject's own: "blasted Congress and said". */
const BEFORE_OWN_SAYING: ReadonlySet<string> = new Set(['that', 'and', 'but', 'then'])

/** Words of how far a figure fell: "declined slightly", "declined from 58 percent". */
const FALL_WORDS = new Set([
  ...['slightly', 'sharply', 'significantly', 'steadily', 'steeply', 'modestly', 'from'],
  ...['dramatically', 'markedly', 'substantially', 'somewhat', 'rapidly', 'since'],
])

/** Words that open a thing's noun phrase: "an interview request", "the offer". */
const THING_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their'])
/** Forms of "decline" and "refuse". */
const DECLINING = new Set(['declined', 'declines', 'refused', 'refuses'])
/** Acts of a court or an office that one declines to do, which say nothing: "declined to hear". */
const ACTS: ReadonlySet<string> = new Set([
  ...['hear', 'intervene', 'review', 'reconsider', 'consider', 'extend', 'reinstate'],
  ...['grant', 'block', 'halt', 'overturn', 'lift', 'issue', 'approve', 'fund', 'pay'],
])
/** Forms of "decline", which figures do as well as people: "sales declined 5 percent". */
const FALLING = new Set([
  'declining',
  ...[...DECLINING].filter((word) => word.startsWith('declin')),
])
/** What someone who declines "to be ..." does not want to be: named, quoted, seen. */
const NOT_NAMED = new Set(['named', 'identified', 'quoted', 'interviewed', 'photographed'])

/** Forms of "agree", a stance only before "to" or "with" (a clause after it is a report). */
const AGREEING = new Set(['agreed', 'agrees'])

/** Forms of "call", which give a name as often as a stance: "what it calls Apple Intelligence". */
const CALLING = new Set(['calls', 'called'])

/** Whether capitalised words from word `from` on are followed by a finite verb: "Apple Intelligence will". */
function isNameBeforeVerb(words: readonly Word[], from: number): boolean {
  let j = from
  while (j < words.length && j - from < MAX_NAME_WORDS && /^\p{Lu}/u.test((words[j] as Word).text))
    j++
  return j > from && FINITE_AFTER_NAME.has(words[j]?.lower ?? '')
}
/** Most words of a name given so. */
const MAX_NAME_WORDS = 4
/** Finite verbs after a subject: "will", "is", "has". */
const FINITE_AFTER_NAME = new Set([...FINITE_AUXILIARY_WORDS, 'does', 'did'])

/** Stance verbs that name what a body does for someone: "which supports the sanctuary". */
const SUPPORTING = new Set(['supports', 'supported'])
/** What a stance is taken on: "supports the bill", "supported Ukraine's bid". */
const POSITIONS = new Set([
  ...['bill', 'bills', 'measure', 'referendum', 'bid', 'proposal', 'candidate', 'candidacy'],
  ...['plan', 'law', 'legislation', 'ban', 'deal', 'policy', 'policies', 'amendment', 'motion'],
  ...['independence', 'war', 'nomination', 'campaign', 'ceasefire', 'reform', 'reforms'],
])

/** Stance verbs that name a blow as often as words: "attacked the plan", "attacked a convoy". */
const STRIKING = new Set(['attacked', 'attacks', 'slammed', 'slams'])

/**
 * Whether the object from word `from` on names what is struck by force:
 * "into" right after the verb ("slammed into a wall"), a head noun of a thing
 * struck ("attacked shipping in the Red Sea", "attacked a convoy") or "with"
 * and arms after the object ("attacked the town with drones"). The head is
 * the object's last word before a preposition or a mark: "the closure of the
 * steel plant" and "Trump for sending troops" strike nothing.
 */
function isPhysicalObject(words: readonly Word[], from: number): boolean {
  if (words[from]?.lower === 'into') return true
  if (headOfObject(words, from, STRUCK)) return true
  const j = objectEnd(words, from)
  if (j === from || words[j]?.lower !== 'with') return false
  const armsEnd = Math.min(words.length, j + 1 + MAX_OBJECT_REACH)
  for (let a = j + 1; a < armsEnd && !(words[a] as Word).punct; a++)
    if (ARMS.has((words[a] as Word).lower)) return true
  return false
}
/** The end of the object's noun phrase from word `from`: at a preposition, a conjunction or a mark. */
function objectEnd(words: readonly Word[], from: number): number {
  const last = Math.min(words.length, from + MAX_OBJECT_REACH)
  let j = from
  while (j < last && !(words[j] as Word).punct && !OBJECT_STOPS.has((words[j] as Word).lower)) j++
  return j
}

/** Whether the head (last word) of the object from word `from` is one of `heads`. */
function headOfObject(words: readonly Word[], from: number, heads: ReadonlySet<string>): boolean {
  const end = objectEnd(words, from)
  return end > from && heads.has((words[end - 1] as Word).lower)
}

/**
 * Whether "that" opens a clause within a few words from `from`, before a mark:
 * "writing in his annual letter that ...".
 */
function thatWithin(words: readonly Word[], from: number): boolean {
  const last = Math.min(words.length, from + MAX_OBJECT_REACH + 2)
  for (let j = from; j < last && !(words[j] as Word).punct; j++)
    if ((words[j] as Word).lower === 'that') return true
  return false
}

/** Prepositions after "writing" of whom or where one writes for: "writing for the majority". */
const WRITTEN_FOR = new Set(['for', 'in', 'on', 'at'])

/**
 * Whether word `k` is a verb of writing or proposing whose object is a text
 * drafted or put forward: "wrote the amendment", "proposed a budget".
 */
export function isDrafting(words: readonly Word[], k: number): boolean {
  return DRAFTING.has((words[k] as Word).lower) && headOfObject(words, k + 1, DRAFTS)
}
/** Stance verbs that also take a text one drafts or puts forward. */
const DRAFTING = new Set(['wrote', 'writes', 'proposed', 'proposes'])
/**
 * Heads of the texts of a law or a budget that one drafts: "the amendment", "a budget" (not a
 * book, whose account news data counts as its writer's: "wrote a memoir of her time at").
 */
const DRAFTS = new Set([
  ...['amendment', 'amendments', 'bill', 'bills', 'legislation', 'law', 'laws', 'ordinance'],
  ...['budget', 'budgets', 'resolution', 'regulation', 'regulations', 'rule', 'rules'],
])

/** Stance verbs that also take a post from its holder. */
const DISMISSING = new Set(['dismissed', 'dismisses'])
/** Heads of the objects of a dismissal from a post: "his finance minister", "the coach". */
const DISMISSED = new Set([
  ...['minister', 'coach', 'manager', 'chief', 'executive', 'head', 'director', 'secretary'],
  ...['aide', 'aides', 'official', 'officials', 'general', 'commander', 'ambassador', 'governor'],
  ...['staff', 'employees', 'workers', 'adviser', 'advisor', 'spokesman', 'spokeswoman'],
  ...['prosecutor', 'judge', 'president', 'chairman', 'ceo', 'deputy', 'envoy'],
])

/** How many words after a stance verb are read for its object, and after "with" for arms. */
const MAX_OBJECT_REACH = 6
/** Words that end an object's noun phrase: prepositions and conjunctions. */
const OBJECT_STOPS = new Set([
  ...['in', 'on', 'at', 'for', 'to', 'with', 'over', 'as', 'from', 'by', 'of', 'after', 'near'],
  ...['across', 'off', 'along', 'around', 'during', 'since', 'and', 'or', 'but', 'that'],
])
/** Heads of the objects of a blow: ships, convoys, towns. */
const STRUCK = new Set([
  ...['ship', 'ships', 'shipping', 'vessel', 'vessels', 'tanker', 'tankers', 'boat', 'boats'],
  ...['convoy', 'convoys', 'town', 'towns', 'village', 'villages', 'checkpoint', 'checkpoints'],
  ...['outpost', 'outposts', 'patrol', 'patrols', 'refinery', 'refineries', 'airfield'],
  ...['embassy', 'infrastructure', 'hospital', 'hospitals'],
])
/** Arms that strike: "with drones". */
const ARMS = new Set([
  ...['missile', 'missiles', 'drone', 'drones', 'rocket', 'rockets', 'bomb', 'bombs', 'knife'],
  ...['knives', 'machete', 'machetes', 'guns', 'grenades', 'shells', 'artillery', 'rifles'],
])

/** Forms of "plan", a stance only before "to": "plans to run", not "a rally planned for Friday". */
const PLANS = new Set(['plans', 'planned'])

/** How far back a participle looks for the reporting verb it goes on from. */
const MAX_REPORTER_REACH = 12

/**
 * The source of the reporting verb shortly before word `k` ("Mr. Ackman said
 * at the time, adding"), when one stands there with its source; else null.
 */
function reporterBefore(words: readonly Word[], k: number): { start: number; end: number } | null {
  for (let j = k - 1; j >= Math.max(0, k - MAX_REPORTER_REACH); j--) {
    const word = words[j] as Word
    if (!REPORTING.has(word.lower) || word.lower.endsWith('ing') || isNoun(words, j)) continue
    return backwardSource(words, j - 1)
  }
  return null
}

/** Words before a participle that leave it the sentence's verb: "she is seeking", "now seeking". */
const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'am',
  'also',
  'now',
  'still',
])
