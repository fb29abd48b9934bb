/**
 * How far the activity list counts. An exact count of a broad filter over a large log reads every
 * matching row (search + a year's dates over 200,000 activities: ~30 ms), only to print a number
 * nobody needs exactly: the list counts up to the cap and says "hơn 2.000 hoạt động" beyond it.
 * Exports, bundles and reports never use this count (they read every row or count exactly).
 */
export const LIST_COUNT_CAP = 2_000;

/**
 * The cap of one page request: at least LIST_COUNT_CAP, and twice as far as the requested page
 * reaches, so a list scrolled (or dragged) to its counted end learns there is more and doubles,
 * and the count never costs much more than the offset itself (SQLite reads the skipped rows).
 */
export const listCountCap = (q: { offset: number; limit: number }): number => Math.max(LIST_COUNT_CAP, 2 * (q.offset + q.limit));

/** The list's total as counted: `total` = min(true count, cap), `totalCapped` = true count > cap. */
export function cappedTotal(counted: number, cap: number): { total: number; totalCapped: boolean } {
  return { total: Math.min(counted, cap), totalCapped: counted > cap };
}
