import type { Codebook, Figures } from '@smesec/survey';
import { baselineFigures } from './baseline.js';
import { duckdbFigures } from './duckdb.js';
import { oursFigures } from './ours.js';

export type Engine = (path: string, options: { codebook: Codebook }) => Figures | Promise<Figures>;

/** The engines the bench compares, by the name the worker is given. */
export const ENGINES = {
  ours: oursFigures,
  duckdb: duckdbFigures,
  baseline: baselineFigures,
} satisfies Record<string, Engine>;
export type EngineName = keyof typeof ENGINES;
