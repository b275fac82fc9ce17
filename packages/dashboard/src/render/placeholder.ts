import { html, type Html } from '../html/html.js';

/**
 * The page lays out a figure or a table only when it comes near the screen (`content-visibility:
 * auto` in the styles): a 600 KB page of charts and tables is otherwise laid out two or three times
 * while it loads, which is most of the time to its load event. Until then the box takes the height
 * estimated from what these custom properties say; once laid out it keeps its real height.
 */

/** A table box: its body rows (the styles give each about a line and a half). */
export const tableBox = (rows: number): Html => html` style="--rows: ${rows}"`;

const viewBox = (svg: string) => /viewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(svg);

/**
 * A figure: the chart's drawn height and its height-to-width ratio (it is shown at most at its
 * drawn width, so on a narrow screen at the screen's width), and the lines of text around it, in
 * rem, with the rows of a table shown open.
 */
export function figureBox(svg: string | undefined, lines: number, openRows: number | null): Html {
  const m = svg ? viewBox(svg) : null;
  const [w, h] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  const rest = 2.5 + lines * 1.6 + (openRows === null ? 0 : 2.5 + openRows * 1.9);
  const ratio = w > 0 ? Math.round((h / w) * 1000) / 1000 : 0;
  return html` style="--chart-h: ${Math.round(h)}px; --chart-ar: ${ratio}; --rest-h: ${Math.round(rest * 10) / 10}rem"`;
}
