import { palette } from '../theme/palette.js';

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const h = /^#[0-9a-f]{6}$/i.test(hex) ? hex : '#ffffff';
  return 0.2126 * channel(h, 1) + 0.7152 * channel(h, 3) + 0.0722 * channel(h, 5);
}

/**
 * Text colour for a label printed on `fill`: white or the main text colour, whichever has the
 * higher WCAG contrast ratio with it.
 */
export function contrastText(fill: string): string {
  const l = luminance(fill);
  const dark = luminance(palette.text);
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / (dark + 0.05);
  return onWhite > onDark ? '#ffffff' : palette.text;
}
