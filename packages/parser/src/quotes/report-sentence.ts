/**
 * One sentence read for reported speech: "X said (that) CLAUSE", "CLAUSE, X
 * said.", "according to X, CLAUSE", a stance ("X endorsed Cruz"), a
 * participle ("..., saying CLAUSE"), "X made it clear that CLAUSE".
 */
import { firstAtOrAfter } from '../bisect.js'
import {
  FINITE_REPORTS,
  PARTICIPLES,
  REPORTING,
  SPEECH_VERBS,
  STANCE_VERBS,
} from '../lexicon/speech.js'
import { ORGANIZATION_LINKS } from '../lexicon/organizations.js'
import { TITLE_WORDS } from '../lexicon/titles.js'
import { SURNAME_PARTICLES } from '../lexicon/name-openers.js'
import { isConvening, isNamingParticiple, isNoun, isParticiple, isTakenAttitude } from './cues.js'
import { isBasedOnPlace } from './after-quote.js'
import { openingPhraseEnd } from './opening-phrase.js'
import { participleAfter } from './report-splits.js'
import { relativeBeforeCue, relativeClauseEnd } from './relative-clause.js'
import { isBeforeSaying, isDrafting, readMadeClear, readStance } from './stance-sentence.js'
import {
  ATTITUDES,
  isPassive,
  isThat,
  MAX_GAP_WORDS,
  MIN_CLAUSE_WORDS,
  NOUN_LIKE,
  opensClause,
  AUXILIARIES,
  opensSubjectBeforeVerb,
  progressiveStart,
  CLAUSE_PARTICIPLES,
  RELATIVES,
  type Reported,
  spanOf,
} from './report-words.js'
import {
  ARTICLES,
  BETWEEN_SOURCE_AND_CUE,
  followsJoiner,
  isBetweenSourceAndCue,
  isRoleNoun,
  isTimeWord,
  DETERMINERS,
  MAX_SOURCE_WORDS,
  opensClaimDescription,
  SOURCE_STOPS,
  SUBJECT_PRONOUNS,
} from './source-words.js'
import { backwardSource } from './sources.js'
import { isGroup, isPersonNoun } from './speaker-words.js'
import { subjectOf } from './subjects.js'
import { clausePastAdjuncts, clausePastObjectAndAdjuncts } from './verb-adjuncts.js'
import { WordSet } from './word-set.js'
import { areCapitalised, isCapitalised, lastIndexOf, nextIndexOf, type Word } from './words.js'
import { FINITE_AUXILIARY_WORDS } from '../lexicon/grammar-words.js'

/**
 * "CLAUSE, sources said." / "CLAUSE, the source added." / "CLAUSE, a
 * spokesman announced Monday.": a sentence that ends in its attribution,
 * whatever reporting or stance words its clause holds.
 */
function finalAttribution(words: readonly Word[], start: number): Omit<Reported, 'segment'> | null {
  const found = finalAttributionAt(withoutPlaceComma(words), start)
  if (found) return found
  // "CLAUSE, Qatar's prime minister said on Wednesday, after 15 months of war": the attribution
  // before a phrase that closes the sentence.
  const comma = lastIndexOf(words, ',', words.length, words.length - MAX_FINAL_REACH_WORDS)
  return comma > MIN_CLAUSE_WORDS && CLOSING_PHRASE_OPENERS.has(words[comma + 1]?.lower ?? '')
    ? finalAttributionAt(words.slice(0, comma), start)
    : null
}

/**
 * Whether what a final "according to" follows ends in a relative clause set
 * off by a comma ("..., which cost the government $10 billion in 2022"): the
 * figure is the final source's, not the report the sentence opens with ("The
 * presidency said that ..."), which stays its subject's.
 */
function endsInRelative(words: readonly Word[], contentEnd: number): boolean {
  const end = firstAtOrAfter(words, contentEnd)
  for (let k = end - 1; k > 0 && k >= end - MAX_FINAL_RELATIVE_WORDS; k--) {
    const word = words[k] as Word
    if (CLAUSE_STOPS.has(word.text)) return false
    if (word.text === ',' && RELATIVES_AFTER_COMMA.has(words[k + 1]?.lower ?? '')) return true
  }
  return false
}
/**
 * Whether the sentence opens with a subject of a few words, a verb of saying
 * and, soon after, "that": "The presidency said on Wednesday evening that".
 */
function opensWithThatReport(words: readonly Word[]): boolean {
  for (let v = 1; v <= MAX_OPENING_NAME_WORDS && v < words.length; v++) {
    const word = words[v] as Word
    if (word.punct) return false
    if (!SAYING.has(word.text)) continue
    for (let t = v + 1; t <= v + MAX_THAT_REACH && t < words.length; t++) {
      if ((words[t] as Word).punct) return false
      if (isThat(words[t])) return true
    }
    return false
  }
  return false
}
/** Most words between a verb of saying and its "that": "said on Wednesday evening that". */
const MAX_THAT_REACH = 5

/** Most words of a relative clause that a final "according to" follows. */
const MAX_FINAL_RELATIVE_WORDS = 30
/** Marks that end a clause before a relative one could open: not a comma, nor "$". */
const CLAUSE_STOPS: ReadonlySet<string> = new Set([
  '.',
  '!',
  '?',
  ';',
  ':',
  '"',
  '\u201c',
  '\u201d',
])
/** Relative pronouns that open a clause set off by a comma. */
const RELATIVES_AFTER_COMMA: ReadonlySet<string> = new Set(['which', 'who', 'whose'])

/**
 * Whether the words before the comma at `comma` are a name that opens the
 * sentence and a relative clause about it that runs to that comma: "Gov.
 * Maria Echols of New Mexico, whose Legislature rejected a similar bill".
 */
function isSubjectWithRelative(words: readonly Word[], comma: number): boolean {
  const open = lastIndexOf(words, ',', comma, 0)
  if (open < 1 || !SUBJECT_RELATIVES.has(words[open + 1]?.lower ?? '')) return false
  // The name opens the sentence: not "The ruling is a blow to Gov. Maria Echols, whose party
  // backed the bill, said the attorney general", an object's relative clause.
  for (let k = 0; k < open; k++) {
    const word = words[k] as Word
    if (!/^\p{Lu}/u.test(word.text) && !NAME_LINKS.has(word.lower)) return false
  }
  return true
}
const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose'])

/**
 * `words` without the comma of a place inside a final attribution's source,
 * between a city and its state's "-based" ("..., the Round Rock, Texas-based
 * computer maker said"), which would end the clause there.
 */
function withoutPlaceComma(words: readonly Word[]): readonly Word[] {
  for (let k = words.length - 2; k > 0 && words.length - k <= MAX_FINAL_REACH_WORDS; k--) {
    if (words[k]?.text !== ',' || !isBasedOnPlace(words[k + 1])) continue
    if (!/^\p{Lu}/u.test(words[k - 1]?.text ?? '')) continue
    return [...words.slice(0, k), ...words.slice(k + 1)]
  }
  return words
}

/** Words that open a phrase closing a sentence after its attribution: ", after 15 months of war". */
const CLOSING_PHRASE_OPENERS = new Set([
  ...['after', 'as', 'amid', 'following', 'while', 'despite', 'before', 'since', 'ahead'],
])

/** {@link finalAttribution} with the attribution after the sentence's last comma. */
function finalAttributionAt(
  words: readonly Word[],
  start: number,
): Omit<Reported, 'segment'> | null {
  const comma = lastIndexOf(words, ',', words.length, words.length - MAX_FINAL_REACH_WORDS)
  if (comma <= MIN_CLAUSE_WORDS) return null
  // Past the reach of a final attribution only with a long phrase after its verb.
  const longTail = words.length - comma > MAX_FINAL_WORDS && hasLongTail(words, comma)
  if (words.length - comma > MAX_FINAL_ACCORDING_WORDS && !longTail) return null
  // "CLAUSE, according to the Roper Center for Public Opinion Research."
  if (isAccordingTo(words, comma + 1)) {
    const found = accordingAfterClause(
      words,
      comma + 1,
      start,
      (words[words.length - 1] as Word).end,
    )
    return found.source ? found : null
  }
  const described = invertedBeforeDescription(words, comma, start)
  if (described) return described
  if (words.length - comma > MAX_FINAL_WORDS && !isLongFinal(words, comma) && !longTail) return null
  for (let k = comma + 1; k < words.length; k++) {
    const word = words[k] as Word
    if (word.punct) return null
    // "..., and his spokeswoman, Hope Hicks.": a capitalised word is a name.
    if (!REPORTING.has(word.lower) || word.lower.endsWith('ing') || isNoun(words, k)) continue
    if (word.text !== word.lower) return null
    const head = k === comma + 1 ? [] : words.slice(comma + 1, k)
    // "Lockheed Martin, which builds Orion, referred questions to NASA": a past verb alone
    // before a noun that can report is no source.
    if (head.length === 1 && PAST_VERB.test(head[0]?.text ?? '')) return null
    // "..., with results expected in 2027", "..., as expected": a phrase of a participle closes
    // the sentence, with no source.
    if (WITH.has(head[0]?.lower ?? '') || (head.length === 1 && head[0]?.lower === 'as'))
      return null
    // "The trust, its largest shareholder, has agreed to ...": an auxiliary alone is no source.
    if (head.length > 0 && head.every((w) => BETWEEN_SOURCE_AND_CUE.has(w.lower))) return null
    // "..., a claim Israel has not confirmed": a description of what the clause says, whose own
    // verb reports nothing of the sentence.
    if (head.length >= 2 && opensClaimDescription(words, comma + 1)) return null
    // "..., half the 1.5% it projected in November": a noun and the relative clause that
    // qualifies it, whose subject is a pronoun (not "..., she and her husband said").
    if (
      head.length >= 2 &&
      SUBJECT_PRONOUNS.has((head[head.length - 1] as Word).lower) &&
      !/^(?:and|or|nor)$/u.test((head[head.length - 2] as Word).lower)
    )
      return null
    // "..., far more than exit polls had predicted": a comparison; "..., was pulled after a parent
    // complained": a clause of time.
    if (
      head.some((w) =>
        /^(?:and|but|or|that|which|who|if|when|because|than|after|before|while)$/u.test(w.lower),
      )
    )
      return null
    const cue = { start: word.start, end: word.end }
    const content = { start, end: (words[comma] as Word).start }
    const tail = words.slice(k + 1)
    // "..., said Mr. Barrett" / "..., said the spokesman": an inverted speaker ends the sentence.
    if (head.length === 0) {
      // "..., his top aide, Tad Devine, told The Huffington Post": the speaker set off before the
      // verb; who was told comes after it.
      // (Not "Google's lead lawyer, John Schmidtlein, told the court that ...": the verb's own
      // clause follows, and the words before the name are no clause.)
      const ends =
        tail.length === 0 ||
        FINAL_TAIL_OPENERS.test(tail[0]?.lower ?? '') ||
        (ADDRESSED.has(word.lower) && !opensThatClause(tail))
      const setOff = ends ? setOffSpeaker(words, comma) : null
      if (setOff) return { content: { start, end: setOff.contentEnd }, cue, source: setOff.source }
      if (ADDRESSED.has(word.lower)) return null
      const first = tail[0]
      const last = tail[tail.length - 1]
      // ("The minister, Kizito Pakabomba, said the government would meet the unions": a clause
      // after the verb, its own auxiliary, not a speaker described.)
      const described =
        (first?.lower === 'the' || first?.lower === 'a') &&
        isRoleNoun(last?.lower ?? '') &&
        !tail.some((w) => AUXILIARIES.has(w.lower))
      if (!first || !(/^\p{Lu}/u.test(first.text) || described)) return null
      // "..., said Obama failed": a clause after the verb, not a speaker.
      if (!described && !tail.every(isInvertedNameWord)) return null
      // "Maria Echols, whose Legislature rejected a bill, said the ruling vindicated lawmakers":
      // the subject and the relative clause about it before the verb, no clause reported.
      if (isSubjectWithRelative(words, comma)) return null
      const source = spanOf(tail)
      return source ? { content, cue, source } : null
    }
    // "..., sources said" / "..., a spokesman announced Monday morning": nothing after but when or
    // where, and who heard it ("..., the source told Reuters on Friday").
    const heard = ADDRESSED.has(word.lower) ? addresseeLength(tail) : 0
    if (tail.length > heard && !FINAL_TAIL_OPENERS.test(tail[heard]?.lower ?? '')) return null
    const source = sourceBetween(words, comma, k)
    return source ? { content, cue, source } : null
  }
  return null
}

