import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { activeListCsv } from '@smesec/experts';
import { figuresCsv } from '@smesec/interop';
import { analyse, buildDocument, buildReportModel, DEFAULT_TEMPLATE, reportTableCsv, toFigures, validationSummary, type FileValidation, type ReportModel, type ValidationSummary } from '@smesec/report';
import { checkReferences, formatIssue, isError, type Codebook, type CodebookSet, type ReadResult } from '@smesec/survey';
import { fy2024Programme, type Programme } from '@smesec/programme';
import { loadProgramme } from '@smesec/programme/node';
import { loadCsv } from '@smesec/survey/node';
import type { ReportArgs } from './args.js';
import { loadActivity } from '@smesec/activity/node';
import { chooseYear, loadDatasetInfo, loadPreviousFigures, noticeOf } from './dataset-info.js';
import { progress } from './progress.js';
import { writeFolderAtomic } from './write-atomic.js';

export interface RunOutput {
  /** Process exit status: 0 written, 1 invalid input. */
  readonly status: number;
  readonly results?: ReadonlyMap<string, ReadResult>;
}

/** Files above this size report their reading progress. */
const BIG_FILE = 20e6;

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** Sorted keys, so that figures.json diffs cleanly between runs and years. */
function sortedFigures(figures: Record<string, number>): Record<string, number | null> {
  return Object.fromEntries(Object.keys(figures).sort().map((k) => [k, Number.isFinite(figures[k]) ? figures[k]! : null]));
}

/** Every figure of the report model: the funnel, the survey sections, the activity section. */
function allFigures(model: ReportModel) {
  return [model.funnel, ...model.sections.flatMap((s) => s.figures), ...(model.activity?.section.figures ?? [])];
}

/** Every table of the report model, once each, keyed by its CSV file name. */
function tableFiles(model: ReportModel): Map<string, string> {
  const tables = [...allFigures(model).map((f) => f.table), ...(model.changes ? [model.changes.significant, model.changes.trend] : [])];
  return new Map(tables.map((t) => [`tables/${t.id}.csv`, reportTableCsv(t)]));
}

/** The validation summary of an input file that is not in the data folder. */
function missingFile(cb: Codebook, data: string): FileValidation {
  const file = cb.file ?? `${cb.id}.csv`;
  const error = { row: 0, line: 0, column: '', value: '', code: 'file_not_found', expected: join(data, file) };
  return { file, instrument: cb.id, encoding: 'unknown', rows_read: 0, rows_accepted: 0, rows_rejected: 0, blank_rows: 0, file_errors: [error], rejected: [], warnings: [] };
}

