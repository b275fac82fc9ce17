import { readInstruments } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { computeFigures } from './compute-figures.js';

const header = (cols: string[]) => cols.join(',');
const attendees = [
  header(['company_id', 'session_id', 'chamber', 'prefecture', 'people', 'industry', 'employees', 'motivation', 'desired_support', 'expert_support_status', 'selection_criteria', 'search_methods', 'wants_consultation', 'comment']),
  'A1,osaka-1,大阪商工会議所,大阪府,2,製造業（その他）,1～20人,講演内容そのものに興味があった,従業員向けセキュリティ教育;情報セキュリティ規程の整備,希望・検討している,緊急時の対応力,インターネット検索,希望する,',
  'A2,osaka-2,大阪商工会議所,兵庫,1,建設業,21～50人,その他,,わからない,費用,その他,希望する,',
  'A3,nagoya-1,名古屋商工会議所,愛知県,1,製造業（自動車関連）,51～100人,取引先から対策を求められた,インシデント発生時の緊急対応,受けている・受けたことがある,実績,知人・取引先からの紹介,希望しない,',
].join('\n');
const consultations = [
  header(['company_id', 'expert_id', 'maturity', 'topics', 'industry_guideline', 'wants_guidance']),
  'A1,E1,情報収集段階,何から始めればよいか分からない,なし,希望する',
  'A2,E1,未着手,その他,なし,希望する',
].join('\n');
const guidance = [
  header(['company_id', 'expert_id', 'region', 'theme', 'status', 'visits', 'goal_achieved', 'best_practice', 'industry']),
  'A1,E1,大阪,情報セキュリティ規程の整備,実施,3,達成できた,掲載,製造業（その他）',
  'A2,E1,大阪,従業員向け情報セキュリティ教育,辞退,0,,,建設業',
].join('\n');

describe('programme figures from a three-company fixture', () => {
  const cols = fy2024.instruments.find((c) => c.id === 'experts')!.columns.map((c) => c.id);
  const experts = [cols.join(','), cols.map((c) => (c === 'respondent_id' ? 'E1' : '')).join(',')].join('\n');
  const inputs = new Map(
    Object.entries({ experts, attendees, consultations, guidance }).map(([id, text]) => [id, { bytes: text, file: `${id}.csv` }]),
  );
  const figures = computeFigures(readInstruments(inputs, { codebooks: fy2024 }), { codebooks: fy2024 });

  test('the funnel counts companies at each step', () => {
    expect(figures).toMatchObject({
      'funnel.attended': 3,
      'funnel.wanted_consultation': 2,
      'funnel.consulted': 2,
      'funnel.wanted_guidance': 2,
      'funnel.matched': 2,
      'funnel.guided': 1,
      'funnel.best_practices': 1,
    });
  });

  test('themes by region count guided companies only, with margins', () => {
    expect(figures['guidance.theme_by_region.osaka.rules.count']).toBe(1);
    expect(figures['guidance.theme_by_region.osaka.education.count']).toBe(0);
    expect(figures['guidance.theme_by_region.osaka.total.count']).toBe(1);
    expect(figures['guidance.theme_by_region.total.total.count']).toBe(1);
    expect(figures['guidance.best_practice_by_region.osaka.count']).toBe(1);
    expect(figures['guidance.best_practice_by_region.nagoya.count']).toBe(0);
  });

  test('conditional questions take those asked as their base', () => {
    expect(figures['guidance.goal_achieved.base']).toBe(1);
    expect(figures['guidance.goal_achieved.yes.pct']).toBe(100);
    expect(figures['guidance.visits.sum']).toBe(3);
    expect(figures['guidance.visits.3.count']).toBe(1);
    expect(figures['guidance.visits.0.count']).toBe(1);
  });

  test('industry by chamber and multi-response bases', () => {
    expect(figures['attendees.industry_by_chamber.osaka.manufacturing_other.count']).toBe(1);
    expect(figures['attendees.industry_by_chamber.nagoya.manufacturing_auto.count']).toBe(1);
    expect(figures['attendees.industry_by_chamber.osaka.total.count']).toBe(2);
    // A2 left desired_support blank: base = 2 valid cases of 3
    expect(figures['attendees.desired_support.base']).toBe(2);
    expect(figures['attendees.desired_support.missing']).toBe(1);
    expect(figures['attendees.desired_support.education.pct']).toBe(50);
    expect(figures['attendees.prefecture.28.count']).toBe(1);
    expect(figures['attendees.people.sum']).toBe(4);
    expect(figures['attendees.session_id.distinct']).toBe(3);
  });

  test('the expert with no skill answers is excluded from the list but counted', () => {
    expect(figures['experts.n']).toBe(1);
    expect(figures['experts.active_list.count']).toBe(0);
    expect(figures['experts.active_list.excluded.no_skill_answers.count']).toBe(1);
    expect(figures['experts.ability.S1.not_yet.count']).toBe(1);
    expect(figures['experts.affiliation.missing']).toBe(1);
    expect(figures['experts.affiliation.base']).toBe(1);
  });
});
