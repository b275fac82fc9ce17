import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type CodebookSet } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadCodebook, templateWorkbook } from '@smesec/survey/node';

export const USAGE = `usage: pnpm template --out DIR [--data DIR] [--rows N]

Writes one Excel entry template per instrument of the codebook (experts.xlsx, attendees.xlsx, …):
a header row of the Japanese labels, drop-down lists for single choices and prefectures, range
checks for numbers and dates, and each question's text as an input message and a comment. Filled
in and saved into a data folder, each template is read by pnpm report.

  --out DIR     folder to write the templates into (created if missing; existing templates are replaced)
  --data DIR    a data folder whose codebook.json is used (default: the built-in FY2024 codebook)
  --rows N      rows below the header that carry the checks (default 2000)
  -h, --help    show this help

exit status: 0 written; 1 the codebook cannot be read; 2 wrong usage`;

/** Thrown for wrong usage: exit status 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

export interface TemplateArgs {
  out?: string;
  data?: string;
  rows: number;
  help: boolean;
}

export function parseTemplateArgs(argv: readonly string[]): TemplateArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { out: { type: 'string' }, data: { type: 'string' }, rows: { type: 'string', default: '2000' }, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: false,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values } = parsed;
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1 || rows > 1_000_000) throw new UsageError(`--rows ${values.rows}: expected a whole number from 1 to 1000000`);
  if (!values.help && values.out === undefined) throw new UsageError('--out DIR is required');
  return { ...(values.out !== undefined ? { out: values.out } : {}), ...(values.data !== undefined ? { data: values.data } : {}), rows, help: values.help! };
}

/** Write the templates; returns the files written. */
export async function runTemplate(args: TemplateArgs & { out: string }): Promise<string[]> {
  if (existsSync(args.out) && !statSync(args.out).isDirectory()) throw new UsageError(`--out ${args.out} is a file, not a folder`);
  if (args.data !== undefined && !existsSync(args.data)) throw new UsageError(`--data ${args.data} does not exist`);
  const codebookPath = args.data === undefined ? undefined : join(args.data, 'codebook.json');
  const codebooks: CodebookSet = codebookPath && existsSync(codebookPath) ? loadCodebook(codebookPath) : fy2024;
  if (args.data !== undefined && resolve(args.data) === resolve(args.out)) throw new UsageError('--out is the data folder: templates would sit beside the data they describe; choose another folder');
  mkdirSync(args.out, { recursive: true });
  const written: string[] = [];
  for (const cb of codebooks.instruments) {
    // The name pnpm report looks for: the instrument's CSV file name with .xlsx.
    const file = `${(cb.file ?? `${cb.id}.csv`).replace(/\.csv$/i, '')}.xlsx`;
    writeFileSync(join(args.out, file), await templateWorkbook(cb, { rows: args.rows }));
    written.push(file);
  }
  return written;
}
