import { instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { catalogueProblems } from './check-catalogue.js';
import { searchSpecialists } from './search-specialists.js';
import { SupportMenuCatalogue, supportMenus } from './support-menus.js';

const codebook = instrumentOf(fy2024, 'experts');

describe('the FY2024 support-menu catalogue', () => {
  test('the five Step 1 menus of the FY2024 report, （ア）〜（オ）, in the screen\'s order', () => {
    expect(supportMenus.menus.map((m) => `（${m.mark}）${m.label}`)).toEqual([
      '（ア）セキュリティに関するお困りごと・相談ごと',
      '（イ）業界ガイドライン対応に関するお困りごと',
      '（ウ）社内のセキュリティ研修や講演の依頼',
      '（エ）インシデント発生時の対応、インシデントからの復旧',
      '（オ）その他技術的対策（詳細検索）',
    ]);
  });

  test('（ア）\'s Step 2 holds the four headings and ten contents the report shows', () => {
    const a = supportMenus.menus[0]!;
    expect(a.groups.map((g) => g.label)).toEqual([
      'サイバーセキュリティ対策戦略の立案（初めてのサイバーセキュリティ対策）',
      'サイバーセキュリティ対策の方針策定と管理体制づくり',
      'セキュリティリスクの識別',
      'セキュリティ監査',
    ]);
    expect(a.contents).toHaveLength(10);
    expect(a.contents.every((c) => c.source === 'seed')).toBe(true);
    // The headings named after skill domains require those domains (the FY2024 programme report, section 4 ②).
    const domainsOf = (group: string) => [...new Set(a.contents.filter((c) => c.group === group).flatMap((c) => c.require.skills.map((s) => s.domain)))];
    expect(domainsOf('policy')).toEqual(['S1']);
    expect(domainsOf('risk')).toEqual(['S2']);
  });

  test('every code it names is known to the experts codebook', () => {
    expect(catalogueProblems(supportMenus, codebook)).toEqual([]);
  });

  test('a catalogue naming an unknown theme or domain is refused by the search, not silently empty', () => {
    const broken = SupportMenuCatalogue.parse({
      ...supportMenus,
      menus: [{ code: 'x', mark: 'ア', label: '試験', source: 'decision', contents: [{ code: 'y', label: '試験', source: 'decision', require: { themes: ['clowd'], skills: [{ domain: 'S9', min: 'single' }] } }] }],
    });
    expect(catalogueProblems(broken, codebook)).toEqual([
      'menu x, content y: unknown theme clowd; allowed: rules, assets, cloud, incident, education',
      'menu x, content y: unknown domain S9; allowed: S1, S2, S3, S4, S5, S6',
    ]);
    expect(() => searchSpecialists([], { menu: 'x' }, { codebook, catalogue: broken })).toThrow(/does not fit codebook experts/);
  });

  test('content codes are unique across menus', () => {
    const dup = { ...supportMenus, menus: [supportMenus.menus[0], { ...supportMenus.menus[1]!, contents: [supportMenus.menus[0]!.contents[0]] }] };
    expect(SupportMenuCatalogue.safeParse(dup).error?.issues[0]?.message).toBe('duplicate content code sme_guideline');
  });
});
