import { palette } from '../theme/palette.js';
import { formatCount } from '../format/format-number.js';

/** One class of a sequential legend: the counts `min`..`max` share `fill`. */
export interface ValueClass {
  readonly min: number;
  readonly max: number;
  readonly fill: string;
  /** Legend text: `3` or `4–6`. */
  readonly label: string;
}

/**
 * Integer classes for counts from 1 to `max`, lightest first: one class per value while they fit
 * the ramp, else equal-width integer bins. Zero is not a class; it has its own fill and legend
 * entry so "none" never looks like "few".
 */
export function valueClasses(max: number, { steps = palette.sequential.length }: { steps?: number } = {}): ValueClass[] {
  const top = Math.max(1, Math.ceil(max));
  const n = Math.min(top, steps, palette.sequential.length);
  const classes: ValueClass[] = [];
  let lo = 1;
  for (let i = 0; i < n; i++) {
    const hi = i === n - 1 ? top : Math.max(lo, Math.round((top * (i + 1)) / n));
    // Spread the colours over the whole ramp even when there are fewer classes than colours.
    const colour = n === 1 ? palette.sequential.length - 1 : Math.round((i * (palette.sequential.length - 1)) / (n - 1));
    classes.push({ min: lo, max: hi, fill: palette.sequential[colour]!, label: lo === hi ? formatCount(lo) : `${formatCount(lo)}–${formatCount(hi)}` });
    lo = hi + 1;
  }
  return classes;
}

/** The fill of a count under `classes`; zero (and below) gets the zero fill. */
export function classFill(value: number, classes: readonly ValueClass[]): string {
  if (!(value > 0)) return palette.zero;
  for (const c of classes) if (value <= c.max) return c.fill;
  return classes[classes.length - 1]?.fill ?? palette.zero;
}
