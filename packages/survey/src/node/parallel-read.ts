/**
 * A large CSV file read by two threads: this one reads the first half, a worker the second, each
 * validating its own rows; the worker's rows are then appended here. The result is the one a
 * single reader gives, by construction, or the worker's half is read again here:
 *
 * - Once the worker has started, this thread gives it a place: the middle of what is left to read
 *   (a little past it, for the worker's start). The worker finds where to cut: the first line
 *   break from there with an even number of quotes before it, outside any quoted cell in a
 *   well-formed file. This thread checks it: when it gets there, its own tokenizer must stand
 *   between two records. A cut inside a quoted cell (a malformed file, a stray quote) fails that
 *   check.
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

/**
 * The state the two threads share: Int32 slots (waited on with `Atomics`) and Float64 ones (byte
 * offsets), written by one side each.
 */
const INTS = 4;
/** The worker has started (its modules loaded: 1, or −1 when they could not be): the first thread can place the middle. */
const READY = 0;
/** Where to look for the cut from: set by the first thread (FROM_SET), or the worker is not needed (FROM_CANCELLED). */
const FROM = 1;
const FROM_SET = 1;
const FROM_CANCELLED = 2;
/** The cut: being looked for, found (its offset in CUT_AT), or there is none. */
const CUT = 2;
const CUT_FOUND = 1;
const CUT_NONE = 2;
/** The worker's half is ready (or the worker gave up): its reply is on the port. */
const DONE = 3;
/** Float64 slots: the offset to look for the cut from, the cut, and the bytes the worker has read past it. */
const FROM_AT = 0;
const CUT_AT = 1;
const WORKER_BYTES = 2;

/** The shared state's two views. */
function views(shared: SharedArrayBuffer): { ints: Int32Array; at: Float64Array } {
  return { ints: new Int32Array(shared, 0, INTS), at: new Float64Array(shared, INTS * 4, 3) };
}

/** Block until slot `i` is no longer `value`, or for `ms` at most; returns what it became. */
function waitWhile(ints: Int32Array, i: number, value: number, onWait?: () => void, ms = Infinity): number {
  const until = performance.now() + ms;
  while (Atomics.load(ints, i) === value && performance.now() < until) {
    Atomics.wait(ints, i, value, 250);
    onWait?.();
  }
  return Atomics.load(ints, i);
}

/**
 * How long a thread asked to read with a worker waits for it to start. A worker that cannot start
 * (its module missing or broken) never says so to a thread that is blocked: it reads on alone.
 */
const START_MS = 20_000;

/** Set slot `i` and wake the other side. */
function signal(ints: Int32Array, i: number, value: number): void {
  Atomics.store(ints, i, value);
  Atomics.notify(ints, i);
}

