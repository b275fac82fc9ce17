import { instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { listOf } from '../../test/fixtures/specialists.js';
import { roster, unlistedNames } from '../../test/fixtures/roster.js';
import { supportMenus } from '../search/support-menus.js';
import { SearchQueryError } from '../search/search-query.js';
import { matchSpecialists } from './match-specialists.js';
import { matchingRules } from './matching-rules.js';

const { records } = listOf(roster);
const match = (c: Parameters<typeof matchSpecialists>[0], rs = records) => matchSpecialists(c, rs, { codebooks: fy2024 });

describe('matchSpecialists', () => {
  test('an incident consultation from an automotive maker in 大阪府 wanting the incident theme', () => {
    const r = match({ topics: ['incident'], industry: 'manufacturing_auto', prefecture: '27', theme: 'incident' });
    // Only E9 handles the incident theme; it reaches 大阪府 through 全国.
    expect(r.matches.map((m) => m.record.id)).toEqual(['E9']);
    expect(r.matches[0]!.parts).toEqual([
      { part: 'theme', points: 0, text: '希望テーマ: セキュリティインシデント対応に対応（条件）' },
      { part: 'region', points: 0, text: '所在地: 大阪府（全国対応）（+0）' },
      { part: 'skills', points: 2, text: '相談内容・希望テーマに関連する支援領域: S5 サイバー攻撃発生時の対応 ◎（+2）' },
      { part: 'themes', points: 1, text: '相談内容に関連する指導テーマ: セキュリティインシデント対応に対応（+1）' },
      { part: 'industry', points: 2, text: '業種: 製造業（自動車関連） → 得意とする業種 自動車産業（+2）' },
    ]);
    expect(r.matches[0]!.score).toBe(5);
    expect(r.conditions).toEqual(['希望テーマ: セキュリティインシデント対応に対応', '所在地: 大阪府を支援可能地域に含む、または全国']);
    expect(r.basis).toEqual([
      '相談内容「インシデント対応」→ 支援内容: インシデント発生時の緊急対応、インシデント対応計画の策定',
      '業種「製造業（自動車関連）」→ 得意とする業種: 自動車産業',
    ]);
  });

  test('topics rank by the domains and themes their contents ask for; ties keep id order', () => {
    // getting_started and template ask for S1 and the theme rules.
    const r = match({ topics: ['getting_started', 'template'], prefecture: '27' });
    expect(r.matches.map((m) => [m.record.id, m.score])).toEqual([
      ['E1', 4], // 大阪府 +1, S1 ◎ +2, rules +1
      ['E4', 4],
      ['E5', 1], // 大阪府 only
      ['E10', 1],
      ['E2', 0], // 全国, no S1, no rules
      ['E9', 0],
    ]);
    expect(r.matches.map((m) => m.record.id)).not.toContain('E3'); // 東京都 only
  });

  test('the attendee industry is mapped to the experts\' industries as data', () => {
    const r = match({ industry: 'construction' });
    expect(r.matches.slice(0, 3).map((m) => m.record.id)).toEqual(['E1', 'E3', 'E10']);
    expect(match({ industry: 'ict' }).matches[0]!.parts).toEqual([{ part: 'industry', points: 0, text: '業種: 情報通信業 → 対応づく専門家の業種なし（+0）' }]);
  });

  test('deterministic: the order of the records does not change the ranking', () => {
    const c = { topics: ['validation'], industry: 'construction', prefecture: '27' };
    const once = match(c).matches.map((m) => m.record.id);
    expect(match(c, [...records].reverse()).matches.map((m) => m.record.id)).toEqual(once);
    expect(match(c, [records[3]!, records[0]!, ...records.slice(4), records[2]!, records[1]!]).matches.map((m) => m.record.id)).toEqual(once);
  });

  test('unknown codes are rejected; an experts industry code is not an attendee one', () => {
    expect(() => match({ topics: ['help'] })).toThrow(SearchQueryError);
    expect(() => match({ topics: ['help'] })).toThrow('topics[0]: unknown code "help"; allowed: template, validation, guideline, getting_started, incident, other');
    expect(() => match({ industry: 'automotive' })).toThrow(/invalid consultation:\n- industry: unknown code "automotive"; allowed: manufacturing_auto, /);
  });

  test('unlisted specialists never appear', () => {
    for (const c of [{}, { prefecture: '27' }, { theme: 'cloud', prefecture: '27', topics: ['validation'] }]) {
      const json = JSON.stringify(match(c));
      for (const name of unlistedNames) expect(json).not.toContain(name);
    }
  });
});

describe('the matching rules cover the codebooks', () => {
  const options = (instrument: string, column: string) => {
    const col = instrumentOf(fy2024, instrument).columns.find((c) => c.id === column)!;
    return 'options' in col ? col.options.map((o) => o.code) : [];
  };

  test('every consultation topic maps to existing support contents', () => {
    expect(Object.keys(matchingRules.topics).sort()).toEqual(options('consultations', 'topics').sort());
    const contents = new Set(supportMenus.menus.flatMap((m) => m.contents.map((c) => c.code)));
    for (const codes of Object.values(matchingRules.topics)) for (const code of codes) expect(contents).toContain(code);
  });

  test('every attendee industry maps to experts industry codes', () => {
    expect(Object.keys(matchingRules.industries).sort()).toEqual(options('attendees', 'industry').sort());
    const experts = options('experts', 'industries');
    for (const codes of Object.values(matchingRules.industries)) for (const code of codes) expect(experts).toContain(code);
  });
});
