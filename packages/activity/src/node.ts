/**
 * Node-only entry: reading the programme-activity files from disk. The core (`index.ts`) takes
 * bytes and strings so that it runs in browsers too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activityCodebooks } from './codebook/activity-codebooks.js';
import type { Activity } from './read/activity.js';
import { fromActivityFiles, type FromActivityFilesOptions } from './read/from-activity-files.js';

/**
 * Read the six files of a programme-activity folder (strict by default: throws a
 * `ValidationError` listing every issue). A relative `dir` is resolved against the working
 * directory, so the default suits commands run from the repository root.
 */
export function loadActivity(dir = 'data/program-activity', options: FromActivityFilesOptions = {}): Activity {
  const codebooks = options.codebooks ?? activityCodebooks;
  const files: Record<string, Uint8Array> = {};
  for (const cb of codebooks.instruments) {
    const file = cb.file ?? `${cb.id}.csv`;
    files[file] = readFileSync(join(dir, file));
  }
  return fromActivityFiles(files, { ...options, codebooks });
}
