/**
 * `pnpm bench`: the experts file of 10k, 100k and 1M rows read, validated, scored and tabulated
 * by the library, by DuckDB in SQL and by a naive papaparse baseline, alternating within one run.
 * The engines must agree on every figure they share; medians go to reports/bench/latest.{json,md}.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version as duckdbVersion } from '@duckdb/node-api';
import { instrumentOf, type Figures } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { parseBenchArgs, USAGE, UsageError } from './args.js';
import { compareFigures } from './compare.js';
import { ensureData, type BenchFiles } from './data/ensure-data.js';
import { scoredTableSql } from './engines/duckdb.js';
import { machineInfo } from './machine.js';
import { readLatest, writeLatest } from './latest.js';
import type { SizeResult } from './report.js';
import { benchReport } from './report-phases.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const WORKER = join(here, 'worker.ts');

type Run = 'ours' | 'ours_sjis' | 'duckdb' | 'baseline';
const RUNS: readonly Run[] = ['ours', 'ours_sjis', 'duckdb', 'baseline'];

interface WorkerResult {
  seconds: number;
  peakRssMb: number;
  figures?: Figures;
}

/**
 * The engines' process compiled once per run of the bench, as the report command is: one ES module
 * bundled by esbuild, with the reader's worker beside it (`new URL('./read-worker.js', …)`). Run
 * through tsx instead, the library was timed with tsx's loader thread compiling the worker
 * thread's modules while both threads read (about 1 s at 1M rows).
 */
async function compileWorker(outDir: string): Promise<string> {
  const esbuild = await import('esbuild');
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', legalComments: 'none', logLevel: 'warning' } as const;
  mkdirSync(outDir, { recursive: true });
  // Native: loaded from the bench package's node_modules.
  await esbuild.build({ ...common, entryPoints: [WORKER], outfile: join(outDir, 'worker.mjs'), external: ['@duckdb/node-api'] });
  await esbuild.build({ ...common, entryPoints: [join(root, 'packages', 'survey', 'src', 'node', 'read-worker.ts')], outfile: join(outDir, 'read-worker.js') });
  return join(outDir, 'worker.mjs');
}

let compiled = '';

