/**
 * Cues: whether a word is a reporting verb used as a verb ("said", "warned",
 * "put it") rather than a noun ("the report", "Clark’s comments", "home state").
 */
import { DETERMINER_WORDS } from '../lexicon/determiners.js'
import { FINITE_REPORTS, SPEECH_LEMMAS, SPEECH_NOUNS, SPEECH_VERBS } from '../lexicon/speech.js'
import { WordSet } from './word-set.js'
import type { Word } from './words.js'

/** Words before which a reporting verb is a noun: "the report", "his remarks", "no comment". */
const NOUN_MARKERS = new Set([...DETERMINER_WORDS, 'no', 'whose', 'of'])

/** Adjectives before an -ing form that make it a noun: "a stark warning", "repeated warnings". */
const GERUND_ADJECTIVES: ReadonlySet<string> = new Set([
  ...['fresh', 'stark', 'repeated', 'profit', 'explicit', 'formal', 'dire', 'grim'],
])
/**
 * Words that count or place an -ing form after a determiner, a noun then: "the second
 * warning", "its latest warning" (not "by first saying", an adverb).
 */
const GERUND_ORDINALS: ReadonlySet<string> = new Set([
  ...['first', 'second', 'third', 'fourth', 'latest', 'last', 'final', 'new', 'previous'],
  ...['earlier', 'early'],
])
/** Nouns "warning" qualifies: "warning signs", "a warning shot". */
const WARNING_COMPOUNDS: ReadonlySet<string> = new Set([
  ...['sign', 'signs', 'shot', 'shots', 'light', 'lights', 'label', 'labels', 'letter'],
  ...['letters', 'system', 'systems', 'notice', 'notices', 'track'],
])

/** Prepositions after which a reporting word ending in "s" is a plural noun: "with attacks". */
const PLURAL_AFTER = new Set(['with', 'amid', 'despite', 'after', 'over', 'among'])
/** Verbs that take doubts, fears and hopes as their object: "voiced doubts", "raised fears". */
const TAKING_ATTITUDES = new Set([
  ...['voiced', 'voice', 'voices', 'voicing', 'expressed', 'express', 'expresses', 'raised'],
  ...['raise', 'raises', 'raising', 'cast', 'casts', 'aired', 'shared', 'allayed', 'eased'],
  ...['fueled', 'fuelled', 'stoked', 'sparked', 'dismissed', 'have', 'has', 'had'],
])
/** Attitudes a verb takes as its object that report a clause: "raised fears that", "voiced doubts". */
const ATTITUDE_NOUNS = new Set([
  ...['fear', 'fears', 'hope', 'hopes', 'doubt', 'doubts', 'worry', 'worries'],
])

/**
 * Whether word `k` is an attitude that the verb before it takes ("Officials
 * raised fears that ...", "The union voiced doubts the plan would work"):
 * the verb and the noun are the cue together, and the source stands before
 * the verb.
 */
export function isTakenAttitude(words: readonly Word[], k: number): boolean {
  return (
    k > 0 &&
    ATTITUDE_NOUNS.has(words[k]?.lower ?? '') &&
    TAKING_ATTITUDES.has(words[k - 1]?.lower ?? '')
  )
}
/** Prepositions after an attitude that say what it is of: "doubts about", "hopes for". */
const ATTITUDE_OBJECTS = new Set([
  ...['about', 'over', 'of', 'for', 'in', 'among', 'on', 'regarding', 'with', 'around'],
])
/** The noun after "think" in "think tank". */
export const THINK_TANKS: ReadonlySet<string> = new Set(['tank', 'tanks'])
/** Prepositions before a noun and the plural it qualifies: "on corruption charges". */
/** Whether `word` is a word in lower case that may qualify a plural after it: "corruption charges". */
function isQualifier(word: Word | undefined): boolean {
  return word !== undefined && !word.punct && word.text === word.lower && !LINKS.has(word.lower)
}
/** Words that join, which qualify no plural: "boos and chants". */
const LINKS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', 'of'])
const QUALIFIED_PLURAL_AFTER = new Set([...PLURAL_AFTER, 'on', 'against', 'about', 'by'])

