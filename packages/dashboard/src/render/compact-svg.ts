/**
 * Shrinks a chart's SVG for inlining in the page, without changing what is drawn or announced.
 *
 * The renderers write every coordinate with 15 digits, the same font stack on each of hundreds of
 * texts, and attributes that only matter to an interactive or stand-alone SVG (pointer events,
 * ARIA roles of marks inside a `role="img"`, whose children are presentational anyway). Inlined
 * 36 times, that was about a third of the page. Only start tags are rewritten: the title, the
 * description, the texts and any `<style>` keep their content byte for byte, and the root element
 * keeps its accessible name and role.
 */

/** Attributes with no effect inside an inline, non-interactive `role="img"` SVG (or set to their default). */
const DROP = new Set(['pointer-events', 'aria-hidden', 'aria-label', 'aria-roledescription', 'role']);
const DEFAULTS: Readonly<Record<string, string>> = { opacity: '1', 'stroke-miterlimit': '4', 'fill-opacity': '1', 'stroke-opacity': '1' };
/** Class tokens the renderer writes for its own scenegraph; no style of the page or of the SVG uses them. */
const RENDERER_CLASS = /^(?:mark-\S+|role-\S+|layer_\S+|background|foreground|root)$/;
/** Attributes whose numbers are geometry; the rest (ids, text, ARIA) are left exactly as they are. */
const GEOMETRY = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'dx', 'dy', 'width', 'height', 'rx', 'ry', 'r', 'cx', 'cy', 'points', 'stroke-width']);

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const ATTR = /\s+([\w:-]+)(?:="([^"]*)")?/g;

/** A number to one decimal (a tenth of a CSS px at most), without a trailing `.0` or a `-0`. */
const round = (s: string) => {
  const r = Math.round(Number(s) * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
};
const roundAll = (v: string) => v.replace(/-?\d*\.\d{2,}(?:e-?\d+)?/g, round);

/** The compacted SVG; anything that is not an `<svg>` element (a note instead of a chart) is returned as it is. */
export function compactSvg(svg: string): string {
  if (!/^\s*<svg[\s>]/.test(svg)) return svg;
  // One font stack for the whole chart goes on the root once and is inherited by every text.
  const fonts = new Set([...svg.matchAll(/\sfont-family="([^"]*)"/g)].map((m) => m[1]!));
  const hoist = fonts.size === 1 ? [...fonts][0]! : null;
  let root = true;
  const out = svg.replace(TAG, (whole, name: string, attrs: string, close: string) => {
    const isRoot = root;
    root = false;
    // An empty path draws nothing (the renderer's hidden foreground layer), nor does a hidden leaf.
    if (!isRoot && name === 'path' && /\sd=""/.test(attrs) && close) return '';
    const kept: string[] = [];
    for (const m of attrs.matchAll(ATTR)) {
      const key = m[1]!;
      let value = m[2];
      if (isRoot) {
        if (key === 'version' || key === 'xmlns' || (key === 'font-family' && hoist !== null)) continue;
      } else {
        if (DROP.has(key) || DEFAULTS[key] === value || (key === 'font-family' && hoist !== null)) continue;
        if (key === 'display' && value === 'none' && close) return '';
      }
      if (value !== undefined && key === 'class') {
        value = value.split(/\s+/).filter((c) => c && !RENDERER_CLASS.test(c)).join(' ');
        if (!value) continue;
      }
      if (value !== undefined && GEOMETRY.has(key)) value = roundAll(value);
      kept.push(value === undefined ? ` ${key}` : ` ${key}="${value}"`);
    }
    if (isRoot && hoist !== null) kept.push(` font-family="${hoist}"`);
    return `<${name}${kept.join('')}${close ? '/' : ''}>`;
  });
  return out;
}
