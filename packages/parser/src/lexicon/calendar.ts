/**
 * The English names of the months and weekdays, lower-cased: capitalised
 * words that stand next to names without being part of them ("the Council
 * on Friday"), and months that are also first names ("April", "June").
 */

/** The months, in order. */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/** Months as datelines and tables shorten them: "Jan 14", "Sept. 9", lower-cased. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]

/** The weekdays, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]

/**
 * Days named by a word before a weekday: election days, shopping days, feasts
 * ("Super Tuesday", "Black Friday", "Good Friday"); lower-cased.
 */
export const NAMED_DAY_NAMES: readonly string[] = [
  ...['super tuesday', 'black friday', 'cyber monday', 'small business saturday'],
  ...['good friday', 'holy thursday', 'maundy thursday', 'ash wednesday', 'palm sunday'],
  ...['easter sunday', 'easter monday', 'shrove tuesday', 'fat tuesday', 'bloody sunday'],
  ...['black monday', 'black tuesday', 'giving tuesday', 'super saturday'],
  // The Victorian bushfires of 7 February 2009; sterling's fall of 16 September 1992; the
  // crash of 24 October 1929.
  ...['black saturday', 'black wednesday', 'black thursday', 'holy saturday', 'super sunday'],
]

/**
 * Holidays and feasts that news names, lower-cased, as the tokens join them:
 * the major ones of the US and UK calendars and of the world's large faiths.
 */
export const HOLIDAY_NAMES: readonly string[] = [
  ...['christmas', 'christmas day', 'christmas eve', 'easter', 'thanksgiving', 'halloween'],
  ...['ramadan', 'eid', 'eid al-fitr', 'eid al-adha', 'hanukkah', 'passover', 'yom kippur'],
  ...['rosh hashanah', 'diwali', 'holi', 'lent', 'advent', 'pentecost', 'kwanzaa', 'juneteenth'],
  ...['boxing day', 'memorial day', 'labor day', 'labour day', 'veterans day', 'hogmanay'],
  ...['independence day', 'lunar new year', 'new year', 'mardi gras', 'yom hashoah'],
]

/**
 * The seasons' names, lower-cased, with the first month of each (northern
 * meteorological seasons of three months: a winter runs into the next year).
 */
export const SEASON_FIRST_MONTHS: Readonly<Record<string, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
}

/** Month and weekday names and their short forms ("mar", "sept", "wed", "thurs"). */
export const CALENDAR_WORD_FORMS: readonly string[] = [...MONTH_NAMES, ...WEEKDAY_NAMES].flatMap(
  (name) => [
    name,
    name.slice(0, 3),
    name.slice(0, 4),
    ...(name === 'thursday' ? ['thurs'] : []),
    ...(name === 'wednesday' ? ['weds'] : []),
  ],
)
