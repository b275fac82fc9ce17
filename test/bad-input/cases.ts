/**
 * The bad-input corpus: each case is the valid set (`valid-set.ts`) with one thing broken, and
 * what the report command must answer. `make-fixtures.ts` writes each case to
 * `test/fixtures/bad/<id>/` with its `expected.txt` and `expected.json`; `corpus.test.ts` checks
 * the folders still equal what is written here, then runs every case through the command and the
 * library.
 */
import iconv from 'iconv-lite';
import { csvText, encode, FILES, FORMATS, save, validFiles, validRows, type FileName, type Rows } from './valid-set.js';

export interface BadCase {
  /** Folder name under test/fixtures/bad/. */
  readonly id: string;
  /** What is broken (for the README). */
  readonly broken: string;
  /** What the command does about it (for the README). */
  readonly behaviour: string;
  /** The bug this case found, now fixed (for the README). */
  readonly fixed?: string;
  /** Exit status of `pnpm report`. */
  readonly status: 0 | 1;
  /**
   * Exactly what the command prints on stderr, progress lines left out; `<data>` and `<out>`
   * stand for the data and output folders.
   */
  readonly stderr: readonly string[];
  /** Per input file: data rows read, accepted and rejected (validation.json), when the files are read at all. */
  readonly rows?: Readonly<Partial<Record<FileName, readonly [read: number, accepted: number, rejected: number]>>>;
  /** The folder's files: every valid file, with these replaced (or, when null, left out). */
  readonly files: Readonly<Record<string, Uint8Array | null>>;
}

const EXPERT_COL = Object.fromEntries(validRows()['experts.csv'][0]!.map((c, i) => [c, i]));
const ATTENDEE_COL = Object.fromEntries(['company_id', 'session_id', 'chamber', 'prefecture', 'people', 'industry', 'employees', 'motivation', 'desired_support', 'expert_support_status', 'selection_criteria', 'search_methods', 'wants_consultation', 'comment'].map((c, i) => [c, i]));
const CONSULTATION_COL = Object.fromEntries(validRows()['consultations.csv'][0]!.map((c, i) => [c, i]));
const GUIDANCE_COL = Object.fromEntries(validRows()['guidance.csv'][0]!.map((c, i) => [c, i]));
const COLUMNS: Record<FileName, Record<string, number>> = {
  'experts.csv': EXPERT_COL,
  'attendees.csv': ATTENDEE_COL,
  'consultations.csv': CONSULTATION_COL,
  'guidance.csv': GUIDANCE_COL,
};

/** The valid rows of a file, changed by `fn`, saved as the valid set saves that file. */
function edit(file: FileName, fn: (rows: Rows) => void): Record<string, Uint8Array> {
  const rows = validRows()[file];
  fn(rows);
  return { [file]: save(file, rows) };
}

/** Set one cell: `row` is the row as Excel shows it (header = 1). */
function setCell(file: FileName, row: number, column: string, value: string): Record<string, Uint8Array> {
  return edit(file, (rows) => {
    rows[row - 1]![COLUMNS[file][column]!] = value;
  });
}

const valid = validFiles();
const text = (file: FileName) => csvText(validRows()[file], FORMATS[file].newline);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const utf8 = (s: string) => new TextEncoder().encode(s);

const VALID_ROWS = { 'experts.csv': [4, 4, 0], 'attendees.csv': [4, 4, 0], 'consultations.csv': [3, 3, 0], 'guidance.csv': [2, 2, 0] } as const;
const rows = (changes: Partial<Record<FileName, readonly [number, number, number]>>) => ({ ...VALID_ROWS, ...changes });
/** What follows the rejection of a listed expert's row: the consultations and guidance that name them. */
function cascadeOf(expert: 'E001' | 'E002'): string[] {
  return expert === 'E001'
    ? [
        'consultations.csv:2:expert_id: "E001" in 担当専門家 does not exist in experts.csv (respondent_id, accepted rows)',
        'consultations.csv:4:expert_id: "E001" in 担当専門家 does not exist in experts.csv (respondent_id, accepted rows)',
        'guidance.csv:2:company_id: "C001" in 企業ID does not exist in consultations.csv (company_id, accepted rows)',
        'guidance.csv:2:expert_id: "E001" in 指導専門家 does not exist in experts.csv (respondent_id, accepted rows)',
      ]
    : [
        'consultations.csv:3:expert_id: "E002" in 担当専門家 does not exist in experts.csv (respondent_id, accepted rows)',
        'guidance.csv:3:company_id: "C002" in 企業ID does not exist in consultations.csv (company_id, accepted rows)',
        'guidance.csv:3:expert_id: "E002" in 指導専門家 does not exist in experts.csv (respondent_id, accepted rows)',
      ];
}
const errors = (n: number) => `${n} error${n === 1 ? '' : 's'}: no report written (<out> left as it was)`;