/**
 * The report of a passive cue at `k` with its agent, "by" and a phrase before
 * "that": "was told by a senior meteorologist, Dr Hamish Okonkwo, that the
 * bureau had issued a rating"; null for none.
 */
function agentReport(
  words: readonly Word[],
  k: number,
  end: number,
): Pick<Reported, 'content' | 'source'> | null {
  if (words[k + 1]?.lower !== 'by') return null
  const last = Math.min(words.length - 1, k + 2 + MAX_AGENT_WORDS)
  for (let j = k + 3; j <= last; j++) {
    const word = words[j] as Word
    if (!isThat(word)) continue
    if (words.length - (j + 1) < MIN_CLAUSE_WORDS) return null
    return {
      content: { start: (words[j + 1] as Word).start, end },
      source: spanOf(words.slice(k + 2, j)),
    }
  }
  return null
}
/** The most words of a passive cue's agent: "a senior meteorologist at the bureau, Dr X,". */
const MAX_AGENT_WORDS = 16

/**
 * The source between the comma at `comma` and the verb at `k`, past the
 * auxiliaries and adverbs before the verb, which are no source's: "..., the
 * companies have said", "..., Buckingham Palace has said, as ...".
 */
function sourceBetween(words: readonly Word[], comma: number, k: number): Reported['source'] {
  let end = k
  while (end > comma + 2 && isBetweenSourceAndCue(words, end - 1)) end--
  // "CLAUSE, as many investors expect", "CLAUSE, which the office denies", "CLAUSE, something
  // the minister denied": the word that links the report to the clause is none of the source.
  const linked = CLAUSE_LINKS.has(words[comma + 1]?.lower ?? '') && end > comma + 2
  return spanOf(words.slice(linked ? comma + 2 : comma + 1, end))
}
/**
 * The index of the comma that closes an attribution set off inside a
 * sentence, whose verb is at `k`: right after the verb, or after when it was
 * said ("said on Monday,") or to whom ("told them,", "told reporters,"); -1
 * when none comes there.
 */
function asideClose(words: readonly Word[], k: number): number {
  let j = k + 1
  const verb = (words[k] as Word).lower
  if (verb === 'told' || verb === 'tells') j = pastAddressee(words, j)
  // "said in an interview,", "said in a statement on Monday,".
  if (
    words[j]?.lower === 'in' &&
    ARTICLES.has(words[j + 1]?.lower ?? '') &&
    STATEMENT_NOUNS.has(words[j + 2]?.lower ?? '')
  )
    j += 3
  if (words[j]?.text === ',') return j
  return timeBeforeComma(words, j)
}

/**
 * The word after whom a "told" names, from word `j`: "them", "reporters",
 * "The Associated Press"; `j` itself when no such word comes there.
 */
function pastAddressee(words: readonly Word[], j: number): number {
  if (ADDRESSEES.has(words[j]?.lower ?? '')) return j + 1
  let k = words[j]?.lower === 'the' ? j + 1 : j
  const first = k
  while (k - first < MAX_ADDRESSEE_WORDS && words[k] && isCapitalised(words[k] as Word)) k++
  return k > first ? k : j
}
/** Fewest words before an attribution set off with a time or an addressee: "The economy, ...". */
const MIN_ASIDE_OPENING = 2
/** Whom a set-off "told" names in one word: "the partner told them,". */
const ADDRESSEES = new Set(['me', 'us', 'him', 'her', 'them', 'reporters', 'journalists'])

/**
 * Whether the words from `k` of `words` open a phrase of how something was
 * said, after "X said,": "without giving details", "citing", "declining to
 * elaborate", "speaking on condition of anonymity", "in a statement". Not a
 * bare preposition, whose phrase is most often part of what was said ("he
 * said, in the spring of next year").
 */
function opensSayingAside(words: readonly Word[], k: number): boolean {
  const first = words[k]?.lower ?? ''
  const second = words[k + 1]?.lower ?? ''
  if (first === 'citing' || first === 'declining' || first === 'speaking') return true
  // "..., officials said, with a final session unlikely before Saturday": a phrase of its own.
  if (first === 'with') return true
  if (first === 'without') return second.endsWith('ing')
  if (first === 'on') return second === 'condition'
  if (first === 'in') return STATEMENT_NOUNS.has(words[k + 2]?.lower ?? '') && ARTICLES.has(second)
  return false
}
/** Texts a source says something in: "in a statement", "in an email". */
const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  ...['statement', 'email', 'interview', 'post', 'letter', 'filing', 'video', 'tweet'],
])

/** Most words between a clause's comma and the verb, for a source of common words. */
const MAX_FINAL_SOURCE_WORDS = 4
/** Most words between them for a name: "the Department of Homeland Security" (5). */
const MAX_FINAL_NAME_WORDS = 9
/** Lower-case words inside a body's name: "Department of Homeland Security". */
const NAME_INNER_WORDS: ReadonlySet<string> = new Set(['the', ...ORGANIZATION_LINKS])

/**
 * Whether the final attribution after the comma at `comma` is short but for
 * a long phrase of what it was said in after its verb: "..., the ministry
 * said in a statement carried by the state news agency SPA".
 */
function hasLongTail(words: readonly Word[], comma: number): boolean {
  const last = Math.min(words.length - 1, comma + MAX_FINAL_WORDS)
  for (let k = comma + 2; k <= last; k++) {
    const word = words[k] as Word
    if (word.punct) return false
    if (!REPORTING.has(word.text) || isNoun(words, k)) continue
    // Only "in a statement", "in an interview": what it was said in; after a clause of its own
    // before the comma (not "Late on Friday, Smith said in an interview that ..."), and with no
    // clause of what was said after it.
    if (
      comma < MIN_LONG_TAIL_CLAUSE_WORDS ||
      words[k + 1]?.lower !== 'in' ||
      !ARTICLES.has(words[k + 2]?.lower ?? '')
    )
      return false
    // ("in an exchange filing", "in a stock exchange filing": a statement's noun after its
    // modifiers.)
    let noun = k + 3
    while (
      noun < k + 3 + MAX_STATEMENT_MODIFIERS &&
      !STATEMENT_NOUNS.has(words[noun]?.lower ?? '') &&
      words[noun]?.text === words[noun]?.lower &&
      !(words[noun] as Word | undefined)?.punct
    )
      noun++
    if (!STATEMENT_NOUNS.has(words[noun]?.lower ?? '')) return false
    for (let j = noun + 1; j < words.length; j++) {
      const after = (words[j] as Word).lower
      if (isThat(words[j]) || SUBJECT_PRONOUNS.has(after) || REPORTING.has(after)) return false
    }
    return true
  }
  return false
}
/** Most words between the article and the noun of what was said in: "a stock exchange filing". */
const MAX_STATEMENT_MODIFIERS = 2
/** Fewest words before the comma of a final attribution with a long tail. */
const MIN_LONG_TAIL_CLAUSE_WORDS = 6

/**
 * Whether the words between the comma at `comma` and the verb at `k` are few
 * enough for a source set off after a clause: four, or nine when they are a
 * name of capitalised words and the links inside names ("..., the Department
 * of Homeland Security said Tuesday"; not ", and Senate Majority Leader John
 * Thune said", a clause of its own).
 */
