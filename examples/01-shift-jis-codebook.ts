/**
 * # Reading a Shift_JIS export with your own codebook
 *
 * Japanese Excel saves "CSV (comma separated)" as Shift_JIS, with no byte-order mark. The reader
 * sniffs the bytes, so the same call reads Shift_JIS, UTF-8 and UTF-8 with BOM alike.
 *
 * A codebook is the questionnaire as data (JSON): each column has an ascii `id`, the Japanese
 * question `label`, a `type`, and for choice questions `options` with an ascii `code` and the
 * Japanese `label` as printed. Cells may hold the label, the code or an alias; the table holds
 * codes only, and labels are looked up when something is shown. A year whose questionnaire
 * differs needs a new codebook, not new code.
 *
 * Run: pnpm exec tsx examples/01-shift-jis-codebook.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Codebook, formatIssue, labelOf, optionLabel, tabulate } from '@smesec/survey';
import { loadCsv } from '@smesec/survey/node';

// A seminar feedback form of a chamber of commerce, written as the JSON a codebook file holds.
// `missing` lists what counts as no answer besides an empty cell; `askedWhen` routes a question
// to those who gave one of the listed answers, so that others must leave it blank.
const codebookJson = `{
  "id": "seminar",
  "label": "セキュリティセミナー参加者アンケート",
  "missing": ["無回答", "わからない"],
  "columns": [
    { "id": "respondent", "label": "回答者番号", "type": "id" },
    { "id": "prefecture", "label": "所在地", "type": "prefecture" },
    { "id": "satisfaction", "label": "満足度", "type": "single", "options": [
      { "code": "high", "label": "満足" },
      { "code": "mid", "label": "どちらともいえない" },
      { "code": "low", "label": "不満" } ] },
    { "id": "measures", "label": "実施している対策", "type": "multi", "options": [
      { "code": "backup", "label": "バックアップ" },
      { "code": "antivirus", "label": "ウイルス対策ソフト", "aliases": ["アンチウイルス"] },
      { "code": "training", "label": "従業員教育" },
      { "code": "none", "label": "特になし", "exclusive": true } ] },
    { "id": "consult", "label": "個別相談の希望", "type": "single", "options": [
      { "code": "yes", "label": "希望する" }, { "code": "no", "label": "希望しない" } ] },
    { "id": "employees", "label": "従業員数", "type": "integer", "min": 1, "unit": "人",
      "askedWhen": { "column": "consult", "in": ["yes"] } }
  ]
}`;
// Schema first: parsing validates the codebook and fills in defaults (aliases, separators, …).
const codebook = Codebook.parse(JSON.parse(codebookJson));

// The export as Excel would write it: Japanese headers (question labels are accepted as
// headers), labels in cells, `;` between multiple answers, CRLF line ends. Row 5 holds an
// unknown option and row 6 answers a question it was not asked: both are data errors.
const csv = [
  '回答者番号,所在地,満足度,実施している対策,個別相談の希望,従業員数',
  'R01,大阪府,満足,バックアップ;ウイルス対策ソフト,希望する,12',
  'R02,大阪,どちらともいえない,アンチウイルス,希望しない,',
  'R03,27,満足,特になし,希望する,５',
  'R04,兵庫県,不満,ファイアウォール,希望しない,',
  'R05,京都府,満足,従業員教育,希望しない,30',
  'R06,奈良県,わからない,,希望する,8',
].join('\r\n');
const dir = mkdtempSync(join(tmpdir(), 'smesec-example-'));
const file = join(dir, 'seminar.csv');
writeFileSync(file, iconv.encode(csv, 'Shift_JIS'));

// Lenient mode keeps the good rows and lists every problem; strict mode (the default) throws a
// ValidationError carrying the same list.
const { table, issues, encoding, stats } = loadCsv(file, { codebook, mode: 'lenient' });
rmSync(dir, { recursive: true, force: true });

console.log(`encoding: ${encoding}`);
console.log(`rows: ${stats.rows}, accepted ${stats.accepted}, rejected ${stats.rejected}`);
// Issues are data (code, row as Excel numbers it, column, value, expected); formatIssue words them.
for (const issue of issues) console.log(`issue [${issue.code}] ${formatIssue(issue)}`);

// The table holds codes: 大阪 and 27 both became the JIS code 27, ５ (full-width) the number 5,
// アンチウイルス the code antivirus. わからない is a missing answer (null), not an option, and a
// blank multiple answer is the empty list.
console.log('\nthe table, as codes:');
for (const row of table.objects()) console.log(JSON.stringify(row));

// Labels come from the codebook only when showing something. A single-response question's
// default base is every respondent (`all`), so the missing answer stays in the denominator.
const satisfaction = tabulate(table, 'satisfaction', { codebook });
console.log(`\n${labelOf(codebook, 'satisfaction')} (base: ${satisfaction.base}, n = ${satisfaction.n}, missing ${satisfaction.missing})`);
for (const item of satisfaction.items) {
  console.log(`  ${optionLabel(codebook, 'satisfaction', item.code)} (${item.code}): ${item.count}, ${item.pct.toFixed(1)}%`);
}
// employees is routed (asked only of those who want a consultation): its base is those asked.
const employees = tabulate(table, 'employees', { codebook });
console.log(`従業員数: base ${employees.base}, asked ${employees.asked}, valid ${employees.valid}, mean ${employees.stats?.mean.toFixed(1)}人`);
