/**
 * What the readers of reported speech share: the shape of a report, the
 * words that open or cannot open a reported clause, and small tests on words
 * ("that", a passive, an attitude: "is confident that").
 */
import { isDigit } from '../chars.js'
import { SUBJECT_PRONOUNS } from './source-words.js'
import type { Word } from './words.js'
import { FINITE_AUXILIARY_WORDS } from '../lexicon/grammar-words.js'

/** Reported speech found in one segment: value ranges. */
export interface Reported {
  segment: number
  content: { start: number; end: number }
  cue: { start: number; end: number }
  source: { start: number; end: number } | null
  /** An interview's answer ("A: ..."), whose speaker is the one interviewed. */
  answer?: true
  /**
   * A reported clause that holds a partial quotation ('said the budget showed the government had
   * "no plan" to fix it'): no report of its own, but the claim the quotation is of.
   */
  claim?: true
}

/** Adjectives of attitude: "X is confident that CLAUSE". */
export const ATTITUDES = new Set([
  'confident',
  'concerned',
  'convinced',
  'sure',
  'certain',
  'worried',
  'optimistic',
  'hopeful',
  'aware',
  'adamant',
  'skeptical',
  'sceptical',
  'afraid',
  'fearful',
  'angry',
  'happy',
  'glad',
  'pleased',
  'proud',
  'disappointed',
  'clear',
  'positive',
  'unsure',
  'uncertain',
  'doubtful',
])

/** Reporting words that are as often nouns: cues only before "that". */
export const NOUN_LIKE = new Set([
  'show',
  'states',
  'questions',
  'remarks',
  'charges',
  'answers',
  'figures',
  'posts',
  'projects',
])

/** Words that may stand between the cue and "that": "said on Thursday that". */
export const MAX_GAP_WORDS = 10

export const MIN_CLAUSE_WORDS = 2

/** Words after a cue that do not open a reported clause: "said in a statement", "told to". */
export const NOT_CLAUSE_OPENERS = new Set([
  'according',
  'to',
  'on',
  'in',
  'at',
  'by',
  'for',
  'with',
  'about',
  'from',
  'so',
  'yes',
  'no',
  'nothing',
  'goodbye',
  'hello',
  'as',
  'of',
  'into',
  'during',
  'after',
  'before',
  'through',
  'up',
  'out',
  'off',
  'over',
  'under',
  'again',
  'too',
  'more',
  'less',
  'only',
  'little',
  'much',
  'something',
  'anything',
  'everything',
  'me',
  'him',
  'her',
  'us',
  'them',
  'reporters',
  // "was found guilty", "found dead": a state after the verb, no clause.
  'guilty',
  'dead',
  'liable',
  'innocent',
  'unconscious',
  'alive',
  'and',
  'or',
  'but',
])

/** Forms of "be" before a passive participle. */
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being'])

/** Negations between "be" and a passive participle: "was not announced", "is never told". */
const NEGATIONS = new Set(['not', 'never'])

/**
 * Whether the cue at `k` is a participle after "be" (and adverbs, or a
 * negation): "is usually told", "was not announced".
 */
export function isPassive(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  if (!/(?:ed|told|said|written|known|thought|felt|found|shown|seen|heard)$/u.test(word.lower))
    return false
  let j = k - 1
  while (
    j >= 0 &&
    (/^[a-z]{3,}ly$/u.test((words[j] as Word).text) || NEGATIONS.has((words[j] as Word).lower))
  )
    j--
  return BE.has(words[j]?.lower ?? '')
}

/**
 * The index of the auxiliary that opens a progressive report at word `k`
 * ("is" of "is predicting that", "has" of "has been warning that", "are" of
 * "are also stressing"), or -1 when the word is no reporting participle after
 * a form of "be".
 */
