import { FONT_FAMILY } from '../theme/font.js';
import { escapeXml } from './escape.js';
import { finishSvg } from './finish-svg.js';
import type { RenderPlotOptions } from './render-plot.js';

/** Plot's SVG made fit to inline, as `renderSvg` does for Vega's, in the Japanese font. */
export function finishPlotSvg(svg: string, title: string, { description, idPrefix }: RenderPlotOptions): string {
  // Plot's root font is system-ui, which on Windows and Linux may have no Japanese glyphs.
  const clean = svg.replace(/^(<svg\b[^>]*?) font-family="[^"]*"/, `$1 font-family="${escapeXml(FONT_FAMILY)}"`);
  return finishSvg(clean, { title, ...(description ? { description } : {}), ...(idPrefix ? { idPrefix } : {}) });
}
