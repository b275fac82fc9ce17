import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bestPracticesCodebook, readBestPractices } from './best-practices.js';
import { formatIssue, messagesJa, ValidationError } from '@smesec/survey';

const csv = readFileSync(new URL('../../../data/fy2024/best-practices.csv', import.meta.url));
const HEADER = 'no,region,organisation,industry,expert,title,page';

describe('the published 指導事例集', () => {
  test('FY2024: the 7 cases as the report prints them, each with its page', () => {
    const { cases, source, result } = readBestPractices(new Uint8Array(csv));
    expect(result.stats).toMatchObject({ rows: 7, accepted: 7, rejected: 0 });
    expect(cases.map((c) => [c.no, c.region, c.industry, c.expert])).toEqual([
      ['1', '愛知県', '卸売業', '髙橋 真悟 氏'],
      ['2', '大阪府', '医療、福祉', '高橋 幸司 氏'],
      ['3', '大阪府', '電気業', '田中 基貴 氏'],
      ['4', '大阪府', '製造業', '田中 基貴 氏'],
      ['5', '中部地方', '製造業', '久保田 秀男 氏'],
      ['6', '大阪府', 'サービス業', '野村 陽子 氏'],
      ['7', '大阪府', 'サービス業', '高橋 幸司 氏'],
    ]);
    expect(cases[1]!.organisation).toBe('社会福祉法人ぷくぷく福祉会\nすいた障がい者就業・生活支援センター');
    expect(cases[4]!.organisation).toBe('A株式会社\n（非公開）');
    expect(cases[0]!.title).toBe('DXによる効果を最大限に生かすセキュリティ対策を具体的に指南');
    expect(cases[6]!.title).toBe('実施済みセキュリティ対策を机上演習で実践的にレビュー');
    expect(new Set(cases.map((c) => c.page))).toEqual(new Set([11]));
    expect(source).toEqual({ title: '令和6年度セキュリティ人材活用促進実証', publisher: null, date: null });
  });

  test('a bad row is named by file, row and column, and strict reading throws every issue', () => {
    const bad = [HEADER, '1,愛知県,X社,卸売業,見本 太郎 氏,題,11', '1,大阪府,Y社,製造業,見本 花子 氏,題,p.11', '3,大阪府,Z社,製造業,見本 次郎 氏,題,0'].join('\r\n');
    const { result } = readBestPractices(bad, { mode: 'lenient' });
    expect(result.issues.map((i) => formatIssue(i, messagesJa))).toEqual([
      'best-practices.csv:3:page: 掲載ページの「p.11」は数値ではありません。整数（1以上）で入力してください',
      'best-practices.csv:4:page: 掲載ページの「0」は範囲外です。整数（1以上）で入力してください',
    ]);
    expect(result.stats).toMatchObject({ rows: 3, accepted: 1, rejected: 2 });
    expect(() => readBestPractices(bad)).toThrow(ValidationError);
    const dup = [HEADER, '1,愛知県,X社,卸売業,見本 太郎 氏,題,11', '1,大阪府,Y社,製造業,見本 花子 氏,題,11'].join('\n');
    expect(readBestPractices(dup, { mode: 'lenient' }).result.issues.map((i) => `${i.file}:${i.row}:${i.column}:${i.code}`)).toEqual(['best-practices.csv:3:no:duplicate_id']);
  });

  test('headers may be the printed labels, as an export from the report table would have them', () => {
    const labels = bestPracticesCodebook.columns.map((c) => c.label).join(',');
    const { cases } = readBestPractices(`${labels}\n1,愛知県,X社,卸売業,見本 太郎 氏,題,11\n`);
    expect(cases).toEqual([{ no: '1', region: '愛知県', organisation: 'X社', industry: '卸売業', expert: '見本 太郎 氏', title: '題', page: 11 }]);
  });
});
