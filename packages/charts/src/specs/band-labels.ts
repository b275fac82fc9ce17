import { SIZES } from '../theme/sizes.js';
import { textWidth } from '../text/text-width.js';
import { wrapLabel } from '../text/wrap-label.js';
import type { Category } from '../schema/inputs.js';

/** Category labels wrapped for a band axis, and the room they take. */
export interface BandLabels {
  /** Code → lines. */
  readonly lines: ReadonlyMap<string, readonly string[]>;
  /** Widest line, px. */
  readonly width: number;
  /** Most lines of any label. */
  readonly maxLines: number;
}

/**
 * Wrap each category's label to at most `maxWidth` px (at the label size) for use as band-axis
 * labels, measuring the result so the builder can reserve exactly that room.
 */
export function bandLabels(categories: readonly Category[], maxWidth: number): BandLabels {
  const lines = new Map<string, readonly string[]>();
  let width = 0;
  let maxLines = 1;
  for (const c of categories) {
    const wrapped = wrapLabel(c.label, { maxWidth, fontSize: SIZES.label });
    lines.set(c.code, wrapped);
    for (const line of wrapped) width = Math.max(width, textWidth(line, { fontSize: SIZES.label }));
    maxLines = Math.max(maxLines, wrapped.length);
  }
  return { lines, width, maxLines };
}