export function progressiveStart(words: readonly Word[], k: number): number {
  // Not "is adding that pitcher", "is repeating that line": participles that take objects.
  const participle = (words[k] as Word).lower
  // "are questioning whether ...": a question's participle before the question only.
  const asks =
    QUESTION_PARTICIPLES.has(participle) && QUESTION_OPENERS.has(words[k + 1]?.lower ?? '')
  if ((!CLAUSE_PARTICIPLES.has(participle) && !asks) || participle === 'adding') return -1
  let j = k - 1
  while (j >= 0 && PROGRESSIVE_ADVERBS.has((words[j] as Word).lower)) j--
  const auxiliary = words[j]?.lower ?? ''
  if (!PROGRESSIVE_AUXILIARIES.has(auxiliary)) return -1
  let opens = j
  if (auxiliary === 'been') {
    // "has been warning", "have already been saying".
    let perfect = j - 1
    while (perfect >= 0 && PROGRESSIVE_ADVERBS.has((words[perfect] as Word).lower)) perfect--
    if (PERFECT.has(words[perfect]?.lower ?? '')) opens = perfect
  }
  // "There have been telling signs that ...": an adjective after "there is", no report.
  return words[opens - 1]?.lower === 'there' ? -1 : opens
}

/** Participles that report a clause more often than they take an object: "saying", "arguing". */
export const CLAUSE_PARTICIPLES: ReadonlySet<string> = new Set([
  ...['saying', 'arguing', 'insisting', 'claiming', 'warning', 'noting', 'suggesting'],
  ...['asserting', 'contending', 'declaring', 'predicting', 'explaining', 'stressing'],
  ...['acknowledging', 'conceding', 'admitting', 'emphasizing', 'emphasising', 'promising'],
  ...['vowing', 'complaining', 'boasting', 'reminding', 'telling', 'adding'],
])

/** Participles of asking, which report the question after them: "are questioning whether". */
const QUESTION_PARTICIPLES = new Set(['asking', 'questioning', 'wondering'])
const QUESTION_OPENERS = new Set(['whether', 'if', 'why', 'how', 'what', 'when'])

/** Forms of "be" before a progressive's participle, with "not" folded in: "aren't saying". */
const PROGRESSIVE_AUXILIARIES = new Set([
  ...['is', 'are', 'am', 'was', 'were', 'been'],
  ...["isn't", "aren't", "wasn't", "weren't", 'isn’t', 'aren’t', 'wasn’t', 'weren’t'],
])
/** Adverbs between a progressive's auxiliary and its participle: "is also stressing", "not". */
const PROGRESSIVE_ADVERBS = new Set([
  ...['also', 'already', 'now', 'still', 'again', 'increasingly', 'not', 'never'],
])
/** Auxiliaries of the perfect: "has been warning". */
const PERFECT = new Set(['has', 'have', 'had'])

/** Cues that are plural nouns too: "Treasury notes", "the claims", "budget estimates". */
const PLURAL_NOUN_CUES = new Set(['notes', 'claims', 'states', 'reports', 'estimates'])
/** The forms of "point", which reports with a particle only: "pointed out", "points to". */
export const POINTING: ReadonlySet<string> = new Set(['point', 'points', 'pointed', 'pointing'])
/** The particles with which "point" reports: "pointed out that", "points to". */
export const POINTED_PARTICLES: ReadonlySet<string> = new Set(['out', 'to'])
/** The forms of "show", which a thing shown to someone follows: "showed Anand a red card". */
const SHOWING = new Set(['show', 'shows', 'showed', 'shown', 'showing'])
/** Who is shown something, before it: "showed him the door". */
const SHOWN_TO = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'journalists'])
/** What opens the thing shown: "a straight red card", "the door". */
const SHOWN_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my'])
/** Verbs a plural subject takes, which open no reported clause: "notes fell", "claims were". */
const VERBS_AFTER_SUBJECT = new Set([
  ...['are', 'were', 'have', 'had', 'fell', 'rose', 'gained', 'slipped', 'jumped', 'dropped'],
])

/** Verbs after which "her" opens the clause as a possessive: "said her family asked". */
const SAY_LIKE = new Set([
  'said',
  'says',
  'say',
  'added',
  'adds',
  'noted',
  'notes',
  'claimed',
  'claims',
])

