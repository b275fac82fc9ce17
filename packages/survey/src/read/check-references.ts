import * as aq from 'arquero';
import type { Codebook } from '../codebook/schema.js';
import { isError, ValidationError, type Issue } from './issues.js';
import type { ReadMode, ReadResult } from './from-csv.js';
import type { RejectedRow } from './row-builder.js';

/** Errors that refuse a file as a whole: its rows say nothing about which ids exist. */
const FILE_ERRORS = new Set(['empty_file', 'unsupported_encoding', 'bad_encoding', 'bom_in_middle', 'no_rows', 'missing_column', 'duplicate_column']);
const refused = (r: ReadResult) => r.issues.some((i) => i.severity === 'error' && FILE_ERRORS.has(i.code));

/** Instruments in an order where every referenced instrument comes before those referring to it. */
function dependencyOrder(codebooks: readonly Codebook[]): Codebook[] {
  const byId = new Map(codebooks.map((c) => [c.id, c]));
  const done = new Set<string>();
  const out: Codebook[] = [];
  const visit = (cb: Codebook, path: string[]) => {
    if (done.has(cb.id)) return;
    if (path.includes(cb.id)) throw new Error(`codebook references form a cycle: ${[...path, cb.id].join(' → ')}`);
    for (const col of cb.columns) {
      if (col.type === 'id' && col.references) {
        const target = byId.get(col.references.instrument);
        if (target) visit(target, [...path, cb.id]);
      }
    }
    done.add(cb.id);
    out.push(cb);
  };
  for (const cb of codebooks) visit(cb, []);
  return out;
}

/**
 * Check every `references` column (consultation → attendee, guidance → consultation, …) against
 * the accepted rows of the instrument it refers to. A row referring to nothing is rejected with
 * `unknown_reference`; one referring to a row that is there but was rejected is rejected with
 * `reference_rejected`, naming that row, so that an analyst fixes the cause rather than hunting
 * for an id that is in the file. A file refused as a whole (it does not decode, its header is
 * wrong) is not checked against: its own error says why, and "does not exist" would be untrue of
 * every row referring to it. Results are returned in a new map; inputs are not changed.
 */
export function checkReferences(results: ReadonlyMap<string, ReadResult>, { mode = 'strict' }: { mode?: ReadMode } = {}): Map<string, ReadResult> {
  const out = new Map(results);
  const all: Issue[] = [...[...results.values()].flatMap((r) => r.issues)];
  for (const cb of dependencyOrder([...results.values()].map((r) => r.codebook))) {
    const res = out.get(cb.id)!;
    const refs = cb.columns.flatMap((c) => (c.type === 'id' && c.references ? [{ col: c, ref: c.references }] : []));
    if (refs.length === 0) continue;
    const bad = new Map<number, Issue[]>();
    for (const { col, ref } of refs) {
      const target = out.get(ref.instrument);
      if (!target || refused(target)) continue;
      const known = new Set(Array.from(target.table.array(ref.column) as ArrayLike<string>));
      const rejectedAt = new Map<string, number>();
      for (const x of target.rejected) {
        const id = x.ids?.[ref.column];
        if (id !== undefined && !rejectedAt.has(id)) rejectedAt.set(id, x.row);
      }
      const values = res.table.array(col.id) as ArrayLike<string | null>;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v == null || known.has(v)) continue;
        const at = rejectedAt.get(v);
        const issue: Issue = {
          code: at === undefined ? 'unknown_reference' : 'reference_rejected',
          severity: 'error',
          file: res.file,
          ...(res.sheet === undefined ? {} : { sheet: res.sheet }),
          row: res.rowNumbers[i]!,
          line: res.lineNumbers[i]!,
          column: col.id,
          label: col.label,
          value: v,
          expected: at === undefined ? `${target.file} (${ref.column})` : `${target.file}:${at}`,
        };
        all.push(issue);
        bad.set(i, [...(bad.get(i) ?? []), issue]);
      }
    }
    if (bad.size === 0) continue;
    const keep = (_: unknown, i: number) => !bad.has(i);
    // The ids of the rows rejected here, so that rows referring to them in turn say why.
    const idCols = cb.columns.filter((c) => c.type === 'id').map((c) => [c.id, res.table.array(c.id) as ArrayLike<string | null>] as const);
    const idsOf = (i: number) => Object.fromEntries(idCols.flatMap(([id, values]) => (values[i] == null ? [] : [[id, values[i]!]])));
    const rejected: RejectedRow[] = [
      ...res.rejected,
      ...[...bad.entries()].map(([i, issues]) => ({ row: res.rowNumbers[i]!, line: res.lineNumbers[i]!, issues, ids: idsOf(i) })),
    ].sort((a, b) => a.row - b.row);
    out.set(cb.id, {
      ...res,
      table: aq.table(Object.fromEntries(res.table.columnNames().map((name) => [name, Array.from(res.table.array(name) as ArrayLike<unknown>).filter(keep)]))),
      rowNumbers: res.rowNumbers.filter(keep),
      lineNumbers: res.lineNumbers.filter(keep),
      rejected,
      issues: [...res.issues, ...[...bad.values()].flat()],
      stats: { ...res.stats, accepted: res.stats.accepted - bad.size, rejected: res.stats.rejected + bad.size },
    });
  }
  if (mode === 'strict' && all.some(isError)) throw new ValidationError(all);
  return out;
}
