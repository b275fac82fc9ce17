import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '@smesec/survey';
import { parseReportArgs, USAGE, UsageError, type ReportArgs } from './args.js';
import { errorReport } from './messages.js';
import { runReport } from './run-report.js';
import { checkLooksLikeReport, lockOutput, repairOutput } from './write-atomic.js';

/** A process's parent id, from /proc (Linux); undefined where that cannot be read. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * The processes that started this one. When one is gone (`pnpm` killed, a test runner timed
 * out), this run stops: a report nobody waits for must not replace the previous one. `pnpm
 * report` runs the script through `sh -c`, which stays between pnpm and this process, so the
 * parent's parent is watched too.
 */
const parent = process.ppid;
const grandparent = parentOf(parent);
const orphaned = () => process.ppid !== parent || (grandparent !== undefined && parentOf(parent) !== grandparent);
const ORPHANED = '親プロセスが終了したため中断しました。以前のレポートはそのままです';
setInterval(() => {
  if (!orphaned()) return;
  process.stderr.write(`${ORPHANED}\n`);
  process.exit(1);
}, 250).unref();

/**
 * SIGINT and SIGTERM keep their default action (the process ends at once, whatever it is doing:
 * nothing it wrote is visible, and the next run removes it) except while the new report is being
 * put in place. That step is synchronous, so a signal arriving during it is handled right after:
 * the report is then complete, and the run ends.
 */
function deferSignals(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      process.stderr.write(`${signal} を受けて中断しました（レポートの置き換えは完了しています）\n`);
      process.exit(code);
    });
  }
}

/**
 * The command. A function rather than top-level code, so that the bundle can be a script that
 * V8 compiles from its code cache (see scripts/build.ts): a script has no top-level `await`.
 */
async function main(): Promise<void> {
  /** The data folder's own codebook, once the arguments are read: a crash with it is reported as its problem. */
  let codebookFile: string | undefined;
  let args: ReportArgs | undefined;
  try {
    args = parseReportArgs(process.argv.slice(2));
    if (existsSync(join(args.data, 'codebook.json'))) codebookFile = join(args.data, 'codebook.json');
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
    } else {
      // Before any work: one run per report folder; put back a report that a killed run had set
      // aside; refuse an output folder that is not a report (replacing it would delete what is in it).
      lockOutput(args.out);
      for (const dir of repairOutput(args.out)) process.stderr.write(`警告: 中断された前回の実行が残した ${dir} を削除できませんでした\n`);
      checkLooksLikeReport(args.out);
      // A previous year's report left set aside by a killed run is put back before it is compared against.
      for (const previous of args.compare ?? []) {
        if (existsSync(previous)) continue;
        const release = lockOutput(previous);
        repairOutput(previous);
        release();
      }
      const beforeInstall = () => {
        if (orphaned()) throw Object.assign(new Error(ORPHANED), { exitCode: 1 });
        deferSignals();
      };
      process.exitCode = (await runReport(args, { beforeInstall })).status;
      // A signal that came while the report was being put in place is delivered at the next poll
      // of the event loop, which an exiting process would otherwise skip.
      await new Promise((go) => setTimeout(go, 20));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (e instanceof ValidationError && args) {
      // Invalid programme-activity records: the same located lines and summary as the survey files.
      process.stderr.write(errorReport(e.issues, { lang: args.lang ?? 'ja', out: args.out }).map((l) => `${l}\n`).join(''));
      process.exitCode = e.exitCode;
    } else if (e instanceof Error && 'exitCode' in e && typeof e.exitCode === 'number') {
      // Codebook, input-file, validation and output errors carry their own message and status; no stack trace.
      process.stderr.write(`${e.message}\n`);
      process.exitCode = e.exitCode;
    } else if (e instanceof Error && 'code' in e && typeof e.code === 'string' && 'syscall' in e) {
      // A file that cannot be read (permissions, a folder where a file should be): the system's
      // message names the path; no report was written.
      process.stderr.write(`${e.message}: no report written\n`);
      process.exitCode = 1;
    } else if (codebookFile && e instanceof Error) {
      // The programme loader (@smesec/programme) checks what the report is known to need; anything else a
      // codebook the schema accepts still breaks is its problem, named as such and without a stack.
      process.stderr.write(`codebook.json: the report cannot be built from this codebook (${codebookFile}): ${e.name}: ${e.message.slice(0, 300)}\n`);
      process.exitCode = 1;
    } else {
      throw e;
    }
  }
}

void main();
