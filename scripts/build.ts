/**
 * `pnpm build`: every package to plain ESM JavaScript and `.d.ts` in its `dist/`, for publishing,
 * and the report command to one JavaScript file (`dist/report/cli.js`, see {@link bundleReport}).
 * The workspace itself runs from `src/*.ts`; `publishConfig` points the packed package.json at
 * `dist/` instead. One `tsc -b` over the packages' `tsconfig.build.json` files builds them in
 * dependency order (project references) and skips those already up to date.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
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

/** Where {@link bundleReport} writes the report command, and the list of its source files. */
export const REPORT_BUNDLE = join(ROOT, 'dist', 'report', 'cli.js');
export const REPORT_INPUTS = join(ROOT, 'dist', 'report', 'inputs.json');

/**
 * The report command as one ES module of plain JavaScript: `pipelines/annual-report/cli.ts` with
 * the workspace packages and their dependencies bundled by esbuild, and the dashboard's page
 * script bundled once here and inlined as a string. Node then starts it without a TypeScript
 * loader and without resolving hundreds of modules. `inputs.json` lists the workspace files it was
 * made from, so that `scripts/report.mjs` knows when it is out of date.
 */
export async function bundleReport({ outDir = dirname(REPORT_BUNDLE) }: { outDir?: string } = {}): Promise<void> {
  const esbuild = await import('esbuild');
  const { buildClientScript, zodLocalesEn } = await import('@smesec/dashboard/node');
  const page = await buildClientScript();
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'pipelines', 'annual-report', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    legalComments: 'none',
    // Some bundled CommonJS dependencies call require() for Node's own modules.
    banner: { js: "import { createRequire as __smesecRequire } from 'node:module'; const require = __smesecRequire(import.meta.url);" },
    // Optional native renderers that vega and linkedom only try to load.
    external: ['canvas'],
    define: { __SMESEC_PAGE_SCRIPT__: JSON.stringify(page) },
    // Nothing switches zod's locale: its English messages are all the command needs.
    plugins: [zodLocalesEn],
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/')).map((f) => relative(ROOT, join(ROOT, f)));
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, basename(REPORT_BUNDLE));
  // Written beside and renamed, so that a concurrent `pnpm report` never imports half a file.
  writeFileSync(`${file}.tmp`, result.outputFiles[0]!.contents);
  renameSync(`${file}.tmp`, file);
  writeFileSync(join(outDir, basename(REPORT_INPUTS)), `${JSON.stringify({ inputs: [...inputs, 'pnpm-lock.yaml'] }, null, 1)}\n`);
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  if (args.includes('--report')) await bundleReport();
  else {
    build({ force: args.includes('--force'), ...(names.length ? { packages: names } : {}) });
    if (names.length === 0) await bundleReport();
  }
}
