import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { activeListCsvChunks } from '@smesec/experts';
import { figuresCsv } from '@smesec/interop';
import { analyse, buildDocument, buildReportModel, DEFAULT_TEMPLATE, reportTableCsv, toFigures, validationSummary, type FileValidation, type ReportModel, type ValidationSummary } from '@smesec/report';
import { checkReferences, formatIssue, isError, issueMessages, type Codebook, type CodebookSet, type ReadResult } from '@smesec/survey';
import { fy2024Programme, readBestPractices, type Programme } from '@smesec/programme';
import { loadProgramme } from '@smesec/programme/node';
import { DEFAULT_MAX_FILE_BYTES, InputFileError, loadCsv, readInputFile } from '@smesec/survey/node';
import type { ReportArgs } from './args.js';
import { loadActivity } from '@smesec/activity/node';
import { chartWorker } from './chart-worker.js';
import { chooseYear, loadDatasetInfo, loadPreviousFigures, noticeOf } from './dataset-info.js';
import { commandMessages, errorReport } from './messages.js';
import { phaseClock } from './phases.js';
import { progress } from './progress.js';
import { useKeptChartShapes } from './shape-cache.js';
import { writeFolderAtomic, type FileContent } from './write-atomic.js';
import { readXlsxInputs } from './xlsx-inputs.js';
import { tablesWorkbook, type TableSheet } from '@smesec/report/node';

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
  return new Map(tableSheets(model).map(({ table: t }) => [`tables/${t.id}.csv`, reportTableCsv(t)]));
}

/** Every table the report writes, with its title, base and source: the figures', the published ones, the changes. */
function tableSheets(model: ReportModel): TableSheet[] {
  return [
    ...allFigures(model),
    ...model.published.map((p) => ({ title: p.table.title, caption: '', source: p.source, table: p.table })),
    ...(model.changes ? [model.changes.significant, model.changes.trend].map((t) => ({ title: t.title, caption: '', source: '', table: t })) : []),
  ];
}

/** The validation summary of an input file that is not in the data folder, or was refused unread (a FIFO, a folder, too large). */
function missingFile(cb: Codebook, data: string, refused?: InputFileError): FileValidation {
  const file = cb.file ?? `${cb.id}.csv`;
  const error = { row: 0, line: 0, column: '', value: '', code: refused?.code ?? 'file_not_found', expected: refused?.detail ?? join(data, file) };
  return { file, instrument: cb.id, encoding: 'unknown', rows_read: 0, rows_accepted: 0, rows_rejected: 0, blank_rows: 0, file_errors: [error], rejected: [], warnings: [] };
}

