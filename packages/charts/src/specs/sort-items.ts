/** Options of {@link sortItems}. */
export interface SortItemsOptions<T> {
  /** `descending`: largest value first, ties in input order; `given`: input order. */
  order: 'descending' | 'given';
  /** Codes moved to the end in this order (その他 and 特になし stay last in survey charts). */
  pinLast: readonly string[];
  /** The value sorted on. */
  value: (item: T) => number;
}

/** Items in display order; never mutates the input. */
export function sortItems<T extends { code: string }>(items: readonly T[], { order, pinLast, value }: SortItemsOptions<T>): T[] {
  const pinned = new Set(pinLast);
  const body = items.filter((i) => !pinned.has(i.code));
  // Array.prototype.sort is stable, so ties keep the codebook order.
  if (order === 'descending') body.sort((a, b) => value(b) - value(a));
  const tail = pinLast.flatMap((code) => items.filter((i) => i.code === code));
  return [...body, ...tail];
}
