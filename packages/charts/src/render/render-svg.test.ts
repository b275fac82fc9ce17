import type { TopLevelSpec } from 'vega-lite';
import * as vega from 'vega';
import { describe, expect, test } from 'vitest';
import { FONT_FAMILY } from '../theme/font.js';
import { renderSvg } from './render-svg.js';

const spec: TopLevelSpec = {
  title: '従業員向け情報セキュリティ教育の実施状況',
  data: { values: [{ code: 'a', label: '他の専門家の指導・サポートがあれば支援可能', n: 3 }, { code: 'b', label: '単独での支援が可能', n: 5 }] },
  mark: 'bar',
  encoding: { y: { field: 'label', type: 'nominal' }, x: { field: 'n', type: 'quantitative' } },
};

const measure = () => (vega as unknown as { textMetrics: { width: unknown } }).textMetrics.width;

describe('renderSvg', () => {
  test('same spec, byte-identical SVG, also across concurrent renders', async () => {
    const first = await renderSvg(spec);
    const [a, b] = await Promise.all([renderSvg(spec), renderSvg(spec)]);
    expect(a).toBe(first);
    expect(b).toBe(first);
  });

  test('an accessible, responsive image named by the spec title', async () => {
    const svg = await renderSvg(spec);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+" width="100%"[^>]* role="img" aria-label="従業員向け情報セキュリティ教育の実施状況">/);
    expect(svg).toContain('<title>従業員向け情報セキュリティ教育の実施状況</title>');
    expect(svg).not.toMatch(/^<svg[^>]* height="/);
  });

  test('options override the accessible name and add a description', async () => {
    const svg = await renderSvg(spec, { title: '別名', description: '説明文' });
    expect(svg).toContain('aria-label="別名"');
    expect(svg).toContain('<desc>説明文</desc>');
  });

  test('every text uses the Japanese font stack and nothing is truncated', async () => {
    const svg = await renderSvg(spec);
    const fonts = new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&quot;', '"')));
    expect([...fonts]).toEqual([FONT_FAMILY]);
    expect(svg).toContain('他の専門家の指導・サポートがあれば支援可能');
    expect(svg).not.toContain('…');
  });

  test("Vega's own text measure is back in place after rendering", async () => {
    const before = measure();
    await renderSvg(spec);
    expect(measure()).toBe(before);
  });

  test('loads nothing from outside', async () => {
    const remote: TopLevelSpec = { ...spec, data: { url: 'https://example.org/data.json' } };
    await expect(renderSvg(remote)).rejects.toThrow(/no external resources/);
  });

  test('a chart without a title has no accessible name and is refused', async () => {
    const { title: _title, ...untitled } = spec;
    await expect(renderSvg(untitled as TopLevelSpec)).rejects.toThrow(/title/);
  });
});
