import { skillColumns, skillSchemeOf } from '@smesec/experts';
import { instrumentOf, type CodebookSet } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { generateExperts } from './experts/generate-experts.js';
import { generateProgramme } from './programme/generate-programme.js';
import { createRng, type Rng } from './rng.js';
import type { Row } from './row.js';
import { EXPERTS_N } from './targets.js';

/** The default seed: the committed data/fy2024 are this seed's output. */
export const DEFAULT_SEED = 'fy2024';

export interface SynthesizeOptions {
  /** Any string; the same seed gives the same rows on every machine. */
  seed?: string;
  /** Codebooks whose labels and skill rules the rows follow (default: the built-in FY2024 set). */
  codebooks?: CodebookSet;
}

/** Rows of the four instruments, keyed by instrument id, in file order. */
export type Dataset = Readonly<Record<'experts' | 'attendees' | 'consultations' | 'guidance', readonly Row[]>>;

/**
 * The generator of one block of 221 specialists. Block 0 is the calibrated FY2024 set; later
 * blocks (for `--scale`) are further calibrated sets from streams of their own.
 */
export function expertBlockRng(seed: string, block: number): Rng {
  return createRng(seed).fork(block === 0 ? 'experts' : `experts-block-${block}`);
}

/** One block of specialists, numbered from `block × 221 + 1`. */
export function expertBlock(block: number, { seed = DEFAULT_SEED, codebooks = fy2024 }: SynthesizeOptions = {}): Row[] {
  return generateExperts(EXPERTS_N, { codebook: instrumentOf(codebooks, 'experts'), rng: expertBlockRng(seed, block), firstId: block * EXPERTS_N + 1 });
}

/** The calibrated FY2024 microdata: 221 specialists, 105 attending companies, 55 consultations, 35 guidance cases. */
export function synthesize(options: SynthesizeOptions = {}): Dataset {
  const { seed = DEFAULT_SEED, codebooks = fy2024 } = options;
  const experts = expertBlock(0, { seed, codebooks });
  const columns = skillColumns(skillSchemeOf(instrumentOf(codebooks, 'experts')));
  const programme = generateProgramme(experts, columns, createRng(seed).fork('programme'));
  return { experts, ...programme };
}
