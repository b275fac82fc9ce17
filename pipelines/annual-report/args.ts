import { resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

export interface ReportArgs {
  data: string;
  out: string;
  year?: string;
  /** Previous years' report folders (or figures.json files), oldest first. */
  compare?: string[];
  activity?: string;
  validation?: string;
  quiet: boolean;
  help: boolean;
}

export const USAGE = `usage: pnpm report [--data DIR] [--out DIR] [--year LABEL] [--compare DIR] [--activity DIR]
                   [--validation FILE] [--quiet]

  --data DIR         input folder with experts.csv, attendees.csv, consultations.csv, guidance.csv
                     and optionally codebook.json (default data/fy2024)
  --out DIR          output folder (default reports/fy2024); written atomically, and only ever
                     replacing a previous report (never a folder holding anything else)
  --year LABEL       year label shown in the dashboard (default: dataset.json's year, else the
                     codebook's, e.g. 令和6年度); a dataset.json naming another year is an error
  --compare DIR      a previous year's report folder (or its figures.json) to show changes against;
                     repeat for more years, oldest first (the last is 前年度)
  --activity DIR     programme-activity records (default data/program-activity; "none" to skip)
  --validation FILE  also write validation.json here, even when validation fails
  --quiet            no progress on stderr

exit status: 0 report written; 1 invalid input (every error printed as file:row:column: message); 2 wrong usage`;

/** Thrown for wrong usage: exit status 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

export function parseReportArgs(argv: readonly string[]): ReportArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string', default: 'data/fy2024' },
        out: { type: 'string', default: 'reports/fy2024' },
        year: { type: 'string' },
        compare: { type: 'string', multiple: true },
        activity: { type: 'string', default: 'data/program-activity' },
        validation: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    // The report folder is replaced as a whole: a validation file inside it would be written into
    // the previous report when validation fails, and make it look like that run's.
    if (values.validation !== undefined && resolve(values.validation).startsWith(resolve(values.out!) + sep)) {
      throw new UsageError(`--validation ${values.validation} is inside --out ${values.out}, which is replaced as a whole; the report folder has its own validation.json`);
    }
    return {
      data: values.data!,
      out: values.out!,
      ...(values.year !== undefined ? { year: values.year } : {}),
      ...(values.compare !== undefined ? { compare: values.compare } : {}),
      ...(values.activity !== undefined && values.activity !== 'none' ? { activity: values.activity } : {}),
      ...(values.validation !== undefined ? { validation: values.validation } : {}),
      quiet: values.quiet!,
      help: values.help!,
    };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError((e as Error).message);
  }
}
