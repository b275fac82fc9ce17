import { parse } from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { Runtime, Spec as VegaSpec } from 'vega';

/*
 * Vega-Lite compiles every spec from scratch, and compiling was the largest part of drawing a
 * chart (38 % of the charts phase). The report's charts of one kind differ only in their data and
 * in values Vega-Lite passes through to the Vega spec untouched: the title's lines, label
 * expressions, the band order, the plot width and band step, the value domain, the legend's
 * offsets. Such a value is swapped for a token, the spec compiled once per remaining shape, and the
 * tokens in the compiled Vega spec swapped back for each chart's own values.
 *
 * Only values under the keys below become tokens; everything else (mark types, fields, colours,
 * constants such as a band share that Vega-Lite does arithmetic on) stays in the shape, so a spec
 * with a new layer or option is simply another shape. A token Vega-Lite did not pass through (one
 * missing from the output, or one inside a string where it cannot be put back) makes that shape
 * compile each spec directly. `compile-cache.test.ts` checks every builder's output against the
 * direct compile.
 *
 * Vega's `parse` of the compiled spec (axes and legends expanded into marks, every expression
 * parsed and turned into code) was the next largest part, and it too is the same for every chart
 * of a shape: the compiled template is parsed once and the tokens put back into the parsed runtime
 * (`parseCached`). There a token of a number or a string sits in generated code as its literal;
 * an expression token is parsed as a string literal and replaced by the expression's own text,
 * which is valid only for expressions that are literals looked up by `datum.value` (the band
 * labels); any other makes that shape parse each spec directly.
 */

/** Keys whose string value is a Vega expression: put back as it is, wherever the token landed. */
const EXPRESSION_KEYS = new Set(['labelExpr', 'expr']);
/** Keys whose number is passed through: the band step, legend columns and offsets, a fixed position. */
const NUMBER_KEYS = new Set(['step', 'legendX', 'legendY', 'columns', 'value']);
/** The same at the top of a view only (the plot's size); a mark's width or height is a bar's, which Vega-Lite may offset by. */
const VIEW_NUMBER_KEYS = new Set(['width', 'height']);
/** Keys of a scale whose array is passed through: strings as one token, numbers one token each. */
const ARRAY_KEYS = new Set(['domain', 'range']);
/** Keys of a title whose text (a string or its lines) is passed through; a `title` string anywhere is too. */
const TITLE_TEXT_KEYS = new Set(['text', 'subtitle']);

interface Template {
  readonly shape: string;
  /** token → the value it stands for */
  readonly values: Map<string, unknown>;
  /** marker → data values */
  readonly data: Map<string, unknown[]>;
}

const TOKEN = 'vltpl';
// Numbers as tokens: large integers no chart uses, each standing alone in the output.
const NUMBER_BASE = 987_650_000;

/** The spec with its passed-through values replaced by tokens (equal values, equal tokens). */
function templateOf(spec: unknown): Template {
  const values = new Map<string, unknown>();
  const data = new Map<string, unknown[]>();
  const tokenFor = new Map<string, string | number>();
  const token = (v: unknown, kind: 'string' | 'number' | 'expr') => {
    const k = `${kind}:${Object.is(v, -0) ? '-0' : JSON.stringify(v)}`;
    let t = tokenFor.get(k);
    if (t === undefined) {
      const n = tokenFor.size;
      t = kind === 'number' ? (v as number) < 0 ? -(NUMBER_BASE + n) : NUMBER_BASE + n : `${TOKEN}${kind === 'expr' ? 'e' : 's'}${n}x`;
      tokenFor.set(k, t);
      values.set(String(t), v);
    }
    return t;
  };
  const walk = (node: unknown, key: string, parentKey: string): unknown => {
    if (Array.isArray(node)) {
      // Vega-Lite reads a numeric domain's ends (to decide on a zero baseline): their signs stay in the shape.
      if (ARRAY_KEYS.has(key) && node.every((x) => typeof x === 'number')) return node.map((x) => (Number.isFinite(x) && x !== 0 ? token(x, 'number') : x));
      if (ARRAY_KEYS.has(key) && node.every((x) => typeof x === 'string')) return [token(node, 'string')];
      if (parentKey === 'title' && TITLE_TEXT_KEYS.has(key) && node.every((x) => typeof x === 'string')) return token(node, 'string');
      return node.map((x) => walk(x, '', key));
    }
    if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) {
        if (k === 'values' && key === 'data' && Array.isArray(v)) {
          const marker = `${TOKEN}d${data.size}x`;
          data.set(marker, v);
          out[k] = [{ [marker]: true }];
        } else out[k] = walk(v, k, key);
      }
      return out;
    }
    if (typeof node === 'string') {
      if (EXPRESSION_KEYS.has(key)) return token(node, 'expr');
      if (key === 'title' || (parentKey === 'title' && TITLE_TEXT_KEYS.has(key))) return token(node, 'string');
      return node;
    }
    if (typeof node === 'number' && (NUMBER_KEYS.has(key) || (VIEW_NUMBER_KEYS.has(key) && parentKey === '')) && Number.isFinite(node) && !Object.is(node, 0)) return token(node, 'number');
    return node;
  };
  const templated = walk(spec, '', '');
  return { shape: JSON.stringify(templated), values, data };
}

