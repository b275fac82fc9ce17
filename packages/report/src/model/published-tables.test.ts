import { readFileSync } from 'node:fs';
import { skillSchemeOf, type SkillScheme } from '@smesec/experts';
import { instrumentOf } from '@smesec/survey';
import { fy2024, readBestPractices } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { bestPracticesTable } from './best-practices-figure.js';
import { publishedSourceLine } from './published-source.js';
import { scoringExampleTable } from './scoring-example-table.js';
import { skillDescriptionsTable } from './skill-descriptions-table.js';
import { themeDescriptionsTable } from './theme-descriptions-table.js';

const REPORT = '令和6年度セキュリティ人材活用促進実証';
const scheme = skillSchemeOf(instrumentOf(fy2024, 'experts'));

describe('tables transcribed from the published report', () => {
  test('the 指導事例集: 7 cases in the printed columns, cited by report and page', () => {
    const { cases, source } = readBestPractices(new Uint8Array(readFileSync(new URL('../../../../data/fy2024/best-practices.csv', import.meta.url))));
    const { table, source: line } = bestPracticesTable(cases, source);
    expect(table.columns.map((c) => c.header)).toEqual(['No.', '地域', '指導先企業・団体名', '業種', '指導専門家', '事例タイトル']);
    expect(table.rows).toHaveLength(7);
    expect(table.rows[2]).toEqual({ no: '3', region: '大阪府', organisation: 'エルメック株式会社', industry: '電気業', expert: '田中 基貴 氏', title: '効率的な情報セキュリティ対策の進め方や体制の整備' });
    expect(line).toBe(`出典: 「${REPORT}」p.11`);
  });

  test('the five guidance themes with their descriptions, pages from the codebook', () => {
    const { table, source } = themeDescriptionsTable(instrumentOf(fy2024, 'guidance'));
    expect(table.rows.map((r) => r['theme'])).toEqual(['情報セキュリティ規程の整備', '情報資産の洗い出しとリスク分析', 'クラウドサービスの安全利用', 'セキュリティインシデント対応', '従業員向け情報セキュリティ教育']);
    for (const r of table.rows) expect(r['description'], String(r['theme'])).toMatch(/必要な指導・助言を行う ?。$/);
    expect(table.rows[2]!['description']).toContain('付録6「中小企業のためのクラウドサービス安全利用の手引き」');
    expect(source).toBe(`出典: 「${REPORT}」p.12、13、14、15、16`);
  });

  test('S1–S6 with the support ability each stands for and its NIST CSF 2.0 function', () => {
    const { table, source } = skillDescriptionsTable(scheme);
    expect(table.rows.map((r) => [r['no'], r['csf']])).toEqual([
      ['S1', '統治（Govern）'],
      ['S2', '特定（Identify）'],
      ['S3', '防御（Protect）'],
      ['S4', '検知（Detect）'],
      ['S5', '対応（Respond）'],
      ['S6', '復旧（Recover）'],
    ]);
    expect(table.rows[4]!['description']).toBe('セキュリティインシデント対応（セキュリティインシデント対応計画の策定、セキュリティインデント調査・対応、セキュリティインシデント報告・公表支援）');
    expect(source).toBe(`出典: 「${REPORT}」p.20、19`);
  });

  test('the worked A/B/C example: sums, holdings and ratings computed by the scoring rules agree with the report', () => {
    const t = scoringExampleTable(scheme)!;
    expect(t.table.columns.map((c) => c.header)).toEqual(['【S1】サイバーセキュリティ対策の方針策定と管理体制づくり', '評点', '専門家A', '専門家B', '専門家C']);
    // As printed: S1-a 15 / 12 / 12 (pass mark 13), S1-b 6 / 5 / 5 (5), S1-c 5 / 6 / 3 (5); ◎, ○, blank.
    expect(t.table.rows.map((r) => [r['passMark'], r['expert1'], r['expert2'], r['expert3']])).toEqual([
      ['13点', '3点×5 計15点: 評点以上 スキル有り', '3点×2、2点×3 計12点: 評点未満', '3点×3、2点×1、1点×1 計12点: 評点未満'],
      ['5点', '3点×2 計6点: 評点以上 スキル有り', '3点×1、2点×1 計5点: 評点以上 スキル有り', '3点×1、2点×1 計5点: 評点以上 スキル有り'],
      ['5点', '3点×1、2点×1 計5点: 評点以上 スキル有り', '3点×2 計6点: 評点以上 スキル有り', '2点×1、1点×1 計3点: 評点未満'],
      [null, '◎', '○', '空白'],
    ]);
    expect(t.table.rows[0]!['subitem']).toBe('S1-a 経営戦略の理解、経営者とのコミュニケーション（質問数5）');
    expect(t.source).toBe(`出典: 「${REPORT}」p.25`);
  });

  test("another year's scheme gives its own example, or none", () => {
    const strict: SkillScheme = { ...scheme, passMarks: { ...scheme.passMarks, '2': 6 } };
    expect(scoringExampleTable(strict)!.table.rows.at(-1)).toMatchObject({ expert1: '○', expert2: '空白', expert3: '空白' });
    const { example: _, ...without } = scheme;
    expect(scoringExampleTable(without as SkillScheme)).toBeNull();
  });

  test('a source line names each document once with all its pages', () => {
    expect(publishedSourceLine([{ title: 'T', publisher: 'P', date: 'D', page: 3 }, { title: 'T', publisher: 'P', date: 'D', page: 3 }, { title: 'U', publisher: null, date: null, page: '4–5' }])).toBe('出典: 「T」（P、D）p.3、「U」p.4–5');
  });
});
