import { describe, expect, test } from 'vitest';
import { codebook, listOf } from '../../test/fixtures/specialists.js';
import { roster, unlistedNames } from '../../test/fixtures/roster.js';
import { SearchQueryError } from './search-query.js';
import { searchSpecialists } from './search-specialists.js';

const { records } = listOf(roster);
const search = (query: Parameters<typeof searchSpecialists>[1]) => searchSpecialists(records, query, { codebook });
const ids = (query: Parameters<typeof searchSpecialists>[1]) => search(query).hits.map((h) => h.record.id);

describe('theme クラウドサービスの安全利用 in 大阪府', () => {
  const result = search({ themes: ['cloud'], region: '27' });

  test('only specialists who handle the theme and support 大阪府, explicitly or through 全国', () => {
    // E3 handles cloud but only in 東京都; E4 supports 大阪府 but not cloud; E6–E8 are not listed.
    expect(result.hits.map((h) => h.record.id).sort()).toEqual(['E1', 'E10', 'E2', 'E5']);
    for (const h of result.hits) {
      expect(h.record.fields['guidance_themes']).toContain('cloud');
      expect((h.record.fields['support_regions'] as string[]).some((p) => p === '27' || p === 'nationwide')).toBe(true);
    }
  });

  test('each hit says why it matched, in Japanese', () => {
    const byId = new Map(result.hits.map((h) => [h.record.id, h.reasons]));
    expect(byId.get('E1')).toEqual(['対応テーマ: クラウドサービスの安全利用', '支援可能地域: 大阪府']);
    expect(byId.get('E2')).toEqual(['対応テーマ: クラウドサービスの安全利用', '支援可能地域: 大阪府（全国対応）']);
  });

  test('relevance: ◎ in the domains of the theme (S3) first, then ○, explicit region over 全国, then id', () => {
    expect(result.hits.map((h) => [h.record.id, h.relevance.score])).toEqual([
      ['E5', 101], // S3 ◎, 大阪府 listed
      ['E2', 100], // S3 ◎, 全国
      ['E1', 11], // S3 ○, 大阪府 listed
      ['E10', 1], // S3 blank, 大阪府 listed
    ]);
  });

  test('the filters applied are explained', () => {
    expect(result.filters).toEqual(['対応テーマ: クラウドサービスの安全利用（すべてに対応）', '支援地域: 大阪府（支援可能地域に大阪府を含む、または全国）']);
    expect(result).toMatchObject({ searched: 7, matched: 4 });
    expect(result.order).toBe('関連する支援領域（S3）の◎の数、○の数、支援可能地域に明示している専門家（全国対応より優先）、IDの順');
  });

  test('a JIS code without its leading zero means the same prefecture', () => {
    expect(ids({ themes: ['cloud'], region: '7' })).toEqual(['E2']);
    expect(ids({ themes: ['cloud'], region: '27' })).toEqual(result.hits.map((h) => h.record.id));
  });
});

describe('fee ceiling', () => {
  test('at or below the ceiling; a blank fee band never matches a ceiling', () => {
    expect(ids({ feeCeiling: '30k_40k' }).sort()).toEqual(['E1', 'E10', 'E2', 'E3']);
    expect(ids({ feeCeiling: 'lt20k' })).toEqual(['E2']);
    // E5 has no fee band: found without a ceiling, never with one, even the highest.
    expect(ids({})).toContain('E5');
    expect(ids({ feeCeiling: '50k_plus' })).not.toContain('E5');
  });

  test('the reason shows the specialist\'s band and the ceiling', () => {
    const hit = search({ feeCeiling: '30k_40k' }).hits.find((h) => h.record.id === 'E1')!;
    expect(hit.reasons).toEqual(['料金: 30,000円以上40,000円未満（上限 30,000円以上40,000円未満 以下）']);
  });
});

