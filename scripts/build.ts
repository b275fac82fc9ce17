/**
 * `pnpm build`: every package to plain ESM JavaScript and `.d.ts` in its `dist/`, for publishing,
 * and the report command to one script started by `dist/report/cli.js` (see {@link bundleReport}).
 * The workspace itself runs from `src/*.ts`; `publishConfig` points the packed package.json at
 * `dist/` instead. One `tsc -b` over the packages' `tsconfig.build.json` files builds them in
 * dependency order (project references) and skips those already up to date.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import type { Plugin } from 'esbuild';
import { isMain, ROOT } from './paths.js';

/** Folders of `src/` shipped as TypeScript source beside the build, and why. */
const SOURCE_FOLDERS: Record<string, readonly string[]> = {
  // The dashboard bundles its page script from source with esbuild when a report is built.
  dashboard: ['client'],
};

/** Every package with a `tsconfig.build.json`, by folder name. */
export function buildablePackages(): string[] {
  return readdirSync(join(ROOT, 'packages')).filter((name) => existsSync(join(ROOT, 'packages', name, 'tsconfig.build.json')));
}

export interface BuildOptions {
  /** Packages to build (folder names under `packages/`); their references are built too. Default: all. */
  packages?: readonly string[];
  /**
   * Rebuild everything even when up to date, from an empty `dist/` for each package named, so that
   * files whose sources were moved or deleted are not packed.
   */
  force?: boolean;
}

/** Build packages into their `dist/` folders; throws with tsc's output when compilation fails. */
export function build({ packages = buildablePackages(), force = false }: BuildOptions = {}): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const configs = packages.map((name) => join(ROOT, 'packages', name, 'tsconfig.build.json'));
  if (force) for (const name of packages) rmSync(join(ROOT, 'packages', name, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [tsc, '-b', ...configs, ...(force ? ['--force'] : [])], { cwd: ROOT, stdio: 'inherit' });
  for (const name of packages) {
    for (const folder of SOURCE_FOLDERS[name] ?? []) {
      const pkg = join(ROOT, 'packages', name);
      cpSync(join(pkg, 'src', folder), join(pkg, 'dist', folder), { recursive: true, filter: (f) => !f.endsWith('tsconfig.json') && !f.endsWith('.test.ts') });
    }
  }
}

/**
 * vega-canvas's Node build loads the optional `canvas` package with a top-level `await`, which a
 * script cannot have. The command draws SVG only and measures text itself, so it takes the
 * package's browser build, which finds no canvas outside a browser (as the Node build does when
 * `canvas` is not installed).
 */
const vegaCanvasNone: Plugin = {
  name: 'vega-canvas-none',
  setup(b) {
    b.onResolve({ filter: /^vega-canvas$/ }, (args) => ({
      path: createRequire(args.importer).resolve('vega-canvas').replace(/vega-canvas\.node\.js$/, 'vega-canvas.browser.js'),
    }));
  },
};

/** Where {@link bundleReport} writes the report command, and the list of its source files. */
export const REPORT_BUNDLE = join(ROOT, 'dist', 'report', 'cli.js');
export const REPORT_INPUTS = join(ROOT, 'dist', 'report', 'inputs.json');
/** The command itself, beside {@link REPORT_BUNDLE}, which starts it. */
const REPORT_SCRIPT = 'report.cjs';

/**
 * The report command as plain JavaScript: `pipelines/annual-report/main.ts` with the workspace
 * packages and their dependencies bundled by esbuild into one CommonJS script, `report.cjs`, and
 * the dashboard's page script bundled once here and inlined as a string. `cli.js` starts it
 * (`pipelines/annual-report/launch.ts`): it compiles the script from V8's code cache when a
 * previous run left one for this build. Node then starts the command without a TypeScript loader,
 * without resolving hundreds of modules and, from the second run on, without compiling 7 MB of
 * JavaScript. `inputs.json` lists the workspace files it was made from, so that
 * `scripts/report.mjs` knows when it is out of date.
 */
