import { describe, expect, test } from 'vitest';
import { codebook, listOf } from '../../test/fixtures/specialists.js';
import { roster } from '../../test/fixtures/roster.js';
import { searchSpecialists } from '../search/search-specialists.js';
import { supportMenus } from '../search/support-menus.js';
import { listFigures } from './list-figures.js';

describe('listFigures', () => {
  const { records } = listOf(roster);
  const f = listFigures(records, { codebook });

  test('themes, coverage and fee bands count listed specialists only', () => {
    // E6–E8 (unlisted) all handle cloud and reach 大阪府: they must not count.
    expect(f['experts.active_list.theme.cloud.count']).toBe(5);
    expect(f['experts.active_list.theme.rules.count']).toBe(2);
    expect(f['experts.active_list.nationwide.count']).toBe(2);
    expect(f['experts.active_list.support_coverage.27.count']).toBe(6); // E1, E4, E5, E10 + E2, E9 through 全国
    expect(f['experts.active_list.support_coverage.13.count']).toBe(3); // E3 + 全国
    expect(f['experts.active_list.support_coverage.prefectures_covered']).toBe(47);
    expect(f['experts.active_list.support_coverage.prefectures_uncovered']).toBe(0);
    expect(f['experts.active_list.fee_band.30k_40k.count']).toBe(2);
    expect(f['experts.active_list.fee_band.missing']).toBe(1);
  });

  test('without 全国, coverage has gaps', () => {
    const local = records.filter((r) => !(r.fields['support_regions'] as string[]).includes('nationwide'));
    const g = listFigures(local, { codebook });
    expect(g['experts.active_list.support_coverage.prefectures_covered']).toBe(4); // 大阪府, 兵庫県, 東京都, 京都府
    expect(g['experts.active_list.support_coverage.prefectures_uncovered']).toBe(43);
  });

  test('menu and content counts agree with the search', () => {
    for (const m of supportMenus.menus) {
      expect(f[`experts.active_list.menu.${m.code}.count`]).toBe(searchSpecialists(records, { menu: m.code }, { codebook }).matched);
      for (const c of m.contents) expect(f[`experts.active_list.content.${c.code}.count`]).toBe(searchSpecialists(records, { contents: [c.code] }, { codebook }).matched);
    }
    expect(f['experts.active_list.menu.incident.count']).toBe(1);
  });
});
