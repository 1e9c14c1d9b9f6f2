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
