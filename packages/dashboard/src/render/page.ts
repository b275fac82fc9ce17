import type { ReportDocument, ReportModel } from '@smesec/report';
import { html, Html } from '../html/html.js';
import { activeListStyles } from './active-list-browser.js';
import { documentSection, prose } from './document.js';
import { STYLES } from './styles.js';

/**
 * The stylesheet as the page carries it: comments dropped, whitespace collapsed around braces and
 * semicolons and dropped after colons and commas (the rules hold no string in which that would
 * matter, and no selector has a space after a colon).
 */
export const minifyCss = (css: string) =>
  css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};])\s*/g, '$1').replace(/([:,]) /g, '$1').replace(/;}/g, '}').trim();

const PAGE_STYLES = minifyCss(STYLES);

/** A section rendered elsewhere (the active-list browser, the programme activity) placed after `after`. */
export interface ExtraSection {
  readonly id: string;
  readonly title: string;
  readonly body: Html;
  /** Id of the section it follows; at the end when absent. */
  readonly after?: string;
}

export interface RenderDashboardOptions {
  /** The report as its template lays it out (`buildDocument`): sections, text and where each figure goes. */
  document: ReportDocument;
  /** Rendered SVG per figure id. */
  svgs: ReadonlyMap<string, string>;
  /** Sections rendered by other modules. */
  extra?: readonly ExtraSection[];
  /** Self-contained browser script (bundled at build time); inlined. */
  script?: string;
  /** A notice shown under the title (e.g. that the data are synthetic). */
  notice?: string;
  /** Shown in the footer, e.g. the command and version that generated the page. */
  generator?: string;
}

/**
 * The dashboard: one self-contained HTML file (inline CSS, SVG and script; no external request),
 * in Japanese, laid out as the report's document says (its sections, text and figures with their
 * tables, in the template's order), with a table of contents and whatever extra sections are given.
 */
export function renderDashboard(model: ReportModel, { document, svgs, extra = [], script, notice, generator }: RenderDashboardOptions): string {
  // A section the template left empty (e.g. the activity without its records) is not shown.
  const blocks = document.sections.filter((s) => s.blocks.length > 0).map((s) => documentSection(s, model, svgs));
  for (const e of extra) {
    const at = e.after ? blocks.findIndex((b) => b.id === e.after) : -1;
    const item = { id: e.id, title: e.title, body: e.body };
    if (at >= 0) blocks.splice(at + 1, 0, item);
    else blocks.push(item);
  }
  // The list's card labels join the one stylesheet when there is a list to show.
  const hasList = model.activeListCount > 0;
  const page = html`<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<title>${document.title}</title>
<style>${Html.unsafe(PAGE_STYLES + (hasList ? activeListStyles(model) : ''))}</style>
</head>
<body>
<a class="skip" href="#main">本文へ移動</a>
<header class="page"><h1>${document.title}</h1><p>セキュリティ専門家スキル調査・サイバーセキュリティ相談会・マネジメント指導の集計結果</p></header>
${notice ? html`<aside class="notice" aria-label="注記"><p>${notice}</p></aside>` : null}
${document.intro ? prose(document.intro) : null}
<div class="layout">
<nav class="toc" aria-label="目次"><h2>目次</h2><ol>${blocks.map((b) => html`<li><a href="#${b.id}">${b.title}</a></li>`)}</ol></nav>
<main id="main">${blocks.map((b) => b.body)}</main>
</div>
<footer class="page"><p>${model.year}・図表の数値は figures.json の各 ID と一致します。各図の数表は CSV でダウンロードできます。${generator ? ` ${generator}` : ''}</p></footer>
${script ? html`<script>${Html.unsafe(script.replace(/<\/script/gi, '<\\/script'))}</script>` : null}
</body>
</html>
`;
  return page.toString();
}
