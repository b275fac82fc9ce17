/**
 * reports/bench/latest.json and latest.md: the sizes' medians (`pnpm bench`), the report command's
 * phases (`pnpm bench --report`) and the dashboard's time to its load event in Chromium (measured
 * by the browser test), each part kept when another is measured again.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machineInfo } from './machine.js';
import { markdownTable, type SizeResult } from './report.js';
import { reportMarkdown, type ReportResult } from './report-phases.js';

type Machine = ReturnType<typeof machineInfo>;

/** The FY2024 dashboard opened from disk in Chromium, several times. */
export interface PageLoadResult {
  machine: Machine;
  page_kb: number;
  /** Median milliseconds from navigation start to the end of the load event. */
  load_event_ms: number;
  /** First contentful paint, median milliseconds. */
  first_paint_ms: number | null;
  runs_ms: number[];
  /**
   * Median milliseconds of CPU time on the page's main thread from navigation start to the end of
   * the load event (the top-level tasks of a trace): what the page costs, which depends far less
   * than the wall time on what else the machine is running.
   */
  main_thread_ms?: number;
}

export interface Latest {
  machine?: Machine;
  results: SizeResult[];
  report?: ReportResult & { machine: Machine };
  page?: PageLoadResult;
}

/** The line in latest.md after which the hand-written notes start. */
export const NOTES = '<!-- notes: kept when the tables above are measured again -->';

export function readLatest(out: string): Latest {
  const file = join(out, 'latest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Latest) : { results: [] };
}

export function writeLatest(out: string, latest: Latest): string {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify(latest, null, 2)}\n`);
  const parts = [
    latest.machine && latest.results.length ? markdownTable(latest.machine, latest.results) : '',
    latest.report ? reportMarkdown(latest.report) : '',
    latest.page ? pageMarkdown(latest.page) : '',
  ].filter(Boolean);
  // What was learned from the numbers is written by hand below the marker and kept.
  const previous = existsSync(join(out, 'latest.md')) ? readFileSync(join(out, 'latest.md'), 'utf8') : '';
  const notes = previous.includes(NOTES) ? previous.slice(previous.indexOf(NOTES)) : '';
  const md = parts.join('\n') + (notes ? `\n${notes}` : '');
  writeFileSync(join(out, 'latest.md'), md);
  return md;
}

function pageMarkdown(p: PageLoadResult): string {
  return (
    `## The dashboard in Chromium (test/e2e/dashboard.test.ts)\n\n` +
    `reports/fy2024/index.html (${p.page_kb} KB) opened from disk in headless Chromium, ${p.runs_ms.length} times: ` +
    `median ${Math.round(p.load_event_ms)} ms to the end of the load event (runs: ${p.runs_ms.map((x) => Math.round(x)).join(', ')} ms), ` +
    `first contentful paint ${p.first_paint_ms === null ? '—' : `${Math.round(p.first_paint_ms)} ms`}` +
    `${p.main_thread_ms === undefined ? '' : `, main-thread CPU until the load event ${Math.round(p.main_thread_ms)} ms`}; load average ${p.machine.loadavg.join(' ')}.\n`
  );
}

/** Record the dashboard's load time in latest.json, keeping the rest. */
export function recordPageLoad(out: string, page: Omit<PageLoadResult, 'machine'>, duckdbVersion = 'not loaded'): void {
  writeLatest(out, { ...readLatest(out), page: { machine: machineInfo(duckdbVersion), ...page } });
}
