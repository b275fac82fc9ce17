import { accessSync, constants, existsSync, lstatSync, realpathSync, mkdirSync, openSync, closeSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Thrown when the output folder is not one this command may replace: exit status 2 (wrong usage). */
export class OutputFolderError extends Error {
  readonly exitCode = 2;
}

/** Another run holds the lock of this `--out`: exit status 3, so that a script can wait and retry. */
export class OutputLockedError extends Error {
  readonly exitCode = 3;
}

/**
 * The report folder could not be written (read-only, full, no permission, vanished). The message
 * is in Japanese, names the folder and the cause, and says where the previous report is: exit 1.
 */
export class OutputWriteError extends Error {
  readonly exitCode = 1;
}

/**
 * The steps of the output protocol, in order. A test hook (`setProtocolHook`) is called after
 * each, so that a fault can be injected between two steps instead of racing a timer.
 */
export type ProtocolStep = 'locked' | 'repaired' | 'tmp-marked' | 'tmp-written' | 'set-aside' | 'old-marked' | 'tmp-unmarked' | 'installed' | 'old-removed';

/**
 * Where the hook lives: a global symbol, not a module variable, so that a module imported first
 * into the compiled command (`node --import`) can set it although the command bundles its own copy
 * of this module.
 */
export const PROTOCOL_HOOK = Symbol.for('smesec.report.protocolHook');
type Hooked = { [PROTOCOL_HOOK]?: (step: ProtocolStep) => void };
const hook = (step: ProtocolStep) => (globalThis as Hooked)[PROTOCOL_HOOK]?.(step);
/** For fault-injection tests only: called after every step of the protocol. */
export function setProtocolHook(fn: (step: ProtocolStep) => void): void {
  (globalThis as Hooked)[PROTOCOL_HOOK] = fn;
}

/**
 * The marker file inside every folder this command leaves next to `out` (the new report being
 * written, the previous one set aside). A folder without it is never touched: a user's backup
 * named `.fy2024.old-2023` stays where it is.
 */
export const MARKER = '.smesec-report-writer.json';
const MARKER_TAG = 'smesec annual report writer';

interface Writer {
  readonly pid: number;
  /** The process's start time (clock ticks since boot on Linux), so that a reused pid is not taken for the writer. */
  readonly start: string;
}

/** A process's start time as the kernel records it, or '' where /proc is not available. */
function startTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name (field 2) may hold spaces and parentheses, so count from its end.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

const me: Writer = { pid: process.pid, start: startTime(process.pid) };

/** Whether the process that wrote a marker or a lock is still running (the same process, not a reused pid). */
function alive(w: Writer): boolean {
  if (w.pid === me.pid && w.start === me.start) return true;
  try {
    process.kill(w.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = startTime(w.pid);
  return now === '' || w.start === '' || now === w.start;
}

function readWriter(path: string): Writer | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    if (v['writer'] === MARKER_TAG && Number.isInteger(v['pid']) && typeof v['start'] === 'string') return { pid: v['pid'] as number, start: v['start'] };
  } catch {
    // Not ours (or half-written by a killed run): treated as absent.
  }
  return undefined;
}

const writerJson = (role: string) => `${JSON.stringify({ writer: MARKER_TAG, role, pid: me.pid, start: me.start })}\n`;

interface Names {
  target: string;
  parent: string;
  name: string;
  lock: string;
  tmp: (pid: number) => string;
  old: (pid: number) => string;
}

function namesOf(out: string): Names {
  // A symlink to a report folder stands for that folder: the real one is replaced, next to itself.
  const target = existsSync(out) ? realpathSync(out) : resolve(out);
  const parent = dirname(target);
  const name = basename(target);
  return { target, parent, name, lock: join(parent, `.${name}.lock`), tmp: (pid) => join(parent, `.${name}.tmp-${pid}`), old: (pid) => join(parent, `.${name}.old-${pid}`) };
}

/** Japanese text of the cause of a file-system error, by its code. */
function causeOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const causes: Record<string, string> = {
    EROFS: '読み取り専用のファイルシステムです',
    ENOSPC: 'ディスクの空き容量が足りません',
    EDQUOT: 'ディスク使用量の上限（クォータ）を超えました',
    EACCES: '書き込む権限がありません',
    EPERM: '書き込む権限がありません',
    ENOENT: 'フォルダが途中で削除または移動されました',
    EBUSY: 'フォルダが使用中かマウントポイントです',
    EIO: '入出力エラーが起きました',
  };
  return `${causes[code] ?? 'ファイルを書き込めませんでした'} (${code || (e as Error).message})`;
}

/**
 * Take the lock of `out`: a file `.<name>.lock` next to it, created exclusively and holding the
 * writer's pid and start time. A lock whose writer is gone (killed, or its pid reused by another
 * process) is stale and taken over. Returns the release function; the lock is also released when
 * the process exits normally.
 */