/** "It goes without saying that ...": "saying" at word `k`, and no one says it. */
function goesWithoutSaying(words: readonly Word[], k: number): boolean {
  return words[k]?.lower === 'saying' && words[k - 1]?.lower === 'without'
}

/** Whether word `k` is an -ing form after a comma: "..., saying". */
export function isParticiple(words: readonly Word[], k: number): boolean {
  return (words[k] as Word).lower.endsWith('ing') && words[k - 1]?.text === ','
}

/** Words after which "state" is a verb: "to state", "they state". */
const STATE_AS_VERB = new Set([
  'to',
  'will',
  'would',
  'did',
  'does',
  'also',
  'who',
  'which',
  'they',
  'we',
  'i',
  'you',
])

/** '"Q," Read said': a capitalised word before a reporting verb in lower case is the speaker's name. */
function isSurnameBeforeVerb(words: readonly Word[], k: number): boolean {
  const next = words[k + 1]
  return (
    /^\p{Lu}/u.test((words[k] as Word).text) &&
    next !== undefined &&
    next.text === next.lower &&
    SPEECH_VERBS.has(next.lower)
  )
}

/** The sides counsel speak for, set off after their names in British court reports. */
const COUNSEL_SIDES: ReadonlySet<string> = new Set(['defending', 'prosecuting', 'mitigating'])

/** Whether word `k` is a reporting verb used as a verb: lower case, not after a determiner. */
export function isCue(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  // Asked of every word around a quote: most are no cue at one lookup.
  if (!CUE_CANDIDATES.has(word.lower)) return false
  // "as Rosenthal recently put it, 'Q'".
  if ((word.lower === 'put' || word.lower === 'puts') && words[k + 1]?.lower === 'it') return true
  // "'Q,' Trump went on, as if ..." / "he goes on: 'Q'" / "as Trump went on about 'Q'".
  if (GO_ON.has(word.lower) && words[k + 1]?.lower === 'on') {
    // "as counting goes on" is no report: only "went on" or "goes on:" before the words, or
    // "went on about" them.
    const after = words[k + 2]
    if (after?.lower === 'about') return true
    if (word.lower === 'went' ? (after?.punct ?? true) : after?.text === ':') return true
  }
  // "A sign reads: 'Q'" / "'Q,' read one": "read" next to a mark.
  if (READ.has(word.lower) && ((words[k + 1]?.punct ?? true) || (words[k - 1]?.punct ?? true)))
    return !isSurnameBeforeVerb(words, k)
  // "placards reading 'Q1' and 'Q2'": what a sign bears, whatever follows.
  if (word.lower === 'reading' && SIGN_NOUNS.has(words[k - 1]?.lower ?? '')) return true
  // "Hillary shot back, 'Q'".
  if (SHOT.has(word.lower) && words[k + 1]?.lower === 'back') return true
  if (word.punct || !SPEECH_VERBS.has(word.lower)) return false
  if (k > 0 && /^\p{Lu}/u.test(word.text) && !(words[k - 1] as Word).punct) return false
  // "The ministry did not respond", "he didn't say": a saying denied reports nothing.
  if (isDenied(words, k)) return false
  // "Under questioning from counsel, Mr Hanlon agreed": a gerund after "under" or "during" is
  // the noun of a setting.
  if (word.lower.endsWith('ing') && SETTING_PREPOSITIONS.has(words[k - 1]?.lower ?? ''))
    return false
  // "Philip Ambrose, defending, said": a barrister's side in the case, set off after the name.
  if (COUNSEL_SIDES.has(word.lower) && words[k - 1]?.text === ',' && words[k + 1]?.text === ',')
    return false
  if (goesWithoutSaying(words, k)) return false
  // "a far cry", "a surprise hit": a bare verb after a word that cannot be its subject is a noun.
  if (isBareNoun(words, k)) return false
  if (isNamingParticiple(words, k)) return false
  // "hit by vandalism", "highlighted by the shootings": a passive, not a report.
  if (words[k + 1]?.lower === 'by' && word.lower.endsWith('ed')) return false
  // "he continued: 'Q'" reports; "would continue to break barriers" does not.
  if (
    CONTINUE.has(word.lower) &&
    (!(words[k + 1]?.punct ?? true) || MODALS.has(words[k - 1]?.lower ?? ''))
  )
    return false
  return !isNoun(words, k)
}

