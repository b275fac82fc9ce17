// `pnpm report`: run the compiled report command (dist/report/cli.js), in this one process.
// It is built by `pnpm install` (the root `prepare` script) and `pnpm build`; when any workspace
// file it was built from is newer than it (or it is missing), it is rebuilt here first, which
// takes about a second. Plain JavaScript, so that starting the command needs no TypeScript loader.
import { readFileSync, statSync } from 'node:fs';
import process from 'node:process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'report', 'cli.js');

/** Modification time in ms, or -1 when missing. */
function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** Whether the bundle is missing or older than any of its inputs (a deleted input counts as changed). */
export function isStale() {
  const built = mtime(bundle);
  if (built < 0) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(root, 'dist', 'report', 'inputs.json'), 'utf8')).inputs;
  } catch {
    return true;
  }
  return inputs.some((f) => {
    const t = mtime(join(root, f));
    return t < 0 || t > built;
  });
}

if (isStale()) {
  process.stderr.write('building dist/report/cli.js (sources changed)\n');
  const { tsImport } = await import('tsx/esm/api');
  const { bundleReport } = await tsImport('./build.ts', import.meta.url);
  await bundleReport();
}
await import(pathToFileURL(bundle).href);
