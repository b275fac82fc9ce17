/**
 * Entry templates: one workbook per instrument, laid out from its codebook so that what is typed
 * into it reads without error. The header row holds the Japanese labels; each column carries the
 * help and the validation Excel can give it (drop-down lists, number ranges, dates).
 */
import type ExcelJS from 'exceljs';
import type { Codebook, Column } from '../codebook/schema.js';
import { PREFECTURES } from '../prefectures/prefectures.js';
import { sheetName } from '../xlsx/sheet-names.js';
import { excel } from './load-xlsx.js';
import { fixZipTimes } from './zip-times.js';

export interface TemplateOptions {
  /** Rows below the header that carry the validation (default 2000). */
  rows?: number;
}

/** The hidden sheet holding the drop-down lists too long to write into the validation itself. */
export const LISTS_SHEET = '選択肢';
/** Excel's limits: a list written into a validation, an input message, its title. */
const MAX_INLINE_LIST = 255;
const MAX_PROMPT = 255;
const MAX_PROMPT_TITLE = 32;

const cut = (text: string, max: number) => ([...text].length <= max ? text : `${[...text].slice(0, max - 1).join('')}…`);

/** Excel's column letters of a 1-based column number. */
function columnLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const range = (min: number | undefined, max: number | undefined) =>
  min !== undefined && max !== undefined ? `${min}～${max}` : min !== undefined ? `${min}以上` : max !== undefined ? `${max}以下` : '';

/** The bounds of a number validation: Excel needs a formula for each bound it checks. */
function numberRule(type: 'whole' | 'decimal', min: number | undefined, max: number | undefined): Pick<ExcelJS.DataValidation, 'type' | 'operator' | 'formulae'> {
  if (min !== undefined && max !== undefined) return { type, operator: 'between', formulae: [min, max] };
  if (min !== undefined) return { type, operator: 'greaterThanOrEqual', formulae: [min] };
  if (max !== undefined) return { type, operator: 'lessThanOrEqual', formulae: [max] };
  // No bounds: still a number.
  return { type, operator: 'between', formulae: [-1e15, 1e15] };
}

interface ColumnHelp {
  /** What to enter, one line, for the input message and the header's comment. */
  readonly hint: string;
  /** The drop-down list's entries, for single-choice and prefecture columns. */
  readonly list?: readonly string[];
  readonly rule?: Pick<ExcelJS.DataValidation, 'type' | 'operator' | 'formulae'>;
  readonly numFmt?: string;
}

function helpOf(col: Column, separator: string): ColumnHelp {
  const multi = `複数選択可: 選択肢を「${separator}」で区切って入力してください（例: A${separator}B）。`;
  switch (col.type) {
    case 'single':
      return { hint: '一覧から1つ選んでください。', list: col.options.map((o) => o.label) };
    case 'multi':
      return { hint: `${multi}選択肢: ${col.options.map((o) => o.label).join('、')}` };
    case 'prefecture':
      return { hint: '都道府県を一覧から選んでください。', list: PREFECTURES.map((p) => p.name) };
    case 'multi-prefecture':
      return { hint: `${multi.replace('選択肢', '都道府県')}${col.nationwide ? `全国の場合は「${col.nationwide.label}」。` : ''}` };
    case 'list':
      return { hint: `複数あるときは「${separator}」で区切って入力してください。` };
    case 'integer':
      return { hint: `整数${range(col.min, col.max)}${col.unit ? `（単位: ${col.unit}）` : ''}`, rule: numberRule('whole', col.min, col.max) };
    case 'number':
      return { hint: `数値${range(col.min, col.max)}${col.unit ? `（単位: ${col.unit}）` : ''}`, rule: numberRule('decimal', col.min, col.max) };
    case 'scale':
      return {
        hint: `整数${range(col.min, col.max)}${col.points.length ? `（${col.points.map((p) => `${p.value}=${p.label}`).join('、')}）` : ''}`,
        rule: numberRule('whole', col.min, col.max),
      };
    case 'date':
      return { hint: '日付（YYYY-MM-DD）', rule: { type: 'date', operator: 'between', formulae: [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2199, 11, 31))] }, numFmt: 'yyyy-mm-dd' };
    case 'text':
      return col.maxLength ? { hint: `${col.maxLength}文字以内`, rule: { type: 'textLength', operator: 'lessThanOrEqual', formulae: [col.maxLength] } } : { hint: '自由記述' };
    case 'id':
      return { hint: col.references ? `${col.references.instrument} の ${col.references.column} にあるID` : col.unique ? '重複しないID' : 'ID' };
  }
}

/** A drop-down list written into the validation when it fits (and holds no comma), else kept in the hidden sheet. */
function listFormula(list: readonly string[], lists: ExcelJS.Worksheet): string {
  const inline = `"${list.join(',')}"`;
  if (inline.length <= MAX_INLINE_LIST && !list.some((l) => /[,"]/.test(l))) return inline;
  const col = lists.actualColumnCount + 1;
  list.forEach((label, i) => (lists.getCell(i + 1, col).value = label));
  const letter = columnLetter(col);
  return `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${list.length}`;
}

/**
 * The entry template of one instrument: a sheet named after it (its Japanese label) whose first
 * row holds the columns' labels, and a hidden sheet of the long drop-down lists.
 */
export async function templateWorkbook(codebook: Codebook, { rows = 2000 }: TemplateOptions = {}): Promise<Uint8Array> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'smesec';
  wb.created = wb.modified = new Date(0);
  const ws = wb.addWorksheet(sheetName(codebook.label), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const separator = codebook.separators[0] ?? ';';
  const dv = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  codebook.columns.forEach((col, k) => {
    const letter = columnLetter(k + 1);
    const help = helpOf(col, separator);
    const head = ws.getCell(1, k + 1);
    head.value = col.label;
    head.font = { bold: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: col.required ? 'FFD9E1F2' : 'FFEDEDED' } };
    head.alignment = { vertical: 'middle', wrapText: true };
    // The full question and what to enter: a comment has no length limit, an input message has 255.
    const question = [col.label, col.description, help.hint, col.askedWhen ? `回答は ${col.askedWhen.column} が ${col.askedWhen.in.join('・')} のときのみ` : undefined, col.required ? undefined : '（省略可能な列）']
      .filter((s): s is string => Boolean(s))
      .join('\n');
    head.note = question;
    ws.getColumn(k + 1).width = Math.min(40, Math.max(10, [...col.label].length * 2 + 2));
    // A column format, not one per cell: a date typed anywhere in the column shows as YYYY-MM-DD.
    if (help.numFmt) ws.getColumn(k + 1).numFmt = help.numFmt;
    const message = { showInputMessage: true, promptTitle: cut(col.label, MAX_PROMPT_TITLE), prompt: cut([col.description, help.hint].filter(Boolean).join('\n'), MAX_PROMPT) };
    const address = `${letter}2:${letter}${rows + 1}`;
    if (help.list) {
      dv.add(address, { type: 'list', allowBlank: true, formulae: [listFormula(help.list, lists)], showErrorMessage: true, errorStyle: 'stop', errorTitle: '選択肢にない値', error: '一覧から選んでください。', ...message });
    } else if (help.rule) {
      dv.add(address, { ...help.rule, allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: '入力できない値', error: cut(help.hint, MAX_PROMPT), ...message });
    } else {
      // No rule Excel can check (multiple choices, ids, free text): the input message alone.
      dv.add(address, { type: 'custom', formulae: ['TRUE'], allowBlank: true, showErrorMessage: false, ...message });
    }
  });
  if (lists.actualColumnCount === 0) wb.removeWorksheet(lists.id);
  return fixZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()));
}
