import type { ReportTable, TableCell } from '@smesec/report';
import { html, type Html } from '../html/html.js';

const fmt = (v: TableCell, kind: string) => {
  if (v == null) return '—';
  if (typeof v === 'number') return kind === 'pct' ? v.toFixed(1) : v.toLocaleString('ja-JP');
  return v;
};

/** A report table as an accessible HTML table (numbers right-aligned, missing shown as —). */
export function dataTable(t: ReportTable): Html {
  return html`<div class="table-wrap"><table class="data">
<caption class="skip">${t.title}</caption>
<thead><tr>${t.columns.map((c) => html`<th scope="col" class="${c.kind === 'text' ? '' : 'num'}">${c.header}</th>`)}</tr></thead>
<tbody>${t.rows.map(
    (r) => html`<tr>${t.columns.map((c, i) =>
      i === 0 && c.kind === 'text' ? html`<th scope="row">${fmt(r[c.key] ?? null, c.kind)}</th>` : html`<td class="${c.kind === 'text' ? '' : 'num'}">${fmt(r[c.key] ?? null, c.kind)}</td>`,
    )}</tr>`,
  )}</tbody>
</table></div>`;
}