function isFinalSourceGap(words: readonly Word[], comma: number, k: number): boolean {
  const between = k - comma - 1
  // "Tavares, 61, had not conceded": auxiliaries and adverbs alone are no source, and the words
  // before the comma no clause.
  let auxiliaries = between > 0
  for (let i = comma + 1; i < k && auxiliaries; i++) {
    // (Not a name: "In particular, Will wrote, ...".)
    const word = words[i] as Word
    auxiliaries = word.text === word.lower && isBetweenSourceAndCue(words, i)
  }
  if (auxiliaries) return false
  if (between <= MAX_FINAL_SOURCE_WORDS) return true
  if (between > MAX_FINAL_NAME_WORDS) return false
  if (isNameBetween(words, comma, k)) return true
  // "..., people close to the vice president said", "..., a wide array of economists say": a
  // longer source, when the subject read back from the verb is all the words after the comma.
  return backwardSource(words, k - 1)?.start === (words[comma + 1] as Word).start
}

/** Whether the words between `comma` and `k` are a name of capitalised words and the links inside names. */
function isNameBetween(words: readonly Word[], comma: number, k: number): boolean {
  for (let i = comma + 1; i < k; i++) {
    const word = words[i] as Word
    if (word.punct || !(isCapitalised(word) || NAME_INNER_WORDS.has(word.text))) return false
  }
  return true
}

/**
 * Whether the words between the comma at `comma` and the verb at `k` are a
 * relative pronoun and the auxiliaries before the verb only ("..., which is
 * expected"), a relative clause of the noun before the comma.
 */
function isRelativeClause(words: readonly Word[], comma: number, k: number): boolean {
  return relativeBeforeCue(words, k) === comma + 1
}

/** Words that link a final attribution to the clause before it: "as", "which", "something". */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['as', 'which', 'something'])
/** Whether word `k` opens a retort that reports a clause: "shot back that", "hit back that". */
function isRetort(words: readonly Word[], k: number): boolean {
  // ("back" first: one comparison turns most words away, before a lookup.)
  return (
    words[k + 1]?.lower === 'back' &&
    RETORTS.has((words[k] as Word).lower) &&
    isThat(words[k + 2]) &&
    k + 3 < words.length
  )
}
/** Verbs of "shot back", "fired back", "hit back" in the past, as news reports a retort. */
const RETORTS: ReadonlySet<string> = new Set(['shot', 'fired', 'hit', 'snapped', 'pushed'])

/** Verbs of finding, which a verdict's word after their object makes a court's: "found". */
const FOUND: ReadonlySet<string> = new Set(['found', 'finds', 'find'])
/** Words of a verdict: "guilty", "liable", "in contempt". */
const VERDICTS: ReadonlySet<string> = new Set(['guilty', 'liable', 'innocent', 'contempt'])
/** Most words between a verb of finding and its verdict: "found the 31-year-old man not guilty". */
const VERDICT_REACH = 8

/** Whether a verdict's word follows the verb of finding at `k`, within its clause. */
function isVerdict(words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j < words.length && j <= k + VERDICT_REACH; j++) {
    const word = words[j] as Word
    if (word.punct || word.lower === 'that') return false
    if (VERDICTS.has(word.lower)) return true
  }
  return false
}

/** Forms of "recall", which also takes back what was sold: "recalled 1.2 million power banks". */
const RECALL: ReadonlySet<string> = new Set(['recall', 'recalls', 'recalled', 'recalling'])
/** Things a maker recalls. */
const RECALLED_GOODS: ReadonlySet<string> = new Set([
  ...['vehicles', 'cars', 'trucks', 'units', 'devices', 'products', 'batteries', 'banks', 'phones'],
  ...['models', 'toys', 'bottles', 'packages', 'packs', 'jars', 'cans', 'pounds', 'lots'],
  ...['batches'],
  ...['drugs', 'tablets', 'doses', 'vials', 'chargers', 'laptops', 'airbags', 'appliances'],
])
/** Most words between "recalled" and the goods: "recalled about 1.2 million of its power banks". */
const RECALL_REACH = 7

/** Whether "recall" at `k` takes back goods: a number or a noun of goods in its object. */
function isProductRecall(words: readonly Word[], k: number): boolean {
  if (!RECALL.has((words[k] as Word).lower)) return false
  for (let j = k + 1; j < words.length && j <= k + RECALL_REACH; j++) {
    const word = words[j] as Word
    if (word.punct || word.lower === 'that' || word.lower === 'how') return false
    if (j === k + 1 && /^\p{N}/u.test(word.text)) return true
    if (RECALLED_GOODS.has(word.lower)) return true
  }
  return false
}

/** Verbs after "to" that a participle completes: "to have said", "to be announced". */
const INFINITIVE_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'be', 'get', 'become'])
/** What opens a phrase of a participle after a clause: "with results expected". */
const WITH: ReadonlySet<string> = new Set(['with', 'without'])

/**
 * "CLAUSE, Justice Department senior trial counsel Caroline Lewis Wolverton
 * wrote in a court filing.": a final attribution longer than most, its source
 * a title and a name of capitalised words but for a few lower-case role
 * words, its verb then followed only by when or where.
 */
function isLongFinal(words: readonly Word[], comma: number): boolean {
  let k = comma + 1
  while (
    k < words.length &&
    k - comma <= MAX_SOURCE_WORDS + 1 &&
    !REPORTING.has((words[k] as Word).text)
  )
    k++
  const verb = words[k]
  // A title and a name, not a pronoun: "Like President Obama, I believe in ..." ends in no source.
  // Or a description of whom: "..., a union leader told a government inquiry on Tuesday".
  const before = words[k - 1]?.text ?? ''
  const described = ARTICLES.has(words[comma + 1]?.lower ?? '') && isRoleNoun(before)
  if (!verb || k - comma <= 2 || !(/^\p{Lu}/u.test(before) || described)) return false
  if (words.slice(comma + 1, k).some((w) => w.punct || SOURCE_STOPS.has(w.lower))) return false
  // The verb nearly ends the sentence: when or where may follow, not a clause ("said on Tuesday
  // that the bill was dead").
  // (Past who heard it: "told the Press Trust of India (PTI).")
  const heard = ADDRESSED.has(verb.lower) ? addresseeLength(words.slice(k + 1)) : 0
  const tail = words.slice(k + 1 + heard)
  const first = tail[0]
  if (first && !first.punct && !FINAL_TAIL_OPENERS.test(first.lower)) return false
  return (
    tail.length <= MAX_FINAL_TAIL_WORDS && !tail.some((w) => isThat(w) || REPORTING.has(w.lower))
  )
}

/** Most words after the verb of a long final attribution: "wrote in a court filing". */
const MAX_FINAL_TAIL_WORDS = 6

/**
 * "CLAUSE, said Mr. Barrett, the lawyer for the state's agency.": an inverted
 * speaker and a description of them, set off by the sentence's last comma,
 * end it.
 */
function invertedBeforeDescription(
  words: readonly Word[],
  comma: number,
  start: number,
): Omit<Reported, 'segment'> | null {
  if (!/^\p{Ll}/u.test(words[comma + 1]?.text ?? '')) return null
  const before = lastIndexOf(words, ',', comma, comma - MAX_SOURCE_WORDS - 2)
  if (before <= MIN_CLAUSE_WORDS) return null
  const verb = words[before + 1] as Word
  if (!REPORTING.has(verb.text) || verb.text.endsWith('ing') || isNoun(words, before + 1))
    return null
  // The inverted speaker runs from the verb to the last comma, all of it a name.
  const found = invertedSpeaker(words, before + 1, start)
  return found?.source?.end === (words[comma - 1] as Word).end ? found : null
}

/**
 * "CLAUSE, said Mr. Kamin, who emphasized ...": the verb at word `k` right
 * after the clause's comma, and a name after it up to the next mark.
 */
function invertedSpeaker(
  words: readonly Word[],
  k: number,
  start: number,
): Omit<Reported, 'segment'> | null {
  const comma = k - 1
  if (words[comma]?.text !== ',' || comma <= MIN_CLAUSE_WORDS) return null
  const j = invertedNameEnd(words, k)
  if (j === k + 1 || (j < words.length && !(words[j] as Word).punct)) return null
  const word = words[k] as Word
  // "..., told Reuters": who hears, not who speaks.
  if (ADDRESSED.has(word.lower)) return null
  return {
    content: { start, end: (words[comma] as Word).start },
    cue: { start: word.start, end: word.end },
    source: spanOf(words.slice(k + 1, j)),
  }
}

/**
 * Whether `tail`, the words after a verb, hold a "that" that opens a clause
 * ("told the court that users chose Google"): not a demonstrative before a
 * time ("told Reuters that morning", "that every week"), nor a relative
 * pronoun before its verb ("told supporters that gathered outside").
 */
function opensThatClause(tail: readonly Word[]): boolean {
  return tail.some((word, i) => {
    const next = tail[i + 1]
    return (
      isThat(word) &&
      next !== undefined &&
      tail.length - i - 1 >= MIN_CLAUSE_WORDS &&
      !TIMES_AFTER_THAT.has(next.lower) &&
      !/ed$/u.test(next.lower)
    )
  })
}
/** Words after a demonstrative "that" of a time: "that morning", "that every week". */
const TIMES_AFTER_THAT: ReadonlySet<string> = new Set([
  ...['morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekend', 'month', 'year'],
  ...['time', 'every', 'same'],
])

/** Conjunctions before the "that" of a verb's second clause: "said A and that B". */
const SECOND_CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'or'])

/** Most words of an aside set off by commas between a verb and its "that". */
const MAX_VERB_ASIDE_WORDS = 16

/** Most words of a name or a description set off by commas before a final verb. */
const MAX_SET_OFF_WORDS = 6

/**
 * "CLAUSE, his top aide, Tad Devine, told": the name set off by the commas
 * before the verb, after or before a lower-case description of them ("CLAUSE,
 * Tad Devine, the campaign's top aide, said"), and where the clause ends.
 */
