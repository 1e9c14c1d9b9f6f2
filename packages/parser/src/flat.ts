/**
 * Flat strings for the character scanners. A value built by concatenation
 * is a rope and a slice is a view into another string; the engine gives each
 * kind of string its own shape, and a `charCodeAt` call site that has met
 * more than four shapes looks the method up the slow way at every character.
 * Values that every stage scans are made flat once, so those sites meet one
 * shape (two with text beyond Latin-1) and stay fast.
 */

/**
 * `value` as one flat string: the same characters. Joining two parts writes
 * a new string in one piece (a single part would be returned as it is).
 *
 * @example
 * flatten(['The ', 'talks'].join('') + ' ended') // "The talks ended", in one piece
 */
export function flatten(value: string): string {
  if (value.length < 2) return value
  return [value.slice(0, 1), value.slice(1)].join('')
}
