import type { Rng } from './rng.js';

/**
 * Exact allocation: every published count is met by construction (counts are dealt to rows,
 * then the rows are shuffled or ranked), never by sampling and hoping.
 */

/** Counts per code, in display order; `null` stands for a missing answer. */
export type Counts<C extends string = string> = ReadonlyArray<readonly [C | null, number]>;

/** Sum of the counts. */
export const total = (counts: Counts): number => counts.reduce((a, [, k]) => a + k, 0);

function checkTotal(counts: Counts, n: number, what: string): void {
  if (total(counts) !== n) throw new Error(`${what}: counts add up to ${total(counts)}, not ${n}`);
}

/** The codes of `counts`, each repeated its count, in a seeded random order. */
export function dealShuffled<C extends string>(counts: Counts<C>, rng: Rng): (C | null)[] {
  const out: (C | null)[] = [];
  for (const [code, k] of counts) for (let i = 0; i < k; i++) out.push(code);
  return rng.shuffle(out);
}

/**
 * Deal ordered categories by rank: the rows with the lowest keys get the first category, and so
 * on. Correlated keys give correlated answers while the margins stay exact. Returns one code per
 * key, aligned with `keys`.
 */
export function dealByRank<C extends string>(keys: readonly number[], counts: Counts<C>, what = 'dealByRank'): (C | null)[] {
  checkTotal(counts, keys.length, what);
  const order = keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = new Array<C | null>(keys.length);
  let at = 0;
  for (const [code, k] of counts) {
    for (let j = 0; j < k; j++) out[order[at++]![1]] = code;
  }
  return out;
}

/**
 * `k` distinct candidates drawn without replacement with probability proportional to weight
 * (Efraimidis–Spirakis keys). Candidates of weight 0 are drawn only when nothing else is left.
 */
export function drawWeighted(candidates: readonly number[], k: number, weight: (i: number) => number, rng: Rng): number[] {
  if (k > candidates.length) throw new Error(`cannot draw ${k} of ${candidates.length}`);
  const keyed = candidates.map((i) => {
    const w = weight(i);
    const u = 1 - rng.next();
    return [w > 0 ? Math.log(u) / w : -Infinity, i, w > 0 ? 1 : 0] as const;
  });
  keyed.sort((a, b) => b[2] - a[2] || b[0] - a[0] || a[1] - b[1]);
  return keyed.slice(0, k).map(([, i]) => i);
}

export interface DealMultiOptions<C extends string> {
  /** Rows that answer the question (each gets at least one option). */
  people: readonly number[];
  /** How many of `people` choose each option. */
  counts: ReadonlyArray<readonly [C, number]>;
  /** Relative propensity of row `i` to choose `code`. */
  weight: (code: C, i: number) => number;
  rng: Rng;
  what?: string;
}

/**
 * A multiple-response question with exact option counts in which every answering row chooses
 * at least one option. Options are drawn by weight, then rows left with nothing take an option
 * over from a row that holds two or more, which keeps every count.
 */
export function dealMulti<C extends string>({ people, counts, weight, rng, what = 'dealMulti' }: DealMultiOptions<C>): Map<number, Set<C>> {
  const chosen = new Map<number, Set<C>>(people.map((i) => [i, new Set<C>()]));
  if (total(counts) < people.length) throw new Error(`${what}: ${total(counts)} choices cannot give ${people.length} rows one each`);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  for (const [code, k] of sorted) {
    // Rows with nothing yet are a little more likely to be drawn, so the repair below has less to do.
    const drawn = drawWeighted(people, k, (i) => weight(code, i) * (chosen.get(i)!.size === 0 ? 1.5 : 1), rng);
    for (const i of drawn) chosen.get(i)!.add(code);
  }
  for (const i of people) {
    const mine = chosen.get(i)!;
    if (mine.size > 0) continue;
    const donors = rng.shuffle(people.filter((j) => chosen.get(j)!.size >= 2));
    let best: [number, C, number] | undefined;
    for (const j of donors) {
      for (const code of chosen.get(j)!) {
        const w = weight(code, i);
        if (!best || w > best[2]) best = [j, code, w];
      }
    }
    if (!best) throw new Error(`${what}: no row holds two options to give one away`);
    chosen.get(best[0])!.delete(best[1]);
    mine.add(best[1]);
  }
  return chosen;
}

/**
 * A single-response question with exact counts where some rows lean to some answers: codes are
 * dealt in the given order (put the rarer, more telling ones first), each to rows drawn by weight
 * among those still without an answer; `null` (missing) is dealt uniformly.
 */
export function dealSingle<C extends string>(rows: readonly number[], counts: Counts<C>, weight: (code: C, i: number) => number, rng: Rng, what = 'dealSingle'): Map<number, C | null> {
  checkTotal(counts, rows.length, what);
  const out = new Map<number, C | null>();
  let left = [...rows];
  for (const [code, k] of counts) {
    const drawn = new Set(drawWeighted(left, k, (i) => (code === null ? 1 : weight(code, i)), rng));
    for (const i of drawn) out.set(i, code);
    left = left.filter((i) => !drawn.has(i));
  }
  return out;
}
