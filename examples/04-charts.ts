/**
 * # Charts: Vega-Lite and Observable Plot to static SVG (`@smesec/charts`)
 *
 * Charts take small typed shapes, not tables: items keyed by an ascii `code` with the Japanese
 * `label` to show, a count and a percentage already computed on a stated base. A builder is a
 * pure function returning a spec; a renderer turns the spec into an SVG string with no browser,
 * canvas or network, so the same data always give the same bytes. The caption under the title
 * states the base (`n=218（無回答3）・複数回答`).
 *
 * Run: pnpm exec tsx examples/04-charts.ts
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { instrumentOf, labelOf, optionLabel, tabulate } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadCsv } from '@smesec/survey/node';
import { barChart, baseCaption, renderPlot, renderSvg, tileMap } from '@smesec/charts';

const codebook = instrumentOf(fy2024, 'experts');
const { table } = loadCsv(fileURLToPath(new URL('../data/fy2024/experts.csv', import.meta.url)), { codebook });
const out = mkdtempSync(join(tmpdir(), 'smesec-charts-'));

// ## Vega-Lite: a bar chart of a multiple-response question
// tabulate gives codes and unrounded shares on the valid base; the chart adds the labels.
const industries = tabulate(table, 'industries', { codebook });
const items = industries.items.map((i) => ({ code: i.code, label: optionLabel(codebook, 'industries', i.code), count: i.count, pct: i.pct }));
const spec = barChart(items, { title: labelOf(codebook, 'industries'), base: industries.n, missing: industries.missing, multi: true, pinLast: ['none'] });
writeFileSync(join(out, 'industries.svg'), await renderSvg(spec));

// ## Observable Plot: a tile map of the 47 prefectures
// support_regions is a multiple answer of prefecture codes, plus 全国 (nationwide): count the
// specialists naming each prefecture explicitly. The map is a Plot spec, rendered by renderPlot.
const regions = tabulate(table, 'support_regions', { codebook });
const byPrefecture = Object.fromEntries(regions.items.filter((i) => /^\d\d$/.test(i.code)).map((i) => [i.code, i.count]));
const nationwide = regions.items.find((i) => !/^\d\d$/.test(i.code));
const map = tileMap(byPrefecture, { title: '支援可能地域（都道府県を明示した専門家）', note: `n=${regions.n}・全国対応${nationwide?.count ?? 0}人は含まない`, legendTitle: '人数' });
writeFileSync(join(out, 'support-regions.svg'), renderPlot(map));

// What was written: each SVG names itself for screen readers and prints its numbers as text.
for (const name of readdirSync(out).sort()) {
  const svg = readFileSync(join(out, name), 'utf8');
  const label = /aria-label="([^"]*)"/.exec(svg)?.[1];
  console.log(`${name}: <svg role="${/role="([^"]*)"/.exec(svg)?.[1]}" aria-label="${label}">`);
}
const industriesSvg = readFileSync(join(out, 'industries.svg'), 'utf8');
const top = [...items].sort((a, b) => b.count - a.count)[0]!;
console.log(`top bar: ${top.label} ${top.pct.toFixed(1)}%（${top.count}） printed: ${industriesSvg.includes(`${top.pct.toFixed(1)}%（${top.count}）`)}`);
const caption = baseCaption({ base: industries.n, missing: industries.missing, multi: true });
console.log(`caption "${caption}" printed: ${industriesSvg.includes(caption)}`);
console.log(`tiles with a value: ${Object.values(byPrefecture).filter((v) => v > 0).length} of 47; 大阪 ${byPrefecture['27']}`);
rmSync(out, { recursive: true, force: true });