/** Whether the verb at `k` is denied by an auxiliary and "not" before it: "did not respond", "didn't say". */
function isDenied(words: readonly Word[], k: number): boolean {
  const before = words[k - 1]?.lower
  if (before === undefined) return false
  if (before === 'not') return DENYING_AUXILIARIES.has(words[k - 2]?.lower ?? '')
  return DENIED_AUXILIARIES.has(before.replace('\u2019', "'"))
}
/** Prepositions before a gerund that is the noun of a setting: "under questioning". */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['under', 'during'])
/** Auxiliaries before "not" and a bare verb: "did not respond", "has not said". */
const DENYING_AUXILIARIES: ReadonlySet<string> = new Set([
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
])
/** The same with "not" joined: "didn't say". */
const DENIED_AUXILIARIES: ReadonlySet<string> = new Set(
  [...DENYING_AUXILIARIES].map((auxiliary) => `${auxiliary}n't`),
)

/** Forms of "go" in "went on", a cue when nothing but a mark follows. */
export const GO_ON: ReadonlySet<string> = new Set(['went', 'goes', 'go'])

/** Things that bear written words: "placards reading 'Q'". */
export const SIGN_NOUNS: ReadonlySet<string> = new Set([
  ...['sign', 'signs', 'placard', 'placards', 'banner', 'banners', 'poster', 'posters'],
  ...['billboard', 'billboards', 'shirt', 'shirts', 't-shirt', 't-shirts', 'headline', 'plaque'],
])

/** "A sign reads: 'Q'". */
const READ = new Set(['read', 'reads'])

/** Verbs of "shot back", "fired back", "hit back": a retort when a mark follows. */
export const SHOT: ReadonlySet<string> = new Set([
  'shot',
  'shoots',
  'fired',
  'fires',
  'hit',
  'hits',
])

/** Forms of "continue", a cue only before a mark or at the end: "he continued, 'Q'". */
const CONTINUE = new Set(['continue', 'continued', 'continues', 'continuing'])

/** Words before a verb that make it an intention rather than a report: "would continue". */
const MODALS = new Set(['would', 'will', 'could', 'should', 'may', 'might', 'can', 'must', 'to'])

/** Every word that `isCue` can take for a cue: "put (it)", "went on", "reads", "shot back", a speech verb. */
const CUE_CANDIDATES = new WordSet([
  'put',
  'puts',
  ...GO_ON,
  ...READ,
  'reading',
  ...SHOT,
  ...SPEECH_VERBS,
])

/** Participles that name a thing after its noun: "a shape called a strange attractor". */
const NAMING = new Set([
  'called',
  'named',
  'dubbed',
  'titled',
  'entitled',
  'labeled',
  'labelled',
  'nicknamed',
])

/** Articles before the noun a naming participle follows. */
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that'])

