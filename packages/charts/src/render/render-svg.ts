import { None, View } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { theme } from '../theme/theme.js';
import { withCjkTextMetrics } from './cjk-text-metrics.js';
import { parseCached } from './compile-cache.js';
import { cachedExpressionCodegen } from './expression-cache.js';
import { finishSvg } from './finish-svg.js';
import { staticLoader } from './static-loader.js';

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /** Accessible name of the chart. Default: the spec's title text. */
  title?: string;
  /** Longer text alternative (`<desc>`). Default: the spec's `description`. */
  description?: string;
  /** Prefix of the SVG's ids. Default: derived from the content (stable, page-unique in practice). */
  idPrefix?: string;
}

function titleText(title: TopLevelSpec['title']): string | undefined {
  if (title === undefined) return undefined;
  if (typeof title === 'string') return title;
  if (Array.isArray(title)) return title.join(' ');
  if (typeof title === 'object' && 'text' in title) {
    const t = title.text;
    return typeof t === 'string' ? t : Array.isArray(t) ? t.join(' ') : undefined;
  }
  return undefined;
}

/** Longest custom sort left to Vega-Lite, which compiles it into one nested conditional per value. */
const LONG_SORT = 100;

/** Every inline data set of a spec (top level and layers). */
function inlineData(spec: unknown, out: unknown[][] = []): unknown[][] {
  if (Array.isArray(spec)) for (const s of spec) inlineData(s, out);
  else if (spec !== null && typeof spec === 'object') {
    for (const [k, v] of Object.entries(spec)) {
      if (k === 'data' && v !== null && typeof v === 'object' && Array.isArray((v as { values?: unknown }).values)) out.push((v as { values: unknown[] }).values);
      else inlineData(v, out);
    }
  }
  return out;
}

/** Whether `sort` names exactly the values the field takes in the spec's inline data, once each. */
function sortsExactly(sort: readonly unknown[], field: unknown, data: readonly unknown[][]): boolean {
  if (typeof field !== 'string' || new Set(sort).size !== sort.length) return false;
  const taken = new Set<unknown>();
  for (const rows of data) for (const row of rows) if (row !== null && typeof row === 'object' && field in row) taken.add((row as Record<string, unknown>)[field]);
  return taken.size === sort.length && sort.every((v) => taken.has(v));
}

/**
 * The same spec, with custom sorts given as the scale's domain instead: every sort longer than
 * `LONG_SORT`, and, with `exact`, every sort that names exactly the values its field takes in the
 * inline data. Vega-Lite turns a sort array into a chain of `a ? 0 : b ? 1 : …` that Vega's
 * expression parser reads recursively, so a question with thousands of options overflowed the
 * stack; and a domain is plain data, so charts that differ only in their options share one
 * compiled spec (`compile-cache.ts`). A domain in that order lays the bands out the same way
 * when it holds exactly the values drawn (a sort leaves a band only to values in the data).
 */
export function explicitOrder<T>(spec: T, exact = false, data: readonly unknown[][] = exact ? inlineData(spec) : []): T {
  if (Array.isArray(spec)) return spec.map((s: unknown) => explicitOrder(s, exact, data)) as T;
  if (spec === null || typeof spec !== 'object') return spec;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) out[k] = k === 'data' ? v : explicitOrder(v, exact, data);
  const sort = out['sort'];
  if (Array.isArray(sort) && 'field' in out && (sort.length > LONG_SORT || (exact && sortsExactly(sort, out['field'], data)))) {
    const scale = (out['scale'] ?? {}) as Record<string, unknown>;
    out['scale'] = { ...scale, domain: sort };
    out['sort'] = null;
  }
  return out as T;
}

/**
 * Render a Vega-Lite spec to a static SVG string: compiled with the shared {@link theme} (the
 * spec's own `config` wins), run in a headless Vega view with no renderer, no canvas, no fonts
 * and no loader. Same spec in, byte-identical SVG out.
 */
export async function renderSvg(spec: TopLevelSpec, { title, description, idPrefix }: RenderSvgOptions = {}): Promise<string> {
  const name = title ?? titleText(spec.title);
  if (!name) throw new Error('renderSvg: a chart needs a title (in the spec or as options.title) for its accessible name');
  const runtime = parseCached(explicitOrder(spec, true), theme);
  const svg = await withCjkTextMetrics(async () => {
    const { loader, refused } = staticLoader();
    const view = new View(runtime, { renderer: 'none', loader, expr: cachedExpressionCodegen }).logLevel(None);
    try {
      await view.runAsync();
      if (refused.length > 0) throw new Error(`renderSvg: static charts load no external resources (asked for ${refused.join(', ')})`);
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  });
  const desc = description ?? spec.description;
  return finishSvg(svg, { title: name, ...(desc ? { description: desc } : {}), ...(idPrefix ? { idPrefix } : {}) });
}