function setOffSpeaker(
  words: readonly Word[],
  comma: number,
): { source: { start: number; end: number }; contentEnd: number } | null {
  const before = lastIndexOf(words, ',', comma, comma - MAX_SET_OFF_WORDS - 1)
  if (before <= MIN_CLAUSE_WORDS) return null
  const earlier = lastIndexOf(words, ',', before, before - MAX_SET_OFF_WORDS - 1)
  const part = words.slice(before + 1, comma)
  const first = part[0]
  if (!first || part.some((word) => word.punct)) return null
  const endAt = (index: number) => (words[index] as Word).start
  if (isName(part)) {
    // "CLAUSE, his top aide, Tad Devine, told": the description before the name is no clause.
    const described = earlier > MIN_CLAUSE_WORDS && /^\p{Ll}/u.test(words[earlier + 1]?.text ?? '')
    return {
      source: spanOf(part) as { start: number; end: number },
      contentEnd: endAt(described ? earlier : before),
    }
  }
  // "CLAUSE, the source, who said he had spoken to people inside, told Reuters": the phrase before
  // the relative clause set off before the verb.
  if (RELATIVES.has(first.lower) && earlier > MIN_CLAUSE_WORDS && before - earlier > 1) {
    const subject = words.slice(earlier + 1, before)
    if (!subject.some((word) => word.punct) && subject.length <= MAX_SET_OFF_WORDS)
      return {
        source: spanOf(subject) as { start: number; end: number },
        contentEnd: endAt(earlier),
      }
  }
  // "CLAUSE, Tad Devine, the campaign's top aide, said".
  if (/^\p{Ll}/u.test(first.text) && earlier > MIN_CLAUSE_WORDS) {
    const name = words.slice(earlier + 1, before)
    if (isName(name))
      return { source: spanOf(name) as { start: number; end: number }, contentEnd: endAt(earlier) }
  }
  return null
}

/** Capitalised words without a mark between them: "Tad Devine", "Sen. Ron Wyden". */
function isName(part: readonly Word[]): boolean {
  return part.length > 0 && part.length <= MAX_SET_OFF_WORDS && areCapitalised(part)
}

/**
 * How many of `tail`'s first words name who heard, after "told": "Reuters",
 * "The Washington Post", "reporters", "the BBC"; 0 when they do not.
 */
function addresseeLength(tail: readonly Word[]): number {
  let n = 0
  if (ARTICLES.has(tail[0]?.lower ?? '')) n++
  const first = n
  const capitalised = (i: number): boolean => /^\p{Lu}/u.test(tail[i]?.text ?? '')
  while (
    n < tail.length &&
    n - first < MAX_ADDRESSEE_WORDS &&
    (capitalised(n) || HEARERS.has((tail[n] as Word).lower))
  ) {
    n++
    // "the Press Trust of India (PTI)": a particle inside the name, and its acronym after it.
    if (ADDRESSEE_PARTICLES.has(tail[n]?.lower ?? '') && capitalised(n + 1)) n++
    else if (tail[n]?.text === '(' && capitalised(n + 1) && tail[n + 2]?.text === ')') n += 3
  }
  return n > first ? n : 0
}
/** Lower-case words inside an addressee's name: "the Press Trust of India". */
const ADDRESSEE_PARTICLES: ReadonlySet<string> = new Set(['of', 'for', 'and'])
/**
 * Lower-case nouns of who hears, and the words of the gatherings and outlets
 * they hear at or through: "told reporters", "told a news conference in Doha",
 * "told state television", "told the crowd".
 */
const HEARERS = new Set([
  ...['reporters', 'journalists', 'lawmakers', 'supporters', 'me', 'us'],
  ...['senators', 'legislators', 'investors', 'analysts', 'delegates', 'voters', 'students'],
  ...['employees', 'staff', 'members', 'crowd', 'audience', 'rally', 'meeting', 'forum'],
  ...['summit', 'committee', 'panel', 'parliament', 'news', 'press', 'conference', 'briefing'],
  ...['state', 'media', 'television', 'radio', 'broadcaster', 'newspaper', 'agency', 'podcast'],
  // Inquiries and courts: "told a government inquiry", "told the court", "told jurors".
  ...['inquiry', 'inquest', 'hearing', 'court', 'tribunal', 'jury', 'jurors', 'commission'],
  ...['government', 'council', 'board', 'investigators', 'officials', 'mps', 'listeners'],
  ...['viewers', 'readers', 'workers', 'residents', 'families', 'fans', 'colleagues'],
])
/** Most words of an addressee's name: "The Washington Post". */
const MAX_ADDRESSEE_WORDS = 4

/** Verbs whose object is who hears: "told The Post", "tells reporters". */
const ADDRESSED = new Set(['told', 'tells', 'tell'])

/**
 * Where the name after the verb at word `k` ends: past its capitalised words,
 * its particles and a lower-case title before it ("said Ursula von der
 * Leyen", "said U.N. climate chief Simon Stiell"); `k + 1` when there is none.
 */
export function invertedNameEnd(words: readonly Word[], k: number): number {
  let j = k + 1
  for (;;) {
    while (
      j < words.length &&
      j - k <= MAX_SOURCE_WORDS &&
      isInvertedNameWord(words[j] as Word, j - k - 1)
    )
      j++
    const title = titleBeforeName(words, j)
    if (title === j || title - k > MAX_SOURCE_WORDS) return j
    j = title
  }
}

/**
 * Past the lower-case words from `j` that end in a title before a capitalised
 * name ("climate chief" of "said U.N. climate chief Simon Stiell"); `j` when
 * none do.
 */
function titleBeforeName(words: readonly Word[], j: number): number {
  for (let n = j; n < words.length && n - j < MAX_TITLE_QUALIFIERS + 1; n++) {
    const word = words[n] as Word
    if (word.punct || !/^\p{Ll}/u.test(word.text)) return j
    if (TITLE_WORDS.has(word.lower)) return /^\p{Lu}/u.test(words[n + 1]?.text ?? '') ? n + 1 : j
  }
  return j
}
/** Lower-case words before a title: "climate" of "climate chief", "top trade" of "top trade negotiator". */
const MAX_TITLE_QUALIFIERS = 2

/** Word `i` of a name after its verb: capitalised, or a particle inside it ("said Ursula von der Leyen"). */
function isInvertedNameWord(word: Word, i: number): boolean {
  return /^\p{Lu}/u.test(word.text) || (i > 0 && NAME_PARTICLES.has(word.lower))
}

/** Lower-case words inside a name after a verb: "said Sen. Ron Wyden of Oregon", "said Ursula von der Leyen". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([...SURNAME_PARTICLES, 'del', 'of'])
/** Lower-case words inside a subject's name and title: "Gov. Maria Echols of New Mexico". */
const NAME_LINKS: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'the', 'and'])

/**
 * The comma that closes a description set off after the name at words
 * `from`..`comma` ("Sophie Laurent, an analyst at Bernstein in London,"): a
 * few words in lower case, no verb among them, that open with an article or
 * hold a preposition of a post ("chief economist at ING"), before a clause of
 * their own; else -1.
 */
function descriptionEnd(words: readonly Word[], from: number, comma: number): number {
  if (!areCapitalised(words.slice(from, comma))) return -1
  const close = nextIndexOf(words, ',', comma + 1, comma + 2 + MAX_DESCRIPTION_WORDS)
  if (close < 0 || words.length - close - 1 < MIN_CLAUSE_WORDS) return -1
  const part = words.slice(comma + 1, close)
  const first = part[0]
  if (!first || !/^\p{Ll}/u.test(first.text)) return -1
  // (Not a clause: "According to The Guardian, an email was sent from its director, ...".)
  // (Brackets around a short name inside it: "at the Centre for the Study of Developing
  // Societies (CSDS)".)
  if (part.some((word) => (word.punct && !BRACKETS.has(word.text)) || CLAUSE_VERBS.has(word.lower)))
    return -1
  return first.lower === 'a' ||
    first.lower === 'an' ||
    part.some((word) => POST_LINKS.has(word.lower))
    ? close
    : -1
}
/**
 * Where the name set off after a description at words `from`..`comma` ends
 * ("its chief executive, Rolf Habben Jansen,", "the vessel's manager, Meridian
 * Bulk Management."): the index of its closing comma (`closed`) or of the
 * sentence's end; -1 for none. The description opens in lower case with a
 * determiner or a possessive; the name is a few capitalised words.
 */
function apposedNameEnd(
  words: readonly Word[],
  from: number,
  comma: number,
  closed: boolean,
): number {
  const opener = words[from]
  if (
    opener === undefined ||
    !(DETERMINERS.has(opener.lower) || DESCRIPTION_OWNERS.has(opener.lower))
  )
    return -1
  if (!words.slice(from, comma).every((word) => !word.punct || word.text === "'s")) return -1
  // (A person's or a body's role, not a document's: "an FBI summary of its investigation, Cheryl
  // Mills, a top Clinton aide, sent".)
  const head = words[comma - 1]?.lower ?? ''
  if (!isPersonNoun(head) && !ROLE_BODIES.has(head)) return -1
  let end = comma + 1
  while (end < words.length && !(words[end] as Word).punct) end++
  const name = words.slice(comma + 1, end)
  if (name.length === 0 || name.length > MAX_APPOSED_NAME_WORDS || !areCapitalised(name)) return -1
  const stop = words[end]
  if (closed) return stop?.text === ',' && words.length - end - 1 >= MIN_CLAUSE_WORDS ? end : -1
  return stop === undefined || SENTENCE_STOPS.has(stop.text) ? end : -1
}
const MAX_APPOSED_NAME_WORDS = 5
/** Bodies named by their role to a thing: "its parent company", "the ship's operator". */
const ROLE_BODIES: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'operator',
  'owner',
  'manager',
])
/** Possessives that open a description: "its chief executive". */
const DESCRIPTION_OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our'])
const SENTENCE_STOPS: ReadonlySet<string> = new Set(['.', '!', '?'])

