/**
 * The dashboard's stylesheet: Japanese typography, a colour-blind-safe accent (Okabe–Ito blue),
 * responsive figure grid, and print rules (one section per page, navigation and filters hidden).
 */
export const STYLES = `
:root {
  --ink: #1a1a1a; --muted: #5a5a5a; --line: #d9d9d9; --bg: #ffffff; --panel: #f6f7f9;
  --accent: #0072b2; --accent-weak: #e6f1f8; --up: #009e73; --down: #d55e00;
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
nav.toc ol { padding-left: 1.2rem; margin: 0; }
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
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr)); gap: 1.5rem; }
figure.chart { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; min-width: 0; }
figure.chart.wide { grid-column: 1 / -1; }
figure.chart h3 { font-size: 1.02rem; margin: 0 0 .2rem; }
figure.chart .caption { font-size: .85rem; color: var(--muted); margin: 0 0 .5rem; }
figure.chart .svg svg { width: 100%; height: auto; display: block; }
figure.chart .note, figure.chart .source, figure.chart .detail { font-size: .8rem; color: var(--muted); margin: .4rem 0 0; }
@media screen { figure.chart { content-visibility: auto; contain-intrinsic-size: auto 28rem; } }
details.data { margin-top: .6rem; font-size: .85rem; }
details.data summary { cursor: pointer; color: var(--accent); }
.table-wrap { overflow-x: auto; }
table.data { border-collapse: collapse; width: 100%; margin-top: .4rem; font-variant-numeric: tabular-nums; }
table.data th, table.data td { border-bottom: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
table.data td.num, table.data th.num { text-align: right; white-space: nowrap; }
table.data thead th { background: var(--panel); font-weight: 600; }
.browser form#list-filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .6rem 1rem; background: var(--panel); padding: 1rem; border-radius: .5rem; }
.browser label { display: grid; font-size: .85rem; gap: .2rem; }
.browser select, .browser input, .practices input { font: inherit; padding: .3rem; border: 1px solid #999; border-radius: .3rem; background: #fff; width: 100%; min-width: 0; }
.browser form#list-filters button { align-self: end; font: inherit; padding: .35rem .8rem; border: 1px solid #999; border-radius: .3rem; background: #fff; cursor: pointer; }
.browser #list-table th[scope=row] { white-space: nowrap; }
.practices { margin-top: 1.5rem; }
.practices h3 { font-size: 1.05rem; }
#practice-table td:nth-child(1), #practice-table td:nth-child(6), #practice-table td:nth-child(8) { white-space: nowrap; }
.practices label.search { display: grid; gap: .2rem; max-width: 30rem; font-size: .85rem; }
.browser .count { margin: .8rem 0 .4rem; font-weight: 600; }
.browser table button { font: inherit; color: var(--accent); background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; text-align: left; }
.browser .reasons { font-size: .8rem; color: var(--muted); }
dialog.card { max-width: min(46rem, 95vw); border: 1px solid var(--line); border-radius: .6rem; padding: 1.2rem 1.4rem; }
dialog.card::backdrop { background: rgba(0,0,0,.35); }
dialog.card dl { display: grid; grid-template-columns: 11rem 1fr; gap: .3rem 1rem; margin: 0; }
dialog.card dt { color: var(--muted); }
dialog.card dd { margin: 0; }
.ratings { font-family: var(--font); letter-spacing: .1em; }
footer.page { border-top: 1px solid var(--line); padding: 1rem clamp(1rem, 4vw, 3rem); font-size: .8rem; color: var(--muted); }
@media (max-width: 60rem) {
  .layout { grid-template-columns: 1fr; }
  nav.toc { position: static; max-height: none; }
}
@media print {
  body { font-size: 10.5pt; }
  nav.toc, .browser form, .skip, details.data summary { display: none; }
  .layout { display: block; padding: 0 1rem; }
  header.page { background: none; color: #000; border-bottom: 2px solid #000; }
  section.report-section { break-before: page; }
  section.report-section:first-of-type { break-before: auto; }
  figure.chart { break-inside: avoid; border: none; padding: 0 0 1rem; }
  .figures { display: block; }
  a { color: inherit; text-decoration: none; }
}
`;
