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

/** CRC-32 (IEEE), for the zip below. */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A zip archive of one stored file, as an .xlsx starts (the same bytes every time: no clock in it). */
function storedZip(name: string, content: Uint8Array): Uint8Array {
  const n = utf8(name);
  const crc = crc32(content);
  const u16 = (v: number) => [v & 0xff, v >>> 8];
  const u32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];
  const fields = [...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(content.length), ...u32(content.length), ...u16(n.length), ...u16(0)];
  const local = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...fields, ...n]);
  const central = new Uint8Array([0x50, 0x4b, 0x01, 0x02, ...u16(20), ...fields, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...n]);
  const centralAt = local.length + content.length;
  const end = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...u16(0), ...u16(0), ...u16(1), ...u16(1), ...u32(central.length), ...u32(centralAt), ...u16(0)]);
  return concat(local, content, central, end);
}

const VALID_ROWS = { 'experts.csv': [4, 4, 0], 'attendees.csv': [4, 4, 0], 'consultations.csv': [3, 3, 0], 'guidance.csv': [2, 2, 0] } as const;
const rows = (changes: Partial<Record<FileName, readonly [number, number, number]>>) => ({ ...VALID_ROWS, ...changes });
/** What follows the rejection of a listed expert's row: the consultations and guidance that name them, each saying that row was rejected. */
function cascadeOf(expert: 'E001' | 'E002'): string[] {
  return expert === 'E001'
    ? [
        'consultations.csv:2:expert_id: 担当専門家の「E001」が指す experts.csv の2行目は、それ自体が不採用です。先にその行を直してください',
        'consultations.csv:4:expert_id: 担当専門家の「E001」が指す experts.csv の2行目は、それ自体が不採用です。先にその行を直してください',
        'guidance.csv:2:company_id: 企業IDの「C001」が指す consultations.csv の2行目は、それ自体が不採用です。先にその行を直してください',
        'guidance.csv:2:expert_id: 指導専門家の「E001」が指す experts.csv の2行目は、それ自体が不採用です。先にその行を直してください',
      ]
    : [
        'consultations.csv:3:expert_id: 担当専門家の「E002」が指す experts.csv の3行目は、それ自体が不採用です。先にその行を直してください',
        'guidance.csv:3:company_id: 企業IDの「C002」が指す consultations.csv の3行目は、それ自体が不採用です。先にその行を直してください',
        'guidance.csv:3:expert_id: 指導専門家の「E002」が指す experts.csv の3行目は、それ自体が不採用です。先にその行を直してください',
      ];
}
/** The summary that follows the E001 cascade, after the line summing up the broken cell itself. */
const CASCADE_SUMMARY_E001 = [
  '  consultations.csv 担当専門家: 不採用の行を参照（experts.csv） 2行',
  '  guidance.csv 企業ID: 不採用の行を参照（consultations.csv） 1行',
  '  guidance.csv 指導専門家: 不採用の行を参照（experts.csv） 1行',
];
/** The last line of a failed run: its errors, and apart from them the references to rejected rows. */
const errors = (n: number, followOn = 0) => `エラー ${n}件${followOn ? `、ほかに不採用の行への参照 ${followOn}件` : ''}: レポートは作成していません（<out> は元のままです）`;

