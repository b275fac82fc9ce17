/**
 * # One multiple-response question, four bases
 *
 * A percentage is a count over a base, and a multiple-response question has several honest
 * bases. The same counts give different shares, so every table of the library names its base:
 *
 * - `all`: every respondent, including those who left the question blank (shown as 無回答);
 * - `asked`: those the questionnaire routed to the question (`askedWhen` in the codebook);
 * - `valid`: those asked who answered: the share of respondents choosing an option; since one
 *   respondent may choose several, the shares can add up past 100 % (the programme's default);
 * - `responses`: every option chosen, counted once each; the shares add up to 100 % and say how
 *   the answers split, not how many respondents chose something.
 *
 * Missing comes in kinds: not asked (routed past the question, excluded from `asked`), asked but
 * blank or 無回答 (counted in `missing`, excluded from `valid`), and rejected rows (never in the
 * table; see the read result's issues).
 *
 * Run: pnpm exec tsx examples/02-multiple-response-bases.ts
 */
import { fileURLToPath } from 'node:url';
import { Codebook, fromCsv, instrumentOf, optionLabel, tabulate, type BaseKind, type Frequency } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadCsv } from '@smesec/survey/node';

const BASES: readonly BaseKind[] = ['all', 'asked', 'valid', 'responses'];

/** One line per option, one column per base. */
function show(codebook: Codebook, tabs: readonly Frequency[]): void {
  const [first] = tabs;
  if (!first) return;
  console.log(`  ${'base'.padEnd(22)}${tabs.map((t) => `${t.base} n=${t.n}`.padStart(16)).join('')}`);
  for (const [k, item] of first.items.entries()) {
    const shares = tabs.map((t) => `${t.items[k]!.pct.toFixed(1)}%`.padStart(16)).join('');
    console.log(`  ${item.code.padEnd(18)} ${String(item.count).padStart(3)}${shares}  ${optionLabel(codebook, first.column, item.code)}`);
  }
  const sums = tabs.map((t) => `${t.items.reduce((s, i) => s + i.pct, 0).toFixed(1)}%`.padStart(16)).join('');
  console.log(`  ${'sum of shares'.padEnd(22)}${sums}`);
}

// ## The FY2024 attendee questionnaire: 希望するセキュリティ専門家からの支援内容
// Every attendee was asked, so `all` and `asked` coincide; those who left it blank are missing.
const attendees = instrumentOf(fy2024, 'attendees');
const { table } = loadCsv(fileURLToPath(new URL('../data/fy2024/attendees.csv', import.meta.url)), { codebook: attendees });
const desired = BASES.map((base) => tabulate(table, 'desired_support', { codebook: attendees, base }));
const [all] = desired;
console.log(`desired_support: ${all!.total} attendees, asked ${all!.asked}, missing ${all!.missing}, valid ${all!.valid}, options chosen ${all!.responses}`);
show(attendees, desired);
// Without a base the published one is used: valid cases for a multiple-response question.
console.log(`default base: ${tabulate(table, 'desired_support', { codebook: attendees }).base}`);

// ## A routed question: where `asked` differs from `all`
// Only those using cloud services are asked which ones; the others must leave it blank.
const survey = Codebook.parse({
  id: 'cloud',
  label: 'クラウド利用調査',
  columns: [
    { id: 'company', label: '企業', type: 'id' },
    { id: 'uses_cloud', label: 'クラウドサービスの利用', type: 'single', options: [{ code: 'yes', label: '利用している' }, { code: 'no', label: '利用していない' }] },
    {
      id: 'services',
      label: '利用しているサービス',
      type: 'multi',
      askedWhen: { column: 'uses_cloud', in: ['yes'] },
      options: [
        { code: 'mail', label: 'メール' },
        { code: 'storage', label: 'ファイル共有' },
        { code: 'accounting', label: '会計' },
      ],
    },
  ],
});
const csv = ['company,uses_cloud,services', 'A,yes,メール;ファイル共有', 'B,yes,メール', 'C,yes,', 'D,no,', 'E,no,', 'F,yes,メール;ファイル共有;会計'].join('\n');
const routed = fromCsv(csv, { codebook: survey, file: 'cloud.csv' });
const services = BASES.map((base) => tabulate(routed.table, 'services', { codebook: survey, base }));
const [s] = services;
console.log(`\nservices: ${s!.total} companies, asked ${s!.asked} (uses_cloud = yes), missing ${s!.missing}, valid ${s!.valid}, options chosen ${s!.responses}`);
show(survey, services);
console.log(`default base: ${tabulate(routed.table, 'services', { codebook: survey }).base}`);
