import type { ReportFigure } from '@smesec/report';
import { html, Html } from '../html/html.js';
import { dataTable } from './data-table.js';

/** Charts that need the full width: many categories, matrices and maps. */
const WIDE = new Set(['heatmap', 'tilemap', 'grouped']);

/**
 * One figure: title, base caption, the chart (our own rendered SVG), note, source, and its
 * numbers in a table beside it, with a link to the same table as CSV.
 */
export function figure(f: ReportFigure, svg: string | undefined): Html {
  const wide = WIDE.has(f.chart.kind) || (f.chart.kind === 'stacked' && f.chart.rows.length > 1) || (f.chart.kind === 'bar' && f.chart.items.length > 10);
  return html`<figure class="chart${wide ? ' wide' : ''}" id="fig-${f.id}" data-chart="${f.chart.kind}">
<h3>${f.title}</h3>
<p class="caption">${f.caption}</p>
<div class="svg">${svg ? Html.unsafe(svg) : html`<p>（図なし）</p>`}</div>
${f.details?.map((d) => html`<p class="detail">${d}</p>`)}
${f.note ? html`<p class="note">注: ${f.note}</p>` : null}
<p class="source">${f.source}</p>
<details class="data"><summary>数表を表示（<a href="tables/${f.table.id}.csv" download>CSV</a>）</summary>${dataTable(f.table)}</details>
</figure>`;
}
