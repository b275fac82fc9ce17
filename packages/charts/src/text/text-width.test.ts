import { describe, expect, test } from 'vitest';
import { textWidth } from './text-width.js';
import { readFixture } from '../../test/plot-snapshot.js';

interface Measured {
  text: string;
  weight: number;
  width: number;
}

describe('textWidth', () => {
  test('kana and kanji take a full em; Latin and digits less', () => {
    expect(textWidth('情報資産', { fontSize: 12 })).toBe(48);
    expect(textWidth('0123', { fontSize: 12 })).toBeLessThan(48);
    expect(textWidth('abc', { fontSize: 10 })).toBeLessThan(textWidth('ABC', { fontSize: 10 }));
  });

  test('half-width katakana is half an em', () => {
    expect(textWidth('ｾｷｭﾘﾃｨ', { fontSize: 10 })).toBe(30);
  });

  test('scales with the font size and grows for bold', () => {
    expect(textWidth('支援', { fontSize: 24 })).toBe(2 * textWidth('支援', { fontSize: 12 }));
    expect(textWidth('支援', { bold: true })).toBeGreaterThan(textWidth('支援'));
  });

  test("is wider than Vega's 0.8 em guess for Japanese, which is what clips labels", () => {
    const label = '他の専門家の指導・サポートがあれば支援可能';
    expect(textWidth(label, { fontSize: 12 })).toBeGreaterThan(0.8 * [...label].length * 12);
  });

  test('never falls short of the widths Chromium renders in Noto Sans JP', () => {
    const { widths } = JSON.parse(readFixture('noto-sans-jp-12px-widths.json')) as { widths: Measured[] };
    expect(widths.length).toBeGreaterThan(40);
    for (const m of widths) {
      const estimate = textWidth(m.text, { fontSize: 12, bold: m.weight >= 600 });
      // Sub-pixel rounding in the browser: allow 0.1 px.
      expect(estimate, m.text).toBeGreaterThanOrEqual(m.width - 0.1);
      // … and not so generous that layouts waste room.
      expect(estimate / m.width, m.text).toBeLessThan(1.3);
    }
  });
});