export const CASES: readonly BadCase[] = [
  // ── Encodings ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'latin1',
    broken: 'attendees.csv saved as Latin-1/Windows-1252 (ascii headers, option codes, a comment "Café « réunion »")',
    behaviour: 'file refused: not UTF-8, and not Japanese text when read as Shift_JIS; every row rejected for it',
    fixed: 'the refused file reported 0 rows read, so its rows were unaccounted for; and every consultation was rejected as naming a company that "does not exist"',
    status: 1,
    stderr: [
      'attendees.csv:2:: cannot decode: the file is neither UTF-8 nor Shift_JIS (byte 0xE9 on line 2 looks like Latin-1/Windows-1252); save it as "CSV UTF-8"',
      errors(1),
    ],
    rows: rows({ 'attendees.csv': [4, 0, 4] }),
    files: {
      'attendees.csv': new Uint8Array(
        iconv.encode(
          csvText(
            [
              ['company_id', 'session_id', 'chamber', 'prefecture', 'people', 'industry', 'employees', 'motivation', 'desired_support', 'expert_support_status', 'selection_criteria', 'search_methods', 'wants_consultation', 'comment'],
              ['C001', 'osaka-1', 'osaka', '27', '2', 'manufacturing_other', '1to20', 'interest', 'education;rules', 'wanted', 'cost', 'web_search', 'yes', 'Café « réunion »'],
              ['C002', 'osaka-2', 'osaka', '27', '1', 'construction', '21to50', 'anxious', 'cloud', 'unknown', 'proximity', 'acquaintance', 'yes', ''],
              ['C003', 'nagoya-1', 'nagoya', '23', '3', 'manufacturing_auto', '51to100', 'customer_request', 'industry_guideline', 'received', 'track_record', 'it_vendor', 'yes', 'Señor Müller'],
              ['C004', 'saitama-1', 'saitama', '11', '1', 'medical_welfare', '1to20', '', '', 'not_needed', '', '', 'no', ''],
            ],
            '\r\n',
          ),
          'win1252',
        ),
      ),
    },
  },
  {
    id: 'utf16le-bom',
    broken: 'experts.csv saved as Excel "Unicode text": UTF-16LE with a byte-order mark, tab-delimited',
    behaviour: 'file refused at row 0 with the encoding named and how to re-save it',
    fixed: 'the refused file reported 0 rows read; every consultation and guidance row was rejected as naming an expert that "does not exist"',
    status: 1,
    stderr: [
      'experts.csv:0:: unsupported encoding: the file is UTF-16 (byte-order mark 0xFF 0xFE, Excel\'s "Unicode text"); save it as "CSV UTF-8" or "CSV (comma delimited)"',
      errors(1),
    ],
    rows: rows({ 'experts.csv': [4, 0, 4] }),
    files: { 'experts.csv': new Uint8Array(iconv.encode(validRows()['experts.csv'].map((r) => r.join('\t')).join('\r\n') + '\r\n', 'utf-16le', { addBOM: true })) },
  },
  {
    id: 'utf16le-no-bom',
    broken: 'consultations.csv in UTF-16LE without a byte-order mark',
    behaviour: 'file refused: NUL bytes, named as UTF-16 or not text',
    fixed: 'the refused file reported 0 rows read; every guidance row was rejected as naming a consultation that "does not exist"',
    status: 1,
    stderr: [
      'consultations.csv:1:: unsupported encoding: the file holds NUL bytes: it is UTF-16 without a byte-order mark or not a text file; save it as "CSV UTF-8"',
      errors(1),
    ],
    rows: rows({ 'consultations.csv': [3, 0, 3] }),
    files: { 'consultations.csv': new Uint8Array(iconv.encode(text('consultations.csv'), 'utf-16le')) },
  },
  {
    id: 'mixed-utf8-then-sjis',
    broken: 'guidance.csv is UTF-8 with a BOM, and a row pasted from a Shift_JIS file at the end',
    behaviour: 'file refused at the line that is not UTF-8; every row rejected for it',
    fixed: 'the refused file reported 0 rows read',
    status: 1,
    stderr: [
      'guidance.csv:4:: cannot decode: line 4 is not valid UTF-8 (byte 0x96) although the file starts with a UTF-8 byte-order mark: the file mixes encodings or is damaged',
      errors(1),
    ],
    rows: rows({ 'guidance.csv': [3, 0, 3] }),
    files: { 'guidance.csv': concat(valid['guidance.csv'], encode('C003,E001,名古屋,セキュリティインシデント対応,実施,2,一部達成,非掲載,製造業（自動車関連）\r\n', 'shift_jis')) },
  },
  {
    id: 'mixed-sjis-then-utf8',
    broken: 'attendees.csv is Shift_JIS, and its last row is UTF-8',
    behaviour: 'file refused: it mixes encodings; every row rejected for it',
    fixed: 'the refused file reported 0 rows read, and the references into it were rejected',
    status: 1,
    stderr: [
      'attendees.csv:1:: cannot decode: line 1 is not valid UTF-8 (byte 0x8A) although line 7 is UTF-8: the file mixes encodings or is damaged',
      errors(1),
    ],
    rows: rows({ 'attendees.csv': [5, 0, 5] }),
    files: { 'attendees.csv': concat(valid['attendees.csv'], encode('C005,さいたま商工会議所 第2回,さいたま商工会議所,埼玉県,2,小売業,1～20人,,,わからない,,,希望しない,\r\n', 'utf-8')) },
  },
  {
    id: 'truncated-utf8',
    broken: 'guidance.csv cut off in the middle of the last character (業 of 建設業 loses its last byte)',
    behaviour: 'file refused: it ends inside a multi-byte character',
    fixed: 'the refused file reported 0 rows read',
    status: 1,
    stderr: [
      'guidance.csv:3:: cannot decode: the file ends in the middle of a multi-byte UTF-8 character (byte 0xE6 at the end): it was cut off',
      errors(1),
    ],
    rows: rows({ 'guidance.csv': [2, 0, 2] }),
    files: { 'guidance.csv': valid['guidance.csv'].subarray(0, valid['guidance.csv'].length - 3) },
  },
  {
    id: 'truncated-sjis',
    broken: 'attendees.csv (Shift_JIS) cut off after the first byte of a two-byte character',
    behaviour: 'file refused at the line where the character is cut',
    fixed: 'reported as "neither UTF-8 nor Shift_JIS" at line 1 instead of a file cut off at its last line',
    status: 1,
    stderr: [
      'attendees.csv:5:: cannot decode: the file ends in the middle of a two-byte Shift_JIS character (byte 0x8A at the end): it was cut off (line 6)',
      errors(1),
    ],
    rows: rows({ 'attendees.csv': [4, 0, 4] }),
    files: { 'attendees.csv': encode(text('attendees.csv').slice(0, text('attendees.csv').lastIndexOf('希望しない') + 1), 'shift_jis').slice(0, -1) },
  },
  {
    id: 'bom-in-middle',
    broken: 'guidance.csv is two exports joined: the second starts with its own BOM and header',
    behaviour: 'file refused at the line of the stray byte-order mark',
    fixed: 'the rows before the stray BOM were accepted although the file was refused',
    status: 1,
    stderr: [
      'guidance.csv:4:: a byte-order mark (U+FEFF) inside the file: were two files concatenated? Remove it or re-export the file',
      'guidance.csv:4:region: unknown option "region" for 地域; expected one of: 大阪, 名古屋, 埼玉',
      'guidance.csv:4:theme: unknown option "theme" for 指導テーマ; expected one of: 情報セキュリティ規程の整備, 情報資産の洗い出しとリスク分析, クラウドサービスの安全利用, セキュリティインシデント対応, 従業員向け情報セキュリティ教育',
      'guidance.csv:4:status: unknown option "status" for 実施状況; expected one of: 実施, 辞退',
      'guidance.csv:4:visits: "visits" is not a number for 訪問回数; expected a whole number (0–3)',
      'guidance.csv:4:goal_achieved: unknown option "goal_achieved" for 目標達成の評価; expected one of: 達成できた, 一部達成, 達成できなかった',
      'guidance.csv:4:best_practice: unknown option "best_practice" for 指導事例集への掲載; expected one of: 掲載, 非掲載',
      'guidance.csv:4:industry: unknown option "industry" for 業種; expected one of: 製造業（自動車関連）, 製造業（その他）, 建設業, 卸売業, 小売業, 情報通信業, 運輸業, 金融・保険業, 医療・福祉, サービス業, その他',
      'guidance.csv:4:goal_achieved: 目標達成の評価 is answered ("goal_achieved") although it is not asked here: asked only when 実施状況 (status) is 実施, here it is (blank)',
      'guidance.csv:4:best_practice: 指導事例集への掲載 is answered ("best_practice") although it is not asked here: asked only when 実施状況 (status) is 実施, here it is (blank)',
      errors(10),
    ],
    rows: rows({ 'guidance.csv': [4, 0, 4] }),
    files: { 'guidance.csv': concat(valid['guidance.csv'], encode(csvText([validRows()['guidance.csv'][0]!, ['C003', 'E001', '名古屋', 'セキュリティインシデント対応', '実施', '2', '一部達成', '非掲載', '製造業（自動車関連）']]), 'utf-8-bom')) },
  },
  // ── Files and structure ────────────────────────────────────────────────────────────────────
  {
    id: 'missing-file',
    broken: 'guidance.csv is not in the folder',
    behaviour: 'file named with its path at row 0; the other files are still checked, and validation.json lists it with no row',
    fixed: '`--validation` wrote nothing (an earlier run\'s file stayed there), and the other files were not checked',
    status: 1,
    stderr: [
      'guidance.csv:0:: file not found (<data>/guidance.csv)',
      errors(1),
    ],
    rows: rows({ 'guidance.csv': [0, 0, 0] }),
    files: { 'guidance.csv': null },
  },
  {
    id: 'empty-file',
    broken: 'guidance.csv is 0 bytes',
    behaviour: 'file error at row 0',
    status: 1,
    stderr: [
      'guidance.csv:0:: empty file: the file is empty (0 bytes)',
      errors(1),
    ],
    rows: rows({ 'guidance.csv': [0, 0, 0] }),
    files: { 'guidance.csv': new Uint8Array() },
  },
  {
    id: 'blank-file',
    broken: 'consultations.csv holds only line breaks and spaces',
    behaviour: 'file error at row 0',
    fixed: 'every guidance row was rejected as naming a consultation that "does not exist"',
    status: 1,
    stderr: [
      'consultations.csv:0:: empty file: the file holds only white space',
      errors(1),
    ],
    rows: rows({ 'consultations.csv': [0, 0, 0] }),
    files: { 'consultations.csv': utf8('\r\n  \r\n\r\n') },
  },
  {
    id: 'header-only',
    broken: 'guidance.csv has its header and no data row',
    behaviour: 'file error at the header row 1',
    status: 1,
    stderr: [
      'guidance.csv:1:: the file has a header row but no data rows',
      errors(1),
    ],
    rows: rows({ 'guidance.csv': [0, 0, 0] }),
    files: edit('guidance.csv', (r) => r.splice(1)),
  },
  {
    id: 'ragged-more-cells',
    broken: 'attendees.csv row 3 has one cell more than the header',
    behaviour: 'row 3 rejected with the count of cells',
    status: 1,
    stderr: [
      'attendees.csv:3:: row has 15 cells, expected 14 (one per header column)',
      'consultations.csv:3:company_id: "C002" in 企業ID does not exist in attendees.csv (company_id, accepted rows)',
      'guidance.csv:3:company_id: "C002" in 企業ID does not exist in consultations.csv (company_id, accepted rows)',
      errors(3),
    ],
    rows: rows({ 'attendees.csv': [4, 3, 1], 'consultations.csv': [3, 2, 1], 'guidance.csv': [2, 1, 1] }),
    files: edit('attendees.csv', (r) => r[2]!.push('余分')),
  },
  {
    id: 'ragged-fewer-cells',
    broken: 'experts.csv row 4 lacks its last cell',
    behaviour: 'row 4 rejected with the count of cells',
    status: 1,
    stderr: [
      'experts.csv:4:: row has 67 cells, expected 68 (one per header column)',
      errors(1),
    ],
    rows: rows({ 'experts.csv': [4, 3, 1] }),
    files: edit('experts.csv', (r) => r[3]!.pop()),
  },
  {
    id: 'unclosed-quote',
    broken: 'consultations.csv: the last row opens a quote in 相談内容 and never closes it',
    behaviour: 'that record rejected, naming the column where the quote opens',
    status: 1,
    stderr: [
      'consultations.csv:4:topics: a quoted cell does not end at its closing quote (a quote inside a cell is written twice: ""); a quote never closed makes the rest of the file this one cell',
      errors(1),
    ],
    rows: rows({ 'consultations.csv': [3, 2, 1] }),
    files: { 'consultations.csv': utf8(text('consultations.csv').replace(/\nC003,E001,情報収集段階,/, '\nC003,E001,情報収集段階,"')) },
  },
  {
    id: 'malformed-quote',
    broken: 'consultations.csv row 3: a quoted cell followed by more text ("未着手"です)',
    behaviour: 'that record rejected, naming the column of the malformed quote',
    fixed: 'the cell stayed open to the next quote in the file and swallowed the following record: 2 rows read of 3',
    status: 1,
    stderr: [
      'consultations.csv:3:maturity: a quoted cell does not end at its closing quote (a quote inside a cell is written twice: ""); a quote never closed makes the rest of the file this one cell',
      'guidance.csv:3:company_id: "C002" in 企業ID does not exist in consultations.csv (company_id, accepted rows)',
      errors(2),
    ],
    rows: rows({ 'consultations.csv': [3, 2, 1], 'guidance.csv': [2, 1, 1] }),
    files: { 'consultations.csv': utf8(text('consultations.csv').replace(',未着手,', ',"未着手"です,')) },
  },
  {
    id: 'semicolon-delimited',
    broken: 'consultations.csv uses ";" between cells (a European Excel setting)',
    behaviour: 'the header is one unknown column: every required column reported missing, every row rejected',
    fixed: 'every guidance row was rejected as naming a consultation that "does not exist"',
    status: 1,
    stderr: [
      'warning: consultations.csv:1:: unknown column "company_id;expert_id;maturity;topics;industry_guideline;wants_guidance" is ignored; expected one of the codebook\'s columns',
      'consultations.csv:1:company_id: required column missing: company_id (企業ID); expected a header "company_id" or "企業ID"',
      'consultations.csv:1:expert_id: required column missing: expert_id (担当専門家); expected a header "expert_id" or "担当専門家"',
      'consultations.csv:1:maturity: required column missing: maturity (取組段階); expected a header "maturity" or "取組段階"',
      'consultations.csv:1:topics: required column missing: topics (相談内容); expected a header "topics" or "相談内容"',
      'consultations.csv:1:industry_guideline: required column missing: industry_guideline (業界ガイドライン); expected a header "industry_guideline" or "業界ガイドライン"',
      'consultations.csv:1:wants_guidance: required column missing: wants_guidance (マネジメント指導の希望); expected a header "wants_guidance" or "マネジメント指導の希望"',
      errors(6),
    ],
    rows: rows({ 'consultations.csv': [3, 0, 3] }),
    files: { 'consultations.csv': utf8(validRows()['consultations.csv'].map((r) => r.join(';')).join('\n') + '\n') },
  },
  // ── Headers ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'missing-column',
    broken: 'experts.csv has no list_consent column',
    behaviour: 'file error at the header row 1 naming the column and its Japanese label; every row rejected',
    fixed: 'every consultation and guidance row was rejected as naming an expert that "does not exist"',
    status: 1,
    stderr: [
      'experts.csv:1:list_consent: required column missing: list_consent (アクティブリストへの掲載); expected a header "list_consent" or "アクティブリストへの掲載"',
      errors(1),
    ],
    rows: rows({ 'experts.csv': [4, 0, 4] }),
    files: edit('experts.csv', (r) => r.forEach((row) => row.splice(EXPERT_COL['list_consent']!, 1))),
  },
  {
    id: 'duplicate-column',
    broken: 'attendees.csv has 業種 twice (the label and the id industry)',
    behaviour: 'file error at the header row 1 naming both header cells; every row rejected',
    fixed: 'every consultation and guidance row was rejected as naming a company that "does not exist"',
    status: 1,
    stderr: [
      'attendees.csv:1:industry: column industry (業種) appears twice in the header (header cells 6 and 15)',
      errors(1),
    ],
    rows: rows({ 'attendees.csv': [4, 0, 4] }),
    files: edit('attendees.csv', (r) => r.forEach((row, i) => row.push(i === 0 ? 'industry' : row[ATTENDEE_COL['industry']!]!))),
  },
  {
    id: 'unknown-column',
    broken: 'guidance.csv has an extra column 備考 that the codebook does not know',
    behaviour: 'a warning; the column is ignored and the report is written',
    status: 0,
    stderr: [
      'warning: guidance.csv:1:: unknown column "備考" is ignored; expected one of the codebook\'s columns',
    ],
    rows: VALID_ROWS,
    files: edit('guidance.csv', (r) => r.forEach((row, i) => row.push(i === 0 ? '備考' : 'メモ'))),
  },
  {
    id: 'blank-rows',
    broken: 'guidance.csv has an empty line and a line of only commas between its rows',
    behaviour: 'warnings; blank rows are counted and skipped, the report is written',
    status: 0,
    stderr: [
      'warning: guidance.csv:3:: blank row skipped',
      'warning: guidance.csv:4:: blank row skipped',
    ],
    rows: VALID_ROWS,
    files: edit('guidance.csv', (r) => r.splice(2, 0, [''], ['', '', '', '', '', '', '', '', ''])),
  },
  // ── Ids and references ─────────────────────────────────────────────────────────────────────
  {
    id: 'duplicate-id',
    broken: 'experts.csv: E002 answers twice (rows 3 and 6)',
    behaviour: 'the second row rejected, pointing back to the first',
    status: 1,
    stderr: [
      'experts.csv:6:respondent_id: duplicate id "E002" in 回答者ID; ids are unique; first seen at row 3',
      errors(1),
    ],
    rows: rows({ 'experts.csv': [5, 4, 1] }),
    files: edit('experts.csv', (r) => r.push([...r[2]!])),
  },
  {
    id: 'missing-id',
    broken: 'attendees.csv row 5 has no 企業ID',
    behaviour: 'row 5 rejected; the line differs from the row (a comment above holds a line break)',
    status: 1,
    stderr: [
      'attendees.csv:5:company_id: 企業ID is empty; every row needs an id (line 6)',
      errors(1),
    ],
    rows: rows({ 'attendees.csv': [4, 3, 1] }),
    files: setCell('attendees.csv', 5, 'company_id', ''),
  },
  {
    id: 'ref-consultation-attendee',
    broken: 'consultations.csv row 4 names company C009, which attended no session',
    behaviour: 'row 4 rejected: the id does not exist in attendees.csv',
    status: 1,
    stderr: [
      'consultations.csv:4:company_id: "C009" in 企業ID does not exist in attendees.csv (company_id)',
      errors(1),
    ],
    rows: rows({ 'consultations.csv': [3, 2, 1] }),
    files: setCell('consultations.csv', 4, 'company_id', 'C009'),
  },
  {
    id: 'ref-consultation-expert',
    broken: 'consultations.csv row 2 names expert E999, who is not in experts.csv',
    behaviour: 'row 2 rejected; the guidance row of the same company is rejected in turn',
    status: 1,
    stderr: [
      'consultations.csv:2:expert_id: "E999" in 担当専門家 does not exist in experts.csv (respondent_id)',
      'guidance.csv:2:company_id: "C001" in 企業ID does not exist in consultations.csv (company_id, accepted rows)',
      errors(2),
    ],
    rows: rows({ 'consultations.csv': [3, 2, 1], 'guidance.csv': [2, 1, 1] }),
    files: setCell('consultations.csv', 2, 'expert_id', 'E999'),
  },
  {
    id: 'ref-guidance-consultation',
    broken: 'guidance.csv row 3 names company C004, which attended but had no consultation',
    behaviour: 'row 3 rejected: the id does not exist in consultations.csv',
    status: 1,
    stderr: [
      'guidance.csv:3:company_id: "C004" in 企業ID does not exist in consultations.csv (company_id)',
      errors(1),
    ],
    rows: rows({ 'guidance.csv': [2, 1, 1] }),
    files: setCell('guidance.csv', 3, 'company_id', 'C004'),
  },
  {
    id: 'ref-guidance-expert',
    broken: 'guidance.csv row 2 names expert E999',
    behaviour: 'row 2 rejected: the id does not exist in experts.csv',
    status: 1,
    stderr: [
      'guidance.csv:2:expert_id: "E999" in 指導専門家 does not exist in experts.csv (respondent_id)',
      errors(1),
    ],
    rows: rows({ 'guidance.csv': [2, 1, 1] }),
    files: setCell('guidance.csv', 2, 'expert_id', 'E999'),
  },
  {
    id: 'ref-to-rejected-row',
    broken: 'attendees.csv row 4 (C003) has 参加人数 "三人"; consultations.csv row 4 refers to C003',
    behaviour: 'both rows rejected: a reference only counts accepted rows, and the message says so',
    status: 1,
    stderr: [
      'attendees.csv:4:people: "三人" is not a number for 参加人数; expected a whole number (at least 1)',
      'consultations.csv:4:company_id: "C003" in 企業ID does not exist in attendees.csv (company_id, accepted rows)',
      errors(2),
    ],
    rows: rows({ 'attendees.csv': [4, 3, 1], 'consultations.csv': [3, 2, 1] }),
    files: setCell('attendees.csv', 4, 'people', '三人'),
  },
  // ── Cells ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'unknown-single-option',
    broken: 'guidance.csv row 2: 地域 is 京都',
    behaviour: 'row 2 rejected, listing the options',
    status: 1,
    stderr: [
      'guidance.csv:2:region: unknown option "京都" for 地域; expected one of: 大阪, 名古屋, 埼玉',
      errors(1),
    ],
    rows: rows({ 'guidance.csv': [2, 1, 1] }),
    files: setCell('guidance.csv', 2, 'region', '京都'),
  },
  {
    id: 'unknown-multi-option',
    broken: 'experts.csv row 2: 支援を得意とする業種 is "自動車産業;製造" (the second option does not exist)',
    behaviour: 'row 2 rejected, naming the unknown option only',
    status: 1,
    stderr: [
      'experts.csv:2:industries: unknown option "製造" for 支援を得意とする業種; expected one of: 自動車産業, 半導体産業, その他製造業, 建設業, 防衛産業, 電力産業, 運輸・交通業, 小売業, 卸売業, サービス業, 金融業, 医療, … (15 options)',
      ...cascadeOf('E001'),
      errors(5),
    ],
    rows: rows({ 'experts.csv': [4, 3, 1], 'consultations.csv': [3, 1, 2], 'guidance.csv': [2, 1, 1] }),
    files: setCell('experts.csv', 2, 'industries', '自動車産業;製造'),
  },
  {
    id: 'exclusive-option',
    broken: 'experts.csv row 5: 該当なし combined with 小売業',
    behaviour: 'row 5 rejected: 該当なし is chosen alone',
    status: 1,
    stderr: [
      'experts.csv:5:industries: "該当なし" cannot be combined with other options in 支援を得意とする業種; 該当なし is chosen alone',
      errors(1),
    ],
    rows: rows({ 'experts.csv': [4, 3, 1] }),
    files: setCell('experts.csv', 5, 'industries', '該当なし;小売業'),
  },
  {
    id: 'scale-out-of-range',
    broken: 'experts.csv row 2: S1a_1 is 4 on the 0–3 scale',
    behaviour: 'row 2 rejected with the scale and its labels',
    status: 1,
    stderr: [
      'experts.csv:2:S1a_1: "4" is out of range for S1-a 経営戦略の理解、経営者とのコミュニケーション（質問1）; expected a whole number 0–3 or a label (0 知識・経験なし, 1 基礎知識のみ, 2 サポートがあれば実行可能, 3 単独実行可能)',
      ...cascadeOf('E001'),
      errors(5),
    ],
    rows: rows({ 'experts.csv': [4, 3, 1], 'consultations.csv': [3, 1, 2], 'guidance.csv': [2, 1, 1] }),
    files: setCell('experts.csv', 2, 'S1a_1', '4'),
  },
  {
    id: 'scale-not-a-number',
    broken: 'experts.csv row 3: S2b_3 is はい',
    behaviour: 'row 3 rejected',
    status: 1,
    stderr: [
      'experts.csv:3:S2b_3: "はい" is not a number for S2-b 潜在リスクの特定と評価、リスクに基づく対策の策定（質問3）; expected a whole number 0–3 or a label (0 知識・経験なし, 1 基礎知識のみ, 2 サポートがあれば実行可能, 3 単独実行可能)',
      ...cascadeOf('E002'),
      errors(4),
    ],
    rows: rows({ 'experts.csv': [4, 3, 1], 'consultations.csv': [3, 2, 1], 'guidance.csv': [2, 1, 1] }),
    files: setCell('experts.csv', 3, 'S2b_3', 'はい'),
  },
  {
    id: 'scale-decimal',
    broken: 'experts.csv row 3: S3a_1 is 2.5',
    behaviour: 'row 3 rejected: not a whole number',
    fixed: '"2.5" was read as 2 and the row accepted',
    status: 1,
    stderr: [
      'experts.csv:3:S3a_1: "2.5" is not a whole number for S3-a アカウント管理、アクセス管理（質問1）; expected a whole number 0–3 or a label (0 知識・経験なし, 1 基礎知識のみ, 2 サポートがあれば実行可能, 3 単独実行可能)',
      ...cascadeOf('E002'),
      errors(4),
    ],
    rows: rows({ 'experts.csv': [4, 3, 1], 'consultations.csv': [3, 2, 1], 'guidance.csv': [2, 1, 1] }),
    files: setCell('experts.csv', 3, 'S3a_1', '2.5'),
  },
  {
    id: 'scale-label-mismatch',
    broken: 'experts.csv row 2: S1a_2 is "2 単独実行可能" (the number of one point with the label of another)',
    behaviour: 'row 2 rejected, listing the points; neither is guessed',
    fixed: 'read as 2, silently choosing the number over the label',
    status: 1,
    stderr: [
      'experts.csv:2:S1a_2: unknown option "2 単独実行可能" for S1-a 経営戦略の理解、経営者とのコミュニケーション（質問2）; expected one of: 0 知識・経験なし, 1 基礎知識のみ, 2 サポートがあれば実行可能, 3 単独実行可能',
      ...cascadeOf('E001'),
      errors(5),
    ],
    rows: rows({ 'experts.csv': [4, 3, 1], 'consultations.csv': [3, 1, 2], 'guidance.csv': [2, 1, 1] }),
    files: setCell('experts.csv', 2, 'S1a_2', '2 単独実行可能'),
  },
  {
    id: 'integer-out-of-range',
    broken: 'guidance.csv row 2: 訪問回数 is 4 (0–3)',
    behaviour: 'row 2 rejected',
    status: 1,
    stderr: [
      'guidance.csv:2:visits: "4" is out of range for 訪問回数; expected a whole number (0–3)',
      errors(1),
    ],
    rows: rows({ 'guidance.csv': [2, 1, 1] }),
    files: setCell('guidance.csv', 2, 'visits', '4'),
  },
  {
    id: 'integer-below-minimum',
    broken: 'attendees.csv row 2: 参加人数 is 0 (at least 1)',
    behaviour: 'row 2 rejected; the consultation and guidance rows of C001 in turn',
    status: 1,
    stderr: [
      'attendees.csv:2:people: "0" is out of range for 参加人数; expected a whole number (at least 1)',
      'consultations.csv:2:company_id: "C001" in 企業ID does not exist in attendees.csv (company_id, accepted rows)',
      'guidance.csv:2:company_id: "C001" in 企業ID does not exist in consultations.csv (company_id, accepted rows)',
      errors(3),
    ],
    rows: rows({ 'attendees.csv': [4, 3, 1], 'consultations.csv': [3, 2, 1], 'guidance.csv': [2, 1, 1] }),
    files: setCell('attendees.csv', 2, 'people', '0'),
  },
  {
    id: 'not-asked-support-count',
    broken: 'experts.csv row 3: 支援件数 answered although 企業に対するセキュリティ対策支援経験 is 経験なし',
    behaviour: 'row 3 rejected, saying when the question is asked',
    status: 1,
    stderr: [
      'experts.csv:3:support_count: 支援件数 is answered ("5件未満") although it is not asked here: asked only when 企業に対するセキュリティ対策支援経験 (support_experience) is 経験あり, here it is 経験なし',
      ...cascadeOf('E002'),
      errors(4),
    ],
    rows: rows({ 'experts.csv': [4, 3, 1], 'consultations.csv': [3, 2, 1], 'guidance.csv': [2, 1, 1] }),
    files: setCell('experts.csv', 3, 'support_count', '5件未満'),
  },
  {
    id: 'not-asked-goal',
    broken: 'guidance.csv row 3: 目標達成の評価 answered for a company that withdrew (辞退)',
    behaviour: 'row 3 rejected, saying when the question is asked',
    status: 1,
    stderr: [
      'guidance.csv:3:goal_achieved: 目標達成の評価 is answered ("達成できた") although it is not asked here: asked only when 実施状況 (status) is 実施, here it is 辞退',
      errors(1),
    ],
    rows: rows({ 'guidance.csv': [2, 1, 1] }),
    files: setCell('guidance.csv', 3, 'goal_achieved', '達成できた'),
  },
  {
    id: 'unknown-prefecture',
    broken: 'attendees.csv row 5: 所在地 is 見本県',
    behaviour: 'row 5 rejected; the message adds (line 6) since a cell above holds a line break',
    status: 1,
    stderr: [
      'attendees.csv:5:prefecture: unknown prefecture "見本県" in 所在地; expected a prefecture name (大阪府 or 大阪) or a JIS code 01–47 (line 6)',
      errors(1),
    ],
    rows: rows({ 'attendees.csv': [4, 3, 1] }),
    files: setCell('attendees.csv', 5, 'prefecture', '見本県'),
  },
  {
    id: 'unknown-prefecture-multi',
    broken: 'experts.csv row 2: 支援可能地域 is "大阪府;関西"',
    behaviour: 'row 2 rejected, naming 関西',
    status: 1,
    stderr: [
      'experts.csv:2:support_regions: unknown prefecture "関西" in 支援可能地域; expected a prefecture name (大阪府 or 大阪) or a JIS code 01–47, or 全国',
      ...cascadeOf('E001'),
      errors(5),
    ],
    rows: rows({ 'experts.csv': [4, 3, 1], 'consultations.csv': [3, 1, 2], 'guidance.csv': [2, 1, 1] }),
    files: setCell('experts.csv', 2, 'support_regions', '大阪府;関西'),
  },
  // ── Folder settings ────────────────────────────────────────────────────────────────────────
  {
    id: 'codebook-not-json',
    broken: 'codebook.json is not JSON (cut off)',
    behaviour: 'one line naming the file; no stack trace',
    status: 1,
    stderr: [
      'codebook.json:(root): not valid JSON: Unexpected end of JSON input',
    ],
    files: { 'codebook.json': utf8('{"id": "fy2025", "label": "令和7年度", "instruments": [') },
  },
  {
    id: 'codebook-invalid',
    broken: 'codebook.json is JSON but not a codebook (a column without a type)',
    behaviour: 'one line per problem, codebook.json:<json path>: message; no stack trace',
    status: 1,
    stderr: [
      'codebook.json:columns[0].type: Invalid discriminator value. Expected \'id\' | \'single\' | \'multi\' | \'scale\' | \'integer\' | \'number\' | \'text\' | \'date\' | \'prefecture\' | \'multi-prefecture\' | \'list\'',
    ],
    files: { 'codebook.json': utf8(JSON.stringify({ id: 'guidance', label: '指導', columns: [{ id: 'company_id', label: '企業ID' }] })) },
  },
  {
    id: 'dataset-not-json',
    broken: 'dataset.json is not JSON',
    behaviour: 'one line naming the file; no stack trace',
    fixed: 'the command crashed with a SyntaxError stack trace',
    status: 1,
    stderr: [
      '<data>/dataset.json: not valid JSON: Expected property name or \'}\' in JSON at position 2',
    ],
    files: { 'dataset.json': utf8('{ year: 令和6年度 }') },
  },
];

/** Every file of a case's folder. */
export function caseFiles(c: BadCase): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const f of FILES) files.set(f, valid[f]);
  for (const [name, content] of Object.entries(c.files)) {
    if (content === null) files.delete(name);
    else files.set(name, content);
  }
  return files;
}

/** `expected.json`: the exit status and the rows of each file. */
export function expectedJson(c: BadCase): string {
  return `${JSON.stringify({ status: c.status, ...(c.rows ? { rows: c.rows } : {}) }, null, 2)}\n`;
}

/** `expected.txt`: the exact stderr lines. */
export function expectedText(c: BadCase): string {
  return c.stderr.map((l) => `${l}\n`).join('');
}
