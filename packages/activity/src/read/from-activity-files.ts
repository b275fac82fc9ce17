import { isError, readInstruments, ValidationError, type CodebookSet, type ReadMode, type ReadResult } from '@smesec/survey';
import { activityCodebooks, type ActivityFileId } from '../codebook/activity-codebooks.js';
import { activityRulesOf } from '../codebook/rules.js';
import type { Activity } from './activity.js';
import { checkEditionOptions } from './check-edition-options.js';
import { checkIntegerLists } from './check-integer-lists.js';
import { checkLinks } from './check-links.js';
import { rejectRows } from './reject-rows.js';

export interface FromActivityFilesOptions {
  /**
   * `strict` (default) throws one `ValidationError` listing every error of every file; `lenient`
   * returns the rows that passed, with the rejected ones and their issues in `results`.
   */
  mode?: ReadMode;
  /** The codebooks (default: the built-in ones of `src/codebook/*.json`). */
  codebooks?: CodebookSet;
}

/**
 * Read the six programme-activity files from bytes or text, keyed by file name
 * (`communities.csv`, `practices.csv`, `practice_index.csv`, `events.csv`,
 * `program_figures.csv`, `measures.csv`): every cell is validated against its codebook, then the
 * references between files (community ids, the practices an index row cites, 再掲 bullets) and the
 * purposes of each edition are checked.
 *
 * ```ts
 * const activity = fromActivityFiles({ 'communities.csv': text, … }, { mode: 'lenient' });
 * activity.issues.map(formatIssue); // ['events.csv:12:date: "2024-02-30" is not a date …']
 * ```
 */
export function fromActivityFiles(files: Readonly<Record<string, Uint8Array | string>>, { mode = 'strict', codebooks = activityCodebooks }: FromActivityFilesOptions = {}): Activity {
  const inputs = new Map<string, { bytes: Uint8Array | string; file: string }>();
  const missing: string[] = [];
  for (const cb of codebooks.instruments) {
    const file = cb.file ?? `${cb.id}.csv`;
    const bytes = files[file];
    if (bytes === undefined) missing.push(file);
    else inputs.set(cb.id, { bytes, file });
  }
  // A missing file is a usage error (the caller chose what to pass), not a data issue.
  if (missing.length > 0) throw new Error(`missing program-activity file${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  const read = readInstruments(inputs, { codebooks, mode: 'lenient' });
  // Checks within a file first, so that links are checked against the rows that passed them.
  const checked = new Map<string, ReadResult>();
  for (const [id, res] of read) {
    const rules = activityRulesOf(res.codebook);
    checked.set(id, rejectRows(res, [...checkIntegerLists(res, rules), ...checkEditionOptions(res, rules)]));
  }
  const links = checkLinks(checked);
  const results = new Map<ActivityFileId, ReadResult>();
  for (const [id, res] of checked) {
    const linked = rejectRows(res, links.filter((f) => f.instrument === id));
    results.set(id as ActivityFileId, { ...linked, issues: [...linked.issues].sort((a, b) => a.row - b.row) });
  }
  const issues = [...results.values()].flatMap((r) => r.issues);
  if (mode === 'strict' && issues.some(isError)) throw new ValidationError(issues);
  const tableOf = (id: ActivityFileId) => {
    const res = results.get(id);
    if (!res) throw new Error(`codebook set ${codebooks.id} has no instrument ${id}`);
    return res.table;
  };
  return {
    communities: tableOf('communities'),
    practices: tableOf('practices'),
    practiceIndex: tableOf('practice_index'),
    events: tableOf('events'),
    programFigures: tableOf('program_figures'),
    measures: tableOf('measures'),
    codebooks,
    results,
    issues,
  };
}