/** The annual report: read and validate the four inputs, compute every figure, write the report folder. */
export async function runReport(args: ReportArgs, { beforeInstall }: { beforeInstall?: () => void } = {}): Promise<RunOutput> {
  const lang = args.lang ?? 'ja';
  const say = commandMessages[lang];
  const step = progress({ quiet: args.quiet });
  const phase = phaseClock();
  const info = loadDatasetInfo(args.data);
  const history = (args.compare ?? []).map(loadPreviousFigures);
  const maxBytes = args.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const codebookPath = join(args.data, 'codebook.json');
  // The codebook and its rules are checked before any CSV is read: a bad rule is the analyst's
  // error line, not a stack trace after minutes of reading.
  const programme: Programme = existsSync(codebookPath) ? loadProgramme(codebookPath, { maxBytes }) : fy2024Programme;
  const codebooks: CodebookSet = programme.codebooks;
  step(say.codebook(existsSync(codebookPath) ? codebookPath : say.builtIn(codebooks.id), codebooks.instruments.length));
  const { year, from } = chooseYear({
    ...(args.year !== undefined ? { argYear: args.year } : {}),
    info,
    dataPath: args.data,
    ...(existsSync(codebookPath) ? { codebookYear: codebooks.label } : {}),
    builtinYear: codebooks.label,
  });
  step(say.year(year, from, info.synthetic));

  // An instrument without its CSV file is read from an Excel workbook when the folder has one.
  const xlsx = await readXlsxInputs(args.data, codebooks, codebooks.instruments.filter((cb) => !existsSync(join(args.data, cb.file ?? `${cb.id}.csv`))));
  for (const note of xlsx.notes) step(say.workbook(note));
  const paths = new Map<string, { path: string; file: string }>();
  const missing: string[] = [];
  for (const cb of codebooks.instruments) {
    const file = cb.file ?? `${cb.id}.csv`;
    const path = join(args.data, file);
    if (xlsx.read.has(cb.id)) continue;
    if (!existsSync(path)) missing.push(say.fileNotFound(file, path));
    else paths.set(cb.id, { path, file });
  }
  // Each file is streamed from disk (memory holds the tables, never the files' text), with a
  // progress line per tenth of a big file so a million-row input does not look stuck.
  const read = new Map<string, ReadResult>();
  const refused = new Map<string, InputFileError>();
  for (const cb of codebooks.instruments) {
    if (xlsx.read.has(cb.id)) read.set(cb.id, xlsx.read.get(cb.id)!);
    if (!paths.has(cb.id)) continue;
    const { path, file } = paths.get(cb.id)!;
    let shown = 0;
    const onProgress = (done: number, total: number) => {
      const tenth = Math.floor((10 * done) / total);
      if (total < BIG_FILE || tenth <= shown || tenth >= 10) return;
      shown = tenth;
      step(say.reading(file, tenth * 10, Math.round(total / 1e6)));
    };
    try {
      read.set(cb.id, loadCsv(path, { codebook: cb, file, mode: 'lenient', onProgress, maxBytes, ...(args.threads ? { threads: args.threads } : {}) }));
    } catch (e) {
      if (!(e instanceof InputFileError)) throw e;
      missing.push(e.message);
      refused.set(cb.id, e);
    }
  }
  const results = checkReferences(read, { mode: 'lenient' });
  // The published 指導事例集, when the folder has one: validated like the instruments, and
  // accounted for in validation.json, but not an instrument the analysis reads.
  const bestPracticesPath = join(args.data, 'best-practices.csv');
  const bestPractices = existsSync(bestPracticesPath) ? readBestPractices(readInputFile(bestPracticesPath, { maxBytes }), { mode: 'lenient' }) : undefined;
  const inputs = [...results.values(), ...(bestPractices ? [bestPractices.result] : [])];
  for (const r of inputs) step(say.read(r.file, r.stats.rows, r.stats.accepted, r.stats.rejected, r.encoding, r.threads));
  // A missing file is still a file of the summary, so that it accounts for every input.
  const summary = validationSummary(inputs);
  const validation: ValidationSummary =
    missing.length === 0
      ? summary
      : { ok: false, files: [...codebooks.instruments.map((cb) => summary.files.find((f) => f.instrument === cb.id) ?? missingFile(cb, args.data, refused.get(cb.id))), ...summary.files.filter((f) => !codebooks.instruments.some((cb) => cb.id === f.instrument))] };
  if (args.validation) {
    mkdirSync(dirname(args.validation), { recursive: true });
    writeFileSync(args.validation, json(validation));
  }
  const issues = inputs.flatMap((r) => r.issues);
  for (const w of issues.filter((i) => !isError(i))) if (!args.quiet) process.stderr.write(`${say.warning(formatIssue(w, issueMessages[lang]))}\n`);
  const errors = errorReport(issues, { missing, lang, out: args.out });
  if (errors.length > 0) {
    for (const e of errors) process.stderr.write(`${e}\n`);
    return { status: 1, results };
  }

  phase('read');

  const activity = args.activity ? loadActivity(args.activity) : undefined;
  if (activity) step(say.activity(args.activity!, activity.results.size, [...activity.results.values()].reduce((a, r) => a + r.stats.rows, 0)));
  // One analysis: figures.json flattens it, the report model reads it.
  const analysis = analyse(results, { programme, ...(activity ? { activity } : {}) });
  const figures = toFigures(analysis);
  step(say.figures(Object.keys(figures).length));
  const experts = programme.experts.codebook;
  const list = analysis.experts!.list;
  step(say.activeList(list.numRows()));

  const model = buildReportModel(analysis, { figures, year, history, ...(bestPractices ? { bestPractices } : {}) });
  step(say.model(model.sections.length, model.sections.reduce((a, s) => a + s.figures.length, 1)));
  // The year's report.md lays the page out and words it; without one, the built-in template,
  // which says only what it computes. A bad figure id stops here, before anything is written.
  const templatePath = join(args.data, 'report.md');
  const ownTemplate = existsSync(templatePath);
  const document = buildDocument(ownTemplate ? readFileSync(templatePath, 'utf8') : DEFAULT_TEMPLATE, model, { figures });
  step(say.template(ownTemplate ? templatePath : say.builtIn('report.md'), document.sections.length));
  phase('analyse');
  // The chart renderers take most of the start-up time: loaded only once the inputs are valid,
  // so that a run that stops at validation answers at once, or warmed up in the compiled
  // command's worker thread, which draws the charts while this thread loads the page renderer.
  const worker = chartWorker();
  const charts = worker ? worker.render(allFigures(model)) : useKeptChartShapes().then(() => import('@smesec/dashboard')).then((d) => d.renderCharts(allFigures(model)));
  const { renderDashboard } = await import('./page-renderer.js');
  const { bundleClientScript } = await import('@smesec/dashboard/node');
  const svgs = await charts;
  step(say.charts(svgs.size));
  phase('charts');
  const script = await bundleClientScript();
  const notice = noticeOf(info);
  const page = renderDashboard(model, { document, svgs, script, ...(notice ? { notice } : {}) });
  step(say.dashboard(Math.round(Buffer.byteLength(page, 'utf8') / 1024)));
  phase('page');
  const files = new Map<string, FileContent>([
    ['index.html', page],
    ['figures.json', json(sortedFigures(figures))],
    ['figures.csv', figuresCsv(sortedFigures(figures))],
    ['validation.json', json(validation)],
    // Made while it is written: a large year's list is never held whole.
    ['active-list.csv', activeListCsvChunks(list, { codebook: experts })],
    ...tableFiles(model),
    ['tables.xlsx', await tablesWorkbook(tableSheets(model))],
  ]);
  const { warning } = writeFolderAtomic(args.out, files, beforeInstall ? { stop: beforeInstall } : {});
  if (warning) process.stderr.write(`${warning}\n`);
  phase('write');
  step(say.wrote(args.out, files.size, files.size - 6));
  return { status: 0, results };
}
