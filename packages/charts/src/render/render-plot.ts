import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { finishPlotSvg } from './finish-plot-svg.js';

/** Options of {@link renderPlot}. */
export interface RenderPlotOptions {
  /** Accessible name of the chart. Default: the plot's `ariaLabel`. */
  title?: string;
  /** Longer text alternative (`<desc>`). Default: the plot's `ariaDescription`. */
  description?: string;
  /** Prefix of the SVG's ids. Default: derived from the content. */
  idPrefix?: string;
}

/**
 * Render Observable Plot options to a static SVG string, the same way {@link renderSvg} does for
 * Vega-Lite: Plot draws into a linkedom document (no browser, no canvas), and the result gets the
 * same accessible name, responsive sizing and stable ids.
 *
 * The plot must be a single SVG: options that make Plot wrap it in a `<figure>` (`title`,
 * `subtitle`, `caption`, a `legend` on a scale) are refused, since the wrapper is HTML.
 */
export function renderPlot(options: PlotOptions, { title, description, idPrefix }: RenderPlotOptions = {}): string {
  const name = title ?? options.ariaLabel ?? undefined;
  if (!name) throw new Error('renderPlot: a chart needs an ariaLabel (or options.title) for its accessible name');
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const node = Plot.plot({ ...options, document });
  const svg = String(node.outerHTML);
  if (!svg.startsWith('<svg')) throw new Error('renderPlot: the plot rendered as a <figure>; draw titles and legends as marks');
  return finishPlotSvg(svg, name, { description: description ?? options.ariaDescription ?? undefined, idPrefix });
}
