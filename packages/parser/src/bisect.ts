/**
 * Bisection over items sorted by their start offset: the stages ask "what
 * starts from here on?" for every mention, word and quotation, and a linear
 * scan there would make long texts quadratic.
 */

/**
 * The index of the first item whose `start` is at or after `offset`.
 *
 * @example
 * firstAtOrAfter([{ start: 0 }, { start: 5 }, { start: 9 }], 5) // 1
 */
export function firstAtOrAfter(items: readonly { start: number }[], offset: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((items[middle] as { start: number }).start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The index of the last of the ascending `sorted` numbers at or before
 * `value`; 0 when none is (the first, as a run or a sentence holding it).
 *
 * @example
 * lastAtOrBefore([0, 5, 9], 7) // 1
 */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((sorted[middle] ?? 0) <= value) low = middle
    else high = middle - 1
  }
  return low
}

/**
 * The index of the first of `items` that `isBefore` says is not before the
 * point sought, where every item it says is before comes first (items in
 * reading order by segment, then offset, asked against one point).
 *
 * @example
 * firstNotBefore([{ s: 0 }, { s: 1 }, { s: 1 }], (item) => item.s < 1) // 1
 */
export function firstNotBefore<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (isBefore(items[middle] as T)) low = middle + 1
    else high = middle
  }
  return low
}