export interface PartRequest {
  readonly path: string;
  readonly codebook: Codebook;
  readonly file: string;
  readonly delimiter: string;
  readonly redactPersonal: boolean;
  readonly encoding: Encoding;
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
  const { path, codebook, file, delimiter, redactPersonal, encoding, shared, port } = request;
  const { ints, at: offsets } = views(shared);
  let reply: PartReply = { part: null };
  try {
    signal(ints, READY, 1);
    if (waitWhile(ints, FROM, 0) !== FROM_SET) return;
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const { header, cut } = findCuts(fd, size, offsets[FROM_AT]!);
      if (header < 0 || cut < 0 || cut >= size) return;
      offsets[CUT_AT] = cut;
      signal(ints, CUT, CUT_FOUND);
      const reader = new CsvReader({ codebook, file, delimiter, redactPersonal, encoding, mode: 'lenient' });
      const buffer = new Uint8Array(64 * 1024);
      const push = (start: number, end: number) => {
        for (let at = start; at < end; ) {
          const n = readSync(fd, buffer, 0, Math.min(buffer.length, end - at), at);
          if (n === 0) break;
          reader.push(buffer.subarray(0, n));
          at += n;
          if (start === cut) offsets[WORKER_BYTES] = at - cut;
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
    if (Atomics.load(ints, CUT) === 0) signal(ints, CUT, CUT_NONE);
    port.postMessage(reply);
    signal(ints, DONE, 1);
  }
}

/** The worker's entry: read the part asked in `workerData`. */
export function serveReadPart(): void {
  readPart(workerData as PartRequest);
}

/**
 * The worker: the compiled module beside this file, or the source through tsx in a workspace (a
 * worker does not inherit the parent's loader on Node 20, so it registers tsx itself). A module
 * that cannot be loaded sets READY to −1, which the first thread, blocked in its read, sees at
 * once (an error event would reach it only after the read).
 */
function workerOf(data: Omit<PartRequest, 'port'>, port: MessagePort): Worker {
  const here = import.meta.url;
  const options = { workerData: { ...data, port }, transferList: [port], eval: true };
  const load = here.endsWith('.ts')
    ? `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./read-worker.ts', here).href)}); })`
    : `import(${JSON.stringify(new URL('./read-worker.js', here).href)})`;
  const failed = `const ready = new Int32Array(require('node:worker_threads').workerData.shared, ${READY * 4}, 1); Atomics.store(ready, 0, -1); Atomics.notify(ready, 0);`;
  return new Worker(`${load}.catch(() => { ${failed} });`, options);
}

/**
 * Bytes from the end under which a worker is not worth it: what is left when it is ready is read
 * here (its start took as long as this thread needs for the rest).
 */
const WORTH_BYTES = 8 * 1024 * 1024;

/**
 * How much later the worker's half starts than the place it is given: counting quotes up to it,
 * the header read again, and the reader's code compiled afresh in the worker (measured at 1M
 * rows: this thread waited 0.56 s for the worker at the end when the cut was simply the middle).
 */
const WORKER_LAG_MS = 600;

/**
 * The worker's rows take this fraction of the time they took to read again before this thread has
 * them: the worker gathers its columns, they are copied to this thread and taken in (at 1M rows,
 * 0.68 s, 0.15 s and 0.25–0.45 s for a half read in 11.4 s).
 */
const WORKER_TAIL = 0.1;

/** The second reader, started once the first knows the encoding and has read the header. */
export class SecondReader {
  private paceFrom: { done: number; at: number } | undefined;
  private readonly ints: Int32Array;
  private readonly at: Float64Array;
  private readonly port: MessagePort;
  private readonly worker: Worker;

  constructor(
    path: string,
    private readonly size: number,
    options: { codebook: Codebook; file: string; delimiter: string; redactPersonal: boolean; encoding: Encoding },
    /** Bytes left to read when the worker is ready under which it is not used (`WORTH_BYTES`; 0 when two threads were asked for). */
    private readonly worth = WORTH_BYTES,
  ) {
    const shared = new SharedArrayBuffer(INTS * 4 + 3 * 8);
    ({ ints: this.ints, at: this.at } = views(shared));
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = workerOf({ path, ...options, shared }, port2);
    // Never keeps the process alive: a run that fails ends at once.
    this.worker.unref();
    // A worker that fails before its module runs (out of memory, a broken runtime) is never
    // ready, and this thread reads alone; what it throws arrives after the read, and must not
    // end the process then.
    this.worker.on('error', () => {});
  }

  /**
   * Where the worker looks for the cut from, once it has started: the middle of what is left to
   * read, `done` being read here already, so that both threads end together however long the
   * worker took to start (a little past it: the worker first counts the quotes up to there).
   * Null while it starts, and -1 when what is left is not worth it (read on alone).
   */
  place(done: number): number | null {
    // This thread's pace while the worker starts: bytes read here since, and when.
    this.paceFrom ??= { done, at: performance.now() };
    const set = Atomics.load(this.ints, FROM);
    if (set === FROM_SET) return this.at[FROM_AT]!;
    if (set === FROM_CANCELLED) return -1;
    let ready = Atomics.load(this.ints, READY);
    if (ready === 0) {
      // Asked for two threads: at the middle, wait for the worker rather than read on alone (for
      // START_MS at most; a worker still not started by then is read without).
      if (this.worth > 0 || done < this.size / 2) return null;
      ready = waitWhile(this.ints, READY, 0, undefined, START_MS);
    }
    // Not started, its module could not be loaded (−1), or too little is left to share.
    if (ready !== 1 || this.size - done < this.worth) {
      signal(this.ints, FROM, FROM_CANCELLED);
      return -1;
    }
    // The worker starts its half later than its start (it counts the quotes up to the cut, reads
    // the header again, and its code is not compiled yet: about WORKER_LAG_MS), and its rows then
    // take WORKER_TAIL of their reading time more to hand over. Both threads end together at c:
    // c − done = lag·pace + (size − c)(1 + tail).
    const bytesPerMs = (done - this.paceFrom.done) / Math.max(1, performance.now() - this.paceFrom.at);
    const lag = Math.min(bytesPerMs * WORKER_LAG_MS, (this.size - done) / 2);
    this.at[FROM_AT] = Math.floor((done + lag + this.size * (1 + WORKER_TAIL)) / (2 + WORKER_TAIL));
    signal(this.ints, FROM, FROM_SET);
    return this.at[FROM_AT]!;
  }

  /** Where this thread stops reading (blocks until the worker has found it), or -1: read on alone. */
  cut(): number {
    return waitWhile(this.ints, CUT, 0) === CUT_FOUND ? this.at[CUT_AT]! : -1;
  }

  /**
   * The worker's half (blocks until it is read; `onWait` is told the bytes of it read so far every
   * quarter of a second), or null: read it here.
   */
  part(onWait?: (workerBytes: number) => void): (RowsPart & { readonly from: RecordBoundary }) | null {
    waitWhile(this.ints, DONE, 0, onWait && (() => onWait(this.at[WORKER_BYTES]!)));
    const message = receiveMessageOnPort(this.port)?.message as PartReply | undefined;
    return message && 'part' in message ? message.part : null;
  }

  /** Stop the worker (its half is read here, or the read failed). */
  stop(): void {
    signal(this.ints, FROM, Atomics.load(this.ints, FROM) || FROM_CANCELLED);
    this.port.close();
    void this.worker.terminate();
  }
}
