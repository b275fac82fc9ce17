/**
 * # Skills, the active list and its search (`@smesec/experts`)
 *
 * The skill survey asks each registered specialist 0–3 on 1–5 questions per sub-item (a, b, c)
 * of six support domains S1–S6. The codebook's `rules.skills` turns answers into:
 *
 * - a rating per domain: ◎ (`double`) when every sub-item reaches its pass mark, ○ (`single`)
 *   when exactly one does not, blank (`none`) otherwise; a blank answer counts 0;
 * - an ability class per domain from the median answer: `solo`, `supported`, `not_yet`.
 *
 * Every respondent stays in every statistic. The active list (アクティブリスト) leaves some out,
 * each for the first reason that applies (no skill answer, employer forbids SME support, no
 * consent), and publishes only the public fields of those listed: plain JSON records, searched
 * by the same code in Node and on the dashboard page.
 *
 * Run: pnpm exec tsx examples/03-skills-and-active-list.ts
 */
import { fileURLToPath } from 'node:url';
import { instrumentOf, optionLabel } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadCsv } from '@smesec/survey/node';
import { activeList, excludeFromList, publicRecords, scoreSkills, searchSpecialists, skillSchemeOf } from '@smesec/experts';

const codebook = instrumentOf(fy2024, 'experts');
const { table } = loadCsv(fileURLToPath(new URL('../data/fy2024/experts.csv', import.meta.url)), { codebook });

// ## Scores: one row per respondent, codes in every column
const scores = scoreSkills(table, { codebook });
console.log(`${scores.numRows()} respondents scored; columns such as ${scores.columnNames().slice(0, 6).join(', ')}, …`);
const scheme = skillSchemeOf(codebook);
console.log('domain  ◎ double  ○ single  solo  (of every respondent)');
for (const d of scheme.domains) {
  const ratings = scores.array(`${d.id}_rating`) as ArrayLike<string>;
  const ability = scores.array(`${d.id}_ability`) as ArrayLike<string>;
  const count = (a: ArrayLike<string>, code: string) => Array.from(a).filter((v) => v === code).length;
  console.log(`${d.id.padEnd(6)}  ${String(count(ratings, 'double')).padStart(8)}  ${String(count(ratings, 'single')).padStart(8)}  ${String(count(ability, 'solo')).padStart(4)}  ${d.label}`);
}

// ## Eligibility: who is listed, and why not
const eligibility = excludeFromList(table, { codebook, scores });
const reasons = eligibility.groupby('exclusion').count().orderby('exclusion').objects() as { exclusion: string | null; count: number }[];
for (const r of reasons) console.log(`exclusion ${r.exclusion ?? '(listed)'}: ${r.count}`);

// ## The list as public records, and a search over them
const records = publicRecords(activeList(table, { codebook, scores, eligibility }), { codebook });
console.log(`\n${records.length} public records; fields of one: ${Object.keys(records[0]!.fields).join(', ')}`);

// A query holds codes: cloud (クラウドサービスの安全利用) in Osaka (JIS 27), at most 30,000–40,000円.
const result = searchSpecialists(records, { themes: ['cloud'], region: '27', feeCeiling: '30k_40k' }, { codebook, limit: 3 });
console.log(`searched ${result.searched}, matched ${result.matched}; ${result.order}`);
for (const f of result.filters) console.log(`  filter: ${f}`);
for (const hit of result.hits) {
  // Ratings are codes too; their labels (◎, ○, blank) come from the scheme.
  const marks = Object.entries(hit.record.ratings).map(([d, r]) => `${d}${scheme.ratings.find((x) => x.code === r)?.label || '－'}`).join(' ');
  const fee = hit.record.fields['fee_band'];
  console.log(`  ${hit.record.id}  ${marks}  ${typeof fee === 'string' ? optionLabel(codebook, 'fee_band', fee) : '(fee not given)'}`);
  console.log(`    ${hit.reasons.join(' / ')}`);
}
