/**
 * The parts of chrono's casual English parser that news dates do not need,
 * by class name: the parsers of clock times and time zones, which cost half
 * the time, the refiner that merges a date with a clock time, one that is
 * quadratic, and one that does nothing without an option the stage never
 * sets. The time stage leaves them out of its parser; the bundle leaves them
 * out of chrono's configurations altogether, so that their code is not
 * shipped (scripts/drop-chrono-parts.ts).
 */
export const UNNEEDED_CHRONO_PARTS: readonly string[] = [
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENTimeUnitWithinFormatParser',
  'ENEndOfCurrentMonthParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
  // Merges a date with the clock time after it, across a full stop too ("next week. This
  // week" was one expression); with no clock times read, it only does harm.
  'ENMergeDateTimeRefiner',
  // Moves "the end of March" to March 31: it matches a pattern against all the text before
  // each date, quadratic in a window of dates (1 MB of "last week, " took 39 s). "the end of
  // March" stays March.
  'ENEndOfPeriodRefiner',
  // Moves dates forward only when asked to (the forwardDate option), which the stage never is.
  'ForwardDateRefiner',
]

/** A part chrono's casual parser keeps, whose name says the classes keep theirs. */
export const KEPT_CHRONO_PART = 'ENCasualDateParser'
