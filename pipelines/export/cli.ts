import { parseExportArgs, USAGE, UsageError } from './args.js';
import { runExport } from './run-export.js';

try {
  const args = parseExportArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
  } else {
    const files = runExport(args);
    process.stdout.write(`${args.out}: ${files.join(', ')}\n`);
  }
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`${e.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (e instanceof Error && 'exitCode' in e && typeof e.exitCode === 'number') {
    // Codebook and validation errors carry their own message and status; no stack trace.
    process.stderr.write(`${e.message}\n`);
    process.exitCode = e.exitCode;
  } else {
    throw e;
  }
}
