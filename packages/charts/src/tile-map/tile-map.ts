import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { PREFECTURES } from '@smesec/survey';
import { contrastText } from '../color/contrast-text.js';
import { classFill, valueClasses } from '../color/value-classes.js';
import { formatCount } from '../format/format-number.js';
import { escapeDomAttribute, escapeDomText } from '../render/escape.js';
import { PrefectureValues } from '../schema/inputs.js';
import { textWidth } from '../text/text-width.js';
import { wrapLabel } from '../text/wrap-label.js';
import { palette } from '../theme/palette.js';
import { SIZES } from '../theme/sizes.js';
import { hatchPattern, hatchPatternSvg } from './hatch-pattern.js';
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

interface Tile {
  readonly code: string;
  readonly col: number;
  readonly row: number;
  readonly short: string;
  readonly value: number;
  readonly fill: string;
  readonly ink: string;
  readonly text: string;
}
interface HeaderLine {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly ink: string;
}
interface LegendEntry {
  readonly label: string;
  readonly fill: string;
  readonly zero: boolean;
  readonly x: number;
  readonly y: number;
  readonly labelX: number;
}

/** What a tile map draws, in grid units (one unit is one tile), for Plot and for {@link tileMapSvg} alike. */
interface TileMapLayout {
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

function layout(values: PrefectureValues, options: TileMapOptions): TileMapLayout {
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

/**
 * The SVG that Plot draws for {@link tileMap}, written directly: the same elements, attributes (in
 * the order linkedom writes them) and numbers (the same arithmetic as Plot's linear scales and rect
 * insets), without loading Plot and a DOM. Drawing the four maps of a report through Plot cost
 * about a tenth of the charts phase; `tile-map.test.ts` checks the bytes against Plot's.
 */
export function tileMapSvg(values: PrefectureValues, options: TileMapOptions): { svg: string; title: string; description: string } {
  const { title, description, cols, rows, tileSize, tiles, header, legend, swatch } = layout(values, options);
  const width = cols * tileSize + 2 * PAD;
  const height = rows * tileSize + 2 * PAD;
  // d3's linear scale of two stops: the value normalised to [0, 1], then interpolated.
  const linear = (d1: number, r0: number, r1: number) => (v: number) => {
    const t = v / d1;
    return r0 * (1 - t) + r1 * t;
  };
  const sx = linear(cols, PAD, PAD + cols * tileSize);
  const sy = linear(rows, PAD, PAD + rows * tileSize);
  const rect = (x1: number, x2: number, y1: number, y2: number, inset: number, rest: string) => {
    const [X1, X2, Y1, Y2] = [sx(x1), sx(x2), sy(y1), sy(y2)];
    const w = Math.max(0, Math.abs(X2 - X1) + 0 - inset - inset);
    const h = Math.max(0, Math.abs(Y1 - Y2) + 0 - inset - inset);
    return `<rect ${rest}height="${h}" width="${w}" y="${Math.min(Y1, Y2) + inset}" x="${Math.min(X1, X2) + inset}" />`;
  };
  const text = (x: number, y: number, content: string, attrs = '') => `<text ${attrs}transform="translate(${sx(x)},${sy(y)})" y="0.32em">${escapeDomText(content)}</text>`;
  // Plot leaves out a mark with nothing to draw; group attributes come out in the reverse of the order Plot sets them.
  const group = (attrs: string, items: readonly string[]) => (items.length === 0 ? '' : `<g ${attrs}aria-hidden="true" aria-label="${items[0]!.startsWith('<rect') ? 'rect' : 'text'}">${items.join('')}</g>`);
  const zeroStyle = `stroke-dasharray="3,2" stroke="${palette.zeroStroke}" `;
  const tile = (t: Tile, fill: boolean) => rect(t.col, t.col + 1, t.row, t.row + 1, 1.5, `${fill ? `fill="${escapeDomAttribute(t.fill)}" ` : ''}rx="2" `);
  const headerGroup = (bold: boolean) =>
    group(
      `font-weight="${bold ? 'bold' : 'normal'}" text-anchor="start" `,
      header.filter((h) => h.bold === bold).map((h) => text(h.x, h.y, h.text, `fill="${escapeDomAttribute(h.ink)}" font-size="${h.size}" `)),
    );
  const swatchRect = (e: LegendEntry) => rect(e.x, e.x + swatch, e.y, e.y + swatch, 0, `fill="${escapeDomAttribute(e.fill)}" `);
  const svg = [
    `<svg style="background:${palette.background};color:${palette.text}" aria-description="${escapeDomAttribute(description)}" aria-label="${escapeDomAttribute(title)}" viewBox="0 0 ${width} ${height}" height="${height}" width="${width}" text-anchor="middle" font-size="10" font-family="system-ui, sans-serif" fill="currentColor" class="${PLOT_CLASS}">`,
    `<style>${PLOT_STYLE}</style>`,
    `<defs>${hatchPatternSvg(HATCH_ID)}</defs>`,
    group('', tiles.filter((t) => t.value > 0).map((t) => tile(t, true))),
    group(`${zeroStyle}fill="url(#${HATCH_ID})" `, tiles.filter((t) => t.value === 0).map((t) => tile(t, false))),
    group(`font-size="${SIZES.small}" `, tiles.map((t) => text(t.col + 0.5, t.row + 0.36, t.short, `fill="${escapeDomAttribute(t.ink)}" `))),
    group(`font-weight="bold" font-size="${SIZES.label}" `, tiles.map((t) => text(t.col + 0.5, t.row + 0.7, t.text, `fill="${escapeDomAttribute(t.ink)}" `))),
    headerGroup(true),
    headerGroup(false),
    group('', legend.filter((e) => !e.zero).map(swatchRect)),
    group(zeroStyle, legend.filter((e) => e.zero).map(swatchRect)),
    group(`font-size="${SIZES.small}" text-anchor="start" fill="${palette.text}" `, legend.map((e) => text(e.labelX, e.y + swatch / 2, e.label))),
    '</svg>',
  ].join('');
  return { svg, title, description };
}

/** Plot's class of its root SVG and the style sheet it puts in every plot. */
const PLOT_CLASS = 'plot-d6a7b5';
const PLOT_STYLE = `:where(.${PLOT_CLASS}) {
  --plot-background: white;
  display: block;
  height: auto;
  height: intrinsic;
  max-width: 100%;
}
:where(.${PLOT_CLASS} text),
:where(.${PLOT_CLASS} tspan) {
  white-space: pre;
}`;
