/**
 * `pnpm build`: every package to plain ESM JavaScript and `.d.ts` in its `dist/`, for publishing.
 * The workspace itself runs from `src/*.ts`; `publishConfig` points the packed package.json at
 * `dist/` instead. One `tsc -b` over the packages' `tsconfig.build.json` files builds them in
 * dependency order (project references) and skips those already up to date.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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
  /** Rebuild everything even when up to date. */
  force?: boolean;
}

/** Build packages into their `dist/` folders; throws with tsc's output when compilation fails. */
export function build({ packages = buildablePackages(), force = false }: BuildOptions = {}): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const configs = packages.map((name) => join(ROOT, 'packages', name, 'tsconfig.build.json'));
  execFileSync(process.execPath, [tsc, '-b', ...configs, ...(force ? ['--force'] : [])], { cwd: ROOT, stdio: 'inherit' });
  for (const name of packages) {
    for (const folder of SOURCE_FOLDERS[name] ?? []) {
      const pkg = join(ROOT, 'packages', name);
      cpSync(join(pkg, 'src', folder), join(pkg, 'dist', folder), { recursive: true, filter: (f) => !f.endsWith('tsconfig.json') && !f.endsWith('.test.ts') });
    }
  }
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const names = args.filter((a) => !a.startsWith('--'));
  build({ force: args.includes('--force'), ...(names.length ? { packages: names } : {}) });
}
