import { PREFECTURES } from '@smesec/survey';
import { dealShuffled, drawWeighted } from '../allocate.js';
import { neighboursOf } from '../neighbours.js';
import type { Rng } from '../rng.js';
import { CHAMBER, CHAMBER_PREFECTURES, NATIONWIDE, RESIDENCE, SUPPORT_REGIONS_BLANK } from '../targets.js';

export interface Regions {
  /** JIS code of each respondent's residence. */
  readonly residence: readonly string[];
  readonly chamber: readonly ('yes' | 'no')[];
  /** `['nationwide']`, JIS codes in JIS order, or [] (blank). */
  readonly support: readonly (readonly string[])[];
}

export interface RegionWeights {
  /** Propensity to have a chamber-of-commerce connection. */
  chamber: (i: number) => number;
  /** Propensity to offer support anywhere (全国). */
  nationwide: (i: number) => number;
  /** Propensity to travel further: more neighbouring prefectures. */
  reach: (i: number) => number;
}

/**
 * Residence, chamber connection and support regions. The 63 chamber-connected specialists live
 * in exactly the 25 chosen prefectures (one in each first, the rest by weight); support regions
 * are 全国 for some and a few prefectures around home for most, and together, even without 全国,
 * reach all 47 prefectures.
 */
export function generateRegions(n: number, blank: ReadonlySet<number>, weights: RegionWeights, rng: Rng): Regions {
  const residenceCounts = Object.entries(RESIDENCE).sort(([a], [b]) => (a < b ? -1 : 1));
  const residence = dealShuffled(residenceCounts, rng) as string[];
  if (residence.length !== n) throw new Error(`residence counts add up to ${residence.length}, not ${n}`);
  if (CHAMBER_PREFECTURES.length !== CHAMBER.prefectures) throw new Error('chamber prefectures do not match the published number');
  for (const p of CHAMBER.mustInclude) if (!(CHAMBER_PREFECTURES as readonly string[]).includes(p)) throw new Error(`chamber prefectures miss ${p}`);

  const all = Array.from({ length: n }, (_, i) => i);
  const connected = new Set<number>();
  for (const p of CHAMBER_PREFECTURES) {
    const here = all.filter((i) => residence[i] === p);
    if (here.length === 0) throw new Error(`nobody lives in chamber prefecture ${p}`);
    connected.add(drawWeighted(here, 1, weights.chamber, rng)[0]!);
  }
  const pool = all.filter((i) => !connected.has(i) && (CHAMBER_PREFECTURES as readonly string[]).includes(residence[i]!));
  for (const i of drawWeighted(pool, CHAMBER.yes - connected.size, weights.chamber, rng)) connected.add(i);

  const candidates = all.filter((i) => !blank.has(i));
  if (blank.size !== SUPPORT_REGIONS_BLANK) throw new Error(`expected ${SUPPORT_REGIONS_BLANK} blank support regions`);
  const nationwide = new Set(drawWeighted(candidates, NATIONWIDE, weights.nationwide, rng));
  const support: string[][] = all.map((i) => {
    if (blank.has(i)) return [];
    if (nationwide.has(i)) return ['nationwide'];
    // Grow outwards from home: first the bordering prefectures, then theirs.
    const want = Math.min(6, Math.max(0, Math.round(1.2 + weights.reach(i) + 0.9 * rng.normal())));
    const chosen = new Set([residence[i]!]);
    let ring = [residence[i]!];
    while (chosen.size < want + 1 && ring.length) {
      const next = rng.shuffle([...new Set(ring.flatMap(neighboursOf))].filter((p) => !chosen.has(p)));
      for (const p of next) if (chosen.size < want + 1 && rng.chance(0.75)) chosen.add(p);
      ring = next;
    }
    return [...chosen];
  });
  // Prefectures no one names explicitly go to a neighbour's resident, as someone next door would.
  const named = new Set(support.flat());
  for (const p of PREFECTURES.map((x) => x.code)) {
    if (named.has(p)) continue;
    // The nearest ring of prefectures that holds a resident who names prefectures.
    let ring = [p];
    const seen = new Set(ring);
    let near: number[] = [];
    while (near.length === 0 && ring.length) {
      ring = [...new Set(ring.flatMap(neighboursOf))].filter((q) => !seen.has(q));
      ring.forEach((q) => seen.add(q));
      near = all.filter((i) => support[i]!.length > 0 && !nationwide.has(i) && ring.includes(residence[i]!));
    }
    if (near.length === 0) throw new Error(`no specialist lives anywhere near ${p}`);
    support[rng.pick(near)]!.push(p);
    named.add(p);
  }
  return {
    residence,
    chamber: all.map((i) => (connected.has(i) ? 'yes' : 'no')),
    support: support.map((s) => (s[0] === 'nationwide' ? s : [...s].sort())),
  };
}
