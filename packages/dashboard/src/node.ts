/**
 * Node-only entry: the page script bundled with esbuild, so the dashboard inlines one
 * self-contained script and the browser needs no module loading or network.
 */
import { fileURLToPath } from 'node:url';
import { zodLocalesEn } from './node/zod-locales-en.js';

export { zodLocalesEn } from './node/zod-locales-en.js';

// The compiled report command replaces this name with the script it bundled at build time
// (esbuild `define`), so a report run bundles nothing; from source it is not defined.
declare const __SMESEC_PAGE_SCRIPT__: string | undefined;

/** Bundle the page script from source: one minified IIFE, without zod's locales. */
export async function buildClientScript(): Promise<string> {
  // Loaded here, not at the top: the compiled report command has the script already and never loads esbuild.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./client/main.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    plugins: [zodLocalesEn],
  });
  return result.outputFiles[0]!.text;
}

let bundled: Promise<string> | undefined;

/**
 * The dashboard's browser script (active-list search, practice filter, print), bundled and
 * minified: the one built with the report command, or else bundled once per process.
 */
export function bundleClientScript(): Promise<string> {
  if (typeof __SMESEC_PAGE_SCRIPT__ === 'string') return Promise.resolve(__SMESEC_PAGE_SCRIPT__);
  bundled ??= buildClientScript().catch((e: unknown) => {
    bundled = undefined;
    throw e;
  });
  return bundled;
}
