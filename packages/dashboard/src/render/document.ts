import type { DocumentBlock, DocumentSection, PublishedTable, ReportModel } from '@smesec/report';
import { html, Html } from '../html/html.js';
import { activeListBrowser } from './active-list-browser.js';
import { activitySection } from './activity-section.js';
import { dataTable } from './data-table.js';
import { figure } from './figure.js';
import { figureBox } from './placeholder.js';
import { keyNumbers } from './key-numbers.js';

/**
 * Markdown of the template as markdown-it rendered it. markdown-it runs with `html: false`, so any
 * markup an analyst typed is already escaped, and it refuses javascript: and data: links; the
 * page's CSP forbids scripts besides its own.
 */
const prose = (markup: string) => html`<div class="prose">${Html.unsafe(markup)}</div>`;

/** Special blocks that are whole sections of their own (with their own heading and id). */
function ownSection(block: DocumentBlock, model: ReportModel, svgs: ReadonlyMap<string, string>): Html | null {
  if (block.kind !== 'special') return null;
  if (block.block === 'active-list-browser') return activeListBrowser(model);
  if (block.block === 'activity' && model.activity) return activitySection(model.activity, svgs);
  return null;
}

/** The changes since the previous year: the test named, the significant changes, the key numbers' trend. */
function changes(c: NonNullable<ReportModel['changes']>): Html {
  const n = c.significant.rows.length;
  return html`<p class="lead">前年度と比べて割合が統計的に有意に変化した選択肢（${c.test}）を、変化の大きい順に示します。${n === 0 ? '有意な変化はありませんでした。' : `${n}件あります。`}</p>
${n > 0 ? dataTable(c.significant) : null}
<h3>${c.trend.title}</h3>
${dataTable(c.trend)}`;
}

/** A table transcribed from the published report: shown open, full width, with its source. */
function publishedTable(p: PublishedTable, note?: string): Html {
  return html`<figure class="chart wide published" id="fig-${p.table.id}"${figureBox(undefined, note ? 4 : 3, p.table.rows.length)}>
<h3>${p.table.title}</h3>
${dataTable(p.table)}
${note ? html`<p class="note">注: ${note}</p>` : null}
<p class="source">${p.source}</p>
<p class="csv"><a href="tables/${p.table.id}.csv" download="${p.table.id}.csv" data-csv="${p.table.id}">数表をCSVでダウンロード<span class="skip">（${p.table.title}）</span></a></p>
</figure>`;
}

/**
 * Consecutive figures share one figure grid; text and special blocks stand between them. A
 * section's first figure is its headline: its table is shown open.
 */
function blocksHtml(blocks: readonly DocumentBlock[], model: ReportModel, svgs: ReadonlyMap<string, string>): Html[] {
  const out: Html[] = [];
  let grid: Html[] = [];
  let figures = 0;
  const close = () => {
    if (grid.length) out.push(html`<div class="figures">${grid}</div>`);
    grid = [];
  };
  for (const b of blocks) {
    if (b.kind === 'figure') {
      grid.push(figure(b.figure, svgs.get(b.figure.id), { headline: figures++ === 0 }));
      continue;
    }
    close();
    if (b.kind === 'table') out.push(publishedTable(b.published, b.note));
    else if (b.kind === 'html') out.push(prose(b.html));
    else if (b.block === 'key-numbers') out.push(keyNumbers(model.keyNumbers));
    else if (b.block === 'changes' && model.changes) out.push(changes(model.changes));
    else out.push(ownSection(b, model, svgs) ?? html``);
  }
  close();
  return out;
}

/** One section of the document; a section holding only a block that is a section itself is that block. */
export function documentSection(s: DocumentSection, model: ReportModel, svgs: ReadonlyMap<string, string>): { id: string; title: string; body: Html } {
  const only = s.blocks.length === 1 ? ownSection(s.blocks[0]!, model, svgs) : null;
  if (only) {
    const b = s.blocks[0] as { block: string };
    const id = b.block === 'activity' && model.activity ? model.activity.section.id : 'active-list-browser';
    return { id, title: s.title, body: only };
  }
  return {
    id: s.id,
    title: s.title,
    body: html`<section class="report-section" id="${s.id}" aria-labelledby="h-${s.id}">
<h2 id="h-${s.id}">${s.title}</h2>
${blocksHtml(s.blocks, model, svgs)}
</section>`,
  };
}

export { prose };
