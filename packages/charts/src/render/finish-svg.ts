import { escapeXml } from './escape.js';
import { fnv1a } from './hash.js';

/** Options of {@link finishSvg}. */
export interface FinishSvgOptions {
  /** Accessible name: the `<title>` and `aria-label`. */
  title: string;
  /** Longer text alternative, as `<desc>`. */
  description?: string;
  /** Prefix of every `id` in the SVG. Default: derived from the content, so it is stable. */
  idPrefix?: string;
}

const ROOT = /^<svg\b([^>]*?)\s*(\/?)>/;
// Root attributes this function owns; everything else the renderer set is kept as it was.
const OWNED = /^(xmlns(:xlink)?|width|height|viewBox|role|aria-[\w-]+|style)$/;

/** Rename every id (and each `url(#…)` / `href="#…"` to it) through `rename`. */
function renameIds(svg: string, rename: (index: number) => string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, rename(ids.size));
  if (ids.size === 0) return svg;
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (all, a: string, id: string, b: string) => (ids.has(id) ? a + ids.get(id)! + b : all))
    .replace(/url\(#([^)]+)\)/g, (all, id: string) => (ids.has(id) ? `url(#${ids.get(id)!})` : all))
    .replace(/(href=")#([^"]+)(")/g, (all, a: string, id: string, b: string) => (ids.has(id) ? `${a}#${ids.get(id)!}${b}` : all));
}

function parseAttrs(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs.set(m[1]!, m[2]!);
  return attrs;
}

/**
 * Make a renderer's SVG fit to inline in the dashboard: one accessible image (`role="img"`, an
 * `aria-label`, a `<title>`), responsive (`viewBox`, `width="100%"`, never wider than drawn), and
 * ids that are the same on every run yet do not collide with another chart on the same page.
 */
export function finishSvg(svg: string, { title, description, idPrefix }: FinishSvgOptions): string {
  const root = ROOT.exec(svg);
  if (!root) throw new Error('finishSvg: input does not start with an <svg> element');
  const attrs = parseAttrs(root[1]!);
  const viewBox = attrs.get('viewBox') ?? `0 0 ${attrs.get('width') ?? 0} ${attrs.get('height') ?? 0}`;
  const drawnWidth = Number(viewBox.split(/[\s,]+/)[2]);
  const style = [attrs.get('style')?.replace(/;?\s*$/, ''), `max-width: ${drawnWidth}px`, 'height: auto'].filter(Boolean).join('; ');
  const kept = [...attrs].filter(([k]) => !OWNED.test(k)).map(([k, v]) => ` ${k}="${v}"`);
  const head = [
    '<svg xmlns="http://www.w3.org/2000/svg"',
    /xlink:/.test(svg) ? ' xmlns:xlink="http://www.w3.org/1999/xlink"' : '',
    ...kept,
    ` viewBox="${viewBox}" width="100%" style="${style};"`,
    ` role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    description ? `<desc>${escapeXml(description)}</desc>` : '',
  ].join('');
  const body = root[2] === '/' ? '</svg>' : svg.slice(root[0].length);
  // The renderers number ids with process-wide counters (clip1, clip2, …): stable only if renamed.
  const placeholder = renameIds(body, (i) => `id${i}`);
  const prefix = idPrefix ?? `c${fnv1a(head + placeholder)}-`;
  return head + renameIds(body, (i) => `${prefix}${i}`);
}
