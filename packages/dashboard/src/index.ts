export { html, Html, escapeHtml, jsonForScript } from './html/html.js';
export type { HtmlValue } from './html/html.js';
export { renderDashboard } from './render/page.js';
export type { RenderDashboardOptions, ExtraSection } from './render/page.js';
export { figure } from './render/figure.js';
export { dataTable } from './render/data-table.js';
export { keyNumbers } from './render/key-numbers.js';
export { STYLES } from './render/styles.js';
export { renderChart, renderCharts } from './render/charts.js';