/** Whether the word after the cue at `k` opens its reported clause: not "said in", "told him". */
export function opensClause(words: readonly Word[], k: number): boolean {
  const next = words[k + 1]
  if (!next || next.punct) return false
  if (next.lower === 'her' && SAY_LIKE.has((words[k] as Word).lower)) return true
  // "two-year Treasury notes fell", "the claims were false": a plural noun, the subject of the
  // verb after it.
  if (PLURAL_NOUN_CUES.has((words[k] as Word).lower) && VERBS_AFTER_SUBJECT.has(next.lower))
    return false
  // "budget estimates hearings next week": a plural noun before another, unless a verb follows
  // that one ("the report estimates costs will rise").
  if (
    (words[k] as Word).lower === 'estimates' &&
    /^\p{Ll}{3,}s$/u.test(next.text) &&
    !AUXILIARIES.has(next.lower) &&
    !OBJECT_OPENERS.has(next.lower)
  )
    return opensSubjectBeforeVerb(words, k + 1)
  // "That prompted pointed questions": "pointed" reports only with "out" or "to", read apart.
  if (POINTING.has((words[k] as Word).lower)) return false
  // "showed Anand a straight red card", "showed reporters the letter": a thing shown to someone.
  if (
    SHOWING.has((words[k] as Word).lower) &&
    (SHOWN_TO.has(next.lower) || /^\p{Lu}/u.test(next.text)) &&
    SHOWN_OPENERS.has(words[k + 2]?.lower ?? '')
  )
    return false
  // "ruled that the commission cannot": a court's holding, only with "that" (not "ruled against
  // the company", "ruled the goal offside").
  if ((words[k] as Word).lower === 'ruled') return isThat(next)
  // "maintained an energetic pace": a verb that mostly takes an object opens a clause only with
  // its subject, a pronoun ("has long maintained they were not marked").
  if (OBJECT_FIRST.has((words[k] as Word).lower)) return CLAUSE_PRONOUNS.has(next.lower)
  if (QUANTITIES.has(next.lower)) return opensQuantifiedSubject(words, k + 1)
  // "said no structures had been lost", "said no one was hurt": a subject that "no" opens, before
  // its verb, after a verb of saying (not "said no to the plan", "said no.", "showed no emotion
  // as the verdict was read", "believed no matter how many times").
  if (next.lower === 'no')
    return (
      SAY_LIKE.has((words[k] as Word).lower) &&
      words[k + 2]?.lower !== 'to' &&
      opensSubjectBeforeVerb(words, k + 1)
    )
  // "said at least 23 people were killed", "up to 80 mph", "as many as 40 percent" (not "told
  // at least 20 residents they had to leave", "questioned at least 12 people").
  if (QUANTITY_REPORTERS.has((words[k] as Word).lower) && isQuantityPhrase(words, k + 1))
    return verbAfterSubject(words, k + 1, TOPIC_WORDS, 3)
  const number = isDigit(next.text.charCodeAt(0))
  const opensPhrase = OBJECT_OPENERS.has(next.lower) || number
  const cue = (words[k] as Word).lower
  // "added a second from the penalty spot", "added 12 points": "added" takes an object too;
  // "added 21 points and Green had 11": a player's or a team's count, whatever follows it.
  if (ADDING.has(cue) && number && TALLIES.has(words[k + 2]?.lower ?? '')) return false
  // "declined an interview request": a thing turned down (not "declined to comment").
  if (DECLINING.has(cue) && OBJECT_OPENERS.has(next.lower)) return false
  // "conceded defeat", "declared their second innings", "declared a state of emergency": an act,
  // no saying.
  if (CONCEDING.has(cue) && next.lower === 'defeat') return false
  if (
    DECLARING.has(cue) &&
    [next, words[k + 2], words[k + 3], words[k + 4]].some((word) =>
      DECLARED_ACTS.has(word?.lower ?? ''),
    )
  )
    return false
  // "have conceded 26 goals", "conceded a late penalty": goals let in, no admission.
  if (
    CONCEDING.has(cue) &&
    (number || OBJECT_OPENERS.has(next.lower)) &&
    [words[k + 2], words[k + 3]].some(
      (word) => TALLIES.has(word?.lower ?? '') || GAME_LOSSES.has(word?.lower ?? ''),
    )
  )
    return false
  // ("had added just 212 homes a year", "added around 292,000 jobs": an amount after a word
  // that rounds it, unless a verb follows, "added nearly 40 families lost their homes".)
  const rounded = ROUNDING.has(next.lower) && isDigit(words[k + 2]?.text.charCodeAt(0) ?? 0)
  if (ADDING.has(cue) && (opensPhrase || rounded)) return opensSubjectBeforeVerb(words, k + 1)
  // "agreed a £65m fee", "agreed terms": a thing agreed, unless a verb follows the phrase
  // ("agreed the plan was sound") or it is a pronoun, a clause's subject ("agreed they should").
  // "found itself at the center", "found a way to win": what was found, no finding.
  if (FINDING.has(cue) && FOUND_OBJECTS.has(next.lower)) return false
  // "found Hartley between the lines": whom a pass found, unless a verb follows the name
  // ("found Trump leading by 7 points", "found the firm acted unlawfully").
  if (
    FINDING.has(cue) &&
    /^\p{Lu}/u.test(next.text) &&
    !CLAUSE_PRONOUNS.has(next.lower) &&
    WHERE_FOUND.has(words[k + 2]?.lower ?? '')
  )
    return false
  if (
    AGREEING.has(cue) &&
    !CLAUSE_PRONOUNS.has(next.lower) &&
    !isThat(next) &&
    !NOT_CLAUSE_OPENERS.has(next.lower)
  )
    return opensSubjectBeforeVerb(words, k + 1)
  // "reported quarterly revenue above estimates": a company's figures, no clause.
  // (An amount's words are no modifiers: "a $6.2 billion quarterly loss".)
  if (
    REPORTING_FIGURES.has(cue) &&
    nounWithin(words, k + 1, FIGURES, MAX_FIGURE_MODIFIERS + amountWords(words, k + 1))
  )
    return false
  // "had expected $101.7 billion": an amount expected is an object, unless a verb follows it
  // ("estimated 20,000 people attended"); so is a figure posted ("India posted 176-7").
  if ((EXPECTING.has(cue) || cue === 'posted' || cue === 'posts') && number)
    return opensSubjectBeforeVerb(words, k + 1)
  // "claimed victory", "claimed the lives of 20 people": "claimed" takes an object too, unless
  // a verb follows it ("claims the title belongs to him").
  if (CLAIMING.has(cue) && claimsObject(words, k + 1, CLAIMED_OBJECTS))
    return opensSubjectBeforeVerb(words, k + 1)
  // "argued some of the most consequential cases of the 1960s": a lawyer's object, a case.
  if (
    ARGUING.has(cue) &&
    opensPhrase &&
    nounWithin(words, k + 1, CASES, MAX_QUANTIFIED_SUBJECT_WORDS)
  )
    return opensSubjectBeforeVerb(words, k + 1)
  return !NOT_CLAUSE_OPENERS.has(next.lower)
}

