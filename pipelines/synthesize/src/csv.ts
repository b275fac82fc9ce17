import { PREFECTURES, type Codebook, type Column } from '@smesec/survey';
import type { Cell, Row } from './row.js';

/**
 * Rows of codes written as a survey tool's export that Excel re-saved: header of column ids,
 * cells as the codebook's Japanese labels, multiple answers joined with `;`, RFC 4180 quoting,
 * CRLF line ends (line breaks inside a quoted cell stay LF, as Excel writes them).
 */

const PREF_NAME = new Map(PREFECTURES.map((p) => [p.code, p.name]));
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell in RFC 4180 form: quoted only when it must be, inner quotes doubled. */
export function quoteCell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Formatter = (cell: Cell) => string;

function formatterOf(column: Column, separator: string): Formatter {
  const labelOf = (map: ReadonlyMap<string, string>, code: string) => {
    const label = map.get(code);
    if (label === undefined) throw new Error(`column ${column.id}: no option with code ${code}`);
    return label;
  };
  switch (column.type) {
    case 'single':
    case 'multi': {
      const labels = new Map(column.options.map((o) => [o.code, o.label]));
      return (cell) => (cell === null ? '' : Array.isArray(cell) ? cell.map((c) => labelOf(labels, c)).join(separator) : labelOf(labels, String(cell)));
    }
    case 'prefecture':
      return (cell) => (cell === null ? '' : labelOf(PREF_NAME, String(cell)));
    case 'multi-prefecture': {
      const labels = new Map(PREF_NAME);
      if (column.nationwide) labels.set(column.nationwide.code, column.nationwide.label);
      return (cell) => (cell === null ? '' : (cell as readonly string[]).map((c) => labelOf(labels, c)).join(separator));
    }
    default:
      // Scale answers are written as their value 0–3: the reader takes the number or the label.
      return (cell) => (cell === null ? '' : Array.isArray(cell) ? cell.join(separator) : String(cell));
  }
}

/** A row writer for one instrument: `header()` then `line(row)` per row, each ending in CRLF. */
export function csvWriter(codebook: Codebook): { header(): string; line(row: Row): string } {
  const separator = codebook.separators[0] ?? ';';
  const columns = codebook.columns.map((c) => [c.id, formatterOf(c, separator)] as const);
  return {
    header: () => `${columns.map(([id]) => quoteCell(id)).join(',')}\r\n`,
    line: (row) => `${columns.map(([id, format]) => quoteCell(format(row[id] ?? null))).join(',')}\r\n`,
  };
}
