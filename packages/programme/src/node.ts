/** Node-only entry: reading a data folder's codebook.json from disk. */
import { basename } from 'node:path';
import { readInputFile } from '@smesec/survey/node';
import { programmeFromJson, type Programme } from './programme.js';

/**
 * Read and check a `codebook.json`: problems are thrown as `codebook.json:<json path>: <message>`
 * lines. The file must be a regular file within `maxBytes` (a FIFO or a device would block or
 * never end), and a UTF-8 byte-order mark, as Windows editors save one, is dropped.
 */
export function loadProgramme(path: string, { maxBytes }: { maxBytes?: number } = {}): Programme {
  const file = basename(path);
  const text = new TextDecoder().decode(readInputFile(path, { file, ...(maxBytes !== undefined ? { maxBytes } : {}) }));
  return programmeFromJson(text, { file });
}
