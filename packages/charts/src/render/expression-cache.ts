import * as vega from 'vega';

/*
 * Vega turns every expression of a view (each encoding, signal update and parameter) into a
 * JavaScript function with `Function(...)`, and V8 parses and compiles each one anew, although the
 * 36 charts of a report repeat most of them (the theme's axes and labels, the same encodings).
 * These are Vega's own code generators (the default of `View`'s `expr` option) with the compiled
 * functions kept by their source: the same code gives the same function, bound to each view's
 * own function context exactly as Vega binds it.
 */

type Fn = (...args: unknown[]) => unknown;
interface Ctx {
  functions?: object;
}
type Codegen = Record<'operator' | 'parameter' | 'event' | 'handler' | 'encode', (ctx: Ctx | null, expr: unknown) => Fn> & {
  codegen: { get(path: readonly string[]): Fn & { path?: string }; comparator: unknown };
};

// vega-typings does not declare the runtime context, though vega exports it: its `expr` is the
// default code generator when none is given.
const { runtimeContext } = vega as unknown as { runtimeContext: (df: { events(): void }, transforms: object, functions?: object) => { expr: Codegen } };
const defaults = runtimeContext({ events() {} }, {}).expr;

const functions = new Map<string, Fn>();
const getters = new Map<string, Fn & { path?: string }>();

function cached(kind: Exclude<keyof Codegen, 'codegen'>) {
  return (ctx: Ctx | null, expr: unknown): Fn => {
    // An encode set is an object of channels; every other kind carries its code.
    const key = `${kind}\u0000${kind === 'encode' ? JSON.stringify(expr) : (expr as { code: string }).code}`;
    let fn = functions.get(key);
    if (!fn) {
      // Without a context Vega returns the function unbound.
      fn = defaults[kind](null, expr);
      functions.set(key, fn);
    }
    return ctx?.functions ? fn.bind(ctx.functions) : fn;
  };
}

/** Vega's expression code generators, with each generated function compiled once per process. */
export const cachedExpressionCodegen: Codegen = {
  operator: cached('operator'),
  parameter: cached('parameter'),
  event: cached('event'),
  handler: cached('handler'),
  encode: cached('encode'),
  codegen: {
    get(path) {
      const key = JSON.stringify(path);
      let get = getters.get(key);
      if (!get) getters.set(key, (get = defaults.codegen.get(path)));
      return get;
    },
    comparator: defaults.codegen.comparator,
  },
};
