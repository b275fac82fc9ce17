import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// The README's examples, run here so that they cannot rot: each block between `example:<name>`
// markers must appear verbatim in README.md, and what it prints is checked below.
const printed: unknown[][] = [];
const log = console.log;
console.log = (...args: unknown[]) => void printed.push(args);

// example:start
import { instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { loadCsv } from '@smesec/survey/node';
import { activeList, excludeFromList, publicRecords, scoreSkills, searchSpecialists } from '@smesec/experts';

const codebook = instrumentOf(fy2024, 'experts'); // the skill questionnaire: columns, options and rules
const { table } = loadCsv('data/fy2024/experts.csv', { codebook }); // 221 respondents, as codes
const scores = scoreSkills(table, { codebook }); // ◎/○ and ability class per domain S1–S6
const eligibility = excludeFromList(table, { codebook, scores }); // listed, or the first exclusion
const records = publicRecords(activeList(table, { codebook, scores, eligibility }), { codebook }); // plain JSON
const found = searchSpecialists(records, { themes: ['cloud'], region: '27' }, { codebook }); // クラウド × 大阪府
console.log(records.length, found.hits[0]?.reasons); // 203 [ '対応テーマ: クラウドサービスの安全利用', '支援可能地域: 大阪府' ]
// example:end

// example:publicRecords:start
const list = activeList(table, { codebook, scores, eligibility }); // listed only, published columns only
const plain = publicRecords(list, { codebook }); // what the dashboard embeds
console.log(Object.keys(plain[0]!), Object.keys(plain[0]!.ratings)); // [ 'id', 'name', 'email', 'fields', 'ratings' ] [ 'S1', 'S2', 'S3', 'S4', 'S5', 'S6' ]
// example:publicRecords:end

// example:searchSpecialists:start
const query = { menu: 'lecture', contents: ['employee_training'], region: '11', feeCeiling: '30k_40k' };
const lectures = searchSpecialists(records, query, { codebook, limit: 5 }); // （ウ）研修 in 埼玉県
console.log(lectures.filters[0]); // 支援内容: （ウ）従業員向け情報セキュリティ教育（対応テーマ: 従業員向け情報セキュリティ教育、得意とする支援領域: S3 ○以上、支援形態: 講演・研修のいずれか）
try { searchSpecialists(records, { themes: ['clowd'] }, { codebook }); } catch (e) { console.log((e as Error).message); }
// invalid search query:
// - themes[0]: unknown code "clowd"; allowed: rules, assets, cloud, incident, education
// example:searchSpecialists:end

// example:matchSpecialists:start
import { matchSpecialists } from '@smesec/experts';

const consultation = { topics: ['incident'], industry: 'manufacturing_auto', prefecture: '23', theme: 'incident' };
const ranked = matchSpecialists(consultation, records, { codebooks: fy2024, limit: 3 });
console.log(ranked.basis); // [ '相談内容「インシデント対応」→ 支援内容: インシデント発生時の緊急対応、インシデント対応計画の策定', '業種「製造業（自動車関連）」→ 得意とする業種: 自動車産業' ]
console.log(ranked.matches[0]?.parts.map((p) => p.part)); // [ 'theme', 'region', 'skills', 'themes', 'industry' ]
// example:matchSpecialists:end

// example:assignmentFit:start
import { assignmentFit } from '@smesec/experts';

const { table: guidance } = loadCsv('data/fy2024/guidance.csv', { codebook: instrumentOf(fy2024, 'guidance') });
const fit = assignmentFit(guidance, table, { codebook, eligibility }); // every row, withdrawn ones too
console.log(fit.counts.allOk, fit.misfits.length); // 35 0
// example:assignmentFit:end

// example:listOffer:start
import { listOffer } from '@smesec/experts';

const offer = listOffer(records, { codebook }); // counts over listed specialists only
console.log(offer.menus.map((m) => m.code)); // one per Step 1 menu
// example:listOffer:end

console.log = log;
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const source = readFileSync(new URL(import.meta.url), 'utf8');

test('every example of this file is in the README verbatim', () => {
  const blocks = [...source.matchAll(/\/\/ example:([A-Za-z]*):?start\n([\s\S]*?)\/\/ example:\1:?end/g)];
  expect(blocks.map((b) => b[1])).toEqual(['', 'publicRecords', 'searchSpecialists', 'matchSpecialists', 'assignmentFit', 'listOffer']);
  for (const [, name, body] of blocks) expect([name, readme.includes(`\`\`\`ts\n${body}\`\`\``)]).toEqual([name, true]);
});

test('the examples print what their comments say', () => {
  expect(printed).toEqual([
    [203, ['対応テーマ: クラウドサービスの安全利用', '支援可能地域: 大阪府']],
    [['id', 'name', 'email', 'fields', 'ratings'], ['S1', 'S2', 'S3', 'S4', 'S5', 'S6']],
    ['支援内容: （ウ）従業員向け情報セキュリティ教育（対応テーマ: 従業員向け情報セキュリティ教育、得意とする支援領域: S3 ○以上、支援形態: 講演・研修のいずれか）'],
    ['invalid search query:\n- themes[0]: unknown code "clowd"; allowed: rules, assets, cloud, incident, education'],
    [['相談内容「インシデント対応」→ 支援内容: インシデント発生時の緊急対応、インシデント対応計画の策定', '業種「製造業（自動車関連）」→ 得意とする業種: 自動車産業']],
    [['theme', 'region', 'skills', 'themes', 'industry']],
    [35, 0],
    [['trouble', 'guideline', 'lecture', 'incident', 'technical']],
  ]);
});
