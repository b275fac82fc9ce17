import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readInputFile } from '@smesec/survey/node';
import { z } from 'zod';

/** Optional `dataset.json` of a data folder: how to present the data. */
export const DatasetInfo = z
  .object({
    /** Year label of the data (e.g. 令和6年度): must agree with --year and the folder's codebook. */
    year: z.string().min(1).optional(),
    /** True when the rows are synthetic (calibrated to published aggregates), not real answers. */
    synthetic: z.boolean().default(false),
    /** The synthetic-data notice under the dashboard's title (default: a generic one); only with synthetic: true. */
    notice: z.string().min(1).optional(),
  })
  .refine((d) => d.notice === undefined || d.synthetic, {
    path: ['notice'],
    message: 'notice is the synthetic-data notice and needs "synthetic": true (a folder copied from a synthetic year must not carry its banner)',
  });
export type DatasetInfo = z.infer<typeof DatasetInfo>;

/** The notice a synthetic dataset gets when its dataset.json words none. */
export const SYNTHETIC_NOTICE = 'このダッシュボードのデータは合成データです。実在の回答者・企業・専門家の回答ではありません。';

/** The synthetic-data notice of a dataset, or none for real data. */
export function noticeOf(info: DatasetInfo): string | undefined {
  return info.synthetic ? (info.notice ?? SYNTHETIC_NOTICE) : undefined;
}

/** Where the report's year label came from. */
export interface YearChoice {
  readonly year: string;
  readonly from: '--year' | 'dataset.json' | 'codebook.json' | 'the built-in codebook';
}

/**
 * The year of the report: --year, the data folder's dataset.json and its codebook.json must name
 * the same year where they name one; a folder copied from another year is stopped here, with both
 * years named, before any figure is computed. Without any, the built-in codebook's year.
 */
export function chooseYear(
  { argYear, info, dataPath, codebookYear, builtinYear }: { argYear?: string; info: DatasetInfo; dataPath: string; codebookYear?: string; builtinYear: string },
): YearChoice {
  const path = join(dataPath, 'dataset.json');
  if (info.year !== undefined && argYear !== undefined && info.year !== argYear) {
    throw Object.assign(new Error(`${path}: year ${info.year} does not match --year ${argYear}; correct dataset.json (or --year) so that both name the year of this data`), { exitCode: 1 });
  }
  if (info.year !== undefined && codebookYear !== undefined && info.year !== codebookYear) {
    throw Object.assign(new Error(`${path}: year ${info.year} does not match the year of ${join(dataPath, 'codebook.json')} (${codebookYear}); the folder mixes files of two years`), { exitCode: 1 });
  }
  if (argYear !== undefined) return { year: argYear, from: '--year' };
  if (info.year !== undefined) return { year: info.year, from: 'dataset.json' };
  if (codebookYear !== undefined) return { year: codebookYear, from: 'codebook.json' };
  return { year: builtinYear, from: 'the built-in codebook' };
}

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
