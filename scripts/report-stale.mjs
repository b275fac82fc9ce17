// Whether the compiled report command must be built again: plain JavaScript, so that
// `pnpm report` can ask before any TypeScript loader is started.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Modification time in ms, or -1 when missing. */
function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * True when `bundle` is missing, when the `inputs.json` beside it is missing, or when any file it
 * lists (relative to `root`) is newer than the bundle or gone.
 */
export function isStale(bundle, root) {
  const built = mtime(bundle);
  if (built < 0) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(dirname(bundle), 'inputs.json'), 'utf8')).inputs;
  } catch {
    return true;
  }
  return inputs.some((f) => {
    const t = mtime(join(root, f));
    return t < 0 || t > built;
  });
}
