// `pnpm report`: run the compiled report command (dist/report/cli.js), in this one process.
// It is built by `pnpm install` (the root `prepare` script) and `pnpm build`; when any workspace
// file it was built from is newer than it (or it is missing), it is rebuilt here first, which
// takes about a second. Plain JavaScript, so that starting the command needs no TypeScript loader.
import process from 'node:process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isStale } from './report-stale.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'report', 'cli.js');

if (isStale(bundle, root)) {
  process.stderr.write('building dist/report/cli.js (sources changed)\n');
  const { tsImport } = await import('tsx/esm/api');
  const { bundleReport } = await tsImport('./build.ts', import.meta.url);
  await bundleReport();
}
await import(pathToFileURL(bundle).href);
