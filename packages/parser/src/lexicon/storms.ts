/**
 * The kinds of storms that open storms' names ("Hurricane Milton", "Typhoon
 * Haiyan"), and the words before a kind in some ("Tropical Storm Debby",
 * "Super Typhoon Haiyan"); lower-cased, from the names the world's weather
 * services give.
 */
export const STORM_KINDS: readonly string[] = ['hurricane', 'typhoon', 'cyclone', 'storm']
export const STORM_QUALIFIERS: readonly string[] = ['tropical', 'super', 'superstorm']
