import { parseArgs } from 'node:util';

export interface BenchArgs {
  /** Data rows of each file measured. */
  sizes: number[];
  /** Runs per engine and size; the median is reported. */
  runs: number;
  /** Folder of the generated files (cached between runs). */
  data: string;
  /** Folder of latest.json and latest.md. */
  out: string;
  /** Time the report command's phases instead (on `reportData`). */
  report: boolean;
  reportData: string;
  /** Print the DuckDB engine's SQL for the FY2024 codebook and stop. */
  sql: boolean;
  help: boolean;
}

export const USAGE = `usage: pnpm bench [--sizes 10000,100000,1000000] [--runs 5] [--data DIR] [--out DIR]
       pnpm bench --report [--report-data DIR] [--runs 5] [--out DIR]
       pnpm bench --sql

  --sizes N,N,…  rows of the experts files to measure (default 10000,100000,1000000)
  --runs N       runs of each engine per size, alternating engines; medians are reported (default 5)
  --data DIR     where the generated files are cached (default pipelines/bench/.data, git-ignored)
  --out DIR      where latest.json and latest.md are written (default reports/bench)
  --report       time the report command's phases (start, read, analyse, charts, page, write)
                 instead, with the chart worker and without; written under "report" in latest.json
  --report-data DIR  the data folder of --report (default data/fy2024)
  --sql          print the DuckDB engine's statements (for the FY2024 codebook) and stop

exit status: 0 measured and every engine agreed; 1 the engines disagree on a figure; 2 wrong usage`;

export class UsageError extends Error {
  readonly exitCode = 2;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        sizes: { type: 'string', default: '10000,100000,1000000' },
        runs: { type: 'string', default: '5' },
        data: { type: 'string', default: 'pipelines/bench/.data' },
        out: { type: 'string', default: 'reports/bench' },
        report: { type: 'boolean', default: false },
        'report-data': { type: 'string', default: 'data/fy2024' },
        sql: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const sizes = values.sizes!.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError(`--sizes must list whole numbers of rows: ${values.sizes}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a whole number ≥ 1: ${values.runs}`);
  return { sizes, runs, data: values.data!, out: values.out!, report: values.report!, reportData: values['report-data']!, sql: values.sql!, help: values.help! };
}
