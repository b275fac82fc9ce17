import type { Figures } from '@smesec/survey';

/** Counts must be equal; percentages may differ in the last bits of a double. */
const same = (a: number | null, b: number | null) =>
  a === b || (a === null && b === null) || (a !== null && b !== null && (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) || (Number.isNaN(a) && Number.isNaN(b))));

export interface Comparison {
  readonly shared: number;
  /** Ids whose values differ, with both values. */
  readonly differing: readonly { id: string; a: number | null; b: number | null }[];
}

/** Compare two engines' figures on the ids both computed (NaN travels through JSON as null). */
export function compareFigures(a: Figures, b: Figures): Comparison {
  const differing: { id: string; a: number | null; b: number | null }[] = [];
  let shared = 0;
  for (const id of Object.keys(a)) {
    if (!(id in b)) continue;
    shared++;
    const x = a[id] as number | null;
    const y = b[id] as number | null;
    if (!same(x, y)) differing.push({ id, a: x, b: y });
  }
  return { shared, differing };
}
