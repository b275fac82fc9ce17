import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

export interface ReportArgs {
  data: string;
  out: string;
  year?: string;
  /** Previous years' report folders (or figures.json files), oldest first. */
  compare?: string[];
  activity?: string;
  validation?: string;
  /** Most bytes read from one input file (default `DEFAULT_MAX_FILE_BYTES`). */
  maxFileBytes?: number;
  /** Threads to read a large input with (see `loadCsv`'s `threads`); unset: decided per file. */
  threads?: number;
  quiet: boolean;
  help: boolean;
  /** Language of the messages on stderr: Japanese unless `--lang en`. */
  lang?: 'ja' | 'en';
}

export const USAGE = `usage: pnpm report [--data DIR] [--out DIR] [--year LABEL] [--compare DIR] [--activity DIR]
                   [--validation FILE] [--quiet] [--lang ja|en]

  --data DIR         input folder with experts.csv, attendees.csv, consultations.csv, guidance.csv
                     and optionally codebook.json (default data/fy2024)
  --out DIR          output folder (default reports/fy2024); written atomically, and only ever
                     replacing a previous report (never a folder holding anything else)
  --year LABEL       year label shown in the dashboard (default: dataset.json's year, else the
                     codebook's, e.g. 令和6年度); a dataset.json naming another year is an error
  --compare DIR      a previous year's report folder (or its figures.json) to show changes against;
                     repeat for more years, oldest first (the last is 前年度)
  --activity DIR     programme-activity records (default data/program-activity; "none" to skip)
  --validation FILE  also write validation.json here, even when validation fails (never inside
                     --out or over an input)
  --max-file-size MB largest input file read (default 1024); a bigger one is refused
  --threads 1|2      threads to read an input with (default: 2 for a file of 32 MB or more on a
                     machine with two cores or more, else 1); the report is the same either way
  --quiet            no progress on stderr
  --lang ja|en       language of the messages on stderr (default ja)

exit status: 0 report written; 1 invalid input (every error printed as file:row:column: message) or
the report folder could not be written; 2 wrong usage; 3 another run is writing the same --out`;

/** Thrown for wrong usage: exit status 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/**
 * A path's real location, symlinks resolved, also when it does not exist yet (its nearest existing
 * ancestor is resolved): a link to the report folder or to an input is the folder or the input.
 */
function realPath(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(realPath(parent), basename(abs));
}

const within = (path: string, dir: string) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/**
 * `--validation` is written even when validation fails, so it must not land where it destroys
 * something: inside the report folder (it would be written into the previous report and make it
 * look like this run's), or over an input (the data folder, the activity records, the previous
 * report compared against). Compared by real paths, so a symlink does not get around it.
 */
function checkValidationPath(validation: string, values: { out?: string; data?: string; activity?: string; compare?: readonly string[] | undefined }): void {
  const v = realPath(validation);
  if (within(v, realPath(values.out!))) {
    throw new UsageError(`--validation ${validation} is inside --out ${values.out}, which is replaced as a whole; the report folder has its own validation.json`);
  }
  const inputs: [string, string | undefined][] = [
    ['--data', values.data],
    ['--activity', values.activity === 'none' ? undefined : values.activity],
    ...(values.compare ?? []).map((dir): [string, string] => ['--compare', dir]),
  ];
  for (const [option, dir] of inputs) {
    if (dir !== undefined && within(v, realPath(dir))) throw new UsageError(`--validation ${validation} would write over the input ${option} ${dir}; give a file outside the inputs`);
  }
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
        'max-file-size': { type: 'string', default: '1024' },
        threads: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        lang: { type: 'string', default: 'ja' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals[0]}`);
    if (values.lang !== 'ja' && values.lang !== 'en') throw new UsageError(`--lang ${values.lang}: expected ja or en`);
    const maxMb = Number(values['max-file-size']);
    if (!(maxMb > 0) || !Number.isFinite(maxMb)) throw new UsageError(`--max-file-size ${values['max-file-size']}: expected a number of megabytes above 0`);
    if (values.threads !== undefined && values.threads !== '1' && values.threads !== '2') throw new UsageError(`--threads ${values.threads}: expected 1 or 2`);
    for (const [option, dir] of [['data', values.data!], ['activity', values.activity === 'none' ? undefined : values.activity]] as const) {
      if (dir === undefined) continue;
      if (!existsSync(dir)) throw new UsageError(`--${option} ${dir}: no such folder`);
      if (!statSync(dir).isDirectory()) throw new UsageError(`--${option} ${dir} is not a folder`);
    }
    if (values.validation !== undefined) checkValidationPath(values.validation, values);
    return {
      data: values.data!,
      out: values.out!,
      ...(values.year !== undefined ? { year: values.year } : {}),
      ...(values.compare !== undefined ? { compare: values.compare } : {}),
      ...(values.activity !== undefined && values.activity !== 'none' ? { activity: values.activity } : {}),
      ...(values.validation !== undefined ? { validation: values.validation } : {}),
      maxFileBytes: Math.round(maxMb * 1024 ** 2),
      ...(values.threads !== undefined ? { threads: Number(values.threads) } : {}),
      quiet: values.quiet!,
      help: values.help!,
      lang: values.lang,
    };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError((e as Error).message);
  }
}
