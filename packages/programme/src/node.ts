/** Node-only entry: reading a data folder's codebook.json from disk. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { programmeFromJson, type Programme } from './programme.js';

/** Read and check a `codebook.json`: problems are thrown as `codebook.json:<json path>: <message>` lines. */
export function loadProgramme(path: string): Programme {
  return programmeFromJson(readFileSync(path, 'utf8'), { file: basename(path) });
}
