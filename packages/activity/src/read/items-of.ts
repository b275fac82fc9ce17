/** The ids or codes of a cell, whether it holds one (an id column) or several (a list or multi column). */
export function itemsOf(value: unknown): readonly string[] {
  if (value == null) return [];
  return typeof value === 'string' ? [value] : (value as readonly string[]);
}
