import { parseTemplateArgs, runTemplate, USAGE, UsageError } from './run-template.js';

/** Exit status of an expected failure: wrong usage, a codebook.json that does not parse, a file system error. */
function statusOf(e: Error): number | undefined {
  if (e instanceof UsageError) return 2;
  if ('exitCode' in e && typeof e.exitCode === 'number') return e.exitCode;
  return 'syscall' in e ? 1 : undefined;
}

try {
  const args = parseTemplateArgs(process.argv.slice(2));
  if (args.help) process.stdout.write(`${USAGE}\n`);
  else {
    const written = await runTemplate({ ...args, out: args.out! });
    process.stdout.write(`${written.length} templates written to ${args.out}: ${written.join(', ')}\n`);
  }
} catch (e) {
  const status = e instanceof Error ? statusOf(e) : undefined;
  if (status === undefined) throw e;
  const err = e as Error;
  // The messages name the option, the codebook's field or the path; no stack trace.
  process.stderr.write(status === 2 ? `${err.message}\n\n${USAGE}\n` : `${err.message}${'syscall' in err ? ': templates not written' : ''}\n`);
  process.exitCode = status;
}