/**
 * Words that after a verb are mostly its object ("said little", "said more than
 * once") but may open a clause's subject: "said more than 100 people died",
 * "said only a handful of voters had changed their minds".
 */
const QUANTITIES = new Set(['more', 'less', 'fewer', 'much', 'little', 'only', 'about', 'over'])

/** Quantities that open a subject only before a number: "about 20 people", not "about whether". */
const NUMBER_ONLY = new Set(['about', 'over'])

/**
 * Whether a quantity of several words opens at word `q` before a number or a
 * determiner: "at least 23", "at most a third", "up to 80", "as many as 40",
 * whose first word alone opens no clause ("said at the rally", "said as much").
 */
function isQuantityPhrase(words: readonly Word[], q: number): boolean {
  const first = words[q]?.lower
  const second = words[q + 1]?.lower
  const counted = words[q + (first === 'as' ? 3 : 2)]
  if (!counted || !(isDigit(counted.text.charCodeAt(0)) || COUNT_WORDS.has(counted.lower)))
    return false
  if (first === 'at') return second === 'least' || second === 'most'
  if (first === 'up') return second === 'to'
  return (
    first === 'as' &&
    (second === 'many' || second === 'much' || second === 'few') &&
    words[q + 2]?.lower === 'as'
  )
}

/** Verbs that take no one for their object, whose clause a quantity of several words may open. */
const QUANTITY_REPORTERS = new Set([
  ...SAY_LIKE,
  ...['estimated', 'estimates', 'reported', 'reports', 'announced', 'announces', 'confirmed'],
  ...['confirms', 'predicted', 'predicts', 'believe', 'believes', 'believed', 'expect'],
  ...['expects', 'expected', 'found', 'finds', 'showed', 'shows', 'projected', 'projects'],
])

