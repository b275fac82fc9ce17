import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { codebook, listOf, type Specialist } from '../../test/fixtures/specialists.js';
import { roster } from '../../test/fixtures/roster.js';
import { activeListRulesOf } from '../active-list/eligibility.js';
import { eachPublicRecord, publicRecords } from '../records/public-records.js';
import { searchSpecialists } from '../search/search-specialists.js';
import { SupportMenuCatalogue, supportMenus } from '../search/support-menus.js';
import { vocabularyOf } from '../search/vocabulary.js';
import { groupRows, listOffer, listOfferOfList, type ListOfferOptions } from './list-offer.js';

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

describe('listOfferOfList counts once per distinct answer what listOffer counts record by record', () => {
  const v = vocabularyOf(codebook);
  const domains = v.domains.map((d) => d.code);
  // A seeded generator, so that a failure is the same on every machine.
  const random = (seed: number) => () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
  const rnd = random(20241);
  const some = <T>(xs: readonly T[], p = 0.3) => xs.filter(() => rnd() < p);
  const one = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const labels = (id: string) => {
    const col = codebook.columns.find((c) => c.id === id)!;
    return 'options' in col ? col.options.filter((o) => !o.exclusive).map((o) => o.label) : [];
  };
  const prefectures = ['大阪府', '東京都', '北海道', '沖縄県', '京都府', '兵庫県', '福岡県'];
  const specialists: Specialist[] = Array.from({ length: 400 }, (_, i) => ({
    id: `R${String(i + 1).padStart(4, '0')}`,
    name: `見本 ${i + 1}`,
    cells: {
      guidance_themes: some(labels('guidance_themes'), 0.4).join(';'),
      support_regions: rnd() < 0.15 ? '全国' : rnd() < 0.1 ? '' : some(prefectures).join(';'),
      fee_band: rnd() < 0.2 ? '' : one(labels('fee_band')),
      support_forms: some(labels('support_forms'), 0.35).join(';'),
      ...(rnd() < 0.05 ? { sme_support_allowed: '不可' } : {}),
    },
    ratings: rnd() < 0.05 ? 'blank' : Object.fromEntries(domains.map((d) => [d, one(['double', 'single', 'none'] as const)])),
  }));
  const { list, records } = listOf(specialists);
  const perRecord = (t: ColumnTable, options: ListOfferOptions = { codebook }) => listOffer(publicRecords(t, { codebook }), options);

  test('on the active list of a varied file (blanks, 全国, unlisted rows)', () => {
    expect(list.numRows()).toBeGreaterThan(300);
    expect(list.numRows()).toBeLessThan(specialists.length);
    const f = listOfferOfList(list, { codebook });
    expect(f).toEqual(listOffer(records, { codebook }));
    expect(f.nationwide).toBeGreaterThan(0);
    expect(f.feeBands.missing).toBeGreaterThan(0);
    expect(f.menus.every((m) => m.count > 0 && m.count < list.numRows())).toBe(true);
  });

  test('on a filtered and an ordered list', () => {
    const cheapest = v.options.fee_band[0]!.code;
    const filtered = list.filter(aq.escape((d: Record<string, unknown>) => d['fee_band'] !== cheapest));
    expect(filtered.numRows()).toBeLessThan(list.numRows());
    expect(listOfferOfList(filtered, { codebook })).toEqual(perRecord(filtered));
    const ordered = list.orderby(aq.desc('respondent_id')).filter(aq.escape((d: Record<string, unknown>) => (d['support_forms'] as string[]).length > 0));
    expect(listOfferOfList(ordered, { codebook })).toEqual(perRecord(ordered));
  });

  test('with rules that do not publish the fee and the forms', () => {
    const rules = activeListRulesOf(codebook);
    const fewer = { ...rules, publicFields: rules.publicFields.filter((f) => f !== 'fee_band' && f !== 'support_forms') };
    const f = listOfferOfList(list, { codebook, rules: fewer });
    expect(f).toEqual(listOffer(eachPublicRecord(list, { codebook, rules: fewer }), { codebook }));
    expect(f.feeBands.missing).toBe(list.numRows());
  });

  test('with a catalogue asking ◎, several themes and forms', () => {
    const catalogue = SupportMenuCatalogue.parse({
      ...supportMenus,
      menus: [
        ...supportMenus.menus,
        {
          code: 'extra',
          mark: 'カ',
          label: '追加',
          source: 'decision',
          contents: [
            { code: 'x1', label: 'x1', source: 'decision', require: { themes: ['cloud', 'rules'], skills: [{ domain: 'S1', min: 'double' }, { domain: 'S2', min: 'single' }], forms: ['lecture', 'online'] } },
            { code: 'x2', label: 'x2', source: 'decision', require: { skills: [{ domain: 'S6', min: 'double' }] } },
            { code: 'x3', label: 'x3', source: 'decision', require: {} },
          ],
        },
      ],
    });
    const f = listOfferOfList(list, { codebook, catalogue });
    expect(f).toEqual(listOffer(records, { codebook, catalogue }));
    const extra = f.menus.find((m) => m.code === 'extra')!;
    expect(extra.contents.map((c) => c.count > 0)).toEqual([true, true, true]);
    expect(extra.count).toBe(list.numRows());
  });

  test('on any table of answers, repeated codes in a set included', () => {
    const fees = [null, ...v.options.fee_band.map((b) => b.code)];
    const codes = (xs: readonly string[]) => fc.array(fc.constantFrom(...xs), { maxLength: 6 });
    const row = fc.record({
      themes: codes(v.options.guidance_themes.map((t) => t.code)),
      regions: codes(['13', '27', '01', '47', v.nationwide.code]),
      fee: fc.constantFrom(...fees),
      forms: codes(v.options.support_forms.map((t) => t.code)),
      ratings: fc.array(fc.constantFrom('double', 'single', 'none', null), { minLength: domains.length, maxLength: domains.length }),
    });
    // Rows drawn from a few answers, so that the same set (the same array) recurs.
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 80 }), (pool, picks) => {
        const rows = picks.map((k) => pool[k % pool.length]!);
        const rules = activeListRulesOf(codebook);
        const cols: Record<string, unknown[]> = { respondent_id: rows.map((_, i) => `T${i}`) };
        for (const f of [...rules.contactFields, ...rules.publicFields]) cols[f] = rows.map(() => null);
        cols['guidance_themes'] = rows.map((r) => r.themes);
        cols['support_regions'] = rows.map((r) => r.regions);
        cols['fee_band'] = rows.map((r) => r.fee);
        cols['support_forms'] = rows.map((r) => r.forms);
        domains.forEach((d, k) => (cols[`${d}_rating`] = rows.map((r) => r.ratings[k])));
        const t = aq.table(cols);
        expect(listOfferOfList(t, { codebook })).toEqual(perRecord(t));
      }),
      { numRuns: 60 },
    );
  });

  test('a row without an id stops the count as it stops the records', () => {
    const blank = aq.table({ ...Object.fromEntries(list.columnNames().map((c) => [c, list.array(c)])), respondent_id: Array.from({ length: list.numRows() }, (_, i) => (i === 3 ? '' : `R${i}`)) });
    expect(() => listOfferOfList(blank, { codebook })).toThrow("the active list's row 4 has no respondent_id");
    expect(() => perRecord(blank)).toThrow("the active list's row 4 has no respondent_id");
  });

  test('grouping rows renumbers its groups when the combinations outgrow an array', () => {
    const n = 500;
    const columns = [7, 5, 3, 11].map((s) => {
      const ids = Int32Array.from({ length: n }, () => Math.floor(rnd() * 2 * s));
      // Two values per class: rows with different values can share a class.
      const classOf = Int32Array.from({ length: 2 * s }, (_, id) => id % s);
      return { ids, classOf, size: s };
    });
    const naive = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const key = columns.map((c) => c.classOf[c.ids[i]!]).join(',');
      naive.set(key, (naive.get(key) ?? 0) + 1);
    }
    for (const dense of [4, 40, 10_000]) {
      const groups = groupRows(n, columns, dense);
      const got = new Map(groups.map(([row, count]) => [columns.map((c) => c.classOf[c.ids[row]!]).join(','), count]));
      expect(got).toEqual(naive);
      expect(groups.length).toBe(naive.size);
    }
  });
});
