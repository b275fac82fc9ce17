import type { z } from 'zod';
import { Codebook, CodebookSet } from './schema.js';

/** Thrown when a codebook file does not describe a valid codebook; lists every problem. */
export class CodebookError extends Error {
  readonly exitCode = 1;
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: invalid codebook:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'CodebookError';
  }
}

function problemsOf(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}

/** Parse a codebook set (or a single instrument's codebook, wrapped into a set) from JSON text. */
export function codebookSetFromJson(text: string, { file = 'codebook.json' }: { file?: string } = {}): CodebookSet {
  let json: unknown;
  try {
    // Windows editors save "UTF-8" with a byte-order mark; the CSV reader accepts it too.
    json = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch (e) {
    throw new CodebookError(file, [`not valid JSON: ${(e as Error).message}`]);
  }
  if (json && typeof json === 'object' && 'instruments' in json) {
    const r = CodebookSet.safeParse(json);
    if (!r.success) throw new CodebookError(file, problemsOf(r.error));
    return r.data;
  }
  const r = Codebook.safeParse(json);
  if (!r.success) throw new CodebookError(file, problemsOf(r.error));
  return { id: r.data.id, label: r.data.label, instruments: [r.data] };
}
