/**
 * The report's charts drawn in a worker thread. The compiled command starts it first thing, so
 * that on a machine with two cores the chart renderers (Vega, Vega-Lite, Plot: most of the
 * program) are loaded and warmed up while the main thread reads and computes the report; the
 * main thread then sends the figures' chart intents and gets the SVGs back.
 */
import { Worker, parentPort } from 'node:worker_threads';
import type { ChartFigure } from '@smesec/dashboard';

export interface ChartWorker {
  /** Render the figures' charts, keyed by figure id (the same as `renderCharts` in process). */
  render(figures: readonly ChartFigure[]): Promise<Map<string, string>>;
}

type Reply = { ok: true; svgs: [string, string][] } | { ok: false; message: string };

/** The role a worker thread started by {@link startChartWorker} gets in its `workerData`. */
export const CHART_WORKER_ROLE = 'smesec-charts';

let current: ChartWorker | undefined;

/** The chart worker of this process, if the command started one. */
export function chartWorker(): ChartWorker | undefined {
  return current;
}

/** Start the worker from `entry`, a module that calls {@link serveCharts} in a thread with the role. */
export function startChartWorker(entry: URL): ChartWorker {
  const worker = new Worker(entry, { workerData: { role: CHART_WORKER_ROLE } });
  // Idle, it never keeps the process alive (a usage error or invalid input ends at once).
  worker.unref();
  let failed: Error | undefined;
  let waiting: ((r: Reply | Error) => void) | undefined;
  worker.on('message', (r: Reply) => waiting?.(r));
  worker.on('error', (e) => {
    failed = e;
    waiting?.(e);
  });
  current = {
    render(figures) {
      if (failed) return Promise.reject(failed);
      worker.ref();
      return new Promise<Map<string, string>>((resolve, reject) => {
        waiting = (r) => {
          waiting = undefined;
          worker.unref();
          if (r instanceof Error) reject(r);
          else if (r.ok) resolve(new Map(r.svgs));
          else reject(new Error(r.message));
        };
        worker.postMessage(figures.map(({ id, title, caption, chart }) => ({ id, title, caption, chart })));
      });
    },
  };
  return current;
}

/** The worker's side: load and warm up the renderers, then render each batch of figures sent. */
export async function serveCharts(): Promise<void> {
  const port = parentPort!;
  const { renderCharts, warmUpCharts } = await import('@smesec/dashboard');
  const warm = warmUpCharts().catch(() => undefined);
  port.on('message', (figures: ChartFigure[]) => {
    warm
      .then(() => renderCharts(figures))
      .then(
        (svgs) => port.postMessage({ ok: true, svgs: [...svgs] } satisfies Reply),
        (e: unknown) => port.postMessage({ ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies Reply),
      );
  });
}
