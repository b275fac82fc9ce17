/**
 * Issues are data: a closed union of codes, each with its location and the offending value,
 * collected in full and formatted last. Messages come from a map keyed by code: Japanese
 * (`messagesJa`, what the report command prints) and English (`messagesEn`, the library's default).
 */

export type IssueCode =
  | 'empty_file'
  | 'unsupported_encoding'
  | 'bad_encoding'
  | 'ambiguous_encoding'
  | 'bom_in_middle'
  | 'no_rows'
  | 'missing_column'
  | 'duplicate_column'
  | 'unknown_column'
  | 'ragged_row'
  | 'unclosed_quote'
  | 'nul_byte'
  | 'blank_row'
  | 'missing_value'
  | 'duplicate_id'
  | 'unknown_option'
  | 'exclusive_option'
  | 'duplicate_option'
  | 'not_a_number'
  | 'not_an_integer'
  | 'out_of_range'
  | 'too_long'
  | 'not_a_date'
  | 'unknown_prefecture'
  | 'not_asked'
  | 'unknown_reference'
  | 'reference_rejected';

export type Severity = 'error' | 'warning';

/**
 * `Issue.value` (or `expected`) in place of a personal column's content, which is never printed. The
 * Japanese messages say it in Japanese.
 */
export const WITHHELD = '(personal data withheld)';
const WITHHELD_JA = '（個人情報のため表示しません）';

export interface Issue {
  readonly code: IssueCode;
  /** Errors reject the row (or the file); warnings are reported and the row is kept. */
  readonly severity: Severity;
  /** The input's file name. */
  readonly file: string;
  /** The worksheet, for an input read from an Excel workbook. */
  readonly sheet?: string;
  /** Row as Excel shows it: the header is 1, the first record 2; 0 for the file as a whole. */
  readonly row: number;
  /** Physical line where the record starts (differs from row after a line break inside a quoted cell). */
  readonly line: number;
  /** Column id, or '' for a problem with the whole row or file. */
  readonly column: string;
  /** The column's Japanese label, when the column is known. */
  readonly label?: string;
  /** The offending value as found in the file (after decoding). */
  readonly value: string;
  /** What was expected instead. */
  readonly expected: string;
}

/**
 * One message per issue code, in one language, and how to name a physical line that differs from
 * the row (after a line break inside a quoted cell).
 */
export type IssueMessages = { readonly [K in IssueCode]: (i: Issue) => string } & { readonly line?: (line: number) => string };

const col = (i: Issue) => (i.label ? `${i.label}` : 'the column');
const q = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);
/** The file part of a `reference_rejected` issue's `expected` (`file:row`). */
const refFile = (i: Issue) => i.expected.slice(0, i.expected.lastIndexOf(':'));
const refRow = (i: Issue) => i.expected.slice(i.expected.lastIndexOf(':') + 1);

