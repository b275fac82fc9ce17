import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { PrefectureValues } from '../schema/inputs.js';
import { palette } from '../theme/palette.js';
import { SIZES } from '../theme/sizes.js';
import { hatchPattern } from './hatch-pattern.js';
import { HATCH_ID, layout, PAD, type TileMapOptions } from './layout.js';

export type { TileMapOptions } from './layout.js';

/**
 * A tile-grid map of the 47 prefectures (positions in {@link TILE_GRID}): one square each,
 * labelled with its short name (大阪) and value, shaded by value on the sequential ramp. Zero
 * tiles are white with a light hatch and a dashed outline, and the legend gives them their own
 * entry (`0（不在）`) so "none" never reads as "few". Title, caption and legend sit in the empty
 * Sea-of-Japan corner at the top left. Returns Observable Plot options; render with `renderPlot`,
 * or draw the same SVG at once with `renderTileMap`.
 */
export function tileMap(values: PrefectureValues, options: TileMapOptions): PlotOptions {
  const { title, description, cols, rows, tileSize, tiles, header, legend, swatch } = layout(values, options);
  const tile = { x1: 'col', x2: (d: { col: number }) => d.col + 1, y1: 'row', y2: (d: { row: number }) => d.row + 1, inset: 1.5, rx: 2 } as const;
  const zeros = tiles.filter((t) => t.value === 0);
  // The map is one role="img" with its own name and description: its marks are hidden from
  // assistive technology, or each group would carry Plot's default aria-label ("rect", "text").
  const hidden = { ariaHidden: 'true' } as const;
  const swatchRect = { x1: 'x', x2: (d: { x: number }) => d.x + swatch, y1: 'y', y2: (d: { y: number }) => d.y + swatch } as const;
  return {
    ariaLabel: title,
    ariaDescription: description,
    width: cols * tileSize + 2 * PAD,
    height: rows * tileSize + 2 * PAD,
    margin: 0,
    x: { domain: [0, cols], range: [PAD, PAD + cols * tileSize], axis: null },
    y: { domain: [0, rows], range: [PAD, PAD + rows * tileSize], axis: null },
    color: { type: 'identity' },
    style: { background: palette.background, color: palette.text },
    marks: [
      hatchPattern(HATCH_ID),
      Plot.rect(tiles.filter((t) => t.value > 0), { ...hidden, ...tile, fill: 'fill' }),
      Plot.rect(zeros, { ...hidden, ...tile, fill: `url(#${HATCH_ID})`, stroke: palette.zeroStroke, strokeDasharray: '3,2' }),
      Plot.text(tiles, { ...hidden, x: (d) => d.col + 0.5, y: (d) => d.row + 0.36, text: 'short', fill: 'ink', fontSize: SIZES.small }),
      Plot.text(tiles, { ...hidden, x: (d) => d.col + 0.5, y: (d) => d.row + 0.7, text: 'text', fill: 'ink', fontSize: SIZES.label, fontWeight: 'bold' }),
      ...(['bold', 'normal'] as const).map((fontWeight) =>
        Plot.text(header.filter((h) => h.bold === (fontWeight === 'bold')), { ...hidden, x: 'x', y: 'y', text: 'text', fill: 'ink', fontSize: 'size', fontWeight, textAnchor: 'start' }),
      ),
      Plot.rect(legend, { ...hidden, ...swatchRect, fill: 'fill', filter: (d) => !d.zero }),
      Plot.rect(legend, { ...hidden, ...swatchRect, fill: 'fill', filter: (d) => d.zero, stroke: palette.zeroStroke, strokeDasharray: '3,2' }),
      Plot.text(legend, { ...hidden, x: 'labelX', y: (d) => d.y + swatch / 2, text: 'label', fill: palette.text, fontSize: SIZES.small, textAnchor: 'start' }),
    ],
  };
}
