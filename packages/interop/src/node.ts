/**
 * Node-only entry: reading a data folder and writing a folder of exports. The core (`index.ts`)
 * turns tables into bytes and strings, so that it runs in browsers too.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColumnTable } from 'arquero';
import { scoreSkills } from '@smesec/experts';
import { readInstruments, type CodebookSet, type ReadMode, type ReadResult } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadCodebook } from '@smesec/survey/node';
import { dataPackage, dataPackageCsv } from './formats/data-package.js';
import { figuresCsv } from './formats/figures-csv.js';
import { tableArrow } from './formats/table-arrow.js';
import { tableParquet } from './formats/table-parquet.js';
import { respondentTable } from './tables/respondent-table.js';
import { tabulationTable } from './tables/tabulation-table.js';

/** A year's instruments, read and cross-checked. */
export interface Dataset {
  /** The codebooks the instruments were read with. */
  readonly codebooks: CodebookSet;
  /** Each instrument's read result, by codebook id. */
  readonly results: ReadonlyMap<string, ReadResult>;
}

/** Options of {@link loadDataset}. */
export interface LoadDatasetOptions {
  /** Codebooks to read with. Default: the folder's `codebook.json`, else the built-in FY2024 set. */
  codebooks?: CodebookSet;
  /** `strict` (default) throws a `ValidationError` listing every issue; `lenient` keeps the valid rows. */
  mode?: ReadMode;
}

/**
 * Read a data folder as `pnpm report` does: each instrument's file (`experts.csv`, …), with the
 * folder's `codebook.json` when it has one.
 */
export function loadDataset(dir: string, { codebooks, mode = 'strict' }: LoadDatasetOptions = {}): Dataset {
  const own = join(dir, 'codebook.json');
  const books = codebooks ?? (existsSync(own) ? loadCodebook(own) : fy2024);
  const inputs = new Map<string, { bytes: Uint8Array; file: string }>();
  for (const cb of books.instruments) {
    const file = cb.file ?? `${cb.id}.csv`;
    inputs.set(cb.id, { bytes: readFileSync(join(dir, file)), file });
  }
  return { codebooks: books, results: readInstruments(inputs, { codebooks: books, mode }) };
}

/** Options of {@link writeExports}. */
export interface WriteExportsOptions {
  /** The folder to write into (created when missing; files of the same names are replaced). */
  out: string;
  /** `figures.json`'s map, written as `figures.csv` (`id,value`). Default: no figures file. */
  figures?: Readonly<Record<string, number | null>>;
  /** Keep the codebooks' personal columns in the respondent tables. Default false. */
  personal?: boolean;
  /** Formats of the tables. Default both. */
  formats?: readonly ('arrow' | 'parquet')[];
}

/**
 * Write a dataset as files other tools read: per instrument its respondents (`<id>.arrow`,
 * `<id>.parquet`: codes, multiple answers as lists, no personal columns), the experts' skill
 * scores (`skills.*`, when the codebook has skill rules), every question's frequencies on its
 * published base (`tabulations.*`, long), the codebooks (`codebook.json`, for the labels of the
 * codes), a Frictionless Data Package (`datapackage.json` describing `<id>.csv`, with each coded
 * column's codes and labels) and, when given, the figures (`figures.csv`). Returns the file names
 * written.
 */
export function writeExports({ codebooks, results }: Dataset, { out, figures, personal = false, formats = ['arrow', 'parquet'] }: WriteExportsOptions): string[] {
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const write = (name: string, data: string | Uint8Array) => {
    writeFileSync(join(out, name), data);
    written.push(name);
  };
  const writeTable = (name: string, table: ColumnTable, codebook?: CodebookSet['instruments'][number]) => {
    const options = codebook ? { codebook } : {};
    if (formats.includes('arrow')) write(`${name}.arrow`, tableArrow(table, options));
    if (formats.includes('parquet')) write(`${name}.parquet`, tableParquet(table, options));
  };
  write('codebook.json', `${JSON.stringify(codebooks, null, 2)}\n`);
  const tabulations: ColumnTable[] = [];
  const resources: { codebook: CodebookSet['instruments'][number]; table: ColumnTable; path: string }[] = [];
  for (const codebook of codebooks.instruments) {
    const result = results.get(codebook.id);
    if (!result) continue;
    const tidy = respondentTable(result.table, { codebook, personal });
    writeTable(codebook.id, tidy, codebook);
    write(`${codebook.id}.csv`, dataPackageCsv(tidy));
    resources.push({ codebook, table: tidy, path: `${codebook.id}.csv` });
    tabulations.push(tabulationTable(result.table, { codebook }));
    if (codebook.rules['skills'] !== undefined) writeTable('skills', scoreSkills(result.table, { codebook }));
  }
  const [first, ...rest] = tabulations.filter((t) => t.numRows() > 0);
  if (first) writeTable('tabulations', first.concat(...rest));
  write('datapackage.json', `${JSON.stringify(dataPackage(codebooks, { resources }), null, 2)}\n`);
  if (figures) write('figures.csv', figuresCsv(figures));
  return written;
}
