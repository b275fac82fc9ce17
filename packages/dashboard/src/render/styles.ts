/**
 * The dashboard's stylesheet: Japanese typography, a colour-blind-safe accent (Okabe–Ito blue),
 * a responsive figure grid, tables whose headers wrap instead of widening the table, the active
 * list as a table on a desktop and as cards on a phone, and print rules for A4 portrait (two
 * figures a row, compact tables, the active list in the published list's columns, no controls).
 *
 * Charts are shown at most at their drawn width, never enlarged or shrunk on a desktop, so their
 * text keeps the chart theme's size; maps and matrices keep at least 92 % of it on a phone and
 * scroll sideways in their own box instead.
 */
export const STYLES = `
:root {
  --ink: #1a1a1a; --muted: #5a5a5a; --line: #d9d9d9; --bg: #ffffff; --panel: #f6f7f9;
  --accent: #0072b2; --accent-weak: #e6f1f8; --up: #00775a; --down: #b34700;
  --font: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic", Meiryo, sans-serif;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: var(--font); color: var(--ink); background: var(--bg); line-height: 1.7; font-size: 15px; }
a { color: var(--accent); }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
header.page { background: #0b3954; color: #fff; padding: 1.5rem clamp(1rem, 4vw, 3rem); }
header.page h1 { margin: 0; font-size: clamp(1.3rem, 2.6vw, 1.9rem); line-height: 1.4; }
header.page p { margin: .4rem 0 0; opacity: .9; }
.notice { background: #fff6db; border-left: 4px solid #e69f00; padding: .6rem 1rem; margin: 1rem clamp(1rem, 4vw, 3rem) 0; }
.layout { display: grid; grid-template-columns: 15rem minmax(0, 1fr); gap: 2rem; padding: 1.5rem clamp(1rem, 4vw, 3rem) 3rem; }
nav.toc { position: sticky; top: 1rem; align-self: start; font-size: .9rem; max-height: calc(100vh - 2rem); overflow: auto; }
nav.toc h2 { font-size: .95rem; margin: 0 0 .5rem; }
nav.toc ol { padding-left: 1.8rem; margin: 0; }
nav.toc li { margin: .25rem 0; }
main { min-width: 0; }
.keys { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .8rem; margin: 0 0 2rem; padding: 0; list-style: none; }
.keys li { background: var(--panel); border-radius: .5rem; padding: .8rem 1rem; border-top: 4px solid var(--accent); }
.keys .label { display: block; font-size: .85rem; color: var(--muted); }
.keys .value { font-size: 1.9rem; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
.keys .unit { font-size: .95rem; margin-left: .15rem; }
.keys .sub { display: block; font-size: .8rem; color: var(--muted); }
.keys .delta { display: block; font-size: .8rem; }
.delta.up { color: var(--up); } .delta.down { color: var(--down); } .delta.same { color: var(--muted); }
section.report-section { margin: 0 0 3rem; }
section.report-section > h2 { font-size: 1.35rem; border-bottom: 2px solid var(--accent); padding-bottom: .3rem; margin: 0 0 .8rem; }
.lead { margin: 0 0 1rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 1.5rem; }
figure.chart { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; min-width: 0; }
figure.chart.wide { grid-column: 1 / -1; }
/*
 * A figure or a table off screen is laid out only when it comes near the screen; until then it
 * takes the height estimated from its chart's drawn size (at most the screen's width) and its lines
 * and rows (placeholder.ts), and once laid out its real height. Paper lays out everything.
 */
figure.chart { content-visibility: auto; contain-intrinsic-block-size: auto calc(min(var(--chart-h, 0px), var(--chart-ar, 0) * (100vw - 3rem)) + var(--rest-h, 10rem)); }
.table-wrap { content-visibility: auto; contain-intrinsic-block-size: auto calc(var(--rows, 10) * 2.3em + 3em); }
.list-wrap { contain-intrinsic-block-size: auto calc(var(--rows, 10) * 7.5em); }
figure.chart h3 { font-size: 1.02rem; margin: 0 0 .2rem; }
figure.chart .caption { font-size: .85rem; color: var(--muted); margin: 0 0 .5rem; }
figure.chart .svg svg { width: 100%; height: auto; display: block; }
figure.chart .svg.scroll { overflow-x: auto; }
figure.chart .note, figure.chart .source, figure.chart .detail { font-size: .8rem; color: var(--muted); margin: .4rem 0 0; }
details.data { margin-top: .6rem; font-size: .85rem; }
details.data summary { cursor: pointer; color: var(--accent); font-weight: 600; }
p.csv { margin: .3rem 0 0; font-size: .8rem; }
/* WCAG 2.2 target size: a download link or a card button is at least 24 px tall. */
p.csv a, .open-card { display: inline-block; min-height: 24px; line-height: 24px; }
.open-all { margin-top: .8rem; font: inherit; font-size: .85rem; padding: .35rem .7rem; border: 1px solid var(--accent); color: var(--accent); border-radius: .3rem; background: #fff; cursor: pointer; }
.table-wrap { overflow-x: auto; }
table.data { border-collapse: collapse; width: 100%; margin-top: .4rem; font-variant-numeric: tabular-nums; }
table.data th, table.data td { border-bottom: 1px solid var(--line); padding: .25rem .45rem; text-align: left; vertical-align: top; }
table.data th.num { text-align: right; }
table.data td.num { text-align: right; white-space: nowrap; }
table.data tbody th[scope=row] { min-width: 6em; font-weight: 600; }
table.data thead th { background: var(--panel); font-weight: 600; vertical-align: bottom; line-height: 1.35; }
table.data.many { font-size: .8rem; }
table.data.many thead th { min-width: 3.5em; }
.browser form#list-filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .6rem 1rem; background: var(--panel); padding: 1rem; border-radius: .5rem; }
.browser label { display: grid; font-size: .85rem; gap: .2rem; }
.browser select, .browser input, .practices input { font: inherit; padding: .3rem; border: 1px solid #767676; border-radius: .3rem; background: #fff; width: 100%; min-width: 0; }
.browser form#list-filters button { align-self: end; font: inherit; padding: .35rem .8rem; border: 1px solid #767676; border-radius: .3rem; background: #fff; cursor: pointer; }
.list-legend { font-size: .8rem; color: var(--muted); margin: .4rem 0; }
.print-only, .list-more { display: none; }
#list-table { font-size: .78rem; line-height: 1.45; }
#list-table th.name { white-space: nowrap; }
#list-table td { min-width: 4.5em; }
#list-table th.skill, #list-table td.skill { min-width: 0; width: 1.9em; padding: .25rem .1rem; text-align: center; }
#list-table abbr { text-decoration: none; }
#list-table td.reasons { min-width: 9em; max-width: 14em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; color: var(--muted); }
.practices { margin-top: 1.5rem; }
.practices h3 { font-size: 1.05rem; }
#practice-table { font-size: .85rem; }
#practice-table td:nth-child(1), #practice-table td:nth-child(6) { white-space: nowrap; }
.practices label.search { display: grid; gap: .2rem; max-width: 30rem; font-size: .85rem; }
.browser .count { margin: .8rem 0 .4rem; font-weight: 600; }
.browser table button { font: inherit; color: var(--accent); background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; text-align: left; }
.browser p.reasons { font-size: .8rem; color: var(--muted); }
dialog.card { max-width: min(46rem, 95vw); border: 1px solid var(--line); border-radius: .6rem; padding: 1.2rem 1.4rem; }
dialog.card::backdrop { background: rgba(0,0,0,.35); }
dialog.card dl { display: grid; grid-template-columns: minmax(7rem, 11rem) minmax(0, 1fr); gap: .3rem 1rem; margin: 0; }
dialog.card dt { color: var(--muted); }
dialog.card dd { margin: 0; }
dialog.card form button { font: inherit; padding: .35rem .9rem; border: 1px solid #767676; border-radius: .3rem; background: #fff; cursor: pointer; }
.ratings { font-family: var(--font); letter-spacing: .1em; }
footer.page { border-top: 1px solid var(--line); padding: 1rem clamp(1rem, 4vw, 3rem); font-size: .8rem; color: var(--muted); }
@media (max-width: 60rem) {
  .layout { grid-template-columns: 1fr; }
  nav.toc { position: static; max-height: none; }
}
@media (max-width: 40rem) {
  .layout { padding-left: 1rem; padding-right: 1rem; }
  figure.chart { padding: .6rem .5rem; }
  figure.chart .svg.scroll svg { min-width: calc(var(--drawn) * .92); }
  .keys { grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); }
  dialog.card dl { grid-template-columns: 1fr; }
  dialog.card dd { margin-bottom: .3rem; }
  /* The active list as cards: the name, then each attribute under its label, S1–S6 in a row. */
  .list-wrap { overflow: visible; }
  #list-table thead { position: absolute; left: -9999px; }
  #list-table, #list-table tbody { display: block; }
  #list-table tr { display: grid; grid-template-columns: repeat(6, minmax(0, 1fr)); gap: .1rem .4rem; border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .7rem; margin: 0 0 .6rem; }
  #list-table tr[hidden] { display: none; }
  #list-table th, #list-table td { display: block; grid-column: 1 / -1; border: 0; padding: 0; min-width: 0; }
  /* Each column's label comes from the list's own rules (one per column, beside the list). */
  #list-table td::before { color: var(--muted); }
  #list-table td.reasons::before { content: "該当理由："; }
  #list-table td.skill { grid-column: auto; width: auto; text-align: left; padding: 0; }
  #list-table td.skill:empty::after { content: "－"; color: var(--muted); }
  #list-table td.reasons { max-width: none; }
  #list-table td.reasons:empty { display: none; }
  /* Ten cards show at first (the page script's CARDS_PER_PAGE), each some twenty lines. */
  .list-wrap { contain-intrinsic-block-size: auto calc(min(var(--rows, 10), 10) * 22em); }
  /* Cards past the first pages wait behind 「もっと見る」 (the page script marks them). */
  #list-table tr.later { display: none; }
  .list-more:not([hidden]) { display: block; width: 100%; min-height: 44px; font: inherit; padding: .5rem; border: 1px solid var(--accent); color: var(--accent); border-radius: .4rem; background: #fff; cursor: pointer; }
  /* A long table is a scrolling box of its own (a named, focusable region) with its header kept in view. */
  .table-wrap:not(.list-wrap) { max-height: 75vh; overflow: auto; }
  .table-wrap:not(.list-wrap) thead th { position: sticky; top: 0; z-index: 1; }
  /* Eight columns of prose: wider than the phone, so rows stay a few lines and the box scrolls sideways. */
  #practice-table { min-width: 40rem; }
}
@media print {
  @page { size: A4 portrait; margin: 12mm 10mm; }
  body { font-size: 9pt; line-height: 1.5; }
  nav.toc, .browser form#list-filters, .skip, details.data summary, p.csv, .open-all, .practices label.search, dialog, #list-table td.reasons, #list-table th.reasons, .browser p.reasons:empty { display: none; }
  .layout { display: block; padding: 0; }
  header.page { background: none; color: #000; border-bottom: 2px solid #000; padding: 0 0 .4rem; }
  header.page h1 { font-size: 15pt; }
  .notice { margin: .4rem 0 0; padding: .2rem .6rem; }
  section.report-section { margin: 0 0 1rem; }
  section.report-section > h2 { font-size: 12pt; margin-top: .6rem; break-after: avoid; }
  .keys { gap: .3rem; margin-bottom: .6rem; grid-template-columns: repeat(4, 1fr); }
  .keys li { padding: .3rem .5rem; border-top-width: 2px; break-inside: avoid; }
  .keys .value { font-size: 14pt; }
  /* Two figures a row; a figure moves whole to the next page when it fits on one. */
  .figures { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .5rem .8rem; }
  figure.chart { border: none; padding: 0; }
  figure.chart, .table-wrap { content-visibility: visible; }
  figure.chart h3, figure.chart .caption { font-size: 10pt; break-after: avoid; }
  figure.chart .caption { font-size: 7.5pt; }
  figure.chart .note, figure.chart .source, figure.chart .detail { font-size: 7.5pt; margin-top: .1rem; }
  figure.chart .svg { break-inside: avoid; }
  figure.chart .svg.scroll { overflow: visible; }
  figure.chart.wide .svg svg { max-width: 75% !important; }
  details.data { margin-top: .2rem; font-size: 7.5pt; }
  .table-wrap { overflow: visible; }
  .table-wrap.long { columns: 3; column-gap: 1rem; }
  table.data { margin-top: .1rem; }
  table.data, table.data.many { font-size: 7pt; line-height: 1.3; }
  table.data th, table.data td { padding: .05rem .25rem; }
  table.data thead { display: table-header-group; }
  table.data tr { break-inside: avoid; }
  .practices h3 { break-after: avoid; }
  #practice-table { font-size: 6.5pt; }
  .list-legend { font-size: 7pt; margin: .2rem 0; }
  #list-table td[data-n] > span { display: none; }
  #list-table td[data-n]::after { content: attr(data-n); }
  .list-legend.print-only { display: block; }
  #list-table { font-size: 6pt; line-height: 1.25; }
  #list-table th, #list-table td { padding: .05rem .15rem; }
  #list-table td { min-width: 0; }
  #list-table th.skill, #list-table td.skill { width: 1.4em; }
  .browser table button { color: inherit; text-decoration: none; }
  .browser .count { margin: .2rem 0; }
  a { color: inherit; text-decoration: none; }
  /* The footer speaks of figures.json and CSV downloads, nothing for paper; alone it would take a page. */
  footer.page { display: none; }
}
`;