/** Whether word `k` names the noun before it ("a shape called X"), rather than reporting. */
export function isNamingParticiple(words: readonly Word[], k: number): boolean {
  if (!NAMING.has((words[k] as Word).lower)) return false
  // "The planet, called GJ 486 b, orbits", "The drug, called veranoxib and developed by": a name
  // set off after the noun it names.
  if (words[k - 1]?.text === ',' && !CALL_PARTICLES.has(words[k + 1]?.lower ?? '')) {
    let j = k + 1
    while (j - k <= MAX_NAMED_WORDS && words[j] && !words[j]?.punct && words[j]?.lower !== 'and')
      j++
    if (j > k + 1 && (words[j]?.text === ',' || words[j]?.lower === 'and')) return true
  }
  const noun = words[k - 1]
  if (noun === undefined || noun.punct || !/^\p{Ll}/u.test(noun.text)) return false
  // "the transgender community called for his dismissal", "the union called on": a call, no name.
  if (CALL_PARTICLES.has(words[k + 1]?.lower ?? '')) return false
  if (ARTICLES.has(words[k - 2]?.lower ?? '')) return true
  // "including an ultra-thin model called the iPhone Air": words that qualify the noun after the
  // article, when a word of the sentence governs the noun (not "The new board called ...").
  for (let j = k - 2; j >= k - 2 - MAX_NOUN_MODIFIERS && j > 0; j--) {
    const word = words[j] as Word
    if (word.punct || !/^\p{Ll}/u.test(word.text)) return false
    if (!ARTICLES.has(word.lower)) continue
    const governor = words[j - 1] as Word
    return !governor.punct && /^\p{Ll}/u.test(governor.text)
  }
  return false
}
/**
 * Whether word `k` is "call" that convenes or orders an event, not a report:
 * "called the snap election", "called a strike", "calls a news conference", "called its
 * meeting to order".
 */
export function isConvening(words: readonly Word[], k: number): boolean {
  if (!CALL_FORMS.has((words[k] as Word).lower)) return false
  // ("called for a boycott": a call; "called his vote an irresponsible one", "called his snap
  // election a mistake": a name given, but "called its meeting to order".)
  const article = ARTICLES.has(words[k + 1]?.lower ?? '')
  if (!article && !DETERMINER_WORDS.includes(words[k + 1]?.lower ?? '')) return false
  for (let j = k + 2; j <= k + 2 + MAX_EVENT_MODIFIERS; j++) {
    const word = words[j]
    if (word === undefined || word.punct) return false
    if (CALLED_EVENTS.has(word.lower))
      return (
        (article && !(words[k + 1]?.lower === 'the' && isComplementAt(words, j + 1))) ||
        (words[j + 1]?.lower === 'to' && words[j + 2]?.lower === 'order')
      )
  }
  return false
}

/**
 * Whether word `j`, after an event named with "the", opens what the event is called: "called
 * the strike a disgrace", "called the strike disappointing", 'called the strike "deeply
 * disappointing"' (not "called the strike on Monday", "called the election early", "called the
 * strike off").
 */
