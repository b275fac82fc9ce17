import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { coverage } from '../../test/data.js';
import { renderPlot } from '../render/render-plot.js';
import { renderTileMap } from '../render/render-tile-map.js';
import { palette } from '../theme/palette.js';
import { TILE_GRID } from './tile-grid.js';
import { tileMap, type TileMapOptions } from './tile-map.js';

describe('tileMap', () => {
  const options = { title: '専門家の居住地', note: '25都道府県', legendTitle: '人数' };
  const svg = renderPlot(tileMap(coverage, options));

  test('one tile per prefecture, labelled with its short name and value', () => {
    for (const name of ['北海道', '東京', '大阪', '鹿児島', '沖縄', '和歌山']) expect(svg, name).toContain(`>${name}<`);
    const names = [...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]!);
    expect(names).toContain('14');
  });

  test('zero tiles are hatched with a dashed outline, and the legend says 0（不在）', () => {
    // Plot sets a constant fill on the mark's group: count the tiles in the hatched groups.
    const groups = [...svg.matchAll(/<g [^>]*fill="url\(#[^)]+\)"[^>]*>(.*?)<\/g>/g)].map((m) => (m[1]!.match(/<rect /g) ?? []).length);
    expect(groups).toEqual([22]);
    expect(svg.match(/<rect [^>]*fill="url\(#[^)]+\)"/g)).toHaveLength(1); // the legend swatch
    expect(svg).toContain('stroke-dasharray="3,2"');
    expect(svg).toMatch(/<pattern [^>]*id="/);
    expect(svg).toContain('>0（不在）<');
  });

  test('covered tiles take the sequential classes; the legend lists them', () => {
    for (const c of palette.sequential) expect(svg).toContain(`fill="${c}"`);
    expect(svg).toContain('>12–14<');
    expect(svg).toContain('>人数<');
  });

  test('the accessible name is the title; the description counts coverage', () => {
    const plot = tileMap(coverage, options);
    expect(plot.ariaLabel).toBe('専門家の居住地');
    expect(plot.ariaDescription).toContain('値が1以上の都道府県 25、0の都道府県 22');
    expect(svg).toContain('<title>専門家の居住地</title>');
  });

  test('showTitle: false leaves the title to the page but keeps it as the accessible name', () => {
    const untitled = renderPlot(tileMap(coverage, { ...options, showTitle: false }));
    expect(svg).toContain('>専門家の居住地</text>');
    expect(untitled).not.toContain('>専門家の居住地</text>');
    expect(untitled).toContain('<title>専門家の居住地</title>');
  });

  test('an unknown prefecture code is refused', () => {
    expect(() => tileMap({ '48': 1 }, options)).toThrow(/JIS prefecture code/);
    expect(() => tileMap({ '13': -1 }, options)).toThrow();
  });
});

describe('renderTileMap', () => {
  const all = Object.fromEntries(TILE_GRID.map((t, k) => [t.code, (k * 7) % 23]));
  const cases: [string, Record<string, number>, TileMapOptions][] = [
    ['some zero', coverage, { title: '専門家の居住地', note: '25都道府県', legendTitle: '人数' }],
    ['untitled', coverage, { title: '専門家の居住地', legendTitle: '人数', showTitle: false }],
    ['none zero', Object.fromEntries(TILE_GRID.map((t, k) => [t.code, k + 1])), { title: '全都道府県', showTitle: false }],
    ['all zero', {}, { title: 'なし', note: 'n=0', zeroLabel: '0' }],
    ['one class', { '13': 1 }, { title: '東京のみ', tileSize: 30 }],
    ['large', { ...all, '13': 12345 }, { title: 'とても長い見出しで折り返して二行以上になる都道府県別の分布の図', note: '注記も長くして、折り返されるようにした注記の文章です（n=12,345）', legendTitle: '件数' }],
    ['markup', { '01': 2 }, { title: 'A & B "d" \'e\'\u00a0f', note: '<注> & "引用"', legendTitle: '&', zeroLabel: '<0>' }],
  ];

  test('is byte for byte what Plot draws for tileMap', () => {
    for (const [name, values, options] of cases) {
      expect(renderTileMap(values, options), name).toBe(renderPlot(tileMap(values, options)));
      const page = { title: `${name}（ページ）`, description: '説明', idPrefix: 'm-' };
      expect(renderTileMap(values, options, page), name).toBe(renderPlot(tileMap(values, options), page));
    }
  });

  test('a title with < and > stays in its attributes (linkedom leaves them bare in the root element, which cut Plot\'s SVG short)', () => {
    const svg = renderTileMap(coverage, { title: '<A> & B', showTitle: false });
    expect(svg).toMatch(/^<svg [^>]* viewBox="0 0 596 508" width="100%" [^>]*aria-label="&lt;A&gt; &amp; B"><title>&lt;A&gt; &amp; B<\/title><desc>&lt;A&gt; &amp; B。値が1以上/);
  });

  test('a program that draws maps only with it bundles neither Plot nor linkedom', async () => {
    const { build } = await import('esbuild');
    const entry = fileURLToPath(new URL('../index.ts', import.meta.url));
    const result = await build({ stdin: { contents: `export { renderTileMap } from ${JSON.stringify(entry)};`, resolveDir: dirname(entry), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, external: ['canvas'], logLevel: 'silent' });
    // Files read but shaken out of the bundle have no bytes in it.
    const inputs = Object.values(result.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f));
    expect(inputs.some((f) => f.includes('tile-map-svg.ts'))).toBe(true);
    expect(inputs.filter((f) => /linkedom|@observablehq/.test(f))).toEqual([]);
  });

  test('a changed value changes the map', () => {
    expect(renderTileMap({ ...coverage, '13': 2 }, { title: 't' })).not.toBe(renderTileMap(coverage, { title: 't' }));
  });
});
