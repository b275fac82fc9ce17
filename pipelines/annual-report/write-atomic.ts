import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Thrown when the output folder is not one this command may replace: exit status 2 (wrong usage). */
export class OutputFolderError extends Error {
  readonly exitCode = 2;
}

/** Whether a process with this id is running (a leftover of it may still be in use). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Leftovers of runs that were killed while writing `out`: a temporary folder is removed; a
 * previous report moved aside just before the new one was renamed into place is put back when
 * nothing replaced it. Called at the start of every run, so that a killed run's previous report is
 * back whatever the next run does.
 */
export function recoverLeftovers(out: string): void {
  const target = resolve(out);
  const parent = dirname(target);
  if (target === parent || !existsSync(parent)) return;
  const name = basename(target);
  const prefix = `.${name}.`;
  for (const entry of readdirSync(parent)) {
    const m = entry.startsWith(prefix) ? /^(tmp|old)-(\d+)$/.exec(entry.slice(prefix.length)) : null;
    if (!m || running(Number(m[2]))) continue;
    const path = join(parent, entry);
    if (m[1] === 'old' && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}

/**
 * A folder this command may replace: absent, empty, or holding only what a report holds (the
 * names it is about to write). Anything else (the data folder, a folder of reports, a home
 * folder given by mistake) would be deleted by the replacement, so it is refused.
 */
export function checkReplaceable(out: string, names: ReadonlySet<string>, accept = (entries: readonly string[]) => entries.every((e) => names.has(e))): void {
  const target = resolve(out);
  if (target === dirname(target)) throw new OutputFolderError(`--out ${out} is the root folder: refusing to replace it`);
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw new OutputFolderError(`--out ${out} is a file, not a folder: refusing to replace it`);
  const entries = readdirSync(target);
  if (!accept(entries)) {
    const foreign = entries.filter((e) => !names.has(e)).sort();
    const shown = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? `, … (${foreign.length})` : '');
    throw new OutputFolderError(`--out ${out} holds files that are not part of a report (${shown}): refusing to replace it; give a new or report folder`);
  }
}

/**
 * The check made before any work, when what the report will hold is not known yet: a folder that
 * holds something but neither an index.html nor a figures.json is no report (the data folder, a
 * folder of reports). `writeFolderAtomic` checks again, against the files it writes.
 */
export function checkLooksLikeReport(out: string): void {
  checkReplaceable(out, new Set(['index.html', 'figures.json']), (entries) => entries.length === 0 || entries.includes('index.html') || entries.includes('figures.json'));
}

/**
 * Write a whole folder atomically: files go to a temporary sibling folder, which is renamed into
 * place only when everything is written. An interrupted or failed run leaves the previous report
 * (or nothing), never a half-written one that looks complete. A folder that holds anything a
 * report does not is never replaced.
 */
export function writeFolderAtomic(out: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const target = resolve(out);
  const parent = dirname(target);
  const name = basename(target);
  checkReplaceable(out, new Set([...files.keys()].map((f) => f.split('/')[0]!)));
  mkdirSync(parent, { recursive: true });
  recoverLeftovers(out);
  const tmp = join(parent, `.${name}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [file, content] of files) {
      const path = join(tmp, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    const old = join(parent, `.${name}.old-${process.pid}`);
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
