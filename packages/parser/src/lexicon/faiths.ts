/**
 * The followers of faiths and their branches, lower-cased, singular and
 * plural: capitalised words that name a group of people, not a person
 * ("all Muslims", "Catholic voters"), as nationalities do. Written from
 * general knowledge of English.
 */
export const FAITH_WORDS: readonly string[] = [
  ...['muslim', 'muslims', 'christian', 'christians', 'jew', 'jews', 'hindu', 'hindus'],
  ...['sikh', 'sikhs', 'buddhist', 'buddhists', 'catholic', 'catholics', 'protestant'],
  ...['protestants', 'evangelical', 'evangelicals', 'mormon', 'mormons', 'baptist'],
  ...['baptists', 'methodist', 'methodists', 'lutheran', 'lutherans', 'shiite', 'shiites'],
  ...['sunni', 'sunnis', 'islamist', 'islamists', 'atheist', 'atheists', 'quaker', 'quakers'],
]
