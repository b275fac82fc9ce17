import type { ColumnTable } from 'arquero';
import { frequencyTable, type Frequency } from '../tabulate/frequency.js';

/** What {@link display} shows: an arquero table, a frequency, an SVG string, or any value (as JSON). */
export type Displayable = ColumnTable | Frequency | string | unknown;

/** Options of {@link display}. */
export interface DisplayOptions {
  /** Rows of a table shown at most (default 50); the rest are counted in a note. */
  limit?: number;
  /** A caption above a table (a base, an n). */
  caption?: string;
}

interface JupyterDeno {
  jupyter?: { display(bundle: Record<string, string>, options?: { raw?: boolean }): Promise<void> | void };
}

/** Milliseconds `display` waits in a Jupyter kernel for its output to leave before it resolves. */
const KERNEL_FLUSH_MS = 25;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const isTable = (v: unknown): v is ColumnTable => typeof v === 'object' && v !== null && typeof (v as ColumnTable).columnNames === 'function' && typeof (v as ColumnTable).numRows === 'function';
const isFrequency = (v: unknown): v is Frequency => typeof v === 'object' && v !== null && Array.isArray((v as Frequency).items) && typeof (v as Frequency).base === 'string';
const cell = (v: unknown) => (v == null ? '' : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : Array.isArray(v) ? v.join(';') : String(v));

/** A table as escaped HTML and as aligned plain text. */
function tableBundle(table: ColumnTable, { limit = 50, caption }: DisplayOptions): Record<string, string> {
  const names = table.columnNames();
  const rows = (table.objects({ limit }) as Record<string, unknown>[]).map((r) => names.map((n) => cell(r[n])));
  const more = table.numRows() > limit ? `… ${table.numRows() - limit} more rows` : '';
  const html = [
    '<table>',
    caption ? `<caption>${escape(caption)}</caption>` : '',
    `<thead><tr>${names.map((n) => `<th>${escape(n)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
    more ? `<p>${escape(more)}</p>` : '',
  ].join('');
  const widths = names.map((n, j) => Math.max(n.length, ...rows.map((r) => r[j]!.length)));
  const line = (cells: string[]) => cells.map((c, j) => c.padEnd(widths[j]!)).join('  ').trimEnd();
  const text = [caption ?? '', line(names), ...rows.map(line), more].filter(Boolean).join('\n');
  return { 'text/html': html, 'text/plain': text };
}

/**
 * Show a value in a notebook, and wait until it is out. In a Deno Jupyter kernel a table (or a
 * frequency) is sent as an escaped HTML table, an SVG string as an image; elsewhere (a script,
 * a test) the plain-text form is printed. The returned promise resolves after a macrotask, and
 * in a kernel after `KERNEL_FLUSH_MS` more, so that a cell that awaits it has flushed its output
 * before the next statement: the Deno kernel sends display data from another task than the one
 * that reports the cell done, and a client such as nbconvert drops what comes after that report.
 * A macrotask alone was not always enough for the last cell of a notebook on a loaded machine.
 *
 * ```ts
 * await display(tabulate(table, 'employees', { codebook, includeMissing: true }));
 * await display(await renderSvg(spec));
 * ```
 */
export async function display(value: Displayable, options: DisplayOptions = {}): Promise<void> {
  let bundle: Record<string, string>;
  if (isFrequency(value)) bundle = tableBundle(frequencyTable(value), { caption: `${value.column}: n=${value.n} (base ${value.base}, missing ${value.missing})`, ...options });
  else if (isTable(value)) bundle = tableBundle(value, options);
  else if (typeof value === 'string' && value.trimStart().startsWith('<svg')) bundle = { 'image/svg+xml': value, 'text/plain': `[SVG, ${value.length} characters]` };
  else bundle = { 'text/plain': typeof value === 'string' ? value : JSON.stringify(value, null, 2) };
  const jupyter = (globalThis as { Deno?: JupyterDeno }).Deno?.jupyter;
  if (jupyter) await jupyter.display(bundle, { raw: true });
  else console.log(bundle['text/plain']);
  await new Promise((resolve) => setTimeout(resolve, jupyter ? KERNEL_FLUSH_MS : 0));
}
