import { ValidationError } from '@smesec/survey';
import { parseReportArgs, USAGE, UsageError, type ReportArgs } from './args.js';
import { errorReport } from './messages.js';
import { runReport } from './run-report.js';
import { checkLooksLikeReport, recoverLeftovers } from './write-atomic.js';

let args: ReportArgs | undefined;
try {
  args = parseReportArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
  } else {
    // Before any work: put back a report that a killed run had set aside, and refuse an output
    // folder that is not a report (replacing it would delete what is in it).
    recoverLeftovers(args.out);
    checkLooksLikeReport(args.out);
    process.exitCode = (await runReport(args)).status;
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
    // Codebook and validation errors carry their own message and status; no stack trace.
    process.stderr.write(`${e.message}\n`);
    process.exitCode = e.exitCode;
  } else if (e instanceof Error && 'code' in e && typeof e.code === 'string' && 'syscall' in e) {
    // A file that cannot be read or written (permissions, a folder where a file should be, a full
    // disk): the system's message names the path; no report was written.
    process.stderr.write(`${e.message}: no report written\n`);
    process.exitCode = 1;
  } else {
    throw e;
  }
}