function runWorker(run: Run, files: BenchFiles, withFigures: boolean): WorkerResult {
  const engine = run === 'ours_sjis' ? 'ours' : run;
  const file = run === 'ours_sjis' ? files.sjis : files.utf8;
  const args = ['--max-old-space-size=16384', compiled, engine, file, ...(withFigures ? ['figures'] : [])];
  const p = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (p.status !== 0) throw new Error(`${run} failed on ${file} (status ${p.status}):\n${p.stderr}`);
  return JSON.parse(p.stdout.trim().split('\n').pop()!) as WorkerResult;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(argv: readonly string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.sql) {
    console.log(`${scoredTableSql('experts.csv', instrumentOf(fy2024, 'experts')).join(';\n\n')};`);
    return 0;
  }
  const log = (m: string) => console.error(m);
  const out = resolve(root, args.out);
  const previous = readLatest(out);
  if (args.report) {
    const report = await benchReport({ root, data: args.reportData, runs: args.runs, log });
    console.log(writeLatest(out, { ...previous, report: { machine: machineInfo(duckdbVersion()), ...report } }));
    return 0;
  }
  const codebook = instrumentOf(fy2024, 'experts');
  compiled = await compileWorker(join(resolve(root, args.data), 'build'));
  const results: SizeResult[] = [];
  let failed = false;
  for (const rows of args.sizes) {
    const files = await ensureData({ codebook, dir: resolve(root, args.data), rows, log });
    const seconds: Record<Run, number[]> = { ours: [], ours_sjis: [], duckdb: [], baseline: [] };
    const rss: Record<Run, number[]> = { ours: [], ours_sjis: [], duckdb: [], baseline: [] };
    const figures: Partial<Record<Run, Figures>> = {};
    // The naive baseline holds the whole file as one string: past V8's longest string it cannot run.
    let baselineError: string | null = null;
    for (let k = 0; k < args.runs; k++) {
      // Rotate the order each run, so no engine always runs first (cold cache) or last.
      const order = RUNS.map((_, i) => RUNS[(i + k) % RUNS.length]!);
      for (const run of order) {
        if (run === 'baseline' && baselineError) continue;
        let r: WorkerResult;
        try {
          r = runWorker(run, files, k === 0 || (run === 'baseline' && !figures.baseline));
        } catch (e) {
          if (run !== 'baseline' || !/ERR_STRING_TOO_LONG/.test(String(e))) throw e;
          baselineError = 'cannot hold the file as one string (V8 strings are at most 2^29 − 24 characters)';
          log(`  ${rows} rows, baseline: ${baselineError}`);
          continue;
        }
        seconds[run].push(r.seconds);
        rss[run].push(r.peakRssMb);
        if (r.figures) figures[run] = r.figures;
        log(`  ${rows} rows, run ${k + 1}/${args.runs}, ${run}: ${r.seconds.toFixed(2)} s, ${Math.round(r.peakRssMb)} MB`);
      }
    }
    const pairs: [Run, Run][] = [['ours', 'duckdb'], ['ours', 'baseline'], ['duckdb', 'baseline'], ['ours', 'ours_sjis']];
    const compared = pairs.map(([a, b]) => {
      if (!figures[a] || !figures[b]) return 0;
      const c = compareFigures(figures[a], figures[b]);
      if (c.shared === 0 || c.differing.length > 0) {
        failed = true;
        console.error(`${rows} rows: ${a} and ${b} disagree on ${c.differing.length} of ${c.shared} shared figures:`);
        for (const d of c.differing.slice(0, 50)) console.error(`  ${d.id}: ${a} ${d.a}, ${b} ${d.b}`);
      }
      return c.shared;
    });
    const med = (run: Run) => median(seconds[run]);
    const medOrNull = (run: Run) => (seconds[run].length ? median(seconds[run]) : null);
    const csvMb = files.utf8Bytes / 1e6;
    const r: SizeResult = {
      rows,
      csv_mb: csvMb,
      sjis_mb: files.sjisBytes / 1e6,
      ours_s: med('ours'),
      ours_sjis_s: med('ours_sjis'),
      duckdb_s: med('duckdb'),
      baseline_s: medOrNull('baseline'),
      ...(baselineError ? { baseline_error: baselineError } : {}),
      ratio_vs_duckdb: med('ours') / med('duckdb'),
      sjis_ratio: med('ours_sjis') / med('ours'),
      ratio_baseline_vs_ours: seconds.baseline.length ? med('baseline') / med('ours') : null,
      rows_per_s: rows / med('ours'),
      mb_per_s: csvMb / med('ours'),
      peak_rss_mb: median(rss.ours),
      rss_to_csv: median(rss.ours) / csvMb,
      peak_rss_mb_by_engine: { ours: median(rss.ours), ours_sjis: median(rss.ours_sjis), duckdb: median(rss.duckdb), baseline: rss.baseline.length ? median(rss.baseline) : null },
      runs_s: seconds,
      figures_compared: { ours_duckdb: compared[0]!, ours_baseline: compared[1]!, duckdb_baseline: compared[2]!, ours_sjis_utf8: compared[3]! },
    };
    results.push(r);
    log(
      `${rows} rows (${csvMb.toFixed(1)} MB): ours ${r.ours_s.toFixed(2)} s, SJIS ${r.ours_sjis_s.toFixed(2)} s, DuckDB ${r.duckdb_s.toFixed(2)} s, baseline ${r.baseline_s?.toFixed(2) ?? baselineError} s; ` +
        `ours/DuckDB ${r.ratio_vs_duckdb.toFixed(2)}, SJIS/UTF-8 ${r.sjis_ratio.toFixed(2)}, peak RSS ${Math.round(r.peak_rss_mb)} MB (${r.rss_to_csv.toFixed(2)}× CSV)`,
    );
  }
  console.log(writeLatest(out, { ...previous, machine: machineInfo(duckdbVersion()), results }));
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof UsageError ? `${e.message}\n${USAGE}` : e);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