/** Verbs that make a clause of what would be a description: "an email was sent". */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([...AUXILIARIES, 'be', 'been'])
const BRACKETS: ReadonlySet<string> = new Set(['(', ')'])
/** Forms of "be" after a participle that qualifies a noun: "the measures announced were". */
const BE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were'])
/** Determiners right before the noun such a participle qualifies: "the measures announced". */
const QUALIFIED_NOUN_OPENERS: ReadonlySet<string> = new Set(['the', 'these', 'those'])
/** Most words of a description set off after a source's name. */
const MAX_DESCRIPTION_WORDS = 14
/** Prepositions that link a post to its employer: "analyst at Bernstein", "head of research". */
const POST_LINKS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'with'])

/** Whether words `k` and `k + 1` are "according to". */
function isAccordingTo(words: readonly Word[], k: number): boolean {
  return words[k]?.lower === 'according' && words[k + 1]?.lower === 'to'
}

/**
 * "CLAUSE, according to X.": the clause from `start` to the comma before word
 * `k`, X after "to". X set off inside the sentence ends at its comma: "G4S
 * receives, according to one report, $234 million" (the whole sentence, up
 * to `end`, is what was reported); and after words of a time, the clause
 * after it: "But the next day, according to Roffman, Trump made further demands."
 */
function accordingAfterClause(
  words: readonly Word[],
  k: number,
  start: number,
  end: number,
): Omit<Reported, 'segment'> {
  const cue = { start: (words[k] as Word).start, end: (words[k + 1] as Word).end }
  const before = { start, end: (words[k - 1] as Word).start }
  const close = nextIndexOf(words, ',', k + 2, MAX_SOURCE_WORDS + 1)
  const after = words[close + 1]
  if (close < 0 || !after || after.start >= end) {
    // A long source still ends at its comma: "according to a study ... on Wednesday, although".
    const comma = close < 0 ? nextIndexOf(words, ',', k + 2, words.length) : close
    return {
      content: before,
      cue,
      source: spanOf(
        words.slice(k + 2, beforeTime(words, k + 2, comma < 0 ? words.length : comma)),
      ),
    }
  }
  // "according to the vessel's manager, Valletta-based Meridian Bulk Management.": the name set off
  // after the description, to the sentence's end, is the source's too.
  const named = apposedNameEnd(words, k + 2, close, false)
  if (named > 0) return { content: before, cue, source: spanOf(words.slice(k + 2, named)) }
  const source = spanOf(words.slice(k + 2, close))
  if (opensWithTime(words, k - 1)) return { content: { start: after.start, end }, cue, source }
  // A clause broken by its attribution: "G4S receives, according to one report, $234 million".
  if (k - 1 <= MIN_CLAUSE_WORDS) return { content: { start, end }, cue, source }
  return { content: before, cue, source }
}

/**
 * `to`, or where a time at the end of the words `from`..`to` opens: "early on
 * Monday" of "provisional results published by the Federal Returning Officer
 * early on Monday" (not "last year" of "data from last year").
 */
function beforeTime(words: readonly Word[], from: number, to: number): number {
  let j = to
  while (j > from + 1 && isTimeWord(words[j - 1] as Word)) j--
  if (j === to || !TIME_OPENERS.has(words[j - 1]?.lower ?? '')) return to
  // ("early on Monday": the word that places the time in its day, before the preposition.)
  return j > from + 2 && /^(?:early|late)$/u.test(words[j - 2]?.lower ?? '') ? j - 2 : j - 1
}
const TIME_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'during', 'since'])

/**
 * Whether `source` is a document named by no name: "a statement posted on its
 * website", "court documents" (not "the ministry's statement", nor "a Reuters
 * report").
 */
function isDocumentSource(
  words: readonly Word[],
  source: { start: number; end: number } | null,
): boolean {
  if (source === null) return false
  let document = false
  for (let k = firstAtOrAfter(words, source.start); k < words.length; k++) {
    const word = words[k] as Word
    if (word.start >= source.end) break
    if (/['’]s$/u.test(word.lower)) return false
    if (DOCUMENT_NOUNS.has(word.lower)) document = true
  }
  return document
}
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  ...['statement', 'statements', 'filing', 'filings', 'document', 'documents', 'records'],
  ...['transcript', 'release', 'post', 'letter', 'email', 'memo', 'complaint', 'affidavit'],
  ...['data', 'figures', 'estimates'],
])

/**
 * Whether the sentence opens with a name, maybe an adverb, and a reporting
 * verb in lower case with words after it: "Bamberg also said the videos ...",
 * "Jane Smith told reporters ...".
 */
function opensWithNamedReport(words: readonly Word[], nominal = false): boolean {
  let k = 0
  // (With `nominal`, "The company said ...": a noun after its article.)
  if (nominal && DETERMINERS.has(words[0]?.lower ?? '') && /^\p{Ll}/u.test(words[1]?.text ?? ''))
    k = 2
  else {
    while (k < MAX_OPENING_NAME_WORDS && /^\p{Lu}\p{Ll}/u.test(words[k]?.text ?? '')) k++
    if (k === 0 || DETERMINERS.has(words[0]?.lower ?? '')) return false
  }
  if (words[k]?.lower === 'also' || words[k]?.lower.endsWith('ly')) k++
  const verb = words[k]
  return (
    verb !== undefined &&
    SAYING.has(verb.text) &&
    words[k + 1] !== undefined &&
    !(words[k + 1] as Word).punct
  )
}

/**
 * Verbs of saying proper, which make the sentence a report whatever follows;
 * not "He agreed to sell it ..., records show" or "He showed a video ...".
 */
const SAYING = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'wrote',
  'writes',
  'argued',
  'argues',
  'insisted',
  'insists',
])

/**
 * `end`, or the start of the comma before a description of what the clause
 * from word `from` says ("..., a claim Israel has not confirmed"), which is
 * the writer's, not the source's.
 */
function beforeClaimDescription(words: readonly Word[], from: number, end: number): number {
  for (let i = from + MIN_CLAUSE_WORDS; i + 2 < words.length; i++) {
    const comma = words[i] as Word
    if (comma.start >= end) break
    if (comma.text === ',' && opensClaimDescription(words, i + 1)) return comma.start
  }
  return end
}

/** Most words from "told" to its "that", past whom it told and when and where. */
const MAX_TOLD_GAP_WORDS = 16

/** Most words of the name that opens a sentence's report. */
const MAX_OPENING_NAME_WORDS = 3