export function lockOutput(out: string): () => void {
  const n = namesOf(out);
  if (n.target === n.parent) throw new OutputFolderError(`--out ${out} is the root folder: refusing to replace it`);
  try {
    mkdirSync(n.parent, { recursive: true });
  } catch (e) {
    throw new OutputWriteError(`レポートフォルダ ${n.target} を作れません: ${causeOf(e)}。何も書き込んでいません`);
  }
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(n.lock, 'wx');
      try {
        writeFileSync(fd, writerJson('lock'));
      } finally {
        closeSync(fd);
      }
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new OutputWriteError(`レポートフォルダ ${n.target} に書き込めません: ${causeOf(e)}。何も書き込んでいません`);
      const holder = readWriter(n.lock);
      if (holder && alive(holder)) throw new OutputLockedError(`別の実行（プロセス ${holder.pid}）が ${n.target} にレポートを書いています。終わってから実行し直してください`);
      // A lock being written right now reads as empty: give its writer a moment.
      if (!holder && attempt === 0) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
        continue;
      }
      if (attempt > 3) throw new OutputLockedError(`${n.lock} を取得できません。他の実行がなければこのファイルを削除してください`);
      // Moved aside before removal, so that of two runs breaking the same stale lock only one succeeds.
      const stale = `${n.lock}.stale-${me.pid}`;
      try {
        renameSync(n.lock, stale);
        const taken = readWriter(stale);
        if (taken && alive(taken)) {
          // Another run broke the stale lock first and now holds it: give it back.
          renameSync(stale, n.lock);
          throw new OutputLockedError(`別の実行（プロセス ${taken.pid}）が ${n.target} にレポートを書いています。終わってから実行し直してください`);
        }
        unlinkSync(stale);
      } catch (err) {
        if (err instanceof OutputLockedError) throw err;
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputWriteError(`レポートフォルダ ${n.target} のロック ${n.lock} を解除できません: ${causeOf(err)}`);
      }
    }
  }
  hook('locked');
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    const holder = readWriter(n.lock);
    if (holder?.pid === me.pid && holder.start === me.start) rmSync(n.lock, { force: true });
  };
  process.on('exit', release);
  return release;
}

/** Whether this process still holds the lock of `out` (checked again just before installing). */
function holdsLock(n: Names): boolean {
  const holder = readWriter(n.lock);
  return holder?.pid === me.pid && holder.start === me.start;
}

/** Remove a folder of ours: everything but the marker first, so that a failed removal leaves it recognisable. */
function removeMarked(dir: string): void {
  if (lstatSync(dir).isSymbolicLink()) return unlinkSync(dir);
  for (const e of readdirSync(dir)) if (e !== MARKER) rmSync(join(dir, e), { recursive: true, force: true });
  rmSync(join(dir, MARKER), { force: true });
  rmdirSync(dir);
}

/**
 * Repair what a killed run left next to `out`, under the lock: a previous report set aside while
 * `out` is missing is put back; a new report never installed is removed; a previous report already
 * replaced is removed. Only folders this command made are touched: the set-aside folder and the
 * temporary folder of one writer vouch for each other (each holds the marker at a different
 * step), and a writer still running is left alone. Returns what could not be removed.
 */
export function repairOutput(out: string): string[] {
  const n = namesOf(out);
  const kept: string[] = [];
  if (!existsSync(n.parent)) return kept;
  const prefix = `.${n.name}.`;
  const pids = new Set<number>();
  for (const entry of readdirSync(n.parent)) {
    const m = entry.startsWith(prefix) ? /^(?:tmp|old)-(\d+)$/.exec(entry.slice(prefix.length)) : null;
    if (m) pids.add(Number(m[1]));
  }
  try {
    for (const pid of [...pids].sort((a, b) => a - b)) {
      const tmp = n.tmp(pid);
      const old = n.old(pid);
      const writer = [tmp, old].map((d) => readWriter(join(d, MARKER))).find((w) => w?.pid === pid);
      if (!writer) {
        // Killed between creating its temporary folder and writing the marker into it: the folder
        // holds nothing else, so removing it can lose nothing.
        if (existsSync(tmp) && readdirSync(tmp).every((e) => e === MARKER)) removeMarked(tmp);
        continue;
      }
      if (alive(writer)) continue;
      if (existsSync(old) && !existsSync(n.target)) {
        renameSync(old, n.target);
        rmSync(join(n.target, MARKER), { force: true });
      }
      for (const dir of [tmp, old]) {
        if (!existsSync(dir)) continue;
        try {
          removeMarked(dir);
        } catch {
          kept.push(dir);
        }
      }
    }
    // Installed with its marker by a run killed before it removed it (a first report).
    const inOut = readWriter(join(n.target, MARKER));
    if (inOut && !alive(inOut)) rmSync(join(n.target, MARKER), { force: true });
  } catch (e) {
    throw new OutputWriteError(`中断された前回の実行の後片付けができません（${n.parent}）: ${causeOf(e)}`);
  }
  hook('repaired');
  return kept;
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
  const entries = readdirSync(target).filter((e) => e !== MARKER);
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

/** Every folder of a report must be writable for it to be removed once replaced: checked before anything moves. */
function checkRemovable(dir: string): void {
  accessSync(dir, constants.W_OK);
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) checkRemovable(join(dir, e.name));
}

