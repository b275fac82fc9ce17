import { fromCsv, instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { codebook, listOf } from '../../test/fixtures/specialists.js';
import { roster, unlistedNames } from '../../test/fixtures/roster.js';
import { assignmentFit, guidanceRegions } from './assignment-fit.js';

const guidanceCsv = [
  'company_id,expert_id,region,theme,status,visits,goal_achieved,best_practice,industry',
  'C1,E1,大阪,クラウドサービスの安全利用,実施,3,達成できた,非掲載,建設業',
  'C2,E2,名古屋,クラウドサービスの安全利用,実施,3,達成できた,非掲載,小売業',
  'C3,E3,大阪,クラウドサービスの安全利用,実施,3,一部達成,非掲載,建設業',
  'C4,E4,埼玉,セキュリティインシデント対応,実施,2,達成できた,非掲載,医療・福祉',
  'C5,E6,大阪,クラウドサービスの安全利用,辞退,0,,,サービス業',
  'C6,E99,大阪,情報セキュリティ規程の整備,実施,3,達成できた,非掲載,建設業',
].join('\n');

describe('assignmentFit', () => {
  const { table: experts, eligibility } = listOf(roster);
  const { table: guidance } = fromCsv(guidanceCsv, { codebook: instrumentOf(fy2024, 'guidance'), file: 'guidance.csv' });
  const fit = assignmentFit(guidance, experts, { codebook, eligibility });

  test('each row: listed, theme handled, region\'s prefecture supported (全国 included)', () => {
    expect(fit.rows.map((r) => [r.company_id, r.listed, r.theme_ok, r.region_ok, r.all_ok])).toEqual([
      ['C1', true, true, true, true],
      ['C2', true, true, true, true], // 名古屋 → 愛知県, reached through 全国
      ['C3', true, true, false, false], // 東京都 only
      ['C4', true, false, false, false], // no incident theme, 大阪府 only
      ['C5', false, true, true, false], // E6: employer does not allow SME support
      ['C6', false, false, false, false], // no such expert
    ]);
  });

  test('the misfits say what fails, in Japanese', () => {
    expect(fit.misfits.map((r) => [r.company_id, r.expert_id, r.fails, r.reasons])).toEqual([
      ['C3', 'E3', ['region'], ['支援可能地域に大阪府（地域 osaka）がない']],
      ['C4', 'E4', ['theme', 'region'], ['指導テーマ「セキュリティインシデント対応」が対応テーマにない', '支援可能地域に埼玉県（地域 saitama）がない']],
      ['C5', 'E6', ['listed'], ['アクティブリスト非掲載']],
      ['C6', 'E99', ['expert_known', 'listed', 'theme', 'region'], expect.arrayContaining(['専門家ID E99 が専門家データにない'])],
    ]);
  });

  test('counts', () => {
    expect(fit.counts).toEqual({ n: 6, listed: 4, themeOk: 4, regionOk: 3, allOk: 2, misfit: 4 });
  });

  test('eligibility is computed when not given, with the same result', () => {
    expect(assignmentFit(guidance, experts, { codebook }).rows).toEqual(fit.rows);
  });

  test('the region mapping is data: every guidance region has a prefecture', () => {
    const region = instrumentOf(fy2024, 'guidance').columns.find((c) => c.id === 'region')!;
    expect('options' in region && region.options.map((o) => [o.label, guidanceRegions[o.code]])).toEqual([
      ['大阪', '27'],
      ['名古屋', '23'],
      ['埼玉', '11'],
    ]);
  });

  test('nothing personal about any specialist is in the result', () => {
    const json = JSON.stringify(fit);
    for (const name of [...unlistedNames, '見本 太郎', '@example.com', '事務所']) expect(json).not.toContain(name);
  });
});
