/**
 * Node-only entry: bundling the page script at build time (esbuild), so the dashboard inlines one
 * self-contained script and the browser needs no module loading or network.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The dashboard's browser script (active-list search, practice filter, print), bundled and minified. */
export async function bundleClientScript(): Promise<string> {
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
  });
  return result.outputFiles[0]!.text;
}