/** Words that open what may follow a final attribution's verb: when, where, how. */
const FINAL_TAIL_OPENERS =
  /^(?:according|in|on|at|during|after|before|to|via|by|from|last|this|late|early|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/u

/**
 * Whether word `k` is "say" after a negated auxiliary: "did not say", "would
 * not say", "didn't say", "won't say" (PolNeAR, too, marks no attribution there).
 */
function isNegatedSaying(words: readonly Word[], k: number): boolean {
  if ((words[k] as Word).lower !== 'say') return false
  const before = words[k - 1]?.lower ?? ''
  if (before === 'not') return NEGATED_AUXILIARIES.has(words[k - 2]?.lower ?? '')
  return NEGATED_CONTRACTIONS.has(before.replace('’', "'"))
}
const NEGATED_AUXILIARIES = new Set(['did', 'does', 'do', 'would', 'could', 'will', 'can', 'may'])
const NEGATED_CONTRACTIONS = new Set([
  ...["didn't", "doesn't", "don't", "wouldn't", "couldn't", "won't", "can't"],
])

/** A past verb in lower case: "referred", "declined" (not a source, "officials", "police"). */
const PAST_VERB = /^[a-z]{2,}[^e]ed$/u

/** Most words after the last comma of a sentence that ends in its attribution. */
const MAX_FINAL_WORDS = 8

/** Most words of a final "according to X", whose source can be a long name. */
const MAX_FINAL_ACCORDING_WORDS = 14
/** Most words after that comma when a phrase of where or how it was said follows the verb. */
const MAX_FINAL_REACH_WORDS = 24

/**
 * Every word at which the loop of `readSentence` can find a report: a
 * reporting verb, an attitude, a participle, a stance, "according (to)",
 * "asked" and "(made it) clear". It does nothing at any other word.
 */
const REPORT_OPENERS = new WordSet([
  ...REPORTING,
  ...ATTITUDES,
  ...PARTICIPLES,
  ...STANCE_VERBS,
  'according',
  'asked',
  'clear',
])

/**
 * Whether the progressive report at word `k` opens a clause (its "that" at
 * `j`, when one was found): a progressive's participle takes an object as
 * often ("is calling a meeting", "was telling the truth"), so only "that", a
 * subject pronoun or a demonstrative subject right after it (or after a time:
 * `opened`), or "that" after whom it tells ("is telling reporters that"),
 * opens one.
 */
function opensProgressiveClause(
  words: readonly Word[],
  k: number,
  j: number,
  opened: boolean,
): boolean {
  if (opened || isComplementizer(words, k + 1) || isDemonstrative(words, k + 1)) return true
  if (!isThat(words[j]) || !ADDRESSING.has((words[k] as Word).lower)) return false
  // Whom it tells: a name, a pronoun or people ("residents"), not a thing ("telling jokes that").
  const addressee = words.slice(k + 1, j)
  return (
    addressee.length <= MAX_ADDRESSEE_WORDS &&
    addressee.every((w) => isCapitalised(w) || ADDRESSEES.has(w.lower) || isGroup(w.lower))
  )
}

/**
 * Whether word `j` ("that", "this") is a demonstrative that opens the clause
 * as its subject or its determiner: "that was a mistake", "that kind of
 * growth", "this is a power grab".
 */
function isDemonstrative(words: readonly Word[], j: number): boolean {
  return DEMONSTRATIVES.has(words[j]?.lower ?? '') && DEMONSTRATED.has(words[j + 1]?.lower ?? '')
}
const DEMONSTRATIVES = new Set(['that', 'this'])
/** Words after a demonstrative subject or determiner: a verb, "kind", "sort". */
const DEMONSTRATED = new Set([
  ...['is', 'was', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must'],
  ...['has', 'had', 'does', 'did', 'means', 'meant', 'seems', 'sounds', 'makes'],
  ...["isn't", "wasn't", 'isn’t', 'wasn’t', 'kind', 'sort', 'type'],
])

/** Participles that name whom they address before their "that": "is telling reporters that". */
const ADDRESSING = new Set(['telling', 'reminding', 'warning', 'assuring', 'informing'])

/**
 * Whether word `k` lies in an aside set off by commas after the subject,
 * right before the sentence's reporting verb: "X, citing Y, said". Not a
 * relative clause's own report ("Podesta, who said A, said B"), which the
 * sentence's reading goes on past.
 */
function isInAsideBeforeReport(words: readonly Word[], k: number): boolean {
  // "Jones, arguing that the law was unconstitutional, wrote to the court": a participle that
  // reports a clause is a report of its own (not one with an object: "The representative of
  // China, explaining her delegation's abstention, said ...").
  if (CLAUSE_PARTICIPLES.has((words[k] as Word).lower) && !hasObjectAfter(words, k)) return false
  if (lastIndexOf(words, ',', k, k - MAX_VERB_ASIDE_WORDS) <= 0) return false
  if (relativeBeforeCue(words, k) >= 0) return false
  const close = nextIndexOf(words, ',', k, MAX_VERB_ASIDE_WORDS)
  // Not the attribution set off itself: "CLAUSE, he said, feels ...".
  return close > k + 1 && FINITE_REPORTS.has(words[close + 1]?.lower ?? '')
}

/**
 * Whether the participle at `k` takes an object that a possessive or an
 * article opens ("explaining her delegation's abstention", "citing the
 * magic of Trump"), no clause.
 */
function hasObjectAfter(words: readonly Word[], k: number): boolean {
  const next = words[k + 1]?.lower ?? ''
  return OBJECT_DETERMINERS.has(next)
}
const OBJECT_DETERMINERS = new Set(['her', 'his', 'their', 'its', 'the', 'a', 'an', 'our', 'my'])

/** Whether word `j` is a "that" that opens a clause, not a determiner after a preposition ("with that request"). */
function isComplementizer(words: readonly Word[], j: number): boolean {
  if (!isThat(words[j])) return false
  const before = words[j - 1]?.lower ?? ''
  // "warned early on that", "said later on that": "on" an adverb there.
  if (before === 'on' && LATE.has(words[j - 2]?.lower ?? '')) return true
  return !PREPOSITIONS.has(before)
}
/** Words before an adverb "on": "early on", "later on". */
const LATE = new Set(['early', 'earlier', 'later'])
/** Prepositions, after which "that" is a determiner: "with that request". */
const PREPOSITIONS = new Set([
  ...['with', 'of', 'in', 'for', 'about', 'on', 'at', 'by', 'from', 'like', 'to', 'into'],
])

/**
 * Whether the words from `j` ask that a name be kept out: "that his last
 * name not be used", "that her name be withheld", "that their full names
 * not be published".
 */
function isNameWithheld(words: readonly Word[], j: number): boolean {
  if (!isThat(words[j])) return false
  let k = j + 1
  if (!OWNERS.has(words[k]?.lower ?? '')) return false
  k++
  if (NAME_KINDS.has(words[k]?.lower ?? '')) k++
  if (words[k]?.lower !== 'name' && words[k]?.lower !== 'names') return false
  k++
  if (words[k]?.lower === 'not') k++
  return words[k]?.lower === 'be' && WITHHELD.has(words[k + 1]?.lower ?? '')
}
const OWNERS = new Set(['his', 'her', 'their', 'my'])
const NAME_KINDS = new Set(['last', 'full', 'first', 'family', 'real'])
const WITHHELD = new Set(['used', 'published', 'withheld', 'given', 'printed', 'disclosed'])

/**
 * Where the question opens after "Asked by" and its askers, at `from`..`to`
 * ("Asked by Matt Lauer whether she had practiced"): its word of asking, or
 * -1 when none follows within a few words.
 */
function askedQuestionStart(words: readonly Word[], from: number, to: number): number {
  for (let i = from + 1; i < to && i <= from + ASKERS_WORDS; i++)
    if (QUESTION_OPENERS.has((words[i] as Word).lower)) return i
  return -1
}
/** The end of the askers at `from`, before `question`: not "on Thursday" after them. */
function askersEnd(words: readonly Word[], from: number, question: number): number {
  for (let i = from + 1; i < question; i++) if (AFTER_ASKERS.has((words[i] as Word).text)) return i
  return question
}
const AFTER_ASKERS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'last', 'this'])
/** Words of the askers after "Asked by" read for the question's opening. */
const ASKERS_WORDS = 6
/** Words that open the question asked: "whether", "if", "about", "why", "to" ("to respond"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  ...['whether', 'if', 'about', 'why', 'how', 'what', 'when', 'where', 'who', 'which', 'to'],
])
/** Words before a sentence-opening "asked": "When asked about ...". */
const ASKED_OPENERS = new Set(['when', 'after', 'if', 'once', 'while'])

