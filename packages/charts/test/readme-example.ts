import { barChart, renderSvg } from '@smesec/charts';

export async function example(): Promise<string> {
  // --- README example: begin
  // Items are keyed by codes; labels are the Japanese text to show.
  const items = [
    { code: 'services', label: 'サービス業', count: 90, pct: 40.7 },
    { code: 'retail', label: '小売業', count: 61, pct: 27.6 },
  ];
  // Build a Vega-Lite spec (a pure function) and render it to an SVG string.
  const spec = barChart(items, { title: '支援を得意とする業種', base: 221, multi: true });
  const svg = await renderSvg(spec); // <svg … role="img" aria-label="支援を得意とする業種">…
  // --- README example: end
  return svg;
}