export const CASES: readonly BadCase[] = [
  // ── Encodings ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'latin1',
    broken: 'attendees.csv saved as Latin-1/Windows-1252 (ascii headers, option codes, a comment "Café « réunion »")',
    behaviour: 'file refused: not UTF-8, and not Japanese text when read as Shift_JIS; every row rejected for it',
    fixed: 'the refused file reported 0 rows read, so its rows were unaccounted for; and every consultation was rejected as naming a company that "does not exist"',
    status: 1,
    stderr: [
      'attendees.csv:2:: 文字コードを読み取れません: UTF-8 でも Shift_JIS でもありません（2行目のバイト 0xE9、Latin-1/Windows-1252 のようです）。「CSV UTF-8」で保存し直してください',
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
      'experts.csv:0:: 対応していない文字コードです: UTF-16 のファイルです（バイト順マーク 0xFF 0xFE、Excel の「Unicode テキスト」）。「CSV UTF-8」か「CSV (コンマ区切り)」で保存し直してください',
      errors(1),
    ],
    rows: rows({ 'experts.csv': [4, 0, 4] }),
    files: { 'experts.csv': new Uint8Array(iconv.encode(validRows()['experts.csv'].map((r) => r.join('\t')).join('\r\n') + '\r\n', 'utf-16le', { addBOM: true })) },
  },
  {
    id: 'utf16le-no-bom',
    broken: 'consultations.csv in UTF-16LE without a byte-order mark',
    behaviour: 'file refused: named as UTF-16 without a byte-order mark (its NUL bytes fall on every other byte)',
    fixed: 'the refused file reported 0 rows read; every guidance row was rejected as naming a consultation that "does not exist"',
    status: 1,
    stderr: [
      'consultations.csv:1:: 対応していない文字コードです: バイト順マークのない UTF-16 のファイルです（1バイトおきに NUL バイトがあります）。「CSV UTF-8」で保存し直してください',
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
      'guidance.csv:4:: 文字コードを読み取れません: 4行目は UTF-8 として読めません（バイト 0x96）が、ファイルは UTF-8 のバイト順マークで始まっています。文字コードが混ざっているか、ファイルが壊れています',
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
      'attendees.csv:1:: 文字コードを読み取れません: 1行目は UTF-8 として読めません（バイト 0x8A）が、7行目は UTF-8 です。文字コードが混ざっているか、ファイルが壊れています',
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
      'guidance.csv:3:: 文字コードを読み取れません: ファイルが UTF-8 のマルチバイト文字の途中で終わっています（末尾のバイト 0xE6）。途中で切れています',
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
      'attendees.csv:5:: 文字コードを読み取れません: ファイルが Shift_JIS の2バイト文字の途中で終わっています（末尾のバイト 0x8A）。途中で切れています（ファイル上は6行目）',
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
      'guidance.csv:4:: ファイルの途中にバイト順マーク（U+FEFF）があります。2つのファイルをつなげていませんか。取り除くか、書き出し直してください',
      'guidance.csv:4:region: 地域に不明な選択肢「region」があります。選択肢: 大阪、名古屋、埼玉',
      'guidance.csv:4:theme: 指導テーマに不明な選択肢「theme」があります。選択肢: 情報セキュリティ規程の整備、情報資産の洗い出しとリスク分析、クラウドサービスの安全利用、セキュリティインシデント対応、従業員向け情報セキュリティ教育',
      'guidance.csv:4:status: 実施状況に不明な選択肢「status」があります。選択肢: 実施、辞退',
      'guidance.csv:4:visits: 訪問回数の「visits」は数値ではありません。整数（0–3）で入力してください',
      'guidance.csv:4:goal_achieved: 目標達成の評価に不明な選択肢「goal_achieved」があります。選択肢: 達成できた、一部達成、達成できなかった',
      'guidance.csv:4:best_practice: 指導事例集への掲載に不明な選択肢「best_practice」があります。選択肢: 掲載、非掲載',
      'guidance.csv:4:industry: 業種に不明な選択肢「industry」があります。選択肢: 製造業（自動車関連）、製造業（その他）、建設業、卸売業、小売業、情報通信業、運輸業、金融・保険業、医療・福祉、サービス業、その他',
      'guidance.csv:4:goal_achieved: 目標達成の評価に回答「goal_achieved」がありますが、この設問は実施状況（status）が実施の場合だけ尋ねます。この行は空欄です',
      'guidance.csv:4:best_practice: 指導事例集への掲載に回答「best_practice」がありますが、この設問は実施状況（status）が実施の場合だけ尋ねます。この行は空欄です',
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
      'guidance.csv:0:: ファイルがありません（<data>/guidance.csv）',
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
      'guidance.csv:0:: 空のファイルです: ファイルが空です（0 バイト）',
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
      'consultations.csv:0:: 空のファイルです: ファイルには空白と改行しかありません',
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
      'guidance.csv:1:: 見出し行だけで、データの行がありません',
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
      'attendees.csv:3:: この行のセルは15個です。見出しの列ごとに1つ、14個のはずです',
      'consultations.csv:3:company_id: 企業IDの「C002」が指す attendees.csv の3行目は、それ自体が不採用です。先にその行を直してください',
      'guidance.csv:3:company_id: 企業IDの「C002」が指す consultations.csv の3行目は、それ自体が不採用です。先にその行を直してください',
      errors(1, 2),
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
      'experts.csv:4:: この行のセルは67個です。見出しの列ごとに1つ、68個のはずです',
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
      'consultations.csv:4:topics: 引用符で始まったセルが引用符で閉じていません（セルの中の引用符は "" と2つ重ねます）。閉じない引用符があると、ファイルの残りがすべてこのセルになります',
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
      'consultations.csv:3:maturity: 引用符で始まったセルが引用符で閉じていません（セルの中の引用符は "" と2つ重ねます）。閉じない引用符があると、ファイルの残りがすべてこのセルになります',
      'guidance.csv:3:company_id: 企業IDの「C002」が指す consultations.csv の3行目は、それ自体が不採用です。先にその行を直してください',
      errors(1, 1),
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
      '警告: consultations.csv:1:: 不明な列「company_id;expert_id;maturity;topics;industry_guideline;wants_guidance」は読み飛ばします。コードブックの列名を使ってください',
      'consultations.csv:1:company_id: 必須の列がありません: company_id（企業ID）。見出しに「company_id」または「企業ID」が必要です',
      'consultations.csv:1:expert_id: 必須の列がありません: expert_id（担当専門家）。見出しに「expert_id」または「担当専門家」が必要です',
      'consultations.csv:1:maturity: 必須の列がありません: maturity（取組段階）。見出しに「maturity」または「取組段階」が必要です',
      'consultations.csv:1:topics: 必須の列がありません: topics（相談内容）。見出しに「topics」または「相談内容」が必要です',
      'consultations.csv:1:industry_guideline: 必須の列がありません: industry_guideline（業界ガイドライン）。見出しに「industry_guideline」または「業界ガイドライン」が必要です',
      'consultations.csv:1:wants_guidance: 必須の列がありません: wants_guidance（マネジメント指導の希望）。見出しに「wants_guidance」または「マネジメント指導の希望」が必要です',
      errors(6),
    ],
    rows: rows({ 'consultations.csv': [3, 0, 3] }),
    files: { 'consultations.csv': utf8(validRows()['consultations.csv'].map((r) => r.join(';')).join('\n') + '\n') },
  },
  // ── NUL bytes ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'nul-in-cell',
    broken: 'experts.csv (UTF-8 with BOM) row 4: a NUL byte inside 支援可能地域 (埼玉県;東<NUL>京都)',
    behaviour: 'that row rejected at its row and column, the value shown with the NUL escaped as \\u0000; the other rows read',
    fixed: 'the whole file was refused at row 1 with no column (line 4), as "UTF-16 without a byte-order mark or not a text file", and 0 of its rows were counted',
    status: 1,
    stderr: [
      'experts.csv:4:support_regions: 支援可能地域のセル「埼玉県;東\\u0000京都」に NUL バイト（\\u0000 と表示）があります。NUL バイトのない文字列にしてください。ファイルが壊れているか、セルを NUL で埋めるプログラムで書き出されています',
      errors(1),
    ],
    rows: rows({ 'experts.csv': [4, 3, 1] }),
    files: setCell('experts.csv', 4, 'support_regions', '埼玉県;東\0京都'),
  },
  {
    id: 'nul-in-sjis-quoted-cell',
    broken: 'attendees.csv (Shift_JIS) row 4: a NUL byte in the quoted 自由記述 that holds a line break',
    behaviour: 'that row rejected at its row and column, the line break in the cell escaped too; the consultation that refers to it says so',
    fixed: 'the whole file was refused at row 1 with no column (line 5), and 0 of its rows were counted',
    status: 1,
    stderr: [
      'attendees.csv:4:comment: 自由記述のセル「…ら始めればよいか\\u000a分から\\u0000ない」に NUL バイト（\\u0000 と表示）があります。NUL バイトのない文字列にしてください。ファイルが壊れているか、セルを NUL で埋めるプログラムで書き出されています',
      'consultations.csv:4:company_id: 企業IDの「C003」が指す attendees.csv の4行目は、それ自体が不採用です。先にその行を直してください',
      errors(1, 1),
    ],
    rows: rows({ 'attendees.csv': [4, 3, 1], 'consultations.csv': [3, 2, 1] }),
    files: setCell('attendees.csv', 4, 'comment', '何から始めればよいか\n分から\0ない'),
  },
  {
    id: 'nul-in-header',
    broken: 'guidance.csv: a NUL byte inside the header cell theme',
    behaviour: 'file refused at row 1, naming the column the header would be without it; every row rejected for it, no column reported missing',
    fixed: 'the whole file was refused at row 1 with no column, and 0 of its rows were counted',
    status: 1,
    stderr: [
      'guidance.csv:1:theme: 指導テーマの見出し「the\\u0000me」に NUL バイト（\\u0000 と表示）があります。NUL バイトのない文字列にしてください。ファイルが壊れているか、セルを NUL で埋めるプログラムで書き出されています',
      errors(1),
    ],
    rows: rows({ 'guidance.csv': [2, 0, 2] }),
    files: { 'guidance.csv': encode(text('guidance.csv').replace(',theme,', ',the\0me,'), FORMATS['guidance.csv'].encoding) },
  },
  {
    id: 'nul-at-end',
    broken: 'consultations.csv ends with a NUL byte after its last line break',
    behaviour: 'the NUL is a record of its own, rejected at its row: every row accounted for',
    fixed: 'the whole file was refused at row 1 with no column (line 5), and 0 of its rows were counted',
    status: 1,
    stderr: [
      'consultations.csv:5:company_id: 企業IDのセル「\\u0000」に NUL バイト（\\u0000 と表示）があります。NUL バイトのない文字列にしてください。ファイルが壊れているか、セルを NUL で埋めるプログラムで書き出されています',
      errors(1),
    ],
    rows: rows({ 'consultations.csv': [4, 3, 1] }),
    files: { 'consultations.csv': concat(valid['consultations.csv'], new Uint8Array([0])) },
  },
  {
    id: 'xlsx-as-csv',
    broken: 'experts.csv is an Excel workbook (.xlsx, a zip archive) saved under the .csv name',
    behaviour: 'one line: the file is refused at row 0, named as a zip archive such as an .xlsx, with what to give instead; a file that is not text has no rows to count',
    fixed: 'refused at row 1 as "NUL bytes: UTF-16 without a byte-order mark or not a text file"',
    status: 1,
    stderr: [
      'experts.csv:0:: 対応していない文字コードです: テキストではなく、zip 形式のファイル（Excel ブック .xlsx など）です。「CSV UTF-8」で保存した CSV か、拡張子 .xlsx のままのブックを渡してください',
      errors(1),
    ],
    rows: rows({ 'experts.csv': [0, 0, 0] }),
    files: { 'experts.csv': storedZip('[Content_Types].xml', utf8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')) },
  },
  // ── Headers ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'missing-column',
    broken: 'experts.csv has no list_consent column',
    behaviour: 'file error at the header row 1 naming the column and its Japanese label; every row rejected',
    fixed: 'every consultation and guidance row was rejected as naming an expert that "does not exist"',
    status: 1,
    stderr: [
      'experts.csv:1:list_consent: 必須の列がありません: list_consent（アクティブリストへの掲載）。見出しに「list_consent」または「アクティブリストへの掲載」が必要です',
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
      'attendees.csv:1:industry: 列 industry（業種）が見出しに2回あります（見出しの6列目と15列目）',
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
      '警告: guidance.csv:1:: 不明な列「備考」は読み飛ばします。コードブックの列名を使ってください',
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
      '警告: guidance.csv:3:: 空の行を読み飛ばしました',
      '警告: guidance.csv:4:: 空の行を読み飛ばしました',
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
      'experts.csv:6:respondent_id: 回答者ID「E002」が重複しています。ID は重複できません（最初は3行目）',
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
      'attendees.csv:5:company_id: 企業IDが空欄です。どの行にも ID が必要です（ファイル上は6行目）',
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
      'consultations.csv:4:company_id: 企業IDの「C009」は attendees.csv（company_id）にありません',
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
      'consultations.csv:2:expert_id: 担当専門家の「E999」は experts.csv（respondent_id）にありません',
      'guidance.csv:2:company_id: 企業IDの「C001」が指す consultations.csv の2行目は、それ自体が不採用です。先にその行を直してください',
      errors(1, 1),
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
      'guidance.csv:3:company_id: 企業IDの「C004」は consultations.csv（company_id）にありません',
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
      'guidance.csv:2:expert_id: 指導専門家の「E999」は experts.csv（respondent_id）にありません',
      errors(1),
    ],
    rows: rows({ 'guidance.csv': [2, 1, 1] }),
    files: setCell('guidance.csv', 2, 'expert_id', 'E999'),
  },
  {
    id: 'ref-to-rejected-row',
    broken: 'attendees.csv row 4 (C003) has 参加人数 "三人"; consultations.csv row 4 refers to C003',
    behaviour: 'both rows rejected: the reference names the rejected row, and is counted apart from the errors',
    fixed: 'the reference was reported as an id that "does not exist", although C003 is in attendees.csv',
    status: 1,
    stderr: [
      'attendees.csv:4:people: 参加人数の「三人」は数値ではありません。整数（1以上）で入力してください',
      'consultations.csv:4:company_id: 企業IDの「C003」が指す attendees.csv の4行目は、それ自体が不採用です。先にその行を直してください',
      errors(1, 1),
    ],
    rows: rows({ 'attendees.csv': [4, 3, 1], 'consultations.csv': [3, 2, 1] }),
    files: setCell('attendees.csv', 4, 'people', '三人'),
  },
  {
    id: 'repeated-typo',
    broken: 'attendees.csv: 共催商工会議所 is "商議所" in every row, as one consistent typo',
    behaviour: 'every row rejected and located; then a summary per file, column and problem: the typo is one line, and each file referring to the rejected rows one more',
    fixed: 'one line per row and per reference, each saying the referenced id "does not exist", and no summary',
    status: 1,
    stderr: [
      'attendees.csv:2:chamber: 共催商工会議所に不明な選択肢「商議所」があります。選択肢: 大阪商工会議所、名古屋商工会議所、さいたま商工会議所',
      'attendees.csv:3:chamber: 共催商工会議所に不明な選択肢「商議所」があります。選択肢: 大阪商工会議所、名古屋商工会議所、さいたま商工会議所',
      'attendees.csv:4:chamber: 共催商工会議所に不明な選択肢「商議所」があります。選択肢: 大阪商工会議所、名古屋商工会議所、さいたま商工会議所',
      'attendees.csv:5:chamber: 共催商工会議所に不明な選択肢「商議所」があります。選択肢: 大阪商工会議所、名古屋商工会議所、さいたま商工会議所（ファイル上は6行目）',
      'consultations.csv:2:company_id: 企業IDの「C001」が指す attendees.csv の2行目は、それ自体が不採用です。先にその行を直してください',
      'consultations.csv:3:company_id: 企業IDの「C002」が指す attendees.csv の3行目は、それ自体が不採用です。先にその行を直してください',
      'consultations.csv:4:company_id: 企業IDの「C003」が指す attendees.csv の4行目は、それ自体が不採用です。先にその行を直してください',
      'guidance.csv:2:company_id: 企業IDの「C001」が指す consultations.csv の2行目は、それ自体が不採用です。先にその行を直してください',
      'guidance.csv:3:company_id: 企業IDの「C002」が指す consultations.csv の3行目は、それ自体が不採用です。先にその行を直してください',
      '内訳（ファイル・列・問題ごと）:',
      '  attendees.csv 共催商工会議所: 不明な選択肢「商議所」 4行',
      '  consultations.csv 企業ID: 不採用の行を参照（attendees.csv） 3行',
      '  guidance.csv 企業ID: 不採用の行を参照（consultations.csv） 2行',
      errors(4, 5),
    ],
    rows: rows({ 'attendees.csv': [4, 0, 4], 'consultations.csv': [3, 0, 3], 'guidance.csv': [2, 0, 2] }),
    files: edit('attendees.csv', (r) => r.slice(1).forEach((row) => (row[ATTENDEE_COL['chamber']!] = '商議所'))),
  },
  // ── Cells ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'unknown-single-option',
    broken: 'guidance.csv row 2: 地域 is 京都',
    behaviour: 'row 2 rejected, listing the options',
    status: 1,
    stderr: [
      'guidance.csv:2:region: 地域に不明な選択肢「京都」があります。選択肢: 大阪、名古屋、埼玉',
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
      'experts.csv:2:industries: 支援を得意とする業種に不明な選択肢「製造」があります。選択肢: 自動車産業、半導体産業、その他製造業、建設業、防衛産業、電力産業、運輸・交通業、小売業、卸売業、サービス業、金融業、医療、…（全15件）',
      ...cascadeOf('E001'),
      '内訳（ファイル・列・問題ごと）:',
      '  experts.csv 支援を得意とする業種: 不明な選択肢「製造」 1行',
      ...CASCADE_SUMMARY_E001,
      errors(1, 4),
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
      'experts.csv:5:industries: 支援を得意とする業種の「該当なし」は他の選択肢と一緒に選べません。「該当なし」は単独で選ぶ選択肢です',
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
      'experts.csv:2:S1a_1: S1-a 経営戦略の理解、経営者とのコミュニケーション（質問1）の「4」は範囲外です。0–3の整数、または選択肢（0 知識・経験なし、1 基礎知識のみ、2 サポートがあれば実行可能、3 単独実行可能）で入力してください',
      ...cascadeOf('E001'),
      '内訳（ファイル・列・問題ごと）:',
      '  experts.csv S1-a 経営戦略の理解、経営者とのコミュニケーション（質問1）: 範囲外の値「4」 1行',
      ...CASCADE_SUMMARY_E001,
      errors(1, 4),
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
      'experts.csv:3:S2b_3: S2-b 潜在リスクの特定と評価、リスクに基づく対策の策定（質問3）の「はい」は数値ではありません。0–3の整数、または選択肢（0 知識・経験なし、1 基礎知識のみ、2 サポートがあれば実行可能、3 単独実行可能）で入力してください',
      ...cascadeOf('E002'),
      errors(1, 3),
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
      'experts.csv:3:S3a_1: S3-a アカウント管理、アクセス管理（質問1）の「2.5」は整数ではありません。0–3の整数、または選択肢（0 知識・経験なし、1 基礎知識のみ、2 サポートがあれば実行可能、3 単独実行可能）で入力してください',
      ...cascadeOf('E002'),
      errors(1, 3),
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
      'experts.csv:2:S1a_2: S1-a 経営戦略の理解、経営者とのコミュニケーション（質問2）に不明な選択肢「2 単独実行可能」があります。選択肢: 0 知識・経験なし、1 基礎知識のみ、2 サポートがあれば実行可能、3 単独実行可能',
      ...cascadeOf('E001'),
      '内訳（ファイル・列・問題ごと）:',
      '  experts.csv S1-a 経営戦略の理解、経営者とのコミュニケーション（質問2）: 不明な選択肢「2 単独実行可能」 1行',
      ...CASCADE_SUMMARY_E001,
      errors(1, 4),
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
      'guidance.csv:2:visits: 訪問回数の「4」は範囲外です。整数（0–3）で入力してください',
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
      'attendees.csv:2:people: 参加人数の「0」は範囲外です。整数（1以上）で入力してください',
      'consultations.csv:2:company_id: 企業IDの「C001」が指す attendees.csv の2行目は、それ自体が不採用です。先にその行を直してください',
      'guidance.csv:2:company_id: 企業IDの「C001」が指す consultations.csv の2行目は、それ自体が不採用です。先にその行を直してください',
      errors(1, 2),
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
      'experts.csv:3:support_count: 支援件数に回答「5件未満」がありますが、この設問は企業に対するセキュリティ対策支援経験（support_experience）が経験ありの場合だけ尋ねます。この行は経験なしです',
      ...cascadeOf('E002'),
      errors(1, 3),
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
      'guidance.csv:3:goal_achieved: 目標達成の評価に回答「達成できた」がありますが、この設問は実施状況（status）が実施の場合だけ尋ねます。この行は辞退です',
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
      'attendees.csv:5:prefecture: 所在地に不明な都道府県「見本県」があります。都道府県名（大阪府 または 大阪）か JIS コード 01–47で入力してください（ファイル上は6行目）',
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
      'experts.csv:2:support_regions: 支援可能地域に不明な都道府県「関西」があります。都道府県名（大阪府 または 大阪）か JIS コード 01–47、または 全国で入力してください',
      ...cascadeOf('E001'),
      '内訳（ファイル・列・問題ごと）:',
      '  experts.csv 支援可能地域: 不明な都道府県「関西」 1行',
      ...CASCADE_SUMMARY_E001,
      errors(1, 4),
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
