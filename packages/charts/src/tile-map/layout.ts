import { PREFECTURES } from '@smesec/survey';
import { contrastText } from '../color/contrast-text.js';
import { classFill, valueClasses } from '../color/value-classes.js';
import { formatCount } from '../format/format-number.js';
import { PrefectureValues } from '../schema/inputs.js';
import { textWidth } from '../text/text-width.js';
import { wrapLabel } from '../text/wrap-label.js';
import { palette } from '../theme/palette.js';
import { SIZES } from '../theme/sizes.js';
import { TILE_GRID, TILE_GRID_SIZE } from './tile-grid.js';

/** Options of `tileMap` and `renderTileMap`. */
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

export const PAD = SIZES.padding;
export const HATCH_ID = 'tile-zero-hatch';

export interface Tile {
  readonly code: string;
  readonly col: number;
  readonly row: number;
  readonly short: string;
  readonly value: number;
  readonly fill: string;
  readonly ink: string;
  readonly text: string;
}
export interface HeaderLine {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly ink: string;
}
export interface LegendEntry {
  readonly label: string;
  readonly fill: string;
  readonly zero: boolean;
  readonly x: number;
  readonly y: number;
  readonly labelX: number;
}

/** What a tile map draws, in grid units (one unit is one tile), for Plot (`tile-map.ts`) and for `tileMapSvg` alike. */
export interface TileMapLayout {
  readonly title: string;
  readonly description: string;
  readonly cols: number;
  readonly rows: number;
  readonly tileSize: number;
  readonly tiles: readonly Tile[];
  readonly header: readonly HeaderLine[];
  readonly legend: readonly LegendEntry[];
  /** Side of a legend swatch. */
  readonly swatch: number;
}

/** The tiles, header and legend of a map, as `tileMap` and `tileMapSvg` draw them. */
export function layout(values: PrefectureValues, options: TileMapOptions): TileMapLayout {
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
  const header: HeaderLine[] = [];
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
  const description = `${title}。値が1以上の都道府県 ${covered}、0の都道府県 ${47 - covered}。`;
  return { title, description, cols, rows, tileSize, tiles, header, legend, swatch };
}

