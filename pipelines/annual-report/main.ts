/**
 * Entry of the compiled report command (`dist/report/report.cjs`, started by `dist/report/cli.js`; see scripts/build.ts). In the main
 * thread: start the chart worker (this same file) if asked to, then run the command, and write the phase
 * times as JSON to the file named by `SMESEC_REPORT_PHASES` when it is set (`pnpm bench
 * --report` reads them). In the worker thread: serve the charts.
 */
import { writeFileSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import { CHART_WORKER_ROLE, serveCharts, startChartWorker } from './chart-worker.js';
import { onPhase, type PhaseTime } from './phases.js';
import { keepChartShapesIn } from './shape-cache.js';

if (!isMainThread && (workerData as { role?: string } | null)?.role === CHART_WORKER_ROLE) {
  void serveCharts();
} else {
  const phasesFile = process.env.SMESEC_REPORT_PHASES;
  if (phasesFile) {
    const times: PhaseTime[] = [];
    onPhase((t) => times.push(t));
    process.on('exit', () => writeFileSync(phasesFile, JSON.stringify({ phases: times, maxRssMb: process.resourceUsage().maxRSS / 1024 })));
  }
  // Measured on the 2-core machine, busy or nearly idle, the worker made the run slower (its own
  // start and warm-up cost more than they overlap; reports/bench/latest.md): it runs only when
  // SMESEC_CHART_WORKER=1 asks for it.
  if (process.env.SMESEC_CHART_WORKER === '1') startChartWorker(new URL(import.meta.url));
  else if (process.env.SMESEC_REPORT_CACHE) keepChartShapesIn(`${process.env.SMESEC_REPORT_CACHE}.charts.json`);
  void import('./cli.js');
}
