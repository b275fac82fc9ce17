import { palette } from './palette.js';

/**
 * The palette as CSS custom properties on `:root`, so the dashboard's legends, tables and
 * highlights use exactly the chart colours (`var(--chart-cat-1)`, `var(--chart-seq-3)`, …).
 */
export function paletteCss(): string {
  const vars: string[] = [];
  palette.categorical.forEach((c, i) => vars.push(`--chart-cat-${i + 1}: ${c};`));
  palette.sequential.forEach((c, i) => vars.push(`--chart-seq-${i + 1}: ${c};`));
  vars.push(`--chart-zero: ${palette.zero};`, `--chart-zero-stroke: ${palette.zeroStroke};`);
  vars.push(`--chart-margin: ${palette.margin};`, `--chart-text: ${palette.text};`);
  vars.push(`--chart-muted-text: ${palette.mutedText};`, `--chart-grid: ${palette.grid};`);
  return `:root {\n${vars.map((v) => `  ${v}`).join('\n')}\n}\n`;
}
