import type { CodebookSet } from '../codebook/schema.js';
import { checkReferences } from './check-references.js';
import { fromCsv, type ReadMode, type ReadResult } from './from-csv.js';
import { isError, ValidationError } from './issues.js';

export interface ReadInstrumentsOptions {
  /** The codebooks of the instruments to read. */
  codebooks: CodebookSet;
  /** `strict` (default) throws one `ValidationError` with every issue of every file. */
  mode?: ReadMode;
}

/**
 * Read several instruments together and check the references between them (consultation →
 * attendee, guidance → consultation and expert, …). `inputs` maps instrument id to its bytes
 * (or text) and file name.
 */
export function readInstruments(
  inputs: ReadonlyMap<string, { bytes: Uint8Array | string; file: string }>,
  { codebooks, mode = 'strict' }: ReadInstrumentsOptions,
): Map<string, ReadResult> {
  const results = new Map<string, ReadResult>();
  for (const cb of codebooks.instruments) {
    const input = inputs.get(cb.id);
    if (!input) throw new Error(`no input given for instrument ${cb.id}`);
    results.set(cb.id, fromCsv(input.bytes, { codebook: cb, file: input.file, mode: 'lenient' }));
  }
  const checked = checkReferences(results, { mode: 'lenient' });
  const issues = [...checked.values()].flatMap((r) => r.issues);
  if (mode === 'strict' && issues.some(isError)) throw new ValidationError(issues);
  return checked;
}
