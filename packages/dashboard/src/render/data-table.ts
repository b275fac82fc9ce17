import { signedPoints, type ReportTable, type TableCell } from '@smesec/report';
import { html, type Html } from '../html/html.js';
import { tableBox } from './placeholder.js';

const fmt = (v: TableCell, kind: string) => {
  if (v == null) return '—';
  if (typeof v === 'number') return kind === 'pct' ? v.toFixed(1) : kind === 'points' ? signedPoints(v) : v.toLocaleString('ja-JP');
  return v;
};

/**
 * The cell's value as tables/<id>.csv writes it, when the shown text differs (1,234 → 1234,
 * 54.0 → 54, — → empty): the page script rebuilds the same CSV from the table alone.
 */
const raw = (v: TableCell, shown: string): string | null => {
  const csv = v == null ? '' : typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  return csv === shown ? null : csv;
};

/**
 * A report table as an accessible HTML table (numbers right-aligned, missing shown as —). The
 * wrapper scrolls sideways only when a narrow screen cannot hold the table; it is a named,
 * focusable region so a keyboard can scroll it too.
 */
export function dataTable(t: ReportTable): Html {
  const cols = t.columns.length;
  // A long, narrow table (47 prefectures by one or two numbers) prints in columns, not a page each.
  const long = t.rows.length > 20 && cols <= 4;
  return html`<div class="table-wrap${long ? ' long' : ''}" role="region" aria-label="${t.title}" tabindex="0"${tableBox(t.rows.length)}><table class="data${cols > 6 ? ' many' : ''}" data-table="${t.id}">
<caption class="skip">${t.title}</caption>
<thead><tr>${t.columns.map((c) => html`<th scope="col" class="${c.kind === 'text' ? '' : 'num'}">${c.header}</th>`)}</tr></thead>
<tbody>${t.rows.map(
    (r) => html`<tr>${t.columns.map((c, i) => {
      const v = r[c.key] ?? null;
      const shown = fmt(v, c.kind);
      const csv = raw(v, shown);
      const data = csv === null ? '' : html` data-v="${csv}"`;
      return i === 0 && c.kind === 'text' ? html`<th scope="row"${data}>${shown}</th>` : html`<td class="${c.kind === 'text' ? '' : 'num'}"${data}>${shown}</td>`;
    })}</tr>`,
  )}</tbody>
</table></div>`;
}
