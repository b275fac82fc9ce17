import { formatIssue, issueMessages, isError, summarizeIssues, type Issue, type IssueLanguage } from '@smesec/survey';

/** What the report command says on stderr, in one language. */
export interface CommandMessages {
  readonly codebook: (source: string, instruments: number) => string;
  readonly builtIn: (id: string) => string;
  readonly reading: (file: string, percent: number, mb: number) => string;
  readonly read: (file: string, rows: number, accepted: number, rejected: number, encoding: string, threads?: number) => string;
  readonly fileNotFound: (file: string, path: string) => string;
  readonly warning: (line: string) => string;
  readonly summaryHeading: string;
  /** The last line of a failed run: the errors, and apart from them the references to rejected rows. */
  readonly failed: (errors: number, followOn: number, out: string) => string;
  readonly year: (year: string, from: string, synthetic: boolean) => string;
  readonly template: (source: string, sections: number) => string;
  readonly workbook: (note: string) => string;
  readonly activity: (dir: string, files: number, records: number) => string;
  readonly figures: (n: number) => string;
  readonly activeList: (listed: number) => string;
  readonly model: (sections: number, figures: number) => string;
  readonly charts: (n: number) => string;
  readonly dashboard: (kb: number) => string;
  readonly wrote: (out: string, files: number, tables: number) => string;
}

const ja: CommandMessages = {
  codebook: (source, n) => `コードブック: ${source}（調査票 ${n}種）`,
  builtIn: (id) => `組み込みの ${id}`,
  reading: (file, p, mb) => `${file} を読み込み中: ${mb} MB の ${p}%`,
  read: (file, rows, accepted, rejected, encoding, threads = 1) => `${file} を読み込みました: ${rows}行、採用 ${accepted}行、不採用 ${rejected}行（${encoding}${threads > 1 ? `、${threads}スレッド` : ''}）`,
  fileNotFound: (file, path) => `${file}:0:: ファイルがありません（${path}）`,
  warning: (line) => `警告: ${line}`,
  summaryHeading: '内訳（ファイル・列・問題ごと）:',
  failed: (errors, followOn, out) =>
    `エラー ${errors}件${followOn > 0 ? `、ほかに不採用の行への参照 ${followOn}件` : ''}: レポートは作成していません（${out} は元のままです）`,
  year: (year, from, synthetic) => `年度: ${year}（${from === 'the built-in codebook' ? '組み込みのコードブック' : from}による）${synthetic ? '・合成データ' : ''}`,
  template: (source, n) => `レポートの構成: ${source}（${n}章）`,
  workbook: (note) => `ブック ${note}`,
  activity: (dir, files, records) => `事業活動の記録: ${dir}（${files}ファイル、${records}件）`,
  figures: (n) => `数値 ${n}件を計算しました`,
  activeList: (n) => `アクティブリスト: 掲載 ${n}名`,
  model: (s, f) => `レポートの構成: ${s}章、図表 ${f}件`,
  charts: (n) => `グラフ ${n}件を SVG に描画しました`,
  dashboard: (kb) => `ダッシュボード: ${kb} KB`,
  wrote: (out, files, tables) => `${out} に書き出しました: ${files}ファイル（index.html、figures.json、figures.csv、validation.json、active-list.csv、tables.xlsx、数表 ${tables}件）`,
};

const en: CommandMessages = {
  codebook: (source, n) => `codebook: ${source} (${n} instruments)`,
  builtIn: (id) => `built-in ${id}`,
  reading: (file, p, mb) => `reading ${file}: ${p}% of ${mb} MB`,
  read: (file, rows, accepted, rejected, encoding, threads = 1) => `read ${file}: ${rows} rows, ${accepted} accepted, ${rejected} rejected (${encoding}${threads > 1 ? `, ${threads} threads` : ''})`,
  fileNotFound: (file, path) => `${file}:0:: file not found (${path})`,
  warning: (line) => `warning: ${line}`,
  summaryHeading: 'summary (per file, column and problem):',
  failed: (errors, followOn, out) =>
    `${errors} error${errors === 1 ? '' : 's'}${followOn > 0 ? `, and ${followOn} reference${followOn === 1 ? '' : 's'} to rejected rows` : ''}: no report written (${out} left as it was)`,
  year: (year, from, synthetic) => `year: ${year} (from ${from})${synthetic ? ', synthetic data' : ''}`,
  template: (source, n) => `template: ${source} (${n} sections)`,
  workbook: (note) => `workbook ${note}`,
  activity: (dir, files, records) => `programme activity: ${dir} (${files} files, ${records} records)`,
  figures: (n) => `computed ${n} figures`,
  activeList: (n) => `active list: ${n} listed`,
  model: (s, f) => `report model: ${s} sections, ${f} figures`,
  charts: (n) => `rendered ${n} charts to SVG`,
  dashboard: (kb) => `dashboard: ${kb} KB`,
  wrote: (out, files, tables) => `wrote ${out}: ${files} files (index.html, figures.json, figures.csv, validation.json, active-list.csv, tables.xlsx, ${tables} tables)`,
};

export const commandMessages: Record<IssueLanguage, CommandMessages> = { ja, en };

/**
 * The stderr lines of a run whose inputs are invalid: every error located (file:row:column), a
 * summary when a problem repeats, and the count, where rows refused only because they refer to a
 * rejected row are counted apart: fixing the rows they name clears them.
 */
export function errorReport(issues: readonly Issue[], { missing = [], lang, out }: { missing?: readonly string[]; lang: IssueLanguage; out: string }): string[] {
  const errors = issues.filter(isError);
  const located = [...missing, ...errors.map((e) => formatIssue(e, issueMessages[lang]))];
  if (located.length === 0) return [];
  const summary = summarizeIssues(errors, lang);
  const followOn = errors.filter((e) => e.code === 'reference_rejected').length;
  const m = commandMessages[lang];
  return [...located, ...(summary.length > 0 ? [m.summaryHeading, ...summary.map((l) => `  ${l}`)] : []), m.failed(located.length - followOn, followOn, out)];
}