describe('other conditions', () => {
  test('industries, periods and forms are alternatives; themes and domains are all needed', () => {
    expect(ids({ industries: ['retail', 'automotive'] })).toEqual(['E9', 'E2']);
    expect(ids({ periods: ['12m_plus'] })).toEqual(['E9']);
    expect(ids({ forms: ['lecture'] }).sort()).toEqual(['E2', 'E4']);
    expect(ids({ themes: ['cloud', 'rules'] })).toEqual(['E1']);
    expect(ids({ domains: ['S2', 'S3'] }).sort()).toEqual(['E1', 'E2', 'E3', 'E5']);
    expect(ids({ domains: ['S2', 'S3'], minRating: 'double' }).sort()).toEqual(['E3', 'E5']);
  });

  test('a Step 2 content: its theme, domains and forms must all hold', () => {
    // クラウドサービスやテレワークの安全利用: theme cloud and S2 ○ or better; E3 is in 東京都 only.
    // Relevant domains: S2 (the content) and S3 (the theme cloud).
    const r = search({ menu: 'trouble', contents: ['cloud_telework'], region: '27' });
    expect(r.hits.map((h) => [h.record.id, h.relevance.score])).toEqual([
      ['E5', 201], // S2 ◎ S3 ◎, 大阪府
      ['E1', 111], // S2 ◎ S3 ○, 大阪府
      ['E2', 110], // S2 ○ S3 ◎, 全国
      ['E10', 11], // S2 ○, 大阪府
    ]);
    expect(r.hits[0]!.reasons).toEqual([
      '支援内容: クラウドサービスやテレワークの安全利用',
      '対応テーマ: クラウドサービスの安全利用',
      '得意とする支援領域: S2 セキュリティリスクの識別 ◎',
      '支援可能地域: 大阪府',
    ]);
    expect(r.filters[0]).toBe('支援内容: （ア）クラウドサービスやテレワークの安全利用（対応テーマ: クラウドサービスの安全利用、得意とする支援領域: S2 ○以上）');
  });

  test('a menu alone matches specialists able to take at least one of its contents', () => {
    const r = search({ menu: 'incident' });
    expect(r.hits.map((h) => h.record.id)).toEqual(['E9']);
    expect(r.hits[0]!.reasons[0]).toMatch(/^支援メニュー: （エ）インシデント発生時の対応、インシデントからの復旧（対応できる支援内容: インシデント発生時の緊急対応、/);
    // E2 gives lectures but handles none of （ウ）'s contents (education theme, S4 or S1): E4 only.
    expect(ids({ menu: 'lecture' })).toEqual(['E4']);
  });

  test('no condition: every listed specialist, broadest ◎ first', () => {
    const r = search({});
    expect(r.filters).toEqual(['条件なし（掲載者全員）']);
    // Every domain is relevant: E1 ◎◎○ (210); E3, E5 ◎◎ (200); E9 ◎○○ (120); E2, E4 ◎○ (110, by id); E10 ○.
    expect(r.hits.map((h) => h.record.id)).toEqual(['E1', 'E3', 'E5', 'E9', 'E2', 'E4', 'E10']);
  });

  test('limit keeps the most relevant and still reports how many matched', () => {
    const r = searchSpecialists(records, { themes: ['cloud'] }, { codebook, limit: 2 });
    expect(r.hits).toHaveLength(2);
    expect(r.matched).toBe(5);
  });
});

describe('validation', () => {
  test('an unknown code is rejected naming the field and the allowed codes', () => {
    expect(() => search({ themes: ['clowd'] })).toThrow(SearchQueryError);
    expect(() => search({ themes: ['clowd'] })).toThrow('themes[0]: unknown code "clowd"; allowed: rules, assets, cloud, incident, education');
    expect(() => search({ region: '48' })).toThrow(/region: unknown code "48"; allowed: 01, 02, .*, 47/);
    expect(() => search({ feeCeiling: '35000' })).toThrow('feeCeiling: unknown code "35000"; allowed: lt20k, 20k_30k, 30k_40k, 40k_50k, 50k_plus');
    expect(() => search({ industries: ['none'] })).toThrow(/industries\[0\]: unknown code "none"/);
  });

  test('every problem is reported at once, unknown fields too', () => {
    try {
      search({ domains: ['S7'], minRating: 'none', colour: 'red' } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SearchQueryError);
      const issues = (e as SearchQueryError).issues.map((i) => i.path.join('.'));
      expect(issues.sort()).toEqual(['', 'domains.0', 'minRating']);
      expect((e as Error).message).toContain('allowed: double, single');
    }
  });

  test('a content must belong to the menu chosen with it', () => {
    expect(() => search({ menu: 'lecture', contents: ['recovery'] })).toThrow('contents[0]: content recovery belongs to menu incident, not lecture; allowed: employee_training, incident_training, executive_seminar');
  });
});

test('no search ever returns an unlisted specialist', () => {
  const queries = [{}, { themes: ['cloud'] }, { region: '27' }, { feeCeiling: 'lt20k' }, { menu: 'trouble' }, { domains: ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'], minRating: 'double' }];
  for (const q of queries) {
    const json = JSON.stringify(search(q));
    for (const name of unlistedNames) expect(json).not.toContain(name);
  }
});