export function readSentence(
  words: readonly Word[],
  start: number,
  sentenceEnd: number,
): Omit<Reported, 'segment'> | null {
  // "Bamberg also said the videos do not show ..., the footage showed": a sentence that opens
  // with a name's report is that name's, unless it ends "according to" someone else.
  const final = finalAttribution(words, start)
  const according = final !== null && isAccordingTo(words, firstAtOrAfter(words, final.cue.start))
  // ("The presidency said that A, which cost $10 billion, according to the finance ministry": the
  // final source's is the figure of the relative clause, the report the presidency's.)
  const relativeOnly =
    according && opensWithThatReport(words) && endsInRelative(words, final.content.end)
  // ("Morita said the ministry had asked ..., according to a statement posted on its website": the
  // document a named report stands in is where it was said, and the report Morita's.)
  const documentOnly =
    according && isDocumentSource(words, final.source) && opensWithNamedReport(words, true)
  if (final && !relativeOnly && !documentOnly && (according || !opensWithNamedReport(words)))
    return final
  // (What it reports ends before the final attribution: "Hospitals said 50 people were treated,
  // the ministry said.")
  const end = final ? final.content.end : sentenceEnd
  // "Back when he wrote his book, Mr. McKinley said that ...": the main clause reports first.
  // ("Asked whether ..., X said" is read below: the question is a report of its own.)
  const opening = openingPhraseEnd(words)
  const asked = words[0]?.lower === 'asked' || words[1]?.lower === 'asked'
  if (opening > 0 && !asked) {
    const rest = words.slice(opening + 1)
    const main = readSentence(rest, (words[opening + 1] as Word | undefined)?.start ?? end, end)
    if (main) return main
    // "Having announced that CLAUSE, Judge Berman proceeded": the opening participle's report,
    // whose speaker is the main clause's subject.
    const first = words[0]?.lower ?? ''
    if (first === 'having' || PARTICIPLES.has(first)) {
      const opened = readSentence(words.slice(0, opening), start, (words[opening] as Word).start)
      const subject = opened ? subjectOf(rest) : null
      if (opened && subject) return { ...opened, source: subject }
    }
  }
  // Where the last speaker set off by a pronoun stands (", she said,"): read once, when a verb
  // first asks, not again for each verb of the sentence.
  let lastAside: number | undefined
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word
    // "Whitfield shot back that Kessler had opposed the bill": a retort, its subject's.
    if (isRetort(words, k)) {
      const source = subjectOf(words)
      const content = words[k + 3] as Word
      if (source && source.end <= word.start)
        return {
          content: { start: content.start, end },
          cue: { start: word.start, end: (words[k + 1] as Word).end },
          source,
        }
    }
    // Most words of a sentence open no report: one lookup passes them by.
    if (!REPORT_OPENERS.has(word.lower)) continue
    // "Mr. Manafort, citing the magic of Trump, said ...": the verb after the aside reports.
    if (isInAsideBeforeReport(words, k)) continue
    // "who called the snap election", "called a strike": an event convened, not a report.
    if (isConvening(words, k)) continue
    // "Tran wrote the amendment", "had proposed a budget with a 3% increase": a text drafted or
    // put forward, no report, nor a stance ("proposed a ceasefire", "wrote that ..." are).
    if (isDrafting(words, k)) continue
    // "They did not say how many jobs would be lost": what no one said.
    if (isNegatedSaying(words, k)) continue
    // "to send rejected asylum seekers": an adjective after a verb's infinitive, no report.
    if (
      word.lower.endsWith('ed') &&
      words[k - 2]?.lower === 'to' &&
      /^\p{Ll}+$/u.test(words[k - 1]?.text ?? '') &&
      !INFINITIVE_AUXILIARIES.has(words[k - 1]?.lower ?? '')
    )
      continue
    // "A jury found Marcus Bell guilty of murder": a verdict, no report.
    if (FOUND.has(word.lower) && isVerdict(words, k)) continue
    // "Kanade recalled 1.2 million power banks": goods taken back, no report.
    if (isProductRecall(words, k)) continue
    // "kept rates unchanged, as expected,": a comparison, no report.
    if (words[k - 1]?.lower === 'as' && (words[k + 1]?.punct ?? true)) continue
    // "Among the measures announced were ...", "The figures reported were higher": a participle
    // that qualifies the noun before it, the subject of the verb after.
    // (Not "which many progressives believed was ...": a subject of its own before the verb.)
    if (
      word.lower.endsWith('ed') &&
      BE_VERBS.has(words[k + 1]?.lower ?? '') &&
      QUALIFIED_NOUN_OPENERS.has(words[k - 2]?.lower ?? '') &&
      /^\p{Ll}/u.test(words[k - 1]?.text ?? '')
    )
      continue
    if (isAccordingTo(words, k)) {
      const comma = nextIndexOf(words, ',', k + 1, words.length)
      const cue = { start: word.start, end: (words[k + 1] as Word).end }
      if (k === 0 && comma > 0) {
        // According to X, CLAUSE.
        // "According to its chief executive, Rolf Habben Jansen, CLAUSE": the name set off after
        // the description is the source's too.
        const named = apposedNameEnd(words, k + 2, comma, true)
        const source = spanOf(words.slice(k + 2, named > 0 ? named : comma))
        // "According to Sophie Laurent, an analyst at Bernstein, CLAUSE": past the description.
        const described = named > 0 ? named : descriptionEnd(words, k + 2, comma)
        const opens = described > 0 ? described : comma
        const content = { start: (words[opens + 1] as Word | undefined)?.start ?? end, end }
        return content.end > content.start ? { content, cue, source } : null
      }
      if (k > 0 && words[k - 1]?.text === ',') return accordingAfterClause(words, k, start, end)
      continue
    }
    // "spokeswoman Hope Hicks", "his spokeswoman, Hope Hicks": a capitalised word inside the
    // sentence is a name, not a verb.
    if (
      k > 0 &&
      /^\p{Lu}\p{Ll}/u.test(word.text) &&
      (!(words[k - 1] as Word).punct || /^\p{Lu}/u.test(words[k + 1]?.text ?? ''))
    )
      continue
    const attitude =
      ATTITUDES.has(word.lower) &&
      isThat(words[k + 1]) &&
      /^(?:is|was|are|were|am|be|been|remains?|seemed|seems)$/u.test(words[k - 1]?.lower ?? '')
    // "it was clear that", "it is likely that": no one's attitude, the text's own.
    if (attitude && words[k - 2]?.lower === 'it') continue
    const stance = readStance(words, k, start, end)
    if (stance) return stance
    // "Asked whether ..., X said" / "When asked about ..., X said": a question put by no one named.
    if (
      word.lower === 'asked' &&
      (k === 0 || (k === 1 && ASKED_OPENERS.has(words[0]?.lower ?? '')))
    ) {
      const comma = nextIndexOf(words, ',', k, words.length)
      const first = words[k + 1]
      // (A question of more than its word: not "Asked why, he replied".)
      if (comma > k + 2 && first && !first.punct) {
        // "Asked by reporters whether he would run again,": the askers are its source.
        const question = first.lower === 'by' ? askedQuestionStart(words, k + 2, comma) : -1
        // "Asked in a 2014 interview how she hoped to be remembered": past when and where.
        const placed = AFTER_ASKERS.has(first.lower) ? askedQuestionStart(words, k + 1, comma) : -1
        const asked =
          question > k + 2
            ? (words[question] as Word)
            : placed > k + 1
              ? (words[placed] as Word)
              : first
        return {
          content: { start: asked.start, end: (words[comma - 1] as Word).end },
          cue: { start: word.start, end: word.end },
          source:
            question > k + 2
              ? {
                  start: (words[k + 2] as Word).start,
                  end: (words[askersEnd(words, k + 2, question) - 1] as Word).end,
                }
              : null,
        }
      }
    }
    const madeClear = readMadeClear(words, k, end)
    if (madeClear) return madeClear
    // "The senator is predicting that he will win", "Puerto Rico has been warning that ...".
    const progressive = attitude ? -1 : progressiveStart(words, k)
    if (!REPORTING.has(word.lower) && !attitude && progressive < 0) continue
    // "Further tests had confirmed the impurity, she said, and ...": a verb inside what a
    // speaker set off later in the sentence says is theirs, not a report of its own (but a
    // speaker's own verb is: "Christie said that ... no different, he said, from").
    if (!isSpeakerWord(words[k - 1]) && (lastAside ??= lastSaidAside(words)) > k) continue
    // "An official who asked not to be identified said ...": a request to stay unnamed reports nothing.
    if (word.lower === 'asked' && words[k + 1]?.lower === 'not' && words[k + 2]?.lower === 'to')
      continue
    // ("Andre, who asked that his last name not be used, said ...": the same request.)
    if (word.lower === 'asked' && isNameWithheld(words, k + 1)) continue
    // "who asked not to be named because she feared retaliation said": a verb of a clause
    // before the sentence's own verb of saying.
    if (!SPEECH_VERBS.has(word.lower) && isBeforeSaying(words, k + 1)) continue
    // "radio show", "his remarks", "the charges": nouns unless a clause follows with "that".
    if (NOUN_LIKE.has(word.lower) && !isThat(words[k + 1])) continue
    // "including an ultra-thin model called the iPhone Air": a name given, not a report.
    if (isNamingParticiple(words, k)) continue
    // "the report", "Clark’s claims": a noun after a determiner or a possessive.
    if (!attitude && isNoun(words, k)) continue
    // "He was told that ...": a passive's subject is not who reports; the source is unnamed.
    const passive = !attitude && progressive < 0 && isPassive(words, k)
    // "The commission was told by Dr Hamish Okonkwo that CLAUSE": the agent reports.
    const agented = passive ? agentReport(words, k, end) : null
    if (agented !== null) return { ...agented, cue: { start: word.start, end: word.end } }
    // "Officials raised fears that ...": the verb and its attitude are the cue.
    const taken = !attitude && progressive < 0 && isTakenAttitude(words, k)
    const cue =
      attitude || taken
        ? { start: (words[k - 1] as Word).start, end: word.end }
        : { start: (words[progressive >= 0 ? progressive : k] as Word).start, end: word.end }
    // "CLAUSE, said David Kamin, who ...": an inverted speaker set off inside the sentence.
    const inverted =
      attitude || passive || progressive >= 0 ? null : invertedSpeaker(words, k, start)
    if (inverted) return inverted
    // CLAUSE, X said, CLAUSE: the speaker set off inside the sentence. With nothing between the
    // comma and the verb, the comma ends an aside of the subject: "Rubio, R-Fla., said CLAUSE".
    const found = lastIndexOf(words, ',', k)
    const comma = found === k - 1 ? -1 : found
    // CLAUSE, X said (at the time), adding that CLAUSE: the first clause, the participle read apart.
    const participle = participleAfter(words, k)
    // Not a time that opens the sentence: "Late last month, the company wrote ..., saying".
    if (
      participle > 0 &&
      comma > MIN_CLAUSE_WORDS &&
      isFinalSourceGap(words, comma, k) &&
      !attitude &&
      !opensWithTime(words, comma)
    ) {
      return {
        content: { start, end: (words[comma] as Word).start },
        cue,
        source: sourceBetween(words, comma, k),
      }
    }
    // "CLAUSE, astronomers said Monday, a first for a world of its size": the clause before the
    // source, past a time after the verb and what the comma after it sets off.
    const timed = timeBeforeComma(words, k + 1)
    if (
      timed > 0 &&
      comma > MIN_CLAUSE_WORDS &&
      isFinalSourceGap(words, comma, k) &&
      !attitude &&
      !passive
    ) {
      return {
        content: { start, end: (words[comma] as Word).start },
        cue,
        source: sourceBetween(words, comma, k),
      }
    }
    // (Not a relative clause's verbs in a list: "Sean Baker, who wrote, directed and edited".)
    // "The economy, Smith said on Monday, is growing", "The solution, the partner told them, was
    // simple": past when it was said, or to whom, to the comma that closes the attribution.
    // (Not a list's first comma: "Jones, Brown and Smith said on Monday, ...".)
    const close = comma > 0 ? asideClose(words, k) : -1
    const closing = close > k + 1 && comma < MIN_ASIDE_OPENING ? -1 : close
    if (
      closing > 0 &&
      isFinalSourceGap(words, comma, k) &&
      !attitude &&
      !RELATIVES.has(words[comma + 1]?.lower ?? '')
    ) {
      // "This, it was hoped, would ...": a passive names no source. "CLAUSE, X said, without
      // giving details": a phrase of how it was said, none of the content, which ends at the
      // comma before the source.
      // (Nor what a participle after it adds of the writer's own: "..., early counting showed,
      // leaving a small party holding the balance".)
      const after = words[closing + 1]
      const aside =
        opensSayingAside(words, closing + 1) ||
        (after !== undefined &&
          !after.punct &&
          after.text === after.lower &&
          after.lower.endsWith('ing') &&
          after.lower.length > MIN_PARTICIPLE_LENGTH &&
          after.lower !== 'including' &&
          // (Not a gerund that is its clause's subject: "he said, replacing Clinton would be".)
          !words.slice(closing + 2).some((word) => FINITE_AFTER_GERUND.has(word.lower)))
      return {
        content: {
          start,
          end: aside && comma > MIN_CLAUSE_WORDS ? (words[comma] as Word).start : end,
        },
        cue,
        source: passive ? null : sourceBetween(words, comma, k),
      }
    }
    // CLAUSE, X said. Not "a clear, well thought out plan": the verb must end the sentence but
    // for a time or a place.
    const tail = words[k + 1]
    const ends = !tail || tail.punct || FINAL_TAIL_OPENERS.test(tail.lower)
    if (k === words.length - 1 || (words.length - k <= 3 && comma > MIN_CLAUSE_WORDS && ends)) {
      // Not a relative clause of the noun before the comma: "..., which is expected in January".
      if (
        comma > MIN_CLAUSE_WORDS &&
        isFinalSourceGap(words, comma, k) &&
        !isRelativeClause(words, comma, k)
      ) {
        return {
          content: { start, end: (words[comma] as Word).start },
          cue,
          source: sourceBetween(words, comma, k),
        }
      }
      continue
    }
    const andBefore = followsJoiner(words, progressive >= 0 ? progressive : k)
    // "..., raising fears the violence will spread": an attitude that no one named holds.
    const unheld = taken && isParticiple(words, k - 1)
    const source =
      passive || unheld
        ? null
        : (backwardSource(
            words,
            attitude || taken ? k - 2 : progressive >= 0 ? progressive - 1 : k - 1,
          ) ?? (andBefore ? subjectOf(words) : null))
    if (!source && !passive && !unheld) continue
    // X said (on Thursday) that CLAUSE / X said CLAUSE.
    let j = k + 1
    if (word.lower === 'told' || word.lower === 'tells') {
      while (j < words.length && j - k <= 3 && !isThat(words[j]) && !(words[j] as Word).punct) j++
      // "told Fox, reminding the co-hosts that ...": the "that" is the participle's.
      if ((words[j] as Word | undefined)?.punct) continue
    }
    // "asked whether ...", "wondered if ...".
    if (/^(?:whether|if|why|how|what|when)$/u.test(words[k + 1]?.lower ?? '')) {
      const clauseStart = k + 1
      if (words.length - clauseStart >= MIN_CLAUSE_WORDS) {
        return { content: { start: (words[clauseStart] as Word).start, end }, cue, source }
      }
    }
    // "insisted, most recently in an interview with ABC News, that CLAUSE": past a set-off aside.
    if (words[j]?.text === ',') {
      const close = nextIndexOf(words, ',', j, MAX_VERB_ASIDE_WORDS)
      // Not an attribution set off itself: "He hoped, he said, that ...".
      if (
        close > 0 &&
        isThat(words[close + 1]) &&
        !words.slice(j + 1, close).some((w) => REPORTING.has(w.lower))
      )
        j = close + 1
    }
    let gap = 0
    // "said he meets families in a city that is hurting": a subject pronoun opens the clause, and
    // a "that" after it is the clause's own.
    const pronounOpens = j === k + 1 && SUBJECT_PRONOUNS.has(words[j]?.lower ?? '')
    // "told" names whom it told, and often when and where, before its "that": "told U.S.
    // President Joe Biden at their last meeting in Lima, Peru, last month that ...".
    const told = word.lower === 'told' || word.lower === 'tells'
    // The "that" of this verb, not of a participle after it ("said A, adding that B").
    // Nor of a second verb ("says A but argues that B").
    while (
      !pronounOpens &&
      j < words.length &&
      gap < (told ? MAX_TOLD_GAP_WORDS : MAX_GAP_WORDS) &&
      !isComplementizer(words, j) &&
      !PARTICIPLES.has((words[j] as Word).lower) &&
      !REPORTING.has((words[j] as Word).lower)
    ) {
      j++
      gap++
    }
    // "said on Tuesday its profits rose", "told reporters at a rally he would win": no "that".
    const pastAdjuncts =
      word.lower === 'told' || word.lower === 'tells'
        ? clausePastObjectAndAdjuncts(words, k)
        : clausePastAdjuncts(words, k + 1)
    if (progressive >= 0 && !opensProgressiveClause(words, k, j, pronounOpens || pastAdjuncts > 0))
      continue
    // "said the door remained open and that officials would call": the "that" of a second clause
    // the verb reports, the first opening right after the verb.
    const secondThat = j > k + 1 && SECOND_CLAUSE_JOINERS.has(words[j - 1]?.lower ?? '')
    let clauseStart: number
    if (pastAdjuncts > 0) clauseStart = pastAdjuncts
    // "said that was a mistake", "predicting that kind of growth": "that" is the clause's own.
    // (Nor the relative "that" of a clause that opens right after the verb: "said authorities
    // had detained contractors over buildings that collapsed".)
    else if (
      isComplementizer(words, j) &&
      !(secondThat && opensClause(words, k)) &&
      !(j > k + 2 && opensClause(words, k) && opensSubjectBeforeVerb(words, k + 1))
    )
      clauseStart = j === k + 1 && isDemonstrative(words, j) ? j : j + 1
    else if (opensClause(words, k) && (!passive || reportsWithoutThat(words, k))) {
      // What "told" names right after it is whom it told: the clause follows ("told Breitbart
      // News he'd support"), or none does ("told the Press Trust of India (PTI).").
      const heard = !passive && ADDRESSED.has(word.lower) ? addresseeLength(words.slice(k + 1)) : 0
      if (heard > 0 && ((words[k + 1 + heard]?.punct ?? true) || isWhenOnly(words, k + 1 + heard)))
        continue
      clauseStart = k + 1 + heard
    } else continue
    // "says that, in her view, the schools are failing": the clause opens past the aside.
    if (words[clauseStart]?.text === ',') {
      const close = nextIndexOf(words, ',', clauseStart, MAX_VERB_ASIDE_WORDS)
      if (close < 0) continue
      clauseStart = close + 1
    }
    if (words.length - clauseStart < MIN_CLAUSE_WORDS) continue
    // "responded hours later", "replied two days later": a time, no clause.
    if (isOnlyTime(words, clauseStart)) continue
    return {
      content: {
        start: (words[clauseStart] as Word).start,
        end: beforeClaimDescription(
          words,
          clauseStart,
          relativeClauseEnd(words, k, clauseStart, end, { sourceStart: source?.start ?? -1 }),
        ),
      },
      cue,
      source,
    }
  }
  return null
}