/** Words that count what a quantity's phrase measures: "at least one", "up to a third". */
const COUNT_WORDS = new Set([
  ...['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['dozens', 'hundreds', 'thousands', 'half', 'twice', 'some'],
])

/** Auxiliaries and modals, the finite verb of a clause whose subject a quantity opens. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  ...FINITE_AUXILIARY_WORDS,
  ...['did', 'does', 'do'],
])

/** Most words of a quantified subject before its verb: "more than 100 people in the city". */
const MAX_QUANTIFIED_SUBJECT_WORDS = 10

/**
 * Whether the quantity at word `q` opens a clause's subject: a finite
 * auxiliary follows it within a few words, before any mark ("little had
 * changed", "more than 100 people were killed"); not "said little about it".
 */
function opensQuantifiedSubject(words: readonly Word[], q: number): boolean {
  // "more than 100 people", "about 40 percent": a number is a subject's, not a verb's object.
  const quantity = (words[q] as Word).lower
  if (NUMBER_ONLY.has(quantity) && !/^\d/u.test(words[q + 1]?.text ?? '')) return false
  // "said much about how he is preparing": a topic after the quantity makes it the object;
  // "more than 100 people died": a past verb comes after a subject of two words at least.
  return verbAfterSubject(words, q, TOPIC_WORDS, 3)
}

/**
 * Whether a finite verb follows the phrase that opens at word `q` within a
 * few words: an auxiliary ("little had changed"; a "do" right after it is
 * none), or a past tense from word `q + pastFrom` on ("more than 100 people
 * died"). A mark, a "that" or a word of `stops` first says the phrase is an
 * object.
 */
function verbAfterSubject(
  words: readonly Word[],
  q: number,
  stops: ReadonlySet<string>,
  pastFrom: number,
): boolean {
  let last = Math.min(words.length - 1, q + MAX_QUANTIFIED_SUBJECT_WORDS)
  // Whether the phrase went on past a comma once already.
  let setOff = false
  for (let j = q + 1; j <= last; j++) {
    const word = words[j] as Word
    // "20,000 people" is one word: its comma is none of the phrase's marks.
    // (But "at least 84 Palestinians, including 23 children, were killed", "3,500 passengers,
    // drivers and cargo helpers were stranded": a part set off, or a list, goes on the subject.)
    const resume = word.text === ',' && !setOff && j > q + 1 ? subjectGoesOn(words, j) : -1
    if (resume > 0) {
      setOff = true
      last = Math.min(words.length - 1, last + MAX_QUANTIFIED_SUBJECT_WORDS)
      j = resume - 1
      continue
    }
    if (word.punct) return false
    if (word.lower === 'that' || stops.has(word.lower)) return false
    if (AUXILIARIES.has(word.lower)) return j > q + 1 || word.lower !== 'do'
    if (j >= q + pastFrom && (PAST_VERBS.has(word.lower) || /^[a-z]{3,}ed$/u.test(word.text)))
      return true
  }
  return false
}

/**
 * Where the subject goes on after the comma at word `comma`, or -1: past a
 * part set off that "including" opens and a comma closes ("84 Palestinians,
 * including 23 children, were"), or at the items of a list that "and" ends
 * ("passengers, drivers and cargo helpers"), a few words either way.
 */
function subjectGoesOn(words: readonly Word[], comma: number): number {
  const including = words[comma + 1]?.lower === 'including'
  for (let j = comma + 1; j <= comma + SET_OFF_WORDS; j++) {
    const word = words[j]
    if (!word) return -1
    if (including && word.text === ',') return j + 1
    if (word.punct) return -1
    if (!including && (word.lower === 'and' || word.lower === 'or'))
      return j > comma + 1 ? comma + 1 : -1
  }
  return -1
}
/** Most words of a part set off inside a subject, or of a list's last items. */
const SET_OFF_WORDS = 5

/** Forms of "add", which takes an object as often as a clause ("added a goal"). */
const ADDING = new Set(['added', 'adds', 'add', 'adding'])
/** What a player or a team adds up: "added 21 points", "added two goals". */
const TALLIES = new Set([
  ...['points', 'rebounds', 'assists', 'goals', 'runs', 'yards', 'touchdowns', 'wickets'],
  ...['strikeouts', 'saves', 'tackles', 'steals', 'blocks', 'hits', 'birdies', 'tries'],
])
/** Forms of "decline", which takes a thing turned down as often as an infinitive. */
const DECLINING = new Set(['declined', 'declines', 'decline', 'declining'])
/** Forms of "declare", which does an act as often as it says something. */
const DECLARING = new Set(['declared', 'declares', 'declare', 'declaring'])
/**
 * What is declared by doing it: "declared their innings", "declared a state of emergency" (not
 * war, nor independence: a declaration said).
 */
const DECLARED_ACTS = new Set([
  ...['innings', 'emergency', 'bankruptcy', 'holiday', 'disaster'],
  ...['curfew', 'ceasefire', 'truce', 'dividend', 'candidacy'],
])
/** Forms of "concede", which takes goals as often as a clause ("conceded 26 goals"). */
const CONCEDING = new Set(['conceded', 'concedes', 'concede', 'conceding'])
/** What a side concedes in a game, besides a tally: "a penalty", "a try". */
const GAME_LOSSES = new Set(['penalty', 'goal', 'try', 'run', 'corner', 'equaliser', 'equalizer'])
/** Words that round an amount after them: "just 212", "around 292,000". */
const ROUNDING = new Set(['just', 'around', 'nearly', 'almost', 'roughly', 'under', 'some'])
/** Forms of "agree", which takes a thing agreed as often as a clause ("agreed a deal"). */
const AGREEING = new Set(['agreed', 'agrees', 'agree', 'agreeing'])
/** Forms of "find", whose finding may be a noun phrase ("found Trump leading by 7 points"). */
const FINDING = new Set(['found', 'finds', 'find', 'finding'])
/** Prepositions of where right after the name "found" takes: "found Hartley between the lines". */
const WHERE_FOUND = new Set(['between', 'behind', 'inside', 'outside', 'in', 'at', 'on'])
/** Words after "found" that open what was found: "found itself", "found ways". */
const FOUND_OBJECTS = new Set([
  ...['himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself'],
  ...['way', 'ways', 'time', 'refuge', 'work', 'jobs', 'success', 'common'],
])
/** Verbs of expecting, whose object is often an amount: "had expected $101.7 billion". */
const EXPECTING = new Set([
  ...['expected', 'expects', 'expect', 'forecast', 'forecasts', 'predicted', 'predicts'],
  ...['estimated', 'estimates', 'projected', 'projects'],
])
/** Forms of "report", whose object is often a company's figures: "reported quarterly revenue". */
// "posted a $6.2 billion quarterly loss": a company's figures too.
const REPORTING_FIGURES = new Set(['reported', 'reports', 'report', 'posted', 'posts'])
/** A company's figures, reported without a clause. */
const FIGURES = new Set([
  ...['revenue', 'revenues', 'profit', 'profits', 'earnings', 'sales', 'loss', 'losses'],
  ...['income', 'results', 'growth'],
])

/** Forms of "claim", whose object is often a prize or a blame: "claimed victory". */
const CLAIMING = new Set(['claimed', 'claims', 'claim'])
/** Most words before a figure's noun: "reported quarterly revenue", "a net loss". */
const MAX_FIGURE_MODIFIERS = 2
/** Prizes won or held: "claimed his fifth Grand Slam crown", "defended the title". */
const PRIZES = new Set([
  ...['victory', 'prize', 'title', 'titles', 'seat', 'seats', 'crown', 'win', 'throne'],
  ...['championship', 'trophy', 'medal', 'medals', 'belt', 'majority', 'gold', 'cup'],
])
/** What is claimed without a clause: "claimed victory", "claimed responsibility for". */
const CLAIMED_OBJECTS = new Set([
  ...PRIZES,
  ...['responsibility', 'credit', 'ownership', 'asylum', 'damages', 'compensation'],
  ...['nomination', 'lives', 'life'],
])
/** Most words before the object's noun: "claimed a narrow victory", "his fifth Grand Slam crown". */
const MAX_CLAIM_MODIFIERS = 4

/**
 * Whether the words from `q` are a claim's object, a noun of `objects`, bare
 * or after an article or a number and a few words ("claimed victory",
 * "claimed the lives of", "claimed a narrow victory", "claimed 40 seats");
 * not "claims the NRA's refusal ... is".
 */
function claimsObject(words: readonly Word[], q: number, objects: ReadonlySet<string>): boolean {
  const first = words[q]?.lower ?? ''
  return (
    (objects.has(first) || OBJECT_OPENERS.has(first) || isDigit(first.charCodeAt(0))) &&
    nounWithin(words, q, objects, MAX_CLAIM_MODIFIERS)
  )
}
/**
 * Whether the words from `q` are a prize held or won: "his title", "the world
 * championship"; not a work's title ("the title of the book", "the book's title").
 */
export function isPrizeAt(words: readonly Word[], q: number): boolean {
  if (!claimsObject(words, q, PRIZES)) return false
  let j = q
  while (!PRIZES.has((words[j] as Word).lower)) j++
  if (words[j + 1]?.lower === 'of') return false
  for (let i = q; i < j; i++) if (/^\p{Ll}+['’]s$/u.test((words[i] as Word).text)) return false
  return true
}
/** Forms of "argue", whose object is a case in court: "argued some of the cases". */
const ARGUING = new Set(['argued', 'argues', 'argue'])
/** What is argued in court: "argued the case before the Supreme Court". */
const CASES = new Set(['case', 'cases', 'appeal', 'appeals', 'motion', 'motions', 'lawsuit'])

/** Words that open a noun phrase: an object or a clause's subject. */
const OBJECT_OPENERS = new Set([
  ...['a', 'an', 'the', 'another', 'his', 'her', 'their', 'its', 'two', 'three', 'some'],
])

/** Prepositions that end a noun phrase that is an object: "added a second from the spot". */
const OBJECT_ENDS = new Set([
  ...['from', 'after', 'to', 'for', 'in', 'on', 'at', 'with', 'into', 'by', 'before', 'during'],
])

/**
 * Whether a noun of `nouns` comes from word `q` on, within `most` words after
 * it and before a mark: "quarterly revenue", "some of the most consequential cases".
 */
/** How many words of an amount ("6.2", "billion") open the words from `q`, past one determiner. */
function amountWords(words: readonly Word[], q: number): number {
  let j = DETERMINER_OF_AMOUNT.has(words[q]?.lower ?? '') ? q + 1 : q
  const from = j
  while (j < words.length && isAmountWord(words[j] as Word)) j++
  return j - from
}
const DETERMINER_OF_AMOUNT = new Set(['a', 'an', 'the', 'its', 'their'])
function isAmountWord(word: Word): boolean {
  return isDigit(word.text.charCodeAt(0)) || AMOUNT_WORDS.has(word.lower)
}
const AMOUNT_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred'])

function nounWithin(
  words: readonly Word[],
  q: number,
  nouns: ReadonlySet<string>,
  most: number,
): boolean {
  const last = Math.min(words.length - 1, q + most)
  for (let j = q; j <= last; j++) {
    const word = words[j] as Word
    if (word.punct) return false
    if (nouns.has(word.lower)) return true
  }
  return false
}

/**
 * Whether the noun phrase at word `q` is a clause's subject, a verb after it
 * ("added the talks had failed"), not an object ("added a second from the
 * penalty spot").
 */
export function opensSubjectBeforeVerb(words: readonly Word[], q: number): boolean {
  return verbAfterSubject(words, q, OBJECT_ENDS, 1)
}

/** Words that give the topic of what was said: "said little about", "said much over the years". */
const TOPIC_WORDS = new Set(['about', 'over', 'regarding', 'concerning'])

/** Irregular past tenses, the verb after a quantified subject: "more than 100 people died". */
const PAST_VERBS = new Set([
  ...['died', 'fell', 'rose', 'grew', 'lost', 'won', 'made', 'took', 'came', 'went', 'left'],
  ...['got', 'gave', 'saw', 'said', 'told', 'thought', 'felt', 'became', 'spent', 'paid'],
])

/** Reporting verbs whose next word is mostly their object: "maintained a lead". */
const OBJECT_FIRST = new Set([
  ...['maintain', 'maintained', 'maintains'],
  // "offered affected customers two years of credit monitoring": no clause after it here (the
  // stance reader still takes the noun phrase, as "offered an olive branch" is a comment).
  ...['offered', 'offers'],
])

/** Relative pronouns that open a clause about the source: "who says", "which found". */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which'])

/** Pronouns that open a clause as its subject: "maintained they were". */
export const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'you', 'there'])

export function isThat(word: Word | undefined): boolean {
  return word?.lower === 'that'
}

export function spanOf(words: readonly Word[]): { start: number; end: number } | null {
  const content = words.filter((w) => !w.punct)
  if (content.length === 0) return null
  return { start: (content[0] as Word).start, end: (content[content.length - 1] as Word).end }
}

/** The end of a sentence or of a clause a semicolon ends, without its final punctuation and spaces. */
export function trimmedEnd(value: string, start: number, end: number): number {
  let e = end
  while (e > start && /[\s.!?;]/u.test(value[e - 1] as string)) e--
  return e
}

/**
 * Whether the form of "point" at word `k` is a gesture, no report: "pointing at a blackened
 * hillside" (not "pointing out that", "pointing to the data").
 */
export function isGesture(words: readonly Word[], k: number): boolean {
  return POINTING.has((words[k] as Word).lower) && !POINTED_PARTICLES.has(words[k + 1]?.lower ?? '')
}

/** Most words of the object between a participle and its "that": "reminding the co-hosts that". */
const MAX_OBJECT_WORDS = 3

/**
 * Where the clause of the participle at word `k` starts: after its "that"
 * ("adding that", "pointing out that", "reminding the co-hosts that"), or
 * right after it ("saying the talks failed").
 */
export function clauseAfterParticiple(words: readonly Word[], k: number): number {
  if (isGesture(words, k)) return words.length
  for (let j = k + 1; j < words.length && j - k <= MAX_OBJECT_WORDS + 1; j++) {
    const word = words[j] as Word
    if (isThat(word)) return j + 1
    if (word.punct) break
  }
  return words[k + 1]?.lower === 'out' ? k + 2 : k + 1
}

/** Whether an amount opens at word `i`: "10 days", "about 10 days", "$5 million", "nearly a third". */
export function isAmountAt(words: readonly Word[], i: number): boolean {
  const first = words[i]
  if (first === undefined) return false
  const at = ROUNDING_WORDS.has(first.lower) ? i + 1 : i
  const word = words[at]
  return word !== undefined && (/^[\d$£€]/u.test(word.text) || (at > i && word.lower === 'a'))
}
/** Words that round an amount: "about 10 days", "nearly a third". */
const ROUNDING_WORDS = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'some',
  'another',
])
