/**
 * A large CSV file read by two threads: this one reads the first half, a worker the second, each
 * validating its own rows; the worker's rows are then appended here. The result is the one a
 * single reader gives, by construction, or the worker's half is read again here:
 *
 * - The worker finds where to cut: the first line break past the middle with an even number of
 *   quotes before it, outside any quoted cell in a well-formed file. This thread checks it: when it
 *   gets there, its own tokenizer must stand between two records. A cut inside a quoted cell (a
 *   malformed file, a stray quote) fails that check.
 * - The worker reads the header again (to map the columns the same way), then its half, with the
 *   encoding this thread decided, and numbers its rows from its own start; they are renumbered
 *   here.
 * - Anything whose meaning depends on the other half makes the worker's half be read again here:
 *   a byte that does not decode, a byte-order mark in the middle, an ambiguous encoding, a
 *   file-level error, a duplicate id (its issue names the first row), and an id of the second
 *   half already seen in the first.
 */
import { availableParallelism } from 'node:os';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { Codebook } from '../codebook/schema.js';
import type { Encoding } from '../decode/decode-bytes.js';
import { CsvReader, type RecordBoundary } from '../read/csv-reader.js';
import type { RowsPart } from '../read/row-builder.js';

/** Files from this size on are read by two threads when the machine has two cores (`threads` unset). */
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;

/** Threads to read a file of `size` bytes with, given the caller's `threads` (undefined: decide). */
export function readThreads(size: number, threads: number | undefined): number {
  if (threads !== undefined) return Math.max(1, Math.min(2, Math.floor(threads)));
  return size >= PARALLEL_MIN_BYTES && availableParallelism() >= 2 ? 2 : 1;
}

const QUOTE = 0x22;
const LF = 0x0a;
const SCAN_BYTES = 1 << 20;

/** Slots of the shared state: where the cut is (see below), and whether the worker's half is ready. */
const CUT_STATE = 0;
const DONE = 1;
/** CUT_STATE: the cut is being looked for, found (its offset in the Float64 slot), or there is none. */
const CUT_PENDING = 0;
const CUT_FOUND = 1;
const CUT_NONE = 2;

export interface PartRequest {
  readonly path: string;
  readonly codebook: Codebook;
  readonly file: string;
  readonly delimiter: string;
  readonly redactPersonal: boolean;
  readonly encoding: Encoding;
  /** The cut is the first place to cut at or after this offset. */
  readonly from: number;
  readonly shared: SharedArrayBuffer;
  readonly port: MessagePort;
}

type PartReply = { readonly part: (RowsPart & { readonly from: RecordBoundary }) | null } | { readonly error: string };

/**
 * The ends of the header and of the cut: the first line breaks with an even number of quotes
 * before them, from the start and from `from` on. -1 for one not found.
 */
function findCuts(fd: number, size: number, from: number): { header: number; cut: number } {
  const buffer = Buffer.allocUnsafe(SCAN_BYTES);
  let quotes = 0;
  let header = -1;
  for (let at = 0; at < size; ) {
    const n = readSync(fd, buffer, 0, Math.min(SCAN_BYTES, size - at), at);
    if (n === 0) break;
    const bytes = n === SCAN_BYTES ? buffer : buffer.subarray(0, n);
    // The next quote at or after `i`, found once each (-1: none left in this piece).
    let q = bytes.indexOf(QUOTE);
    const countTo = (end: number) => {
      while (q >= 0 && q < end) {
        quotes++;
        q = bytes.indexOf(QUOTE, q + 1);
      }
    };
    for (let i = 0; i < n; ) {
      // Between the header and `from`, only quotes are counted.
      if (header >= 0 && at + i < from) {
        i = Math.min(n, from - at);
        countTo(i);
        continue;
      }
      const lf = bytes.indexOf(LF, i);
      if (lf < 0) {
        countTo(n);
        break;
      }
      countTo(lf);
      i = lf + 1;
      if (quotes % 2 !== 0) continue;
      if (header < 0) header = at + i;
      if (at + i >= from) return { header, cut: at + i };
    }
    at += n;
  }
  return { header, cut: -1 };
}

