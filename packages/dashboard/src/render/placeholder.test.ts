import { expect, test } from 'vitest';
import { figureBox, tableBox } from './placeholder.js';

test('a figure off screen is estimated from its chart\'s drawn size, its lines and its open table', () => {
  const svg = '<svg class="marks" viewBox="0 0 380 251" width="100%">';
  expect(String(figureBox(svg, 5, null))).toBe(' style="--chart-h: 251px; --chart-ar: 0.661; --rest-h: 10.5rem"');
  // An open table of 4 rows adds its header and about two lines a row.
  expect(String(figureBox(svg, 5, 4))).toBe(' style="--chart-h: 251px; --chart-ar: 0.661; --rest-h: 20.6rem"');
  // A published table has no chart.
  expect(String(figureBox(undefined, 3, 2))).toBe(' style="--chart-h: 0px; --chart-ar: 0; --rest-h: 13.6rem"');
  expect(String(tableBox(47))).toBe(' style="--rows: 47"');
});
