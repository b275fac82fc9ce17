/** One size's medians, as latest.json holds them. */
export interface SizeResult {
  rows: number;
  csv_mb: number;
  sjis_mb: number;
  ours_s: number;
  ours_sjis_s: number;
  duckdb_s: number;
  /** Null when the baseline cannot run at this size (`baseline_error` says why). */
  baseline_s: number | null;
  baseline_error?: string;
  ratio_vs_duckdb: number;
  sjis_ratio: number;
  ratio_baseline_vs_ours: number | null;
  rows_per_s: number;
  mb_per_s: number;
  /** The library's peak RSS (UTF-8 input). */
  peak_rss_mb: number;
  rss_to_csv: number;
  peak_rss_mb_by_engine: { ours: number; ours_sjis: number; duckdb: number; baseline: number | null };
  /** Every run's seconds, per engine, in the order run. */
  runs_s: { ours: number[]; ours_sjis: number[]; duckdb: number[]; baseline: number[] };
  /** Figure ids compared between the engines. */
  figures_compared: { ours_duckdb: number; ours_baseline: number; duckdb_baseline: number; ours_sjis_utf8: number };
}

const f = (x: number | null, d = 2) => (x === null ? '—' : x.toFixed(d));
const mb = (x: number | null) => (x === null ? '—' : String(Math.round(x)));

/** The markdown table beside latest.json. */
export function markdownTable(machine: Record<string, unknown>, results: readonly SizeResult[]): string {
  const head =
    '| rows | CSV MB (UTF-8 / SJIS) | ours s | ours SJIS s | DuckDB s | baseline s | ours ÷ DuckDB | SJIS ÷ UTF-8 | ours rows/s | ours MB/s | µs per row | peak RSS MB: ours / SJIS / DuckDB / baseline | ours RSS ÷ CSV |\n' +
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n';
  const body = results
    .map((r) => {
      const rss = r.peak_rss_mb_by_engine;
      return `| ${r.rows.toLocaleString('en')} | ${f(r.csv_mb, 1)} / ${f(r.sjis_mb, 1)} | ${f(r.ours_s)} | ${f(r.ours_sjis_s)} | ${f(r.duckdb_s)} | ${f(r.baseline_s)} | ${f(r.ratio_vs_duckdb)} | ${f(r.sjis_ratio)} | ${Math.round(r.rows_per_s).toLocaleString('en')} | ${f(r.mb_per_s, 1)} | ${f((r.ours_s / r.rows) * 1e6, 1)} | ${mb(rss.ours)} / ${mb(rss.ours_sjis)} / ${mb(rss.duckdb)} / ${mb(rss.baseline)} | ${f(r.rss_to_csv)} |`;
    })
    .join('\n');
  const notes = results.filter((r) => r.baseline_error).map((r) => `\n— baseline at ${r.rows.toLocaleString('en')} rows: ${r.baseline_error}.`).join('');
  const m = machine as { cpu: string; cores: number; memory_gb: number; node: string; duckdb: string; date: string };
  return `# Benchmark: experts file end to end\n\nMedians of the runs, each engine in a process of its own, engines alternating within one run (\`pnpm bench\`, see \`pipelines/bench/README.md\`).\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GiB, Node ${m.node}, DuckDB ${m.duckdb}; ${m.date}.\n\n${head}${body}\n${notes}\n`;
}
