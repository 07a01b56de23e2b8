/**
 * How many items at the start of a sorted list satisfy `before` (which holds for a prefix of the list and for
 * nothing after it): the index where the first item that does not would go. A binary search, so that a text of
 * thousands of tokens, quotations or places is searched in logarithmic time.
 */
export function countLeading<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