/**
 * An expression token as Vega's code generator writes it out of `[datum.value, 'vltple3x'][1]`
 * (see {@link parseTemplate}).
 */
const QUOTED_EXPRESSION = new RegExp(`\\[datum\\.value,'${TOKEN}e\\d+x'\\]\\[1\\]`);
const TOKEN_IN_TEXT = new RegExp(`${QUOTED_EXPRESSION.source}|"${TOKEN}s\\d+x"|${TOKEN}[es]\\d+x|-?\\b${String(NUMBER_BASE).slice(0, 4)}\\d{5}\\b`, 'g');

class NotPassedThrough extends Error {}

/**
 * An expression token put back into generated code: the expression's own text, which is the
 * same JavaScript as Vega's code for it when it is only literals looked up by `datum.value` (the
 * band labels' `({"code": "label", …})[datum.value]`), and reads the field the template's parse
 * recorded. Anything else cannot be put back.
 */
function expressionCode(expr: string, tok: string): string {
  if (!/\bdatum\.value\b/.test(expr)) throw new NotPassedThrough(tok);
  const rest = expr
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""')
    .replace(/\bdatum\.value\b/g, '0')
    .replace(/\b(?:true|false|null)\b/g, '0');
  if (!/^[\s\d.:,(){}[\]|&?!=<>+*/%"-]*$/.test(rest)) throw new NotPassedThrough(tok);
  return `(${expr})`;
}

/**
 * The compiled template with the tokens of one spec put back; throws NotPassedThrough when one
 * cannot be. In Vega's parsed runtime (`code`), an expression token sits in the generated code
 * as the string literal it was parsed as (see {@link parseTemplate}).
 */
function fill(node: unknown, t: Template, seen: Set<string>, key = ''): unknown {
  if (Array.isArray(node)) {
    if (node.length === 1) {
      const only = node[0] as unknown;
      if (typeof only === 'string' && t.values.has(only) && Array.isArray(t.values.get(only))) {
        seen.add(only);
        return t.values.get(only);
      }
      if (only !== null && typeof only === 'object' && !Array.isArray(only)) {
        const keys = Object.keys(only);
        if (keys.length === 1 && t.data.has(keys[0]!)) {
          seen.add(keys[0]!);
          return t.data.get(keys[0]!);
        }
      }
    }
    return node.map((x) => fill(x, t, seen));
  }
  if (node !== null && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = fill(v, t, seen, k);
    return out;
  }
  if (typeof node === 'number' && t.values.has(String(node))) {
    seen.add(String(node));
    return t.values.get(String(node));
  }
  if (typeof node === 'string') {
    if (t.values.has(node)) {
      seen.add(node);
      return t.values.get(node);
    }
    return node.replace(TOKEN_IN_TEXT, (match: string) => {
      const quote = match[0] === '[' ? "'" : match[0] === '"' ? '"' : '';
      const tok = quote === "'" ? match.slice(14, -5) : quote ? match.slice(1, -1) : match;
      const value = t.values.get(tok);
      if (value === undefined) return match;
      seen.add(tok);
      if (tok.startsWith(`${TOKEN}e`)) {
        if (!quote) return value as string;
        if (key === 'code') return expressionCode(value as string, tok);
        throw new NotPassedThrough(tok);
      }
      if (typeof value === 'number') return String(value);
      // A string inside an expression: Vega-Lite quotes it as JSON, so its JSON takes the quotes'
      // place; so can any value in generated code. Anything else cannot be put back.
      if (quote === '"' && (typeof value === 'string' || key === 'code')) return JSON.stringify(value);
      throw new NotPassedThrough(tok);
    });
  }
  return node;
}

/**
 * Vega's parse of a compiled template. An expression token is an identifier Vega would take for
 * an unknown signal: it is parsed as a string literal instead, which Vega's code generator keeps
 * as it is, and {@link fill} puts the expression in its place. The literal is read out of
 * `[datum.value, …]` so that Vega records the field the expression reads (`$fields`), as it does
 * for the expression itself.
 */
function parseTemplate(vg: VegaSpec): Runtime | null {
  const quote = (node: unknown): unknown =>
    Array.isArray(node) ? node.map(quote) : node !== null && typeof node === 'object' ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, quote(v)])) : typeof node === 'string' ? node.replace(EXPRESSION_TOKEN, "[datum.value, '$&'][1]") : node;
  try {
    return parse(quote(vg) as VegaSpec);
  } catch {
    return null;
  }
}