/** The worker's side: find the cut, publish it, read the header and the second half, and reply. */
export function readPart(request: PartRequest): void {
  const { path, codebook, file, delimiter, redactPersonal, encoding, from, shared, port } = request;
  const state = new Int32Array(shared, 0, 2);
  const cutAt = new Float64Array(shared, 8, 1);
  let reply: PartReply = { part: null };
  try {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const { header, cut } = findCuts(fd, size, from);
      if (header < 0 || cut < 0 || cut >= size) {
        Atomics.store(state, CUT_STATE, CUT_NONE);
        Atomics.notify(state, CUT_STATE);
        return;
      }
      cutAt[0] = cut;
      Atomics.store(state, CUT_STATE, CUT_FOUND);
      Atomics.notify(state, CUT_STATE);
      const reader = new CsvReader({ codebook, file, delimiter, redactPersonal, encoding, mode: 'lenient' });
      const buffer = new Uint8Array(64 * 1024);
      const push = (start: number, end: number) => {
        for (let at = start; at < end; ) {
          const n = readSync(fd, buffer, 0, Math.min(buffer.length, end - at), at);
          if (n === 0) break;
          reader.push(buffer.subarray(0, n));
          at += n;
        }
      };
      push(0, header);
      const after = reader.pause();
      // The header is one record, as the first reader read it.
      if (!after || after.records !== 1) return;
      const headerIssues = reader.issueCount;
      push(cut, size);
      reply = { part: reader.endPart(after, headerIssues) };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    reply = { error: e instanceof Error ? e.message : String(e) };
  } finally {
    if (Atomics.load(state, CUT_STATE) === CUT_PENDING) Atomics.store(state, CUT_STATE, CUT_NONE);
    Atomics.notify(state, CUT_STATE);
    port.postMessage(reply);
    Atomics.store(state, DONE, 1);
    Atomics.notify(state, DONE);
  }
}

/** The worker's entry: read the part asked in `workerData`. */
export function serveReadPart(): void {
  readPart(workerData as PartRequest);
}

/** The module a worker starts: the compiled one beside this file, or the source through tsx in a workspace. */
function workerOf(data: Omit<PartRequest, 'port'>, port: MessagePort): Worker {
  const here = import.meta.url;
  const options = { workerData: { ...data, port }, transferList: [port] };
  if (!here.endsWith('.ts')) return new Worker(new URL('./read-worker.js', here), options);
  // Running from the TypeScript sources (tests, the workspace's scripts): a worker does not
  // inherit the parent's loader on Node 20, so it registers tsx itself.
  const entry = new URL('./read-worker.ts', here).href;
  const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { ...options, eval: true });
}

/** The second reader, started once the first knows the encoding and has read the header. */
export class SecondReader {
  private readonly state: Int32Array;
  private readonly cutAt: Float64Array;
  private readonly port: MessagePort;
  private readonly worker: Worker;
  /** The cut: not before this offset. */
  readonly from: number;

  constructor(path: string, size: number, options: { codebook: Codebook; file: string; delimiter: string; redactPersonal: boolean; encoding: Encoding }) {
    const shared = new SharedArrayBuffer(16);
    this.state = new Int32Array(shared, 0, 2);
    this.cutAt = new Float64Array(shared, 8, 1);
    // A little past the middle: the worker starts later, and reads the header again.
    this.from = Math.floor(size * 0.54);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = workerOf({ path, ...options, from: this.from, shared }, port2);
    // Never keeps the process alive: a run that fails ends at once.
    this.worker.unref();
  }

  /** Where this thread stops reading (blocks until the worker has found it), or -1: read on alone. */
  cut(): number {
    while (Atomics.load(this.state, CUT_STATE) === CUT_PENDING) Atomics.wait(this.state, CUT_STATE, CUT_PENDING, 1000);
    return Atomics.load(this.state, CUT_STATE) === CUT_FOUND ? this.cutAt[0]! : -1;
  }

  /** The worker's half (blocks until it is read), or null: read it here. */
  part(): (RowsPart & { readonly from: RecordBoundary }) | null {
    while (Atomics.load(this.state, DONE) === 0) Atomics.wait(this.state, DONE, 0, 1000);
    const message = receiveMessageOnPort(this.port)?.message as PartReply | undefined;
    return message && 'part' in message ? message.part : null;
  }

  /** Stop the worker (its half is read here, or the read failed). */
  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
