import { describe, expect, test } from 'vitest';
import { codebook, listOf } from '../../test/fixtures/specialists.js';
import { roster } from '../../test/fixtures/roster.js';
import { searchSpecialists } from '../search/search-specialists.js';
import { supportMenus } from '../search/support-menus.js';
import { listOffer, listOfferOfList } from './list-offer.js';

describe('listOffer', () => {
  const { records, list } = listOf(roster);
  const f = listOffer(records, { codebook });
  const of = (items: readonly { code: string; count: number }[], code: string) => items.find((i) => i.code === code)?.count;

  test('themes, coverage and fee bands count listed specialists only', () => {
    // E6–E8 (unlisted) all handle cloud and reach 大阪府: they must not count.
    expect(of(f.themes, 'cloud')).toBe(5);
    expect(of(f.themes, 'rules')).toBe(2);
    expect(f.nationwide).toBe(2);
    expect(of(f.support.prefectures, '27')).toBe(6); // E1, E4, E5, E10 + E2, E9 through 全国
    expect(of(f.support.prefectures, '13')).toBe(3); // E3 + 全国
    expect(f.support.prefectures).toHaveLength(47);
    expect(f.support.covered).toBe(47);
    expect(f.support.uncovered).toBe(0);
    expect(of(f.feeBands.bands, '30k_40k')).toBe(2);
    expect(f.feeBands.missing).toBe(1);
  });

  test('counted over the list table, record by record with only the fields counted, it is the same', () => {
    expect(listOfferOfList(list, { codebook })).toEqual(f);
    expect(f.menus.some((m) => m.count > 0)).toBe(true);
  });

  test('without 全国, coverage has gaps', () => {
    const local = records.filter((r) => !(r.fields['support_regions'] as string[]).includes('nationwide'));
    const g = listOffer(local, { codebook });
    expect(g.support.covered).toBe(4); // 大阪府, 兵庫県, 東京都, 京都府
    expect(g.support.uncovered).toBe(43);
  });

  test('menu and content counts agree with the search', () => {
    expect(f.menus.map((m) => m.code)).toEqual(supportMenus.menus.map((m) => m.code));
    for (const m of supportMenus.menus) {
      const menu = f.menus.find((x) => x.code === m.code)!;
      expect(menu.count).toBe(searchSpecialists(records, { menu: m.code }, { codebook }).matched);
      for (const c of m.contents) expect(of(menu.contents, c.code)).toBe(searchSpecialists(records, { contents: [c.code] }, { codebook }).matched);
    }
    expect(of(f.menus, 'incident')).toBe(1);
  });
});
