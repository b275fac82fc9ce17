/**
 * `pnpm bench --report`: the compiled report command (`dist/report/cli.js`, rebuilt first) run on
 * a data folder several times, each in a process of its own as an analyst runs it, with the
 * chart worker and without it (alternating). Each run records the wall time from spawn to exit
 * and the command's own phase times (wall and CPU of all threads); medians are reported.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Phase, PhaseTime } from '../annual-report/phases.js';
import { bundleReport, REPORT_BUNDLE } from '../../scripts/build.js';

export const PHASES: readonly Phase[] = ['start', 'read', 'analyse', 'charts', 'page', 'write'];
export type Mode = 'worker' | 'main_thread';

export interface ReportModeResult {
  /** Median wall seconds from spawning `node dist/report/cli.js` to its exit. */
  total_s: number;
  /** Median wall and CPU milliseconds of each phase (CPU counts every thread of the process). */
  phases_ms: Record<Phase, { wall: number; cpu: number }>;
  peak_rss_mb: number;
  runs_total_s: number[];
}

export interface ReportResult {
  data: string;
  runs: number;
  modes: Record<Mode, ReportModeResult>;
  /** Load average of the machine when the runs began and ended (1, 5, 15 minutes). */
  loadavg: { before: number[]; after: number[] };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface OneRun {
  total: number;
  phases: PhaseTime[];
  maxRssMb: number;
}

function runOnce(root: string, data: string, mode: Mode, dir: string): OneRun {
  const phasesFile = join(dir, 'phases.json');
  const out = join(dir, 'report');
  const t = performance.now();
  const p = spawnSync(process.execPath, [REPORT_BUNDLE, '--data', data, '--out', out, '--quiet'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SMESEC_REPORT_PHASES: phasesFile, SMESEC_CHART_WORKER: mode === 'worker' ? '1' : '0' },
  });
  const total = performance.now() - t;
  if (p.status !== 0) throw new Error(`pnpm report failed (status ${p.status}):\n${p.stderr}`);
  const { phases, maxRssMb } = JSON.parse(readFileSync(phasesFile, 'utf8')) as { phases: PhaseTime[]; maxRssMb: number };
  return { total, phases, maxRssMb };
}

/** Time the report command `runs` times per mode on `data`, alternating the modes. */
export async function benchReport({ root, data, runs, log }: { root: string; data: string; runs: number; log: (m: string) => void }): Promise<ReportResult> {
  await bundleReport({ warm: true });
  const before = (await import('node:os')).loadavg();
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  const all: Record<Mode, OneRun[]> = { worker: [], main_thread: [] };
  try {
    for (let k = 0; k < runs; k++) {
      const order: Mode[] = k % 2 ? ['main_thread', 'worker'] : ['worker', 'main_thread'];
      for (const mode of order) {
        const r = runOnce(root, data, mode, dir);
        all[mode].push(r);
        log(`  report ${data}, run ${k + 1}/${runs}, ${mode}: ${(r.total / 1000).toFixed(2)} s (${r.phases.map((p) => `${p.phase} ${Math.round(p.ms)}`).join(', ')} ms)`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const summarise = (rs: OneRun[]): ReportModeResult => {
    const phase = (name: Phase, key: 'ms' | 'cpuMs') => median(rs.map((r) => r.phases.find((p) => p.phase === name)?.[key] ?? NaN));
    return {
      total_s: median(rs.map((r) => r.total)) / 1000,
      phases_ms: Object.fromEntries(PHASES.map((p) => [p, { wall: phase(p, 'ms'), cpu: phase(p, 'cpuMs') }])) as ReportModeResult['phases_ms'],
      peak_rss_mb: median(rs.map((r) => r.maxRssMb)),
      runs_total_s: rs.map((r) => r.total / 1000),
    };
  };
  return { data, runs, modes: { worker: summarise(all.worker), main_thread: summarise(all.main_thread) }, loadavg: { before, after: (await import('node:os')).loadavg() } };
}

const ms = (x: number) => String(Math.round(x));

/** The report phases as a markdown table. */
export function reportMarkdown(r: ReportResult): string {
  const head = `| mode | total s | ${PHASES.map((p) => `${p} ms (wall / CPU)`).join(' | ')} | peak RSS MB |\n|---|---:|${PHASES.map(() => '---:').join('|')}|---:|\n`;
  const rows = (Object.keys(r.modes) as Mode[])
    .map((m) => {
      const x = r.modes[m];
      return `| ${m === 'worker' ? 'charts in a worker thread (SMESEC_CHART_WORKER=1)' : 'charts in the main thread (default)'} | ${x.total_s.toFixed(2)} | ${PHASES.map((p) => `${ms(x.phases_ms[p].wall)} / ${ms(x.phases_ms[p].cpu)}`).join(' | ')} | ${Math.round(x.peak_rss_mb)} |`;
    })
    .join('\n');
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
  return `## The report command (\`pnpm bench --report\`)\n\n\`node dist/report/cli.js --data ${r.data}\`, medians of ${r.runs} runs per mode, modes alternating; load average ${load(r.loadavg.before)} before and ${load(r.loadavg.after)} after.\n\n${head}${rows}\n`;
}
