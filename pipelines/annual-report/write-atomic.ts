import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, basename, resolve } from 'node:path';

/**
 * Write a whole folder atomically: files go to a temporary sibling folder, which is renamed into
 * place only when everything is written. An interrupted or failed run leaves the previous report
 * (or nothing), never a half-written one that looks complete.
 */
export function writeFolderAtomic(out: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const target = resolve(out);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(target)}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [name, content] of files) {
      const path = join(tmp, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    const old = join(parent, `.${basename(target)}.old-${process.pid}`);
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