function isComplementAt(words: readonly Word[], j: number): boolean {
  const word = words[j]
  if (word === undefined) return false
  if (word.punct) return OPENING_MARKS.has(word.text)
  if (word.lower === 'a' || word.lower === 'an') return true
  return /^\p{Ll}/u.test(word.text) && !NOT_COMPLEMENTS.has(word.lower)
}
/** Marks that open a quotation. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '“', '‘', '«'])
/** Words after an event convened that are no name given it: "on", "early", "off", "and". */
const NOT_COMPLEMENTS: ReadonlySet<string> = new Set([
  ...['on', 'in', 'at', 'for', 'to', 'from', 'after', 'before', 'over', 'during', 'by', 'with'],
  ...['and', 'but', 'or', 'that', 'which', 'who', 'when', 'while', 'as', 'because', 'since'],
  ...['last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'yesterday', 'today'],
  ...['off', 'out', 'up', 'again', 'itself', 'immediately', 'instead', 'of', 'following'],
  ...['amid', 'about', 'into', 'against', 'under', 'within', 'despite', 'ahead', 'until', 'if'],
])
/** The forms of "call". */
export const CALL_FORMS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling'])
/** Words between the article and the event: "the snap general election", "a national strike". */
const MAX_EVENT_MODIFIERS = 2
/** What a leader or a body calls into being: "an election", "a strike", "a meeting". */
const CALLED_EVENTS: ReadonlySet<string> = new Set([
  ...['election', 'elections', 'referendum', 'strike', 'strikes', 'walkout', 'meeting'],
  ...['summit', 'session', 'conference', 'briefing', 'inquiry', 'recess', 'halt', 'truce'],
  ...['ceasefire', 'cease-fire', 'timeout'],
])

/** Words after "called" that make it a call: "called for", "called on". */
const CALL_PARTICLES = new Set([
  'for',
  'on',
  'upon',
  'off',
  'out',
  'in',
  'back',
  'it',
  'him',
  'her',
])
/** Most words that qualify a noun between its article and a naming participle: "an ultra-thin model". */
const MAX_NOUN_MODIFIERS = 2

/** Most words of a name set off after "called": "GJ 486 b". */
const MAX_NAMED_WORDS = 5

/** A number written in figures: "26.5", "3", "1,200". */
const COUNT = /^\d[\d.,]*$/u

/** Prepositions of where people stand by someone: "students around her". */
const OBJECT_PLACES = new Set(['around', 'behind', 'beside', 'alongside', 'near', 'outside'])

/** Whether word `k` follows a determiner or a possessive, as a noun: "the report", "Clark’s comments". */
export function isNoun(words: readonly Word[], k: number): boolean {
  const previous = words[k - 1]?.lower ?? ''
  // "the IFS think tank has warned": a compound noun.
  if (words[k]?.lower === 'think' && THINK_TANKS.has(words[k + 1]?.lower ?? '')) return true
  // "a letter that says", "the report that found": a relative clause's verb.
  if (
    previous === 'that' &&
    /(?:s|ed)$|^(?:said|told|wrote|found|thought)$/u.test(words[k]?.lower ?? '')
  )
    return false
  // "students around her chanted « Q »": "her" the object of a preposition, the verb's subject
  // before it (not "with her stated aim", a noun after it).
  if (
    previous === 'her' &&
    OBJECT_PLACES.has(words[k - 2]?.lower ?? '') &&
    /ed$/u.test(words[k]?.lower ?? '') &&
    (words[k + 1]?.punct ?? true)
  )
    return false
  if (NOUN_MARKERS.has(previous) || isOwnerWord(previous)) return true
  if (isStateNoun(words, k)) return true
  // "the second warning in four months", "ignored warning signs": a noun of an -ing form, after
  // a word that counts or qualifies it, or before the noun it qualifies.
  const lower = words[k]?.lower ?? ''
  if (
    lower.endsWith('ing') &&
    (GERUND_ADJECTIVES.has(previous) ||
      (GERUND_ORDINALS.has(previous) && NOUN_MARKERS.has(words[k - 2]?.lower ?? '')))
  )
    return true
  if (lower === 'warning' && WARNING_COMPOUNDS.has(words[k + 1]?.lower ?? '')) return true
  // "with attacks that helped", "amid claims of fraud": a plural after a preposition, or after
  // "of" and a name's adjective ("32% of Republican claims").
  if (/[^s]s$/u.test(words[k]?.lower ?? '')) {
    if (PLURAL_AFTER.has(previous)) return true
    // "voiced doubts about laws that require", "have hopes for": a plural that a verb before it
    // takes as its object (no verb of the third person follows one), with what it is of after it
    // ("raised fears that the dam would fail", "raising fears the violence will" report them).
    if (TAKING_ATTITUDES.has(previous) && ATTITUDE_OBJECTS.has(words[k + 1]?.lower ?? ''))
      return true
    // "at 26.5 points, was", "calls 22 emails 'top secret'": a plural counted, a mark after it,
    // is a noun (not "Article 33 affirms:", a name's number; "above 50 indicates growth", a
    // verb; "one in 4 says").
    if (
      COUNT.test(previous) &&
      !/^\p{Lu}/u.test(words[k - 2]?.text ?? '') &&
      words[k - 2]?.lower !== 'in' &&
      (words[k + 1]?.punct ?? true)
    )
      return true
    // "32% of Republican claims", "above Wall Street estimates": after a preposition and a name.
    let j = k - 1
    while (j >= 0 && k - j <= MAX_NAME_BEFORE_NOUN && /^\p{Lu}/u.test((words[j] as Word).text)) j--
    if (j < k - 1 && NAME_NOUN_PREPOSITIONS.has(words[j]?.lower ?? '')) return true
    // "arrested on corruption charges that he says", "amid fraud claims": after a preposition
    // and a noun in lower case that qualifies the plural.
    // ("after earlier battery recalls": two such words, neither a determiner, which would open
    // a subject: "after the minister says".)
    if (isQualifier(words[k - 1])) {
      if (QUALIFIED_PLURAL_AFTER.has(words[k - 2]?.lower ?? '')) return true
      if (
        isQualifier(words[k - 2]) &&
        !NOUN_MARKERS.has(words[k - 2]?.lower ?? '') &&
        PLURAL_AFTER.has(words[k - 3]?.lower ?? '')
      )
        return true
    }
  }
  // "new fundraising reports show", "multiple reports reveal": a plural subject before its verb.
  const word = words[k] as Word
  const next = words[k + 1]
  // "A news report said", "the survey found": a word right before a finite reporting verb is
  // that verb's subject, not a verb itself.
  if (next !== undefined && FINITE_REPORTS.has(next.lower)) return true
  return (
    /[^s]s$/u.test(word.lower) &&
    next !== undefined &&
    (SHOWING.has(next.lower) ||
      (SPEECH_VERBS.has(next.lower) && !/(?:s|ed|ing)$/u.test(next.lower)))
  )
}

/**
 * Whether "state" or "states" at word `k` is a noun: "home state", "Rust Belt
 * states that have suffered" (a relative clause, its verb right after "that");
 * not "to state", "which states that the law ...", "the report states: ...".
 */
function isStateNoun(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  if (word.lower !== 'state' && word.lower !== 'states') return false
  if (STATE_AS_VERB.has(words[k - 1]?.lower ?? '')) return false
  // "three battleground states that Harris had hoped to carry", "swing states": a plural noun
  // after a count or a word that qualifies states.
  const before = words[k - 1]?.lower ?? ''
  if (word.lower === 'states' && (/^\d/u.test(before) || STATES_QUALIFIERS.has(before))) return true
  // "Many member states", "The Gulf states that buy": after a noun that also qualifies states,
  // the plural, unless a singular determiner opens it ("each member states that") and a clause
  // follows its "that" ("The city states that it will").
  if (word.lower === 'states' && SINGULAR_QUALIFIERS.has(before)) {
    const determiner = words[k - 2]?.lower ?? ''
    const afterThat = words[k + 1]?.lower === 'that' ? (words[k + 2]?.lower ?? '') : ''
    if (!SINGULAR_DETERMINERS.has(determiner)) return true
    if (afterThat !== '' && !CLAUSE_OPENERS.has(afterThat) && /^\p{Ll}/u.test(afterThat))
      return true
  }
  const next = words[k + 1]
  if (next?.text === ':') return false
  if (next?.lower !== 'that') return true
  // After "that", a clause opens with its subject ("states that employees must"); a verb there
  // makes "that" a relative pronoun ("states that have suffered", "states that voted").
  const after = words[k + 2]?.lower ?? ''
  return RELATIVE_VERBS.has(after) || after.endsWith('ed')
}

/**
 * Words before "states" that make it the plural noun: "three battleground
 * states" (not a singular noun, "the city states that", "each member states").
 */
const STATES_QUALIFIERS: ReadonlySet<string> = new Set([
  ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens'],
  ...['many', 'several', 'some', 'all', 'both', 'most', 'few', 'more', 'these', 'those'],
  ...['battleground', 'swing', 'southern', 'northern', 'eastern', 'western', 'red', 'blue'],
  ...['coastal', 'neighboring', 'neighbouring', 'individual', 'baltic', 'arab', 'african'],
  ...['european', 'nuclear'],
])

/** Nouns that qualify "states" and may be the subject of "states" too: "member", "city". */
const SINGULAR_QUALIFIERS: ReadonlySet<string> = new Set([
  ...['member', 'key', 'gulf', 'border', 'city', 'nation', 'island', 'other', 'early'],
])
/** Determiners of one thing: "each member states", "the city states". */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'each', 'every', 'this', 'that', 'its', 'his', 'her', 'their', 'our'],
])
/** Words that open a clause after "that": its subject. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'these', 'those'],
  ...['there', 'its', 'his', 'her', 'their', 'our', 'no', 'all', 'some', 'any', 'every'],
])

/** Auxiliaries that open a relative clause right after "that": "states that have suffered". */
const RELATIVE_VERBS = new Set([
  'have',
  'has',
  'had',
  'are',
  'is',
  'were',
  'was',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'do',
  'does',
  'did',
])