/** English messages; the column's Japanese label is named so analysts find it in their sheet. */
export const messagesEn: IssueMessages = {
  empty_file: (i) => `empty file: ${i.expected}`,
  unsupported_encoding: (i) => `unsupported encoding: ${i.expected}`,
  bad_encoding: (i) => `cannot decode: ${i.expected}`,
  ambiguous_encoding: (i) =>
    `the file reads as UTF-8 and as Shift_JIS alike; read as UTF-8, this cell is ${q(i.value)}, as Shift_JIS it would be ${i.expected}: if that is the right one, save the file as "CSV UTF-8"`,
  bom_in_middle: () => 'a byte-order mark (U+FEFF) inside the file: were two files concatenated? Remove it or re-export the file',
  no_rows: () => 'the file has a header row but no data rows',
  missing_column: (i) => `required column missing: ${i.column} (${i.label}); expected a header ${i.expected}`,
  duplicate_column: (i) => `column ${i.column} (${i.label}) appears twice in the header (${i.expected})`,
  unknown_column: (i) => `unknown column ${q(i.value)} is ignored; expected one of the codebook's columns`,
  ragged_row: (i) => `row has ${i.value} cells, expected ${i.expected} (one per header column)`,
  unclosed_quote: () => 'a quoted cell does not end at its closing quote (a quote inside a cell is written twice: ""); a quote never closed makes the rest of the file this one cell',
  blank_row: () => 'blank row skipped',
  missing_value: (i) => `${col(i)} is empty; ${i.expected}`,
  duplicate_id: (i) => `duplicate id ${q(i.value)} in ${col(i)}; ${i.expected}`,
  unknown_option: (i) => `unknown option ${q(i.value)} for ${col(i)}; expected one of: ${i.expected}`,
  exclusive_option: (i) => `${q(i.value)} cannot be combined with other options in ${col(i)}; ${i.expected}`,
  duplicate_option: (i) => `option ${q(i.value)} is given twice in ${col(i)}; counted once`,
  not_a_number: (i) => `${q(i.value)} is not a number for ${col(i)}; expected ${i.expected}`,
  not_an_integer: (i) => `${q(i.value)} is not a whole number for ${col(i)}; expected ${i.expected}`,
  out_of_range: (i) => `${q(i.value)} is out of range for ${col(i)}; expected ${i.expected}`,
  too_long: (i) => `${col(i)} is too long; expected ${i.expected}`,
  nul_byte: (i) => `${col(i)}${i.row === 1 ? ' header' : ''} "${i.value}" holds a NUL byte (shown as \\u0000); expected ${i.expected}`,
  not_a_date: (i) => `${q(i.value)} is not a date for ${col(i)}; expected ${i.expected}`,
  unknown_prefecture: (i) => `unknown prefecture ${q(i.value)} in ${col(i)}; expected ${i.expected}`,
  not_asked: (i) => `${col(i)} is answered (${q(i.value)}) although it is not asked here: ${i.expected}`,
  unknown_reference: (i) => `${q(i.value)} in ${col(i)} does not exist in ${i.expected}`,
  reference_rejected: (i) => `${q(i.value)} in ${col(i)} refers to ${refFile(i)} row ${refRow(i)}, which was itself rejected: fix that row first`,
};

/**
 * The reader states what it expected in English (`Issue.expected`, also written to
 * validation.json). These patterns say the same in Japanese; a text no pattern knows is shown
 * as it is, so nothing is lost when a new message appears before its translation.
 */
