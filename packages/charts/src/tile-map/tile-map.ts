import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { PREFECTURES } from '@smesec/survey';
import { contrastText } from '../color/contrast-text.js';
import { classFill, valueClasses } from '../color/value-classes.js';
import { formatCount } from '../format/format-number.js';
import { PrefectureValues } from '../schema/inputs.js';
import { textWidth } from '../text/text-width.js';
import { wrapLabel } from '../text/wrap-label.js';
import { palette } from '../theme/palette.js';
import { SIZES } from '../theme/sizes.js';
import { hatchPattern } from './hatch-pattern.js';
import { TILE_GRID, TILE_GRID_SIZE } from './tile-grid.js';

/** Options of {@link tileMap}. */
export interface TileMapOptions {
  /** Chart title (Japanese), also the SVG's accessible name. */
  title: string;
  /** Caption under the title (`n=221`, what is counted). */
  note?: string;
  /** Heading of the legend (`人数`). */
  legendTitle?: string;
  /** Legend text of the zero class. Default `0（不在）`. */
  zeroLabel?: string;
  /** Side of one tile in px. Default 44. */
  tileSize?: number;
  /** Draw the title in the map's corner (default true); false when the page prints it beside the map. */
  showTitle?: boolean;
}

const PAD = SIZES.padding;
const HATCH_ID = 'tile-zero-hatch';

/**
 * A tile-grid map of the 47 prefectures (positions in {@link TILE_GRID}): one square each,
 * labelled with its short name (大阪) and value, shaded by value on the sequential ramp. Zero
 * tiles are white with a light hatch and a dashed outline, and the legend gives them their own
 * entry (`0（不在）`) so "none" never reads as "few". Title, caption and legend sit in the empty
 * Sea-of-Japan corner at the top left. Returns Observable Plot options; render with `renderPlot`.
 */
export function tileMap(values: PrefectureValues, options: TileMapOptions): PlotOptions {
  const given = PrefectureValues.parse(values);
  const { title, note = '', legendTitle = '', zeroLabel = '0（不在）', tileSize = 44, showTitle = true } = options;
  const { cols, rows } = TILE_GRID_SIZE;
  const classes = valueClasses(Math.max(0, ...Object.values(given)));
  const tiles = TILE_GRID.map((t) => {
    const value = given[t.code] ?? 0;
    const fill = classFill(value, classes);
    const short = PREFECTURES.find((p) => p.code === t.code)!.short;
    return { ...t, short, value, fill, ink: value > 0 ? contrastText(fill) : palette.text, text: formatCount(value) };
  });
  const covered = tiles.filter((t) => t.value > 0).length;
  const px = (n: number) => n / tileSize; // px → grid units (one unit is one tile)

  // Header: title, caption and legend stacked in the empty top-left corner, in grid units.
  const header: { x: number; y: number; text: string; size: number; bold: boolean; ink: string }[] = [];
  let y = 0.05;
  const headWidth = 9.5 * tileSize;
  for (const line of showTitle ? wrapLabel(title, { maxWidth: headWidth, fontSize: SIZES.title * 1.05 }) : []) {
    header.push({ x: 0, y: y + px(SIZES.title) / 2, text: line, size: SIZES.title, bold: true, ink: palette.text });
    y += px(SIZES.title + 5);
  }
  for (const line of note ? wrapLabel(note, { maxWidth: headWidth, fontSize: SIZES.subtitle }) : []) {
    header.push({ x: 0, y: y + px(SIZES.subtitle) / 2, text: line, size: SIZES.subtitle, bold: false, ink: palette.mutedText });
    y += px(SIZES.subtitle + 4);
  }
  y += px(12);
  if (legendTitle) {
    header.push({ x: 0, y: y + px(SIZES.small) / 2, text: legendTitle, size: SIZES.small, bold: false, ink: palette.mutedText });
    y += px(SIZES.small + 6);
  }
  const swatch = px(16);
  const entries = [{ label: zeroLabel, fill: `url(#${HATCH_ID})`, zero: true }, ...classes.map((c) => ({ label: c.label, fill: c.fill, zero: false }))];
  let x = 0;
  const legend = entries.map((e) => {
    const item = { ...e, x, y, labelX: x + swatch + px(5) };
    x = item.labelX + px(textWidth(e.label, { fontSize: SIZES.small }) + 14);
    return item;
  });

  const tile = { x1: 'col', x2: (d: { col: number }) => d.col + 1, y1: 'row', y2: (d: { row: number }) => d.row + 1, inset: 1.5, rx: 2 } as const;
  const zeros = tiles.filter((t) => t.value === 0);
  // The map is one role="img" with its own name and description: its marks are hidden from
  // assistive technology, or each group would carry Plot's default aria-label ("rect", "text").
  const hidden = { ariaHidden: 'true' } as const;
  const swatchRect = { x1: 'x', x2: (d: { x: number }) => d.x + swatch, y1: 'y', y2: (d: { y: number }) => d.y + swatch } as const;
  return {
    ariaLabel: title,
    ariaDescription: `${title}。値が1以上の都道府県 ${covered}、0の都道府県 ${47 - covered}。`,
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
