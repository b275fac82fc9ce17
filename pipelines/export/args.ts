import { parseArgs } from 'node:util';

export interface ExportArgs {
  data: string;
  out: string;
  activity?: string;
  personal: boolean;
  help: boolean;
}

export const USAGE = `usage: pnpm export [--data DIR] [--out DIR] [--activity DIR] [--personal]

  --data DIR      input folder as for pnpm report: experts.csv, attendees.csv, consultations.csv,
                  guidance.csv and optionally codebook.json (default data/fy2024)
  --out DIR       output folder (default reports/fy2024-export): <instrument>.arrow|.parquet,
                  skills.*, tabulations.*, codebook.json, figures.csv, and a Frictionless
                  datapackage.json describing <instrument>.csv with codes and labels
  --activity DIR  programme-activity records for the activity.* figures, as in the report
                  (default data/program-activity; "none" to skip)
  --personal      keep the columns the codebook marks personal (names, e-mail, …)

exit status: 0 written; 1 invalid input (every error printed); 2 wrong usage`;

/** Thrown for wrong usage: exit status 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

export function parseExportArgs(argv: readonly string[]): ExportArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string', default: 'data/fy2024' },
        out: { type: 'string', default: 'reports/fy2024-export' },
        activity: { type: 'string', default: 'data/program-activity' },
        personal: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    return {
      data: values.data!,
      out: values.out!,
      ...(values.activity !== 'none' ? { activity: values.activity! } : {}),
      personal: values.personal!,
      help: values.help!,
    };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError((e as Error).message);
  }
}