/** Most words of a name before a noun: "above Wall Street estimates". */
const MAX_NAME_BEFORE_NOUN = 3
/** Prepositions before a name and the plural noun it qualifies: "of Republican claims". */
const NAME_NOUN_PREPOSITIONS = new Set([
  'of',
  'above',
  'below',
  'beyond',
  'amid',
  'despite',
  'than',
  // "missing Wall Street estimates", "beat LSEG forecasts": verbs that measure against them.
  ...['missing', 'missed', 'beating', 'beat', 'topping', 'topped', 'exceeding', 'exceeded'],
])

/** Verbs that a plural noun of reporting takes: "reports show", "polls found". */
const SHOWING = new Set(['show', 'showed', 'shown', 'find', 'found', 'identify', 'list'])

/** Words after which a bare verb has its subject or auxiliary: "they support", "would support". */
const BEFORE_BARE_VERB = new Set([
  ...MODALS,
  'i',
  'we',
  'you',
  'they',
  'not',
  'also',
  'and',
  'or',
  'who',
  'which',
  'that',
  'people',
  'many',
  'some',
  'most',
  'all',
  'both',
  'others',
  'do',
  'did',
  'does',
  'still',
  'just',
  'really',
  'only',
  'never',
  'always',
  'even',
  'often',
  'actually',
  'already',
  'now',
  'simply',
  'then',
  'me',
  'us',
  'him',
  'them',
  'let',
])

