import { describe, expect, test } from 'vitest';
import { minifyCss } from './page.js';
import { STYLES } from './styles.js';

describe('minifyCss', () => {
  test('drops comments and spaces, keeps every rule and every string', () => {
    const out = minifyCss(STYLES);
    expect(out.length).toBeLessThan(STYLES.length * 0.85);
    expect(out).not.toMatch(/\/\*|\n|;}|\{ | \}/);
    const strip = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(out.match(/[{}]/g)).toEqual(strip(STYLES).match(/[{}]/g));
    expect(out.match(/"[^"]*"/g)).toEqual(strip(STYLES).match(/"[^"]*"/g));
    expect(minifyCss('a:not(.b) > c , d { color : red ; /* x */ }\n@media (max-width: 40rem) { e { content: "該当理由：" } }')).toBe('a:not(.b) > c ,d{color :red}@media (max-width:40rem){e{content:"該当理由："}}');
  });
});
