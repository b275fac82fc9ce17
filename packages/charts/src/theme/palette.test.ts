import { describe, expect, test } from 'vitest';
import { palette } from './palette.js';
import { paletteCss } from './palette-css.js';

function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  // Greyscale as a printer converts it (Rec. 601 luma).
  return 0.299 * r! + 0.587 * g! + 0.114 * b!;
}

describe('palette', () => {
  test('categories are the eight Okabe–Ito colours, each once', () => {
    expect(new Set(palette.categorical)).toEqual(new Set(Object.values(palette.okabeIto)));
    expect(palette.categorical).toHaveLength(8);
  });

  test('the sequential ramp darkens step by step, so it reads in greyscale', () => {
    const l = palette.sequential.map(lightness);
    for (let i = 1; i < l.length; i++) expect(l[i]! + 20, `step ${i}`).toBeLessThan(l[i - 1]!);
    expect(lightness(palette.zero)).toBeGreaterThan(l[0]! + 20);
  });

  test('paletteCss exposes every colour as a custom property', () => {
    const css = paletteCss();
    for (const c of [...palette.categorical, ...palette.sequential]) expect(css).toContain(c);
    expect(css).toMatch(/--chart-cat-1: #0072B2;/);
    expect(css).toMatch(/--chart-seq-5: #08519c;/);
  });
});