/** Bare stance verbs that are nouns too: "her long support", "the want of". */
const BARE_STANCES = new Set(['support', 'want', 'seek'])

/**
 * Whether a verb's bare form at word `k` is a noun, after a word that could
 * not be its subject: "the economic support it needed", "enough support".
 */
export function isBareNoun(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  const previous = words[k - 1]
  if (
    !previous ||
    previous.punct ||
    !(BARE_STANCES.has(word.lower) || SPEECH_LEMMAS.has(word.lower))
  )
    return false
  if (!/^\p{Ll}/u.test(previous.text)) return false
  return (
    !BEFORE_BARE_VERB.has(previous.lower) && !/(?:ly|s|n['’]t|['’]d|['’]ll)$/u.test(previous.lower)
  )
}

/** Whether a word ends in a possessive: "Trump’s", "Sanders’". */
export function isPossessive(text: string): boolean {
  return POSSESSIVE.test(text)
}

/** Whether `lower` is a possessive that owns the word after it: "Clark’s" (not "he’s"). */
export function isOwnerWord(lower: string): boolean {
  return isPossessive(lower) && !HAS.test(lower)
}

const POSSESSIVE = /(?:['’]s|s['’])$/u

/** "he’s said": a pronoun with "has", not a possessive. */
const HAS = /^(?:he|she|it|that|who|there|what|where|here|one)['’]s$/u

/** Whether word `k` follows an -ing verb, as its object: "showing support", "fueling worries". */
export function afterGerund(words: readonly Word[], k: number): boolean {
  const previous = words[k - 1]
  return previous !== undefined && /^[a-z]{3,}ing$/u.test(previous.text)
}

/** Whether word `k` is a reporting word with its clause: "Trump’s claim that ...", "his warning that". */
export function isClaim(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  if (words[k + 1]?.lower !== 'that') return false
  if (!SPEECH_VERBS.has(word.lower) && !SPEECH_NOUNS.has(word.lower)) return false
  if (goesWithoutSaying(words, k)) return false
  // "attacks that helped Republicans": a relative clause.
  const after = words[k + 2]?.lower ?? ''
  return !(RELATIVE_VERBS.has(after) || /^[a-z]+ed$/u.test(after))
}
