import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromActivityFiles } from '../src/read/from-activity-files.js';
import type { Activity } from '../src/read/activity.js';

/** The directory of the bundled programme-activity files. */
export const DATA_DIR = fileURLToPath(new URL('../../../data/program-activity/', import.meta.url));
/** The directory of the seed texts. */
export const SEEDS_DIR = fileURLToPath(new URL('./fixtures/seeds/', import.meta.url));

/** The files of a folder as the browser entry takes them: file name → bytes. */
export function filesOf(dir: string): Record<string, Uint8Array> {
  const dirPath = dir.endsWith('/') ? dir : `${dir}/`;
  return Object.fromEntries(readdirSync(dirPath).filter((f) => f.endsWith('.csv')).map((f) => [f, readFileSync(`${dirPath}${f}`)]));
}

/** The tiny fixture (test/fixtures/tiny), read strictly. */
export function tiny(): Activity {
  return fromActivityFiles(filesOf(fileURLToPath(new URL('./fixtures/tiny/', import.meta.url))));
}

/** A seed's lines; `line(n)` in the seed is `lines[n - 1]`. */
export function seedLines(file: string): string[] {
  return readFileSync(`${SEEDS_DIR}${file}`, 'utf8').split(/\r\n|\r|\n/);
}
