import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { FONT_FAMILY } from '../theme/font.js';
import { renderPlot } from './render-plot.js';

const options = {
  ariaLabel: '都道府県の分布',
  width: 200,
  height: 100,
  marks: [Plot.cellX([1, 2, 3]), Plot.text(['大阪'], { x: () => 0.5, y: () => 0.5 })],
};

describe('renderPlot', () => {
  test('a standalone, accessible SVG string in the Japanese font', () => {
    const svg = renderPlot(options);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('role="img" aria-label="都道府県の分布"><title>都道府県の分布</title>');
    expect(svg).toContain('viewBox="0 0 200 100" width="100%"');
    expect(svg).toContain(`font-family="${FONT_FAMILY.replaceAll('"', '&quot;')}"`);
    expect(svg).not.toContain('system-ui');
  });

  test('is deterministic', () => {
    expect(renderPlot(options)).toBe(renderPlot(options));
  });

  test('refuses options that make Plot wrap the SVG in an HTML figure', () => {
    expect(() => renderPlot({ ...options, title: '見出し' })).toThrow(/figure/);
  });

  test('needs an accessible name', () => {
    expect(() => renderPlot({ marks: [] })).toThrow(/ariaLabel/);
  });
});
