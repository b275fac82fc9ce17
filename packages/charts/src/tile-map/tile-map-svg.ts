import { escapeDomAttribute, escapeDomText } from '../render/escape.js';
import type { PrefectureValues } from '../schema/inputs.js';
import { palette } from '../theme/palette.js';
import { SIZES } from '../theme/sizes.js';
import { hatchPatternSvg } from './hatch-pattern.js';
import { HATCH_ID, layout, PAD, type LegendEntry, type Tile, type TileMapOptions } from './layout.js';

/**
 * The SVG that Plot draws for `tileMap`, written directly: the same elements, attributes (in
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
