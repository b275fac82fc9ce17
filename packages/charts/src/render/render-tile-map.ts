import type { PrefectureValues } from '../schema/inputs.js';
import type { TileMapOptions } from '../tile-map/layout.js';
import { tileMapSvg } from '../tile-map/tile-map-svg.js';
import { finishPlotSvg } from './finish-plot-svg.js';
import type { RenderPlotOptions } from './render-plot.js';

/**
 * `renderPlot(tileMap(values, options), renderOptions)`, byte for byte, without Plot: the map's
 * SVG is written directly (`tileMapSvg` in `tile-map-svg.ts`). The accessible name defaults to
 * the map's title and the description to its coverage sentence, as `renderPlot` takes them from
 * the plot. A program that draws its maps this way and no other Plot chart does not load Plot or
 * linkedom at all.
 */
export function renderTileMap(values: PrefectureValues, options: TileMapOptions, { title, description, idPrefix }: RenderPlotOptions = {}): string {
  const { svg, title: mapTitle, description: mapDescription } = tileMapSvg(values, options);
  return finishPlotSvg(svg, title ?? mapTitle, { description: description ?? mapDescription, idPrefix });
}
