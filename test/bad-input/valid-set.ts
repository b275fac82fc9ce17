/**
 * The minimal valid data folder every bad-input case is made from: four small instruments, every
 * row fictitious, saved the ways real exports arrive (UTF-8 with BOM and CRLF as Excel's "CSV
 * UTF-8", Shift_JIS with CRLF and Japanese headers as Excel's "CSV (comma delimited)", plain UTF-8
 * with LF from a survey platform). It reads with no issue and builds a whole report.
 */
import iconv from 'iconv-lite';
import { instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';

export type FileName = 'experts.csv' | 'attendees.csv' | 'consultations.csv' | 'guidance.csv';
export const FILES: readonly FileName[] = ['experts.csv', 'attendees.csv', 'consultations.csv', 'guidance.csv'];

export type Encoding = 'utf-8' | 'utf-8-bom' | 'shift_jis';

/** How each valid file is saved. */
export interface FileFormat {
  readonly encoding: Encoding;
  readonly newline: '\r\n' | '\n';
}

export const FORMATS: Readonly<Record<FileName, FileFormat>> = {
  'experts.csv': { encoding: 'utf-8-bom', newline: '\r\n' },
  'attendees.csv': { encoding: 'shift_jis', newline: '\r\n' },
  'consultations.csv': { encoding: 'utf-8', newline: '\n' },
  'guidance.csv': { encoding: 'utf-8-bom', newline: '\r\n' },
};

const skillColumns = instrumentOf(fy2024, 'experts')
  .columns.filter((c) => c.type === 'scale')
  .map((c) => c.id);

const skills = (value: string) => skillColumns.map(() => value);

/** Rows as cells, the header first. */
export type Rows = string[][];

const expertsHeader = [
  'respondent_id', 'name', 'riss_number', 'email', 'affiliation', 'organization', 'age_band', 'experience_years', 'support_experience', 'support_count',
  'qualifications', 'industries', 'residence_prefecture', 'chamber_connection', 'support_regions', 'support_forms', 'guidance_themes', 'fee_band',
  'support_periods', 'sme_support_allowed', 'list_consent', 'achievements', 'self_pr', ...skillColumns,
];

/** E001 and E002 are listed; E003's employer does not allow SME support; E004 answered no skill question and refused listing. */
const experts: Rows = [
  expertsHeader,
  [
    'E001', '見本 太郎', 'TEST-00001', 'taro@example.jp', '独立', '見本セキュリティ事務所', '40歳以上50歳未満', '10年以上', '経験あり', '10件以上20件未満',
    'ITコーディネータ;中小企業診断士', '自動車産業;その他製造業', '大阪府', 'あり', '大阪府;兵庫県', '訪問によるコンサルティング;オンラインコンサルティング',
    '情報セキュリティ規程の整備;情報資産の洗い出しとリスク分析', '20,000円以上30,000円未満', 'スポット;1～3か月', '可', '可', '規程整備の支援（3社）',
    '中小製造業の支援が得意です。', ...skills('3'),
  ],
  [
    'E002', '見本 花子', 'TEST-00002', 'hanako@example.jp', '企業勤務', '例示システム株式会社', '30歳以上40歳未満', '5-10年', '経験なし', '',
    'CISSP', '小売業', '愛知県', 'なし', '全国', 'オンラインコンサルティング', 'クラウドサービスの安全利用', '20,000円未満', '半年～1年', '可', '可', '', '', ...skills('2'),
  ],
  [
    'E003', '架空 一郎', 'TEST-00003', 'ichiro@example.jp', '企業勤務', '架空ネットワーク株式会社', '50歳以上60歳未満', '3-5年', '経験あり', '5件未満',
    '', '建設業', '埼玉県', 'あり', '埼玉県;東京都', '講演・研修', '従業員向け情報セキュリティ教育', '30,000円以上40,000円未満', 'スポット', '不可', '可',
    '社内研修の講師', '', ...skills('1'),
  ],
  [
    'E004', '例示 次郎', 'TEST-00004', 'jiro@example.jp', '独立', '例示コンサルティング', '60歳以上70歳未満', '10年以上', '経験なし', '',
    '', '該当なし', '東京都', 'なし', '東京都', '該当なし', '', '50,000円以上', '1年以上', '可', '不可', '', '', ...skills(''),
  ],
];

/** Japanese question labels as headers, as a survey tool exports them; C003's comment has a line break. */
const attendees: Rows = [
  ['企業ID', '開催回', '共催商工会議所', '所在地', '参加人数', '業種', '従業員数', '参加の動機', '希望するセキュリティ専門家からの支援内容', 'セキュリティ専門家による支援', '専門家を選定するときに重視する点', '専門家の探索方法', '個別相談の希望', '自由記述'],
  ['C001', '大阪商工会議所 第1回', '大阪商工会議所', '大阪府', '2', '製造業（その他）', '1～20人', '講演内容そのものに興味があった', '従業員向けセキュリティ教育;情報セキュリティ規程の整備', '希望・検討している', '費用;実績', 'インターネット検索', '希望する', '規程のひな形がほしい'],
  ['C002', '大阪商工会議所 第2回', '大阪商工会議所', '大阪', '1', '建設業', '21～50人', 'セキュリティ対策について以前から不安があった', 'クラウドサービスの安全利用', 'わからない', '地域・近さ', '知人・取引先からの紹介', '希望する', ''],
  ['C003', '名古屋商工会議所 第1回', '名古屋商工会議所', '愛知県', '3', '製造業（自動車関連）', '51～100人', '取引先から対策を求められた', '業界ガイドラインへの対応', '受けている・受けたことがある', '実績;資格', '取引のあるITベンダーからの紹介', '希望する', '何から始めればよいか\n分からない'],
  ['C004', 'さいたま商工会議所 第1回', 'さいたま商工会議所', '埼玉県', '1', '医療・福祉', '1～20人', '', '', '必要ない', '', '', '希望しない', ''],
];

const consultations: Rows = [
  ['company_id', 'expert_id', 'maturity', 'topics', 'industry_guideline', 'wants_guidance'],
  ['C001', 'E001', '一部実施', '標準的なひな形を自社向けにカスタマイズしたい', 'なし', '希望する'],
  ['C002', 'E002', '未着手', '何から始めればよいか分からない', 'なし', '希望する'],
  ['C003', 'E001', '情報収集段階', '各種ガイドラインの要求事項を自社の具体的対策に落とし込みたい;インシデント対応', '自工会/部工会・サイバーセキュリティガイドライン', '希望しない'],
];

const guidance: Rows = [
  ['company_id', 'expert_id', 'region', 'theme', 'status', 'visits', 'goal_achieved', 'best_practice', 'industry'],
  ['C001', 'E001', '大阪', '情報セキュリティ規程の整備', '実施', '3', '達成できた', '掲載', '製造業（その他）'],
  ['C002', 'E002', '大阪', 'クラウドサービスの安全利用', '辞退', '0', '', '', '建設業'],
];

/** A fresh copy of the valid rows of every file. */
export function validRows(): Record<FileName, Rows> {
  const copy = (rows: Rows) => rows.map((r) => [...r]);
  return { 'experts.csv': copy(experts), 'attendees.csv': copy(attendees), 'consultations.csv': copy(consultations), 'guidance.csv': copy(guidance) };
}

/** One cell as Excel writes it: quoted only when it holds a comma, a quote or a line break. */
export function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows as CSV text (line breaks inside cells kept as LF, as Excel does). */
export function csvText(rows: Rows, newline = '\r\n'): string {
  return rows.map((r) => r.map(csvCell).join(',')).join(newline) + newline;
}

/** Text to bytes in one of the encodings Excel saves CSV in. */
export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'shift_jis') return new Uint8Array(iconv.encode(text, 'cp932'));
  const body = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** A file's rows saved as the valid set saves that file. */
export function save(file: FileName, rows: Rows): Uint8Array {
  const { encoding, newline } = FORMATS[file];
  return encode(csvText(rows, newline), encoding);
}

/** The valid folder's files. */
export function validFiles(): Record<FileName, Uint8Array> {
  const rows = validRows();
  return Object.fromEntries(FILES.map((f) => [f, save(f, rows[f])])) as Record<FileName, Uint8Array>;
}
