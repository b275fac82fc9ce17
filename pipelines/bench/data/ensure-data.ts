import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Codebook } from '@smesec/survey';
import { expertLines } from './generate-experts.js';
import { encodeShiftJis } from './sjis-encoder.js';

/** Bump when the generator changes, so cached files are made anew. */
export const GENERATOR_VERSION = 1;

export interface BenchFiles {
  readonly rows: number;
  readonly utf8: string;
  readonly sjis: string;
  readonly utf8Bytes: number;
  readonly sjisBytes: number;
}

export interface EnsureDataOptions {
  /** The experts codebook. */
  codebook: Codebook;
  /** Folder of the cached files (git-ignored). */
  dir: string;
  /** Data rows in the file. */
  rows: number;
  /** Progress messages. */
  log?: (message: string) => void;
}

/** Write both variants (UTF-8 and Shift_JIS) of an N-row experts file, unless they are cached already. */
export async function ensureData({ codebook, dir, rows, log = () => {} }: EnsureDataOptions): Promise<BenchFiles> {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `experts-${rows}-v${GENERATOR_VERSION}`);
  const utf8 = `${base}.utf8.csv`;
  const sjis = `${base}.sjis.csv`;
  if (!existsSync(utf8) || !existsSync(sjis)) {
    log(`generating ${rows} rows into ${dir}`);
    // Written under temporary names and renamed at the end: an interrupted run leaves no half file.
    const a = createWriteStream(`${utf8}.tmp`);
    const b = createWriteStream(`${sjis}.tmp`);
    let pending = '';
    const flush = async () => {
      // Listen before waiting: a drain that fires while the other stream is awaited is not lost.
      const drained = [a.write(pending) ? null : once(a, 'drain'), b.write(encodeShiftJis(pending)) ? null : once(b, 'drain')];
      pending = '';
      await Promise.all(drained);
    };
    for (const line of expertLines({ codebook, rows })) {
      pending += line;
      if (pending.length > 1 << 20) await flush();
    }
    await flush();
    await Promise.all([new Promise((r) => a.end(r)), new Promise((r) => b.end(r))]);
    renameSync(`${utf8}.tmp`, utf8);
    renameSync(`${sjis}.tmp`, sjis);
  }
  return { rows, utf8, sjis, utf8Bytes: statSync(utf8).size, sjisBytes: statSync(sjis).size };
}
