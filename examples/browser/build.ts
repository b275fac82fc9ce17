/**
 * Build the example page: `frequency-view.ts` bundled for the browser with esbuild (one IIFE,
 * `FrequencyView`) and inlined in `index.html`, so the page is one file that opens from disk with
 * no server and no network.
 *
 * Run: pnpm exec tsx examples/browser/build.ts [OUT_DIR]   (default examples/browser/dist)
 */
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { zodLocalesEn } from './zod-locales-en.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface BuildPageResult {
  /** The written page. */
  readonly file: string;
  /** Bytes of the bundled script. */
  readonly scriptBytes: number;
  readonly metafile: Metafile;
}

/** Bundle the page script and write `index.html` with it inlined. */
export async function buildPage(outDir: string): Promise<BuildPageResult> {
  const result = await build({
    entryPoints: [join(here, 'frequency-view.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'FrequencyView',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    metafile: true,
    plugins: [zodLocalesEn],
  });
  const script = result.outputFiles[0]!.text;
  // A `</script` inside the bundle would end the inline script early.
  const safe = script.replace(/<\/script/gi, '<\\/script');
  const html = readFileSync(join(here, 'index.html'), 'utf8').replace('<script>/* bundle */</script>', () => `<script>${safe}</script>`);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'index.html');
  writeFileSync(file, html);
  return { file, scriptBytes: Buffer.byteLength(script), metafile: result.metafile };
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { file, scriptBytes } = await buildPage(process.argv[2] ?? join(here, 'dist'));
  console.log(`${file} (script ${Math.round(scriptBytes / 1024)} KB)`);
}