/** The annual report: read and validate the four inputs, compute every figure, write the report folder. */
export async function runReport(args: ReportArgs): Promise<RunOutput> {
  const step = progress({ quiet: args.quiet });
  const info = loadDatasetInfo(args.data);
  const history = (args.compare ?? []).map(loadPreviousFigures);
  const codebookPath = join(args.data, 'codebook.json');
  // The codebook and its rules are checked before any CSV is read: a bad rule is the analyst's
  // error line, not a stack trace after minutes of reading.
  const programme: Programme = existsSync(codebookPath) ? loadProgramme(codebookPath) : fy2024Programme;
  const codebooks: CodebookSet = programme.codebooks;
  step(`codebook: ${existsSync(codebookPath) ? codebookPath : `built-in ${codebooks.id}`} (${codebooks.instruments.length} instruments)`);
  const { year, from } = chooseYear({
    ...(args.year !== undefined ? { argYear: args.year } : {}),
    info,
    dataPath: args.data,
    ...(existsSync(codebookPath) ? { codebookYear: codebooks.label } : {}),
    builtinYear: codebooks.label,
  });
  step(`year: ${year} (from ${from})${info.synthetic ? ', synthetic data' : ''}`);

  const paths = new Map<string, { path: string; file: string }>();
  const missing: string[] = [];
  for (const cb of codebooks.instruments) {
    const file = cb.file ?? `${cb.id}.csv`;
    const path = join(args.data, file);
    if (!existsSync(path)) missing.push(`${file}:0:: file not found (${path})`);
    else paths.set(cb.id, { path, file });
  }
  // Each file is streamed from disk (memory holds the tables, never the files' text), with a
  // progress line per tenth of a big file so a million-row input does not look stuck.
  const read = new Map<string, ReadResult>();
  for (const cb of codebooks.instruments) {
    if (!paths.has(cb.id)) continue;
    const { path, file } = paths.get(cb.id)!;
    let shown = 0;
    const onProgress = (done: number, total: number) => {
      const tenth = Math.floor((10 * done) / total);
      if (total < BIG_FILE || tenth <= shown || tenth >= 10) return;
      shown = tenth;
      step(`reading ${file}: ${tenth * 10}% of ${Math.round(total / 1e6)} MB`);
    };
    read.set(cb.id, loadCsv(path, { codebook: cb, file, mode: 'lenient', onProgress }));
  }
  const results = checkReferences(read, { mode: 'lenient' });
  for (const r of results.values()) step(`read ${r.file}: ${r.stats.rows} rows, ${r.stats.accepted} accepted, ${r.stats.rejected} rejected (${r.encoding})`);
  // A missing file is still a file of the summary, so that it accounts for every input.
  const summary = validationSummary(results.values());
  const validation: ValidationSummary = missing.length === 0 ? summary : { ok: false, files: codebooks.instruments.map((cb) => summary.files.find((f) => f.instrument === cb.id) ?? missingFile(cb, args.data)) };
  if (args.validation) {
    mkdirSync(dirname(args.validation), { recursive: true });
    writeFileSync(args.validation, json(validation));
  }
  const issues = [...results.values()].flatMap((r) => r.issues);
  for (const w of issues.filter((i) => !isError(i))) if (!args.quiet) process.stderr.write(`warning: ${formatIssue(w)}\n`);
  const errors = [...missing, ...issues.filter(isError).map((e) => formatIssue(e))];
  if (errors.length > 0) {
    for (const e of errors) process.stderr.write(`${e}\n`);
    process.stderr.write(`${errors.length} error${errors.length === 1 ? '' : 's'}: no report written (${args.out} left as it was)\n`);
    return { status: 1, results };
  }

  const activity = args.activity ? loadActivity(args.activity) : undefined;
  if (activity) step(`programme activity: ${args.activity} (${activity.results.size} files, ${[...activity.results.values()].reduce((a, r) => a + r.stats.rows, 0)} records)`);
  // One analysis: figures.json flattens it, the report model reads it.
  const analysis = analyse(results, { programme, ...(activity ? { activity } : {}) });
  const figures = toFigures(analysis);
  step(`computed ${Object.keys(figures).length} figures`);
  const experts = programme.experts.codebook;
  const list = analysis.experts!.list;
  step(`active list: ${list.numRows()} listed`);

  const model = buildReportModel(analysis, { figures, year, history });
  step(`report model: ${model.sections.length} sections, ${model.sections.reduce((a, s) => a + s.figures.length, 1)} figures`);
  // The year's report.md lays the page out and words it; without one, the built-in template,
  // which says only what it computes. A bad figure id stops here, before anything is written.
  const templatePath = join(args.data, 'report.md');
  const ownTemplate = existsSync(templatePath);
  const document = buildDocument(ownTemplate ? readFileSync(templatePath, 'utf8') : DEFAULT_TEMPLATE, model, { figures });
  step(`template: ${ownTemplate ? templatePath : 'built-in'} (${document.sections.length} sections)`);
  // The chart renderers take most of the start-up time: loaded only once the inputs are valid,
  // so that a run that stops at validation answers at once.
  const { renderCharts, renderDashboard } = await import('@smesec/dashboard');
  const { bundleClientScript } = await import('@smesec/dashboard/node');
  const svgs = await renderCharts(allFigures(model));
  step(`rendered ${svgs.size} charts to SVG`);
  const script = await bundleClientScript();
  const notice = noticeOf(info);
  const page = renderDashboard(model, { document, svgs, script, ...(notice ? { notice } : {}) });
  step(`dashboard: ${Math.round(page.length / 1024)} KB`);
  const files = new Map<string, string | Uint8Array>([
    ['index.html', page],
    ['figures.json', json(sortedFigures(figures))],
    ['figures.csv', figuresCsv(sortedFigures(figures))],
    ['validation.json', json(validation)],
    ['active-list.csv', activeListCsv(list, { codebook: experts })],
    ...tableFiles(model),
  ]);
  writeFolderAtomic(args.out, files);
  step(`wrote ${args.out}: ${files.size} files (index.html, figures.json, figures.csv, validation.json, active-list.csv, ${files.size - 5} tables)`);
  return { status: 0, results };
}
