import { z } from 'zod';

/** Something a chart shows: an ascii code (the key) and its Japanese label (display only). */
export const Category = z.object({
  code: z.string().min(1),
  label: z.string(),
});
export type Category = z.infer<typeof Category>;

/** One bar or segment: a count and its percentage of the stated base (unrounded). */
export const BarItem = Category.extend({
  count: z.number().nonnegative(),
  pct: z.number().nonnegative(),
  /**
   * The previous year's value in the chart's measure (its share for a 100 % stacked bar): drawn as
   * a dark tick. Absent when that year did not have the option: no tick, never one at 0.
   */
  previous: z.number().nonnegative().optional(),
});
export type BarItem = z.infer<typeof BarItem>;

/** One row of a stacked or grouped chart: its segments in display (and legend) order. */
export const ShareRow = Category.extend({
  segments: z.array(BarItem).min(1),
});
export type ShareRow = z.infer<typeof ShareRow>;

/** One step of the programme funnel. */
export const FunnelStep = Category.extend({
  count: z.number().nonnegative(),
  /** Unit printed after the count (`社`, `事例`); overrides the chart's `unit`. */
  unit: z.string().optional(),
  /** The previous year's count: a dark tick at each end of the width that count would have. Absent: no tick, never one at 0. */
  previous: z.number().nonnegative().optional(),
});
export type FunnelStep = z.infer<typeof FunnelStep>;

/** A rows × columns table of counts, `counts[row][column]`, without margins. */
export const CountMatrix = z
  .object({
    rows: z.array(Category).min(1),
    columns: z.array(Category).min(1),
    counts: z.array(z.array(z.number().nonnegative())),
  })
  .superRefine((m, ctx) => {
    if (m.counts.length !== m.rows.length) {
      ctx.addIssue({ code: 'custom', path: ['counts'], message: `expected ${m.rows.length} rows of counts, got ${m.counts.length}` });
    }
    m.counts.forEach((row, i) => {
      if (row.length !== m.columns.length) {
        ctx.addIssue({ code: 'custom', path: ['counts', i], message: `expected ${m.columns.length} counts, got ${row.length}` });
      }
    });
  });
export type CountMatrix = z.infer<typeof CountMatrix>;

/** A value per prefecture, keyed by two-digit JIS code (`'13'`); absent codes count as 0. */
export const PrefectureValues = z.record(z.string().regex(/^(0[1-9]|[1-3][0-9]|4[0-7])$/, 'a JIS prefecture code 01–47'), z.number().nonnegative());
export type PrefectureValues = z.infer<typeof PrefectureValues>;
