import type { ReportFigure } from '@smesec/report';
import { html, Html } from '../html/html.js';
import { previousNote } from '@smesec/charts';
import { previousItems, unlabelledNote } from './charts.js';
import { compactSvg } from './compact-svg.js';
import { dataTable } from './data-table.js';
import { figureBox } from './placeholder.js';

/** Charts that need the full width: many categories, matrices and maps. */
const WIDE = new Set(['heatmap', 'tilemap', 'grouped']);
/** Charts drawn wider than a phone: they keep their text size and scroll sideways there. */
const SCROLL = new Set(['heatmap', 'tilemap']);

const drawnWidth = (svg: string) => Number(/viewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)/.exec(svg)?.[1] ?? 0);

/** Options of {@link figure}. */
export interface FigureOptions {
  /** The section's headline figure: its table is shown open, not behind a click. */
  headline?: boolean;
}

function chart(f: ReportFigure, drawn: string | undefined): Html {
  const svg = drawn && compactSvg(drawn);
  if (!svg) return html`<div class="svg"><p>（図なし）</p></div>`;
  if (!SCROLL.has(f.chart.kind)) return html`<div class="svg">${Html.unsafe(svg)}</div>`;
  // A named, focusable region: on a phone the keyboard scrolls it as well as a finger.
  return html`<div class="svg scroll" role="region" tabindex="0" aria-label="図: ${f.title}" style="--drawn: ${drawnWidth(svg)}px">${Html.unsafe(svg)}</div>`;
}

/**
 * One figure: title, base caption, the chart (our own rendered SVG), note, source, and its
 * numbers in a table beside it (open for a section's headline figure, folded otherwise), with a
 * CSV download of the same table. The download link is outside the `<summary>` (a link inside
 * it would be a control inside a control); the page script builds the CSV from the table itself,
 * so it works from index.html alone, and without script the link falls back to tables/<id>.csv.
 */
export function figure(f: ReportFigure, svg: string | undefined, { headline = false }: FigureOptions = {}): Html {
  const unlabelled = unlabelledNote(f);
  const previous = previousItems(f).length > 0 ? previousNote(f.previousLabel!, f.chart.kind === 'stacked' || f.chart.kind === 'funnel' ? f.chart.kind : 'bar') : null;
  const wide = WIDE.has(f.chart.kind) || (f.chart.kind === 'stacked' && f.chart.rows.length > 1) || (f.chart.kind === 'bar' && f.chart.items.length > 10);
  // Title, caption, source, the table's summary and the CSV link, then the optional lines.
  const lines = 5 + (f.details?.length ?? 0) + [unlabelled, previous, f.note].filter(Boolean).length;
  return html`<figure class="chart${wide ? ' wide' : ''}" id="fig-${f.id}" data-chart="${f.chart.kind}"${figureBox(svg, lines, headline ? f.table.rows.length : null)}>
<h3>${f.title}</h3>
<p class="caption">${f.caption}</p>
${chart(f, svg)}
${f.details?.map((d) => html`<p class="detail">${d}</p>`)}
${unlabelled ? html`<p class="detail">${unlabelled}</p>` : null}${previous ? html`
<p class="detail previous"><span aria-hidden="true" style="display: inline-block; width: 2px; height: 1em; background: #1a1a1a; vertical-align: -.15em; margin-right: .4em;"></span>${previous}</p>` : null}
${f.note ? html`<p class="note">注: ${f.note}</p>` : null}
<p class="source">${f.source}</p>
<details class="data"${headline ? html` open data-headline=""` : ''}><summary>数表</summary>${dataTable(f.table)}</details>
<p class="csv"><a href="tables/${f.table.id}.csv" download="${f.table.id}.csv" data-csv="${f.table.id}">数表をCSVでダウンロード<span class="skip">（${f.title}）</span></a></p>
</figure>`;
}
