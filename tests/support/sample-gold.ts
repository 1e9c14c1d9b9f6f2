/**
 * What the sample article must read as, taken from its gold annotations
 * (shared/corpus/seed/nato-stoltenberg-kyiv.gold.json): copied here so the
 * browser tests run without the corpus beside the repository.
 */

/** The headline. */
export const SAMPLE_TITLE =
  'NATO Secretary General Jens Stoltenberg visited Ukraine on Thursday for talks with President Zelensky.'
/** Paragraphs of the body, once the related inserts are out. */
export const SAMPLE_PARAGRAPHS = 18
/** "Related article: ..." inserts. */
export const SAMPLE_RELATED = 2

/** The quotations in reading order, each with its speaker's canonical name. */
export const SAMPLE_QUOTES = [
  { text: 'It is time to make the appropriate decision,', speaker: 'Volodymyr Zelensky' },
  { text: 'overcome the reluctance', speaker: 'Volodymyr Zelensky' },
  { text: 'ensure that Ukraine prevails', speaker: 'Jens Stoltenberg' },
  {
    text: "Ukraine's future is in NATO, all allies agree on that. At the same time, the main focus of the alliance, or allies now, is to ensure that Ukraine prevails,",
    speaker: 'Jens Stoltenberg',
  },
  { text: 'high on the agenda', speaker: 'Jens Stoltenberg' },
  {
    text: 'NATO stands with you today, tomorrow, and for as long as it takes,',
    speaker: 'Jens Stoltenberg',
  },
  {
    text: 'Otherwise, it will pose a serious danger to our country, to its security,',
    speaker: 'Kremlin',
  },
] as const

/** The people it names. */
export const SAMPLE_PEOPLE = [
  'Jens Stoltenberg',
  'Volodymyr Zelensky',
  'Vladimir Putin',
  'Joe Biden',
]
/** The organisations it names. */
export const SAMPLE_ORGANIZATIONS = ['NATO', 'Kremlin']
/** The places it names. */
export const SAMPLE_PLACES = ['Ukraine', 'Russia', 'Kyiv', 'Moscow', 'Vilnius', 'United States']
/** Its time expressions: "on Thursday" (three times), "Thursday" (twice), "last year", ... */
export const SAMPLE_TIMES = 9
/** The resolved dates, in calendar order, as the timeline shows them. */
export const SAMPLE_TIMELINE = [
  '2022',
  'February 2023',
  '20 April 2023',
  'July 2023',
  'Not resolved',
]
