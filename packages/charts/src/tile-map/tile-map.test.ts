import { describe, expect, test } from 'vitest';
import { coverage } from '../../test/data.js';
import { renderPlot } from '../render/render-plot.js';
import { palette } from '../theme/palette.js';
import { tileMap } from './tile-map.js';

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
