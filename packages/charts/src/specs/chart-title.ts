import type { TopLevelSpec } from 'vega-lite';
import { SIZES } from '../theme/sizes.js';
import { wrapLabel } from '../text/wrap-label.js';

/**
 * A Vega-Lite title with its caption as subtitle, each wrapped to `width` px so a long Japanese
 * title breaks onto a second line instead of widening (or overflowing) the chart.
 */
export function chartTitle(title: string, caption: string, width: number): NonNullable<TopLevelSpec['title']> {
  const text = wrapLabel(title, { maxWidth: width, fontSize: SIZES.title * 1.05 });
  const subtitle = caption ? wrapLabel(caption, { maxWidth: width, fontSize: SIZES.subtitle }) : undefined;
  return {
    text: text.length === 1 ? text[0]! : text,
    ...(subtitle ? { subtitle: subtitle.length === 1 ? subtitle[0]! : subtitle } : {}),
  };
}