/** What `writeFolderAtomic` did, when it did not fail: a previous report it could not remove is named. */
export interface WriteOutcome {
  readonly warning?: string;
}

/**
 * What a report file holds: its text, its bytes, or its text in pieces made as they are written
 * (the active list of a large year), so that the whole text never exists at once.
 */
export type FileContent = string | Uint8Array | Iterable<string>;

function writeContent(path: string, content: FileContent): void {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    writeFileSync(path, content);
    return;
  }
  const fd = openSync(path, 'w');
  try {
    for (const part of content) {
      // The text is written as it is: a Buffer per piece would be memory outside the heap that
      // the garbage collector frees late (at a million rows the pieces' Buffers added 400 MB).
      const written = writeSync(fd, part);
      const bytes = Buffer.byteLength(part);
      if (written < bytes) {
        const rest = Buffer.from(part, 'utf8');
        for (let at = written; at < bytes; ) at += writeSync(fd, rest, at);
      }
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Write a whole folder atomically, under the lock taken by `lockOutput`: files go to a marked
 * temporary sibling folder; the previous report is set aside (and marked), the new one renamed
 * into place, the previous one removed. A failure before the new report is in place puts the
 * previous one back; a failure after it leaves the new report complete at `out`; either way the
 * message says which. A killed run is repaired by the next (`repairOutput`). A folder that holds
 * anything a report does not is never replaced. `stop`, called just before anything moves, may
 * throw to abandon the run (the parent process is gone, a signal arrived).
 */
export function writeFolderAtomic(out: string, files: ReadonlyMap<string, FileContent>, options: { stop?: () => void } = {}): WriteOutcome {
  // The command takes the lock before it reads anything; a caller of the library that did not
  // (a test, a notebook) takes it here, for the write alone.
  const release = holdsLock(namesOf(out)) ? undefined : lockOutput(out);
  try {
    return writeLocked(out, files, options);
  } finally {
    release?.();
  }
}

function writeLocked(out: string, files: ReadonlyMap<string, FileContent>, { stop = () => {} }: { stop?: () => void }): WriteOutcome {
  const n = namesOf(out);
  checkReplaceable(out, new Set([...files.keys()].map((f) => f.split('/')[0]!)));
  const tmp = n.tmp(me.pid);
  const old = n.old(me.pid);
  const unchanged = `以前のレポートはそのままです`;
  try {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, MARKER), writerJson('new'));
    hook('tmp-marked');
    for (const [file, content] of files) {
      const path = join(tmp, file);
      mkdirSync(dirname(path), { recursive: true });
      writeContent(path, content);
    }
    hook('tmp-written');
    if (existsSync(n.target)) checkRemovable(n.target);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw new OutputWriteError(`レポートフォルダ ${n.target} に書き込めません: ${causeOf(e)}。${unchanged}`);
  }
  try {
    stop();
    if (!holdsLock(n)) throw new OutputLockedError(`${n.target} のロックが他の実行に取られました。${unchanged}`);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const previous = existsSync(n.target);
  try {
    if (previous) {
      renameSync(n.target, old);
      hook('set-aside');
      writeFileSync(join(old, MARKER), writerJson('previous'));
      hook('old-marked');
      // From here the set-aside folder vouches for the temporary one: the new report goes in unmarked.
      unlinkSync(join(tmp, MARKER));
      hook('tmp-unmarked');
    }
    renameSync(tmp, n.target);
  } catch (e) {
    let where = unchanged;
    try {
      if (previous && existsSync(old) && !existsSync(n.target)) {
        renameSync(old, n.target);
        rmSync(join(n.target, MARKER), { force: true });
      }
      rmSync(tmp, { recursive: true, force: true });
    } catch {
      where = existsSync(old) ? `以前のレポートは ${old} にあります（次回の実行で元に戻します）` : where;
    }
    throw new OutputWriteError(`レポートフォルダ ${n.target} を置き換えられません: ${causeOf(e)}。${where}`);
  }
  try {
    hook('installed');
    if (previous) removeMarked(old);
    else rmSync(join(n.target, MARKER), { force: true });
    hook('old-removed');
    return {};
  } catch (e) {
    if (!previous) return {};
    return { warning: `警告: 新しいレポートを ${n.target} に書きました。以前のレポート ${old} を削除できませんでした: ${causeOf(e)}（次回の実行で再び削除を試みます）` };
  }
}
