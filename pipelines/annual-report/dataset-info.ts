import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readInputFile } from '@smesec/survey/node';
import { z } from 'zod';

/** Optional `dataset.json` of a data folder: how to present the data. */
export const DatasetInfo = z.object({
  /** Year label shown in the dashboard (e.g. 令和6年度). */
  year: z.string().optional(),
  /** True when the rows are synthetic (calibrated to published aggregates), not real answers. */
  synthetic: z.boolean().default(false),
  /** A notice shown under the dashboard's title. */
  notice: z.string().optional(),
});
export type DatasetInfo = z.infer<typeof DatasetInfo>;

/** JSON of a file the user gave: a syntax error is their input's error (with its status), not a crash. */
function readJson(path: string, exitCode: number): unknown {
  // A FIFO or a device given as the file is refused (with its name), never waited on.
  const bytes = readInputFile(path, { file: basename(path) });
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw Object.assign(new Error(`${path}: not valid JSON: ${(e as Error).message}`), { exitCode });
  }
}

export function loadDatasetInfo(dir: string): DatasetInfo {
  const path = join(dir, 'dataset.json');
  if (!existsSync(path)) return DatasetInfo.parse({});
  const r = DatasetInfo.safeParse(readJson(path, 1));
  if (!r.success) throw Object.assign(new Error(`${path}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`), { exitCode: 1 });
  return r.data;
}

/** A previous year's figures: a report folder holding figures.json, or the file itself. */
export function loadPreviousFigures(path: string): Record<string, number> {
  const file = existsSync(join(path, 'figures.json')) ? join(path, 'figures.json') : path;
  if (!existsSync(file) || statSync(file).isDirectory()) throw Object.assign(new Error(`--compare: no figures.json at ${path}`), { exitCode: 2 });
  const parsed = z.record(z.string(), z.number().nullable()).safeParse(readJson(file, 1));
  if (!parsed.success) throw Object.assign(new Error(`--compare: ${file} is not a figures.json (id → number)`), { exitCode: 1 });
  return Object.fromEntries(Object.entries(parsed.data).filter((e): e is [string, number] => e[1] !== null));
}
