import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import type { WorkerOptions } from 'node:worker_threads';
import { afterAll, expect, test, vi } from 'vitest';
import { fy2024 } from '@smesec/programme';
import { instrumentOf } from '../index.js';
import { loadCsv } from '../node.js';
import type { ReadResult } from '../read/finish-read.js';
import { PARALLEL_MIN_BYTES } from './parallel-read.js';

// The workers this file starts fail: before any of their code runs ('crash'), or because their
// module cannot be loaded ('missing', as in an install without it).
const started = vi.hoisted(() => ({ workers: 0, failure: 'crash' as 'crash' | 'missing' }));
vi.mock('node:worker_threads', async (original) => {
  const actual = await original<typeof WorkerThreads>();
  class FailingWorker extends actual.Worker {
    constructor(code: string | URL, options: WorkerOptions) {
      started.workers++;
      const failing = started.failure === 'crash' ? 'throw new Error("the worker failed at its start");' : String(code).replaceAll('read-worker.', 'no-such-module.');
      super(failing, { ...options, eval: true });
    }
  }
  return { ...actual, Worker: FailingWorker };
});

const dir = mkdtempSync(join(tmpdir(), 'parallel-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codebook = instrumentOf(fy2024, 'attendees');

/** A file just over the size read by two threads by default. */
function largeFile(): string {
  const text = readFileSync(new URL('../../test/fixtures/attendees-utf8.csv', import.meta.url), 'utf8');
  const firstBreak = text.indexOf('\n') + 1;
  const records = text.slice(firstBreak);
  const parts = [text.slice(0, firstBreak)];
  let size = firstBreak;
  for (let k = 0; size <= PARALLEL_MIN_BYTES; k++) {
    const copy = records.replace(/A00(\d)/g, (_, d: string) => `A${k}-${d}`);
    parts.push(copy);
    size += Buffer.byteLength(copy);
  }
  const path = join(dir, 'large.csv');
  writeFileSync(path, parts.join(''));
  return path;
}

const path = largeFile();
const alone = loadCsv(path, { codebook, mode: 'lenient', threads: 1 });
/** The table column by column. */
const columns = (r: ReadResult) => r.table.columnNames().map((c) => [c, Array.from(r.table.array(c) as ArrayLike<unknown>)]);

/** Read with a worker that fails: the same result as one thread's, and no error after it. */
async function readWithout(failure: 'crash' | 'missing', threads: number | undefined): Promise<void> {
  started.failure = failure;
  const before = started.workers;
  const uncaught = vi.fn();
  process.on('uncaughtException', uncaught);
  try {
    const read = loadCsv(path, { codebook, mode: 'lenient', threads });
    expect(started.workers).toBe(before + 1);
    expect(read.threads).toBeUndefined();
    expect(read.stats).toEqual(alone.stats);
    expect(read.issues).toEqual(alone.issues);
    expect(read.rowNumbers).toEqual(alone.rowNumbers);
    expect(columns(read)).toEqual(columns(alone));
    // What the worker throws reaches the event loop after the read: it must not end the process.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(uncaught).not.toHaveBeenCalled();
  } finally {
    process.off('uncaughtException', uncaught);
  }
}

test('the file is large enough for two threads, and one thread reads it whole', () => {
  expect(started.workers).toBe(0);
  expect(alone.stats.accepted).toBeGreaterThan(100_000);
  expect(alone.stats.rejected).toBe(0);
});

test('a worker that fails at its start: the file is read by this thread alone, with the same result', async () => {
  await readWithout('crash', undefined);
});

test('a worker whose module cannot be loaded says so at once: even when two threads are asked for, this thread reads on without waiting for it', async () => {
  // Without the signal this read would wait 20 s for the worker, past the test's time limit.
  await readWithout('missing', 2);
});