export async function bundleReport({ outDir = dirname(REPORT_BUNDLE), warm = false }: { outDir?: string; warm?: boolean } = {}): Promise<void> {
  const esbuild = await import('esbuild');
  const { buildClientScript, zodLocalesEn } = await import('@smesec/dashboard/node');
  const page = await buildClientScript();
  const common = { bundle: true, platform: 'node', target: 'node20', write: false, legalComments: 'none', logLevel: 'warning' } as const;
  const result = await esbuild.build({
    ...common,
    entryPoints: [join(ROOT, 'pipelines', 'annual-report', 'main.ts')],
    // A script, not a module: only a script can be compiled from a code cache on Node 20.
    format: 'cjs',
    metafile: true,
    // import.meta.url (the chart worker starts this same file) as the script's own URL.
    banner: { js: 'var __smesecUrl = require("node:url").pathToFileURL(__filename).href;' },
    // Optional native renderers that vega and linkedom only try to load; esbuild, which the
    // dashboard loads only to bundle its page script from source (inlined here instead).
    external: ['canvas', 'esbuild'],
    define: { __SMESEC_PAGE_SCRIPT__: JSON.stringify(page), 'import.meta.url': '__smesecUrl' },
    // Nothing switches zod's locale: its English messages are all the command needs.
    plugins: [zodLocalesEn, vegaCanvasNone],
  });
  const script = result.outputFiles[0]!.contents;
  const build = createHash('sha256').update(script).digest('hex').slice(0, 16);
  const launcher = await esbuild.build({
    ...common,
    entryPoints: [join(ROOT, 'pipelines', 'annual-report', 'launch.ts')],
    format: 'esm',
    define: { __SMESEC_BUILD__: JSON.stringify(build) },
  });
  // The worker that reads the second half of a large input: `new URL('./read-worker.js', import.meta.url)`
  // in the command is this file beside it.
  const readWorker = await esbuild.build({
    ...common,
    entryPoints: [join(ROOT, 'packages', 'survey', 'src', 'node', 'read-worker.ts')],
    format: 'esm',
    plugins: [zodLocalesEn],
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/')).map((f) => relative(ROOT, join(ROOT, f)));
  mkdirSync(outDir, { recursive: true });
  // Written beside and renamed, so that a concurrent `pnpm report` never reads half a file; the
  // launcher last, as the rebuild check compares the sources with its time.
  const put = (name: string, contents: Uint8Array | string) => {
    writeFileSync(join(outDir, `${name}.tmp`), contents);
    renameSync(join(outDir, `${name}.tmp`), join(outDir, name));
  };
  put(REPORT_SCRIPT, script);
  put('read-worker.js', readWorker.outputFiles[0]!.contents);
  put(basename(REPORT_BUNDLE), launcher.outputFiles[0]!.contents);
  // Caches of other builds (V8's code, the charts' shapes) can never be used again.
  for (const f of readdirSync(outDir)) if ((f.endsWith('.cache') || f.endsWith('.charts.json')) && !f.startsWith(`report.${build}.`)) rmSync(join(outDir, f), { force: true });
  writeFileSync(join(outDir, basename(REPORT_INPUTS)), `${JSON.stringify({ inputs: [...inputs, 'pipelines/annual-report/launch.ts', 'pnpm-lock.yaml'] }, null, 1)}\n`);
  if (warm) warmUp(outDir, build);
}

/** The bundled year's data: what the warm-up run reads. */
const WARM_UP_DATA = join(ROOT, 'data', 'fy2024');

/**
 * Make this build's caches with one report of the bundled data, so that what they hold does not
 * depend on the first run an analyst makes: after a long run (a million rows) V8 has dropped the
 * bytecode of the start-up code it no longer runs, and a cache made then starts every later run
 * 100–200 ms slower.
 */
function warmUp(outDir: string, build: string): void {
  for (const f of readdirSync(outDir)) if (f.startsWith(`report.${build}.`)) rmSync(join(outDir, f), { force: true });
  const tmp = mkdtempSync(join(tmpdir(), 'report-warm-up-'));
  try {
    execFileSync(process.execPath, [join(outDir, basename(REPORT_BUNDLE)), '--data', WARM_UP_DATA, '--out', join(tmp, 'report'), '--quiet'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    // The command still works, from source code compiled at each start, until a run succeeds.
    process.stderr.write(`warning: the warm-up report of ${relative(ROOT, WARM_UP_DATA)} failed, so no code cache was made: ${String((e as { stderr?: unknown }).stderr ?? e).slice(0, 500)}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  if (args.includes('--report')) await bundleReport({ warm: true });
  else {
    build({ force: args.includes('--force'), ...(names.length ? { packages: names } : {}) });
    if (names.length === 0) await bundleReport({ warm: true });
  }
}
