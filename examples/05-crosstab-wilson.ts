/**
 * # A crosstab with Wilson intervals
 *
 * `crosstab(table, rows, columns, { codebook, percent })` counts cases by two questions. Its base
 * is the cases with a valid answer to both (`n`); cases missing either, or not asked, are
 * counted in `missing` and left out. Percentages are of the row total (default), the column total
 * or the grand total, and each comes with a Wilson 95 % interval: unlike the normal
 * approximation it stays inside 0–100 % and keeps its coverage for small n and for shares near
 * 0 or 100 %, which is what a regional breakdown of 105 attendees gives.
 *
 * With a multiple-response dimension a case counts once per option chosen in the cells but once
 * in the margins (cases, not responses), so a row's cells can add up past its total.
 *
 * Run: pnpm exec tsx examples/05-crosstab-wilson.ts
 */
import { fileURLToPath } from 'node:url';
import { crosstab, crosstabTable, instrumentOf, optionLabel, wilson, type Crosstab } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadCsv } from '@smesec/survey/node';

const codebook = instrumentOf(fy2024, 'attendees');
const { table } = loadCsv(fileURLToPath(new URL('../data/fy2024/attendees.csv', import.meta.url)), { codebook });

const pct = (v: number) => `${v.toFixed(1)}%`;
function show(x: Crosstab): void {
  console.log(`${x.rows} × ${x.columns}: n = ${x.n}, missing ${x.missing}, percent of ${x.percent} totals`);
  x.rowCodes.forEach((r, i) => {
    console.log(`  ${optionLabel(codebook, x.rows, r)} (row total ${x.rowTotals[i]})`);
    x.colCodes.forEach((c, j) => {
      const ci = x.ci[i]![j];
      const interval = ci ? `[${pct(ci[0])}, ${pct(ci[1])}]` : '(no base)';
      console.log(`    ${c.padEnd(18)} ${String(x.counts[i]![j]).padStart(3)}  ${pct(x.pct[i]![j]!).padStart(6)}  ${interval.padEnd(16)}  ${optionLabel(codebook, x.columns, c)}`);
    });
  });
}

// ## Single × single: support already received, by co-hosting chamber
const status = crosstab(table, 'chamber', 'expert_support_status', { codebook });
show(status);

// The interval of one cell, computed directly: count and base of the row.
const osaka = status.rowCodes.indexOf('osaka');
const received = status.colCodes.indexOf('received');
const [low, high] = wilson(status.counts[osaka]![received]!, status.rowTotals[osaka]!)!;
console.log(`wilson(${status.counts[osaka]![received]}, ${status.rowTotals[osaka]}) = [${pct(low)}, ${pct(high)}]`);

// ## Single × multiple: desired support by chamber, as a long table for further work
const desired = crosstab(table, 'chamber', 'desired_support', { codebook });
const cells = desired.counts.map((row) => row.reduce((a, b) => a + b, 0));
console.log(`\n${desired.rows} × ${desired.columns}: n = ${desired.n}; per chamber, cases ${desired.rowTotals.join(' / ')} but options chosen ${cells.join(' / ')}`);
// crosstabTable: one row per cell (row, col, count, pct, ci_low, ci_high), an arquero table.
const long = crosstabTable(desired).filter((d: { row: string }) => d.row === 'osaka').orderby('col');
for (const row of long.objects() as { row: string; col: string; count: number; pct: number; ci_low: number; ci_high: number }[]) {
  console.log(`  ${row.row} ${row.col.padEnd(18)} ${String(row.count).padStart(3)}  ${pct(row.pct).padStart(6)}  [${pct(row.ci_low)}, ${pct(row.ci_high)}]`);
}
