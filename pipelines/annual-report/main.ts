/**
 * Entry of the compiled report command (`dist/report/cli.js`, see scripts/build.ts). In the main
 * thread: start the chart worker (this same file), then run the command, and write the phase
 * times as JSON to the file named by `SMESEC_REPORT_PHASES` when it is set (`pnpm bench
 * --report` reads them). In the worker thread: serve the charts.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import { CHART_WORKER_ROLE, serveCharts, startChartWorker } from './chart-worker.js';
import { onPhase, type PhaseTime } from './phases.js';

if (!isMainThread && (workerData as { role?: string } | null)?.role === CHART_WORKER_ROLE) {
  await serveCharts();
} else {
  const phasesFile = process.env.SMESEC_REPORT_PHASES;
  if (phasesFile) {
    const times: PhaseTime[] = [];
    onPhase((t) => times.push(t));
    process.on('exit', () => writeFileSync(phasesFile, JSON.stringify({ phases: times, maxRssMb: process.resourceUsage().maxRSS / 1024 })));
  }
  // The worker pays only with a core to spare: on a busy machine its warm-up competes with the
  // main thread and the run takes longer (see reports/bench/latest.md). SMESEC_CHART_WORKER=1 or
  // 0 forces the choice (the bench measures both).
  const forced = process.env.SMESEC_CHART_WORKER;
  const spare = availableParallelism() - loadavg()[0]! >= 1;
  if (forced === '1' || (forced !== '0' && spare)) startChartWorker(new URL(import.meta.url));
  await import('./cli.js');
}
