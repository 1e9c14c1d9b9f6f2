/**
 * Abbreviations that end in a full stop without ending a sentence: titles,
 * months, common Latin and business forms. Written from English style guides'
 * lists of abbreviations; lower-cased, without the final stop.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr',
  'sen', 'rep', 'gov', 'pres', 'rev', 'st', 'sr', 'jr', 'hon', 'gens', 'sens', 'reps', 'atty',
  'supt', 'insp', 'det', 'cpl', 'pvt', 'fr', 'msgr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
  'thurs', 'fri', 'sat', 'sun', 'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'dept', 'inc',
  'corp', 'co', 'ltd', 'bros', 'mt', 'ft', 'ave', 'blvd', 'rd', 'fig', 'vol', 'ch', 'ed',
  'eds', 'al', 'ca', 'cf', 'e.g', 'i.e', 'op', 'cit', 'ibid', 'ala', 'ariz', 'ark', 'calif',
  'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt',
  'wash', 'wis', 'wyo',
])
