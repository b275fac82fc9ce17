import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { instrumentOf, type Codebook, type CodebookSet } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { csvWriter } from './csv.js';
import { encodeText, preamble, type OutputEncoding } from './encode.js';
import type { Row } from './row.js';
import { DEFAULT_SEED, expertBlock, synthesize, type Dataset } from './synthesize.js';
import { EXPERTS_N } from './targets.js';

export interface WriteDatasetOptions {
  seed?: string;
  codebooks?: CodebookSet;
  /** Rows of experts.csv; default the calibrated 221. */
  scale?: number;
  encoding?: OutputEncoding;
  /** Called after each chunk of expert rows is written (rows so far). */
  onProgress?: (rows: number) => void;
}

export interface WrittenFile {
  readonly file: string;
  readonly rows: number;
  readonly bytes: number;
}

/** Rows of this many 221-row blocks are joined, encoded and written at once. */
const BLOCKS_PER_CHUNK = 10;

async function writeCsv(path: string, codebook: Codebook, chunks: Iterable<readonly Row[]>, encoding: OutputEncoding, onChunk?: (rows: number) => void): Promise<WrittenFile> {
  const out = createWriteStream(path);
  const writer = csvWriter(codebook);
  let bytes = 0;
  let rows = 0;
  const put = async (buf: Buffer) => {
    bytes += buf.length;
    // Respect back-pressure so that memory stays flat however many rows are written.
    if (!out.write(buf)) await once(out, 'drain');
  };
  await put(Buffer.concat([preamble(encoding), encodeText(writer.header(), encoding)]));
  for (const chunk of chunks) {
    await put(encodeText(chunk.map(writer.line).join(''), encoding));
    rows += chunk.length;
    onChunk?.(rows);
  }
  out.end();
  await once(out, 'finish');
  return { file: path, rows, bytes };
}

/** Expert rows for `scale` rows: calibrated blocks of 221, the last one cut short. */
function* expertChunks(scale: number, seed: string, codebooks: CodebookSet, first: readonly Row[]): Generator<Row[]> {
  const blocks = Math.ceil(scale / EXPERTS_N);
  let chunk: Row[] = [];
  for (let b = 0; b < blocks; b++) {
    const rows = b === 0 ? [...first] : expertBlock(b, { seed, codebooks });
    const keep = Math.min(EXPERTS_N, scale - b * EXPERTS_N);
    chunk.push(...rows.slice(0, keep));
    if ((b + 1) % BLOCKS_PER_CHUNK === 0 || b === blocks - 1) {
      yield chunk;
      chunk = [];
    }
  }
}

/**
 * Write the four CSV files into `dir`. With `scale`, experts.csv holds that many rows and the
 * other three files are the calibrated ones (their specialists are the first 221 rows), written
 * only when `scale` ≥ 221 so that every reference resolves.
 */
export async function writeDataset(dir: string, { seed = DEFAULT_SEED, codebooks = fy2024, scale, encoding = 'utf-8', onProgress }: WriteDatasetOptions = {}): Promise<WrittenFile[]> {
  await mkdir(dir, { recursive: true });
  const data = synthesize({ seed, codebooks });
  const rows = scale ?? data.experts.length;
  const written = [await writeCsv(join(dir, 'experts.csv'), instrumentOf(codebooks, 'experts'), expertChunks(rows, seed, codebooks, data.experts), encoding, onProgress)];
  if (rows >= data.experts.length) {
    for (const id of ['attendees', 'consultations', 'guidance'] as const) {
      written.push(await writeCsv(join(dir, `${id}.csv`), instrumentOf(codebooks, id), [data[id]], encoding));
    }
  }
  return written;
}

/** The bytes of each file of a dataset, in memory, keyed by instrument id: what `writeDataset` writes. */
export function datasetBytes(data: Dataset, { codebooks = fy2024, encoding = 'utf-8' }: { codebooks?: CodebookSet; encoding?: OutputEncoding } = {}): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const id of ['experts', 'attendees', 'consultations', 'guidance'] as const) {
    const writer = csvWriter(instrumentOf(codebooks, id));
    out.set(id, Buffer.concat([preamble(encoding), encodeText(writer.header() + data[id].map(writer.line).join(''), encoding)]));
  }
  return out;
}