/**
 * Whether the passive cue at word `k` reports what follows it without a
 * "that": whom it was told ("was told the plan had changed"), an impersonal
 * "it was announced the talks would resume", or a noun phrase ("was declared
 * the winner", "was asked this question"); not an adverbial ("was not
 * announced ahead of time", "was felt most keenly by residents").
 */
function reportsWithoutThat(words: readonly Word[], k: number): boolean {
  const cue = (words[k] as Word).lower
  if (cue === 'told' || cue === 'tells' || words[k - 2]?.lower === 'it') return true
  return PASSIVE_OBJECT_OPENERS.has(words[k + 1]?.lower ?? '')
}
/** Words that open the noun phrase a passive cue names: "declared the winner", "asked this question". */
const PASSIVE_OBJECT_OPENERS: ReadonlySet<string> = new Set([...DETERMINERS, 'this', 'these'])

/**
 * The index of the comma that opens the last speaker of the sentence set off
 * by a pronoun and a verb of saying between commas (", she said,", ", he
 * added." at its end), or -1 when none is.
 */
function lastSaidAside(words: readonly Word[]): number {
  let last = -1
  for (let j = 0; j + 2 < words.length; j++) {
    if ((words[j] as Word).text !== ',' || !SUBJECT_PRONOUNS.has(words[j + 1]?.lower ?? ''))
      continue
    if (!ASIDE_SAYINGS.has(words[j + 2]?.lower ?? '')) continue
    const after = words[j + 3]
    if (after === undefined || after.text === ',') last = j
  }
  return last
}
/** Whether `word` names a speaker right before a verb: a capitalised word or a pronoun. */
function isSpeakerWord(word: Word | undefined): boolean {
  return word !== undefined && (isCapitalised(word) || SUBJECT_PRONOUNS.has(word.lower))
}
/** Finite verbs after a gerund that make it its clause's subject: "replacing Clinton would be". */
const FINITE_AFTER_GERUND: ReadonlySet<string> = new Set(FINITE_AUXILIARY_WORDS)
/** Fewest letters of a participle that opens a phrase after an aside ("leaving"; not "king"). */
const MIN_PARTICIPLE_LENGTH = 5

/** Verbs of a speaker set off inside their sentence: ", she said,". */
const ASIDE_SAYINGS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds'])

/**
 * The index of the comma after a time that opens at word `from` ("Monday,",
 * "on Tuesday night,", "late last week,"), or -1 when no such time and comma
 * come there.
 */
function timeBeforeComma(words: readonly Word[], from: number): number {
  let k = from
  if (TIME_LEADS.has(words[k]?.lower ?? '')) k++
  const first = k
  while (k < words.length && k - first < MAX_TIME_WORDS && isTimeWord(words[k] as Word)) k++
  return k > first && words[k]?.text === ',' ? k : -1
}
/** Words that lead a time after a verb: "on Monday", "late last week". */
const TIME_LEADS = new Set(['on', 'late', 'early', 'earlier', 'this', 'last'])
/** Most words of a time after a verb: "last Tuesday night". */
const MAX_TIME_WORDS = 3

/** Words of a time after a verb: "hours later", "two days afterward", "soon after". */
const LATER_WORDS = new Set([
  ...['later', 'earlier', 'ago', 'afterward', 'afterwards', 'after', 'soon', 'then', 'again'],
  ...['hours', 'days', 'minutes', 'weeks', 'months', 'years', 'moments', 'shortly'],
  ...['a', 'an', 'few', 'several', 'two', 'three', 'four', 'five', 'some', 'hour', 'day'],
  ...['immediately', 'quickly', 'instantly', 'overnight'],
])
/** Most words of such a time. */
const MAX_LATER_WORDS = 4

/** Whether the words from `from` are no more than when it was said: "on Friday.", "last week." */
function isWhenOnly(words: readonly Word[], from: number): boolean {
  const rest = words.slice(from).filter((word) => !word.punct)
  return rest.length <= MAX_WHEN_WORDS && WHEN_OPENERS.has(rest[0]?.lower ?? '')
}
/** Words that open when something was said, after whom it was told: "on Friday", "last week". */
const WHEN_OPENERS = new Set(['on', 'last', 'this', 'earlier', 'late', 'yesterday', 'today'])
/** Most words of such a phrase: "on Friday night". */
const MAX_WHEN_WORDS = 3

/** A number in digits: "2 days later". */
const DIGITS = /^\d+$/u

/** Whether the words from `from` to the sentence's end are only such a time, or marks. */
function isOnlyTime(words: readonly Word[], from: number): boolean {
  // One pass that stops at the first word too many or not of a time, rather than a copy of the
  // rest of the sentence.
  let count = 0
  for (let k = from; k < words.length; k++) {
    const word = words[k] as Word
    if (word.punct) continue
    if (++count > MAX_LATER_WORDS) return false
    if (!LATER_WORDS.has(word.lower) && !DIGITS.test(word.text)) return false
  }
  return true
}

/** Whether the words before `comma` are all of a time: "Late last month,". */
function opensWithTime(words: readonly Word[], comma: number): boolean {
  // "But the next day,": past a conjunction that joins the sentence to the one before.
  const from = JOINERS.has(words[0]?.lower ?? '') ? 1 : 0
  for (let i = from; i < comma; i++) if (!isTimeWord(words[i] as Word)) return false
  return true
}

/** Conjunctions that open a sentence by joining it to the one before. */
const JOINERS = new Set(['but', 'and', 'yet', 'so'])
