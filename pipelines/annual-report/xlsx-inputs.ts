import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Codebook, CodebookSet, ReadResult } from '@smesec/survey';
import { loadWorkbook, loadXlsx } from '@smesec/survey/node';

/** The workbook of one instrument: its CSV file name with `.xlsx` (`experts.csv` → `experts.xlsx`). */
export const xlsxFileOf = (cb: Codebook) => (cb.file ?? `${cb.id}.csv`).replace(/\.csv$/i, '') + '.xlsx';

export interface XlsxInputs {
  /** Instruments read from a workbook, keyed by instrument id. */
  readonly read: Map<string, ReadResult>;
  /** One line per workbook read, for the progress output. */
  readonly notes: string[];
}

/**
 * The instruments of `wanted` (those with no CSV file in the data folder) read from Excel: each
 * from its own workbook (`experts.xlsx`), else from a sheet named after it (id or Japanese label)
 * in any other workbook of the folder, read in name order; the first sheet found wins.
 */
export async function readXlsxInputs(data: string, codebooks: CodebookSet, wanted: readonly Codebook[]): Promise<XlsxInputs> {
  const read = new Map<string, ReadResult>();
  const notes: string[] = [];
  for (const cb of wanted) {
    const file = xlsxFileOf(cb);
    if (!existsSync(join(data, file))) continue;
    read.set(cb.id, await loadXlsx(join(data, file), { codebook: cb, file, mode: 'lenient' }));
    notes.push(`${file}: sheet ${read.get(cb.id)!.sheet} read as ${cb.id}`);
  }
  const own = new Set(codebooks.instruments.map(xlsxFileOf));
  const rest = wanted.filter((cb) => !read.has(cb.id));
  const books = rest.length === 0 || !existsSync(data) ? [] : readdirSync(data).filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$') && !own.has(f)).sort();
  for (const file of books) {
    const missing = rest.filter((cb) => !read.has(cb.id));
    if (missing.length === 0) break;
    const { results, otherSheets } = await loadWorkbook(join(data, file), { codebooks: { ...codebooks, instruments: missing }, mode: 'lenient' });
    for (const [id, r] of results) read.set(id, r);
    notes.push(`${file}: ${[...results.values()].map((r) => `sheet ${r.sheet} read as ${r.codebook.id}`).join(', ') || 'no sheet named after a missing instrument'}${otherSheets.length ? `; other sheets not read: ${otherSheets.join(', ')}` : ''}`);
  }
  return { read, notes };
}
