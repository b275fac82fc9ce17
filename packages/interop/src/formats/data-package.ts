import type { ColumnTable } from 'arquero';
import { codesOf, optionLabel, toCsv, type Codebook, type CodebookSet, type Column } from '@smesec/survey';

/** One field of a Table Schema (Frictionless Data, v2). */
export interface TableSchemaField {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  readonly type: 'string' | 'integer' | 'number' | 'date';
  /** A coded column's codes with their labels, in codebook order (v2 `categories`). */
  readonly categories?: readonly { readonly value: string | number; readonly label: string }[];
  /** `pattern`: for a multiple answer, its codes separated by {@link LIST_DELIMITER}. */
  readonly constraints?: { readonly enum?: readonly (string | number)[]; readonly minimum?: number; readonly maximum?: number; readonly unique?: boolean; readonly pattern?: string };
}

/**
 * What separates the answers of a multiple answer (or the items of a list) in the CSV files of a
 * Data Package. Such a column is a `string` field, not the v2 text's `list` type: the published
 * v2.0 Table Schema profile (https://datapackage.org/profiles/2.0/tableschema.json) leaves `list`
 * out of its field types, so a descriptor using it is invalid against the profile it names.
 */
export const LIST_DELIMITER = ';';

/** The Table Schema of one instrument's respondent table. */
export interface TableSchema {
  readonly $schema: string;
  readonly fields: readonly TableSchemaField[];
  /** Cells meaning "no answer": empty (無回答 is read as missing, so the CSV never holds it). */
  readonly missingValues: readonly string[];
  readonly primaryKey?: readonly string[];
}

const TABLE_SCHEMA = 'https://datapackage.org/profiles/2.0/tableschema.json';
const DATA_PACKAGE = 'https://datapackage.org/profiles/2.0/datapackage.json';

function fieldOf(codebook: Codebook, column: Column): TableSchemaField {
  const base = { name: column.id, title: column.label, ...(column.description ? { description: column.description } : {}) };
  const categories = () => codesOf(column).map((code) => ({ value: code, label: optionLabel(codebook, column.id, code) }));
  switch (column.type) {
    case 'single':
    case 'prefecture':
      return { ...base, type: 'string', categories: categories(), constraints: { enum: codesOf(column) } };
    case 'scale':
      return {
        ...base,
        type: 'integer',
        categories: codesOf(column).map((code) => ({ value: Number(code), label: optionLabel(codebook, column.id, code) })),
        constraints: { minimum: column.min, maximum: column.max },
      };
    case 'multi':
    case 'multi-prefecture': {
      const labels = categories()
        .map((c) => `${c.value}=${c.label}`)
        .join('; ');
      // Codes between delimiters, so that a validator still checks every code of every answer
      // (Table Schema anchors a pattern at both ends). Codes are ascii letters, digits, `_` and
      // `-` (the codebook schema's `Code`), all literal in a regular expression, as is `;`.
      const code = `(${codesOf(column).join('|')})`;
      return {
        ...base,
        type: 'string',
        description: `${column.description ? `${column.description} ` : ''}Codes separated by "${LIST_DELIMITER}": ${labels}`,
        constraints: { pattern: `${code}(${LIST_DELIMITER}${code})*` },
      };
    }
    case 'list':
      return { ...base, type: 'string', description: `${column.description ? `${column.description} ` : ''}Items separated by "${LIST_DELIMITER}".` };
    case 'integer':
      return { ...base, type: 'integer', ...(column.min !== undefined || column.max !== undefined ? { constraints: { ...(column.min !== undefined ? { minimum: column.min } : {}), ...(column.max !== undefined ? { maximum: column.max } : {}) } } : {}) };
    case 'number':
      return { ...base, type: 'number' };
    case 'date':
      return { ...base, type: 'date' };
    case 'id':
      return { ...base, type: 'string', ...(column.unique ? { constraints: { unique: true } } : {}) };
    default:
      return { ...base, type: 'string' };
  }
}

/**
 * The Table Schema of a respondent table: a field per column of the table that the codebook
 * describes, with the question as `title`, and for a coded question its codes and labels as
 * `categories` in codebook order (pandas, R's frictionless and other readers turn them into
 * labelled factors).
 */
export function tableSchema(table: ColumnTable, codebook: Codebook): TableSchema {
  const present = new Set(table.columnNames());
  const fields = codebook.columns.filter((c) => present.has(c.id)).map((c) => fieldOf(codebook, c));
  const key = codebook.columns.find((c) => c.type === 'id' && c.unique && present.has(c.id));
  return { $schema: TABLE_SCHEMA, fields, missingValues: [''], ...(key ? { primaryKey: [key.id] } : {}) };
}

/** The CSV of a respondent table as its Table Schema reads it: codes, {@link LIST_DELIMITER} between the codes of a multiple answer, empty for missing. */
export function dataPackageCsv(table: ColumnTable): string {
  const names = table.columnNames();
  const arrays = names.map((n) => table.array(n) as ArrayLike<unknown>);
  const rows = Array.from({ length: table.numRows() }, (_, i) =>
    arrays.map((a) => {
      const v = a[i];
      if (v == null || (typeof v === 'number' && Number.isNaN(v))) return null;
      return Array.isArray(v) ? v.join(LIST_DELIMITER) : (v as string | number | boolean);
    }),
  );
  return toCsv(names, rows, { bom: false, newline: '\n' });
}

/** Options of {@link dataPackage}. */
export interface DataPackageOptions {
  /** The respondent tables, by instrument id, and the CSV file each is written to. */
  resources: readonly { readonly codebook: Codebook; readonly table: ColumnTable; readonly path: string }[];
}

/**
 * A Frictionless Data Package (v2) descriptor, `datapackage.json`: one tabular resource per
 * instrument with its Table Schema (fields, `categories` holding codes and labels, and
 * `missingValues`), so that frictionless, pandas or R users read the CSV files with labels.
 *
 * ```ts
 * const pkg = dataPackage(codebooks, { resources: [{ codebook, table: tidy, path: 'experts.csv' }] });
 * writeFileSync('datapackage.json', JSON.stringify(pkg, null, 2));
 * ```
 */
export function dataPackage(codebooks: CodebookSet, { resources }: DataPackageOptions): Record<string, unknown> {
  return {
    $schema: DATA_PACKAGE,
    name: codebooks.id.toLowerCase().replace(/[^a-z0-9._-]/g, '-'),
    title: codebooks.label,
    resources: resources.map(({ codebook, table, path }) => ({
      name: codebook.id,
      type: 'table',
      title: codebook.label,
      path,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: tableSchema(table, codebook),
    })),
  };
}