const EXPRESSION_TOKEN = new RegExp(`${TOKEN}e\\d+x`, 'g');

interface Shape {
  /** The compiled template. */
  readonly vg: VegaSpec;
  /** False once a spec's tokens could not be put back into it. */
  fills: boolean;
  /** Vega's parse of it, once asked for; null when a spec's tokens could not be put back there. */
  runtime?: Runtime | null;
}

const compiled = new Map<string, Shape>();
/** Shapes kept at most; a report has a few dozen. */
const MAX_SHAPES = 500;

/** How many shapes are compiled and kept (for tests and benchmarks). */
export function compiledShapes(): number {
  return compiled.size;
}

const keyOf = (t: Template, config: object) => `${JSON.stringify(config)}\u0000${t.shape}`;

/** Whether charts of this spec's shape are drawn from one parse of its template (for tests). */
export function parsedOnce(spec: TopLevelSpec, config: object): boolean {
  return Boolean(compiled.get(keyOf(templateOf(spec), config))?.runtime);
}

function shapeOf(t: Template, config: object): Shape {
  const key = keyOf(t, config);
  let shape = compiled.get(key);
  if (shape === undefined) {
    // A long-lived process drawing ever new kinds of chart starts over rather than grow without end.
    if (compiled.size >= MAX_SHAPES) compiled.clear();
    shape = { vg: compile(JSON.parse(t.shape) as TopLevelSpec, { config }).spec, fills: true };
    compiled.set(key, shape);
  }
  return shape;
}

/** The template with one spec's values put back, or undefined when they cannot all be. */
function filled<T>(template: T, t: Template): T | undefined {
  try {
    const seen = new Set<string>();
    const out = fill(template, t, seen) as T;
    if (seen.size === t.values.size + t.data.size) return out;
  } catch (e) {
    if (!(e instanceof NotPassedThrough)) throw e;
  }
  return undefined;
}

function compileShape(spec: TopLevelSpec, t: Template, shape: Shape, config: object): VegaSpec {
  if (shape.fills) {
    const out = filled(shape.vg, t);
    if (out) return out;
    shape.fills = false;
  }
  return compile(spec, { config }).spec;
}

/**
 * `compile(spec, { config }).spec` of Vega-Lite, compiled once per shape of spec: the same Vega
 * spec, for specs that differ only in data and passed-through values.
 */
export function compileCached(spec: TopLevelSpec, config: object): VegaSpec {
  const t = templateOf(spec);
  return compileShape(spec, t, shapeOf(t, config), config);
}

/**
 * `parse(compile(spec, { config }).spec)`: Vega's runtime dataflow of a Vega-Lite spec, compiled
 * and parsed once per shape of spec (see {@link compileCached}); the same runtime for specs that
 * differ only in data and passed-through values.
 */
export function parseCached(spec: TopLevelSpec, config: object): Runtime {
  const t = templateOf(spec);
  const shape = shapeOf(t, config);
  if (shape.runtime === undefined) shape.runtime = parseTemplate(shape.vg);
  if (shape.runtime) {
    const out = filled(shape.runtime, t);
    if (out) return out;
    shape.runtime = null;
  }
  return parse(compileShape(spec, t, shape, config));
}

/**
 * The compiled and parsed shapes as JSON-ready data, for a process that draws the same kinds of
 * chart again to start from ({@link importShapes}). Only valid for the same versions of this
 * package, Vega and Vega-Lite: the report command keys the file it keeps them in by its build.
 */
export interface ShapeCache {
  readonly shapes: readonly (readonly [key: string, shape: { vg: VegaSpec; fills: boolean; runtime?: Runtime | null }])[];
}

/** Every shape compiled (and parsed, where it was) so far. */
export function exportShapes(): ShapeCache {
  return { shapes: [...compiled].map(([k, s]) => [k, { vg: s.vg, fills: s.fills, ...(s.runtime !== undefined ? { runtime: s.runtime } : {}) }] as const) };
}

/**
 * Take shapes exported by a run of the same build: their charts are then drawn without compiling
 * or parsing their template again. Shapes already here are kept.
 */
export function importShapes(cache: ShapeCache): void {
  for (const [key, s] of cache.shapes) {
    if (compiled.has(key) || compiled.size >= MAX_SHAPES) continue;
    compiled.set(key, { vg: s.vg, fills: s.fills, ...(s.runtime !== undefined ? { runtime: s.runtime } : {}) });
  }
}
