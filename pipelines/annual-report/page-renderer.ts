// The page renderer alone, without the chart renderers that the dashboard's entry also exports:
// the compiled command loads Vega and Plot only in its chart worker, and a bundler initialises
// every module an entry re-exports.
export { renderDashboard } from '../../packages/dashboard/src/render/page.js';