const EXPECTED_JA: readonly (readonly [RegExp, (...m: string[]) => string])[] = [
  [/^a whole number \((.+)\)$/, (_, r) => `整数（${rangeJa(r!)}）`],
  [/^a number \((.+)\)$/, (_, r) => `数値（${rangeJa(r!)}）`],
  [/^a whole number (\S+) or a label \((.+)\)$/, (_, r, l) => `${rangeJa(r!)}の整数、または選択肢（${listJa(l!)}）`],
  [/^a date written YYYY-MM-DD$/, () => 'YYYY-MM-DD 形式の日付'],
  [/^a prefecture name \(大阪府 or 大阪\) or a JIS code 01–47(?:, or (.+))?$/, (_, n) => `都道府県名（大阪府 または 大阪）か JIS コード 01–47${n ? `、または ${n}` : ''}`],
  [/^at most (\d+) characters \(it has (\d+)\)$/, (_, a, b) => `${a}文字以内（この値は${b}文字）`],
  [/^at most (\d+) characters \(a cell this long is a quote left open, or the file is not CSV\)$/, (_, a) => `${a}文字以内（これほど長いセルは、閉じ忘れた引用符か、CSV ではないファイルです）`],
  [/^(.+) is chosen alone$/, (_, a) => `「${a}」は単独で選ぶ選択肢です`],
  [/^"(.+)" or "(.+)"$/, (_, a, b) => `「${a}」または「${b}」`],
  [/^header cells (\d+) and (\d+)$/, (_, a, b) => `見出しの${a}列目と${b}列目`],
  [/^every row needs an id$/, () => 'どの行にも ID が必要です'],
  [/^ids are unique; first seen at row (\d+)$/, (_, r) => `ID は重複できません（最初は${r}行目）`],
  [/^asked only when (.+) \(([\w-]+)\) is (.+), here it is (.+)$/, (_, l, id, a, v) => `この設問は${l}（${id}）が${a!.split(' or ').join('・')}の場合だけ尋ねます。この行は${v === '(blank)' ? '空欄' : v}です`],
  [/^the file is empty \(0 bytes\)$/, () => 'ファイルが空です（0 バイト）'],
  [/^the file holds only white space$/, () => 'ファイルには空白と改行しかありません'],
  [/^the file holds no header row$/, () => 'ファイルに見出し行がありません'],
  [
    /^the file is UTF-16 \(byte-order mark (0x\w+) (0x\w+), Excel's "Unicode text"\); save it as "CSV UTF-8" or "CSV \(comma delimited\)"$/,
    (_, a, b) => `UTF-16 のファイルです（バイト順マーク ${a} ${b}、Excel の「Unicode テキスト」）。「CSV UTF-8」か「CSV (コンマ区切り)」で保存し直してください`,
  ],
  [
    /^the file is neither UTF-8 nor Shift_JIS \(byte (0x\w+) on line (\d+)( looks like Latin-1\/Windows-1252)?\); save it as "CSV UTF-8"$/,
    (_, b, l, latin) => `UTF-8 でも Shift_JIS でもありません（${l}行目のバイト ${b}${latin ? '、Latin-1/Windows-1252 のようです' : ''}）。「CSV UTF-8」で保存し直してください`,
  ],
  [
    /^the file is not UTF-8, and read as Shift_JIS it is not Japanese text \(byte (0x\w+) on line (\d+) looks like Latin-1\/Windows-1252\); save it as "CSV UTF-8"$/,
    (_, b, l) => `UTF-8 ではなく、Shift_JIS として読んでも日本語になりません（${l}行目のバイト ${b} は Latin-1/Windows-1252 のようです）。「CSV UTF-8」で保存し直してください`,
  ],
  [
    /^line (\d+) is not valid Shift_JIS \(byte (0x\w+)\) although the lines before it are: the file mixes encodings or is damaged$/,
    (_, l, b) => `${l}行目は Shift_JIS として読めません（バイト ${b}）が、それより前の行は読めます。文字コードが混ざっているか、ファイルが壊れています`,
  ],
  [/^the text is not valid Shift_JIS: the file mixes encodings or is damaged$/, () => 'Shift_JIS として読めません。文字コードが混ざっているか、ファイルが壊れています'],
  [
    /^the file ends in the middle of a two-byte Shift_JIS character \(byte (0x\w+) at the end\): it was cut off$/,
    (_, b) => `ファイルが Shift_JIS の2バイト文字の途中で終わっています（末尾のバイト ${b}）。途中で切れています`,
  ],
  [
    /^the file ends in the middle of a multi-byte UTF-8 character \(byte (0x\w+) at the end\): it was cut off$/,
    (_, b) => `ファイルが UTF-8 のマルチバイト文字の途中で終わっています（末尾のバイト ${b}）。途中で切れています`,
  ],
  [
    /^the file is UTF-16 without a byte-order mark \(a NUL byte at every other byte\); save it as "CSV UTF-8"$/,
    () => 'バイト順マークのない UTF-16 のファイルです（1バイトおきに NUL バイトがあります）。「CSV UTF-8」で保存し直してください',
  ],
  [
    /^the file is not text but (.+); give the report a CSV saved as "CSV UTF-8", or a workbook under its \.xlsx name$/,
    (_, kind) => `テキストではなく、${BINARY_KIND_JA[kind!] ?? kind}です。「CSV UTF-8」で保存した CSV か、拡張子 .xlsx のままのブックを渡してください`,
  ],
  [
    /^text without NUL bytes: the file is damaged, or was written by a program that pads cells with NUL$/,
    () => 'NUL バイトのない文字列にしてください。ファイルが壊れているか、セルを NUL で埋めるプログラムで書き出されています',
  ],
  [
    /^line (\d+) is not valid UTF-8 \(byte (0x\w+)\) although (?:the file starts with a UTF-8 byte-order mark|line (\d+) is UTF-8): the file mixes encodings or is damaged$/,
    (_, l, b, u) => `${l}行目は UTF-8 として読めません（バイト ${b}）が、${u ? `${u}行目は UTF-8 です` : 'ファイルは UTF-8 のバイト順マークで始まっています'}。文字コードが混ざっているか、ファイルが壊れています`,
  ],
];

/** The kinds of non-text file that `notTextFailure` names, in Japanese. */
const BINARY_KIND_JA: Readonly<Record<string, string>> = {
  'a zip archive, such as an Excel workbook (.xlsx)': 'zip 形式のファイル（Excel ブック .xlsx など）',
  'an Excel 97-2003 workbook (.xls) or another Office file': 'Excel 97-2003 ブック（.xls）などの Office ファイル',
  'a PDF document': 'PDF 文書',
  'binary data (NUL and control bytes)': 'バイナリデータ（NUL バイトと制御バイトを含みます）',
  'NUL bytes only (a copy or a save that did not finish?)': 'NUL バイトだけのファイル（コピーか保存が途中で終わっていませんか）',
};

function rangeJa(r: string): string {
  const m = /^(at least|at most) (.+)$/.exec(r);
  if (m) return `${m[2]}${m[1] === 'at least' ? '以上' : '以下'}`;
  return r === 'any value' ? '任意の値' : r;
}

/** A list of labels as the reader writes it ("a, b, … (20 options)"), with Japanese separators. */
function listJa(list: string): string {
  return list.replace(/, … \((\d+) options\)$/, '、…（全$1件）').split(', ').join('、');
}

/** `Issue.expected` in Japanese, or as it is when no pattern knows it. */
export function expectedJa(expected: string): string {
  for (const [re, fn] of EXPECTED_JA) {
    const m = re.exec(expected);
    if (m) return fn(...m);
  }
  return expected;
}

const jcol = (i: Issue) => (i.label ? i.label : 'この列');
const jq = (s: string) => (s === WITHHELD ? WITHHELD_JA : `「${s.length > 80 ? `${s.slice(0, 77)}…` : s}」`);
const jx = (i: Issue) => expectedJa(i.expected);

/** Japanese messages: what the report command prints unless `--lang en` is given. */
export const messagesJa: IssueMessages = {
  empty_file: (i) => `空のファイルです: ${jx(i)}`,
  unsupported_encoding: (i) => `対応していない文字コードです: ${jx(i)}`,
  bad_encoding: (i) => `文字コードを読み取れません: ${jx(i)}`,
  ambiguous_encoding: (i) =>
    `このファイルは UTF-8 としても Shift_JIS としても読めます。UTF-8 として読むとこのセルは${jq(i.value)}、Shift_JIS として読むと${jq(i.expected)}です。Shift_JIS の読みが正しければ、「CSV UTF-8」で保存し直してください`,
  bom_in_middle: () => 'ファイルの途中にバイト順マーク（U+FEFF）があります。2つのファイルをつなげていませんか。取り除くか、書き出し直してください',
  no_rows: () => '見出し行だけで、データの行がありません',
  missing_column: (i) => `必須の列がありません: ${i.column}（${i.label}）。見出しに${jx(i)}が必要です`,
  duplicate_column: (i) => `列 ${i.column}（${i.label}）が見出しに2回あります（${jx(i)}）`,
  unknown_column: (i) => `不明な列${jq(i.value)}は読み飛ばします。コードブックの列名を使ってください`,
  ragged_row: (i) => `この行のセルは${i.value}個です。見出しの列ごとに1つ、${i.expected}個のはずです`,
  unclosed_quote: () => '引用符で始まったセルが引用符で閉じていません（セルの中の引用符は "" と2つ重ねます）。閉じない引用符があると、ファイルの残りがすべてこのセルになります',
  blank_row: () => '空の行を読み飛ばしました',
  missing_value: (i) => `${jcol(i)}が空欄です。${jx(i)}`,
  duplicate_id: (i) => `${jcol(i)}${jq(i.value)}が重複しています。${jx(i)}`,
  unknown_option: (i) => `${jcol(i)}に不明な選択肢${jq(i.value)}があります。選択肢: ${listJa(i.expected)}`,
  exclusive_option: (i) => `${jcol(i)}の${jq(i.value)}は他の選択肢と一緒に選べません。${jx(i)}`,
  duplicate_option: (i) => `${jcol(i)}に選択肢${jq(i.value)}が2回あります。1回として数えます`,
  not_a_number: (i) => `${jcol(i)}の${jq(i.value)}は数値ではありません。${jx(i)}で入力してください`,
  not_an_integer: (i) => `${jcol(i)}の${jq(i.value)}は整数ではありません。${jx(i)}で入力してください`,
  out_of_range: (i) => `${jcol(i)}の${jq(i.value)}は範囲外です。${jx(i)}で入力してください`,
  too_long: (i) => `${jcol(i)}が長すぎます。${jx(i)}`,
  nul_byte: (i) => `${jcol(i)}の${i.row === 1 ? '見出し' : 'セル'}${jq(i.value)}に NUL バイト（\\u0000 と表示）があります。${jx(i)}`,
  not_a_date: (i) => `${jcol(i)}の${jq(i.value)}は日付ではありません。${jx(i)}で入力してください`,
  unknown_prefecture: (i) => `${jcol(i)}に不明な都道府県${jq(i.value)}があります。${jx(i)}で入力してください`,
  not_asked: (i) => `${jcol(i)}に回答${jq(i.value)}がありますが、${jx(i)}`,
  unknown_reference: (i) => `${jcol(i)}の${jq(i.value)}は ${i.expected.replace(/ \((.+)\)$/, '（$1）')}にありません`,
  reference_rejected: (i) => `${jcol(i)}の${jq(i.value)}が指す ${refFile(i)} の${refRow(i)}行目は、それ自体が不採用です。先にその行を直してください`,
  line: (n) => `（ファイル上は${n}行目）`,
};

/** The languages of the messages, by the `--lang` value that picks them. */
export const issueMessages = { ja: messagesJa, en: messagesEn } as const;
export type IssueLanguage = keyof typeof issueMessages;

/** `file:row:column: message (line N)`: the line is added only where it differs from the row. */
export function formatIssue(issue: Issue, messages: IssueMessages = messagesEn): string {
  const where = issue.sheet === undefined ? `${issue.file}:${issue.row}:${issue.column}` : `${issue.file}:${issue.sheet}!${issue.row}:${issue.column}`;
  const line = issue.line > 0 && issue.line !== issue.row ? (messages.line?.(issue.line) ?? ` (line ${issue.line})`) : '';
  return `${where}: ${messages[issue.code](issue)}${line}`;
}

/** Codes whose offending value is the same mistake when it repeats (a typo), so the summary names it. */
const BY_VALUE: ReadonlySet<IssueCode> = new Set(['unknown_column', 'unknown_option', 'exclusive_option', 'duplicate_option', 'not_a_number', 'not_an_integer', 'out_of_range', 'not_a_date', 'unknown_prefecture']);
/** Codes about a file as a whole: counted once, not in rows. */
const OF_FILE: ReadonlySet<IssueCode> = new Set(['empty_file', 'unsupported_encoding', 'bad_encoding', 'bom_in_middle', 'no_rows', 'missing_column', 'duplicate_column']);
/**
 * An issue about the file as a whole (its encoding, its header: a NUL byte in a header cell too),
 * which refuses every row of the file and is counted once.
 */
export const isFileIssue = (i: Pick<Issue, 'code' | 'row'>): boolean => OF_FILE.has(i.code) || (i.code === 'nul_byte' && i.row === 1);

/** Distinct values shown per file, column and problem before the rest are counted together. */
const VALUES_SHOWN = 3;

interface SummaryWords {
  readonly problem: { readonly [K in IssueCode]: string };
  readonly value: (v: string) => string;
  readonly target: (file: string) => string;
  readonly rows: (n: number) => string;
  readonly others: (values: number) => string;
}

const SUMMARY: Record<IssueLanguage, SummaryWords> = {
  ja: {
    problem: {
      empty_file: '空のファイル', unsupported_encoding: '対応していない文字コード', bad_encoding: '文字コードを読み取れない', ambiguous_encoding: 'UTF-8 と Shift_JIS のどちらとも読める', bom_in_middle: '途中のバイト順マーク',
      no_rows: 'データの行がない', missing_column: '必須の列がない', duplicate_column: '列の重複', unknown_column: '不明な列', ragged_row: 'セルの数が見出しと違う',
      unclosed_quote: '閉じていない引用符', blank_row: '空の行', missing_value: '空欄', duplicate_id: 'ID の重複', unknown_option: '不明な選択肢',
      exclusive_option: '単独で選ぶ選択肢を併用', duplicate_option: '選択肢の重複', not_a_number: '数値でない値', not_an_integer: '整数でない値', out_of_range: '範囲外の値',
      too_long: '長すぎる値', not_a_date: '日付でない値', unknown_prefecture: '不明な都道府県', not_asked: '尋ねない設問への回答', unknown_reference: '存在しない ID',
      reference_rejected: '不採用の行を参照', nul_byte: 'NUL バイト',
    },
    value: (v) => `「${v.length > 40 ? `${v.slice(0, 39)}…` : v}」`,
    target: (file) => `（${file}）`,
    rows: (n) => `${n}行`,
    others: (n) => ` ほか${n}種類の値`,
  },
  en: {
    problem: {
      empty_file: 'empty file', unsupported_encoding: 'unsupported encoding', bad_encoding: 'cannot decode', ambiguous_encoding: 'reads as UTF-8 and as Shift_JIS', bom_in_middle: 'byte-order mark inside the file',
      no_rows: 'no data rows', missing_column: 'required column missing', duplicate_column: 'column twice in the header', unknown_column: 'unknown column', ragged_row: 'cells not matching the header',
      unclosed_quote: 'quote not closed', blank_row: 'blank row', missing_value: 'empty', duplicate_id: 'duplicate id', unknown_option: 'unknown option',
      exclusive_option: 'exclusive option combined', duplicate_option: 'option given twice', not_a_number: 'not a number', not_an_integer: 'not a whole number', out_of_range: 'out of range',
      too_long: 'too long', not_a_date: 'not a date', unknown_prefecture: 'unknown prefecture', not_asked: 'answered although not asked', unknown_reference: 'id that does not exist',
      reference_rejected: 'refers to a rejected row', nul_byte: 'NUL byte',
    },
    value: (v) => ` ${q(v.length > 40 ? `${v.slice(0, 39)}…` : v)}`,
    target: (file) => ` (${file})`,
    rows: (n) => `${n} row${n === 1 ? '' : 's'}`,
    others: (n) => ` and ${n} other value${n === 1 ? '' : 's'}`,
  },
};

/**
 * The errors summed up per file, column and problem (and the value, for a problem that is a value
 * such as a mistyped option), one line each, largest first within a file: a typo repeated in 105
 * rows is one line. Empty when no problem repeats, since the located lines then say it all.
 */
export function summarizeIssues(issues: readonly Issue[], lang: IssueLanguage = 'ja'): string[] {
  const w = SUMMARY[lang];
  const groups = new Map<string, { file: string; where: string; problem: string; values: Map<string, number>; byValue: boolean; ofFile: boolean; count: number }>();
  for (const i of issues) {
    if (i.severity !== 'error') continue;
    const where = i.label ?? i.column;
    const target = i.code === 'unknown_reference' ? w.target(i.expected.replace(/ \(.+\)$/, '')) : i.code === 'reference_rejected' ? w.target(refFile(i)) : '';
    const key = JSON.stringify([i.file, i.column, i.code, target]);
    const g = groups.get(key) ?? { file: i.file, where, problem: `${w.problem[i.code]}${target}`, values: new Map(), byValue: BY_VALUE.has(i.code), ofFile: isFileIssue(i), count: 0 };
    g.count++;
    if (g.byValue) g.values.set(i.value, (g.values.get(i.value) ?? 0) + 1);
    groups.set(key, g);
  }
  if (![...groups.values()].some((g) => g.count > 1)) return [];
  const files = [...new Set([...groups.values()].map((g) => g.file))];
  const lines: string[] = [];
  for (const file of files) {
    const mine = [...groups.values()].filter((g) => g.file === file).sort((a, b) => b.count - a.count);
    for (const g of mine) {
      const head = `${g.file}${g.where ? ` ${g.where}` : ''}: ${g.problem}`;
      if (g.ofFile) lines.push(head);
      else if (!g.byValue) lines.push(`${head} ${w.rows(g.count)}`);
      else {
        const values = [...g.values].sort((a, b) => b[1] - a[1]);
        const shown = values.length > VALUES_SHOWN + 1 ? values.slice(0, VALUES_SHOWN) : values;
        for (const [v, n] of shown) lines.push(`${head}${w.value(v)} ${w.rows(n)}`);
        const rest = values.slice(shown.length);
        if (rest.length > 0) lines.push(`${head}${w.others(rest.length)} ${w.rows(rest.reduce((a, [, n]) => a + n, 0))}`);
      }
    }
  }
  return lines;
}

/** Thrown by strict reading: carries every issue, not just the first. */
export class ValidationError extends Error {
  readonly issues: readonly Issue[];
  /** The exit status a command should end with. */
  readonly exitCode = 1;
  constructor(issues: readonly Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const shown = errors.slice(0, 20).map((i) => formatIssue(i));
    const more = errors.length > shown.length ? `\n… and ${errors.length - shown.length} more` : '';
    super(`${errors.length} validation error${errors.length === 1 ? '' : 's'}:\n${shown.join('\n')}${more}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

export const isError = (i: Issue) => i.severity === 'error';
