import { SIZES } from '../theme/sizes.js';
import { labelExpr } from '../text/label-expr.js';
import type { BandLabels } from './band-labels.js';

/**
 * Vega-Lite axis properties that show wrapped Japanese labels on a band axis: the code → text
 * lookup, no truncation, and a per-label shift for multi-line labels. Vega sets the first line
 * at the label's anchor and lets the rest hang below, which on a left axis pushes the label off
 * its band's centre and on a top axis into the plot; the shift lifts each label by its extra lines
 * (half of them on a left axis, all of them on a top one). The shift is there even when no label
 * wraps (a shift of 0 draws the same): a chart with wrapped labels and one without then share one
 * compiled and parsed spec (`render/compile-cache.ts`).
 */
export function bandAxis(labels: BandLabels, orient: 'left' | 'top') {
  const share = orient === 'left' ? 0.5 : 1;
  const shifts = [...labels.lines].filter(([, l]) => l.length > 1).map(([code, l]) => `${JSON.stringify(code)}: ${-(l.length - 1) * SIZES.lineHeight * share}`);
  return {
    title: null,
    orient,
    labelExpr: labelExpr(labels.lines),
    encoding: { labels: { dy: { value: { expr: `({${shifts.join(', ')}})[datum.value] || 0` } } } },
    labelLimit: 0,
    labelAngle: 0,
    labelLineHeight: SIZES.lineHeight,
    ticks: false,
  } as const;
}
