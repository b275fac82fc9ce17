import { expect, test } from 'vitest';
import { tiny } from '../../test/tiny.js';
import { activitySummary } from '../figures/activity-summary.js';
import { activityView } from './activity-view.js';

test('key numbers with units, as-of dates and sources, in display order', () => {
  const v = activityView(tiny());
  expect(v.title).toBe('地域SECURITY・普及啓発活動');
  expect(v.keyNumbers.map((k) => [k.label, k.value, k.unit, k.basis, k.asOf])).toEqual([
    ['SECURITY ACTION 自己宣言事業者数', 71610, '件', 'stated', '2019-06-30'],
    ['うち一つ星', 61416, '件', 'stated', '2019-06-30'],
    ['うち二つ星', 10194, '件', 'stated', '2019-06-30'],
    ['プラクティス数（第3版）', 3, '件', 'counted', '2025-03'],
    ['プラクティス数（第2版）', 4, '件', 'counted', '2022-04'],
    ['掲載コミュニティ数', 5, '団体', 'counted', null],
    ['掲載イベント・セミナー数', 9, '件', 'counted', null],
  ]);
  expect(v.keyNumbers[0]!.source).toMatchObject({ seed: '002', line: 38 });
  expect(v.keyNumbers[6]!.period).toEqual({ from: '2019-05-28', to: '2025-02-28' });
});

test('every key number is the count of activitySummary it names, with the same value', () => {
  const a = tiny();
  const summary = activitySummary(a);
  const valueOf = (of: ReturnType<typeof activityView>['keyNumbers'][number]['of']) =>
    of.kind === 'program'
      ? summary.program.find((p) => p.figureId === of.figureId)?.value
      : of.kind === 'edition'
        ? summary.practices.editions.find((e) => e.edition === of.edition)?.count
        : summary[of.kind].count;
  const keys = activityView(a, { summary }).keyNumbers;
  expect(keys.map((k) => k.of.kind)).toEqual(['program', 'program', 'program', 'edition', 'edition', 'communities', 'events']);
  for (const k of keys) expect([k.label, valueOf(k.of)]).toEqual([k.label, k.value]);
});

test('the tile map holds all 47 prefectures; records without one are counted apart', () => {
  const v = activityView(tiny());
  expect(Object.keys(v.prefectures).sort()).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
  expect(v.prefectures['01']).toEqual({ communities: 1, events: 5 });
  expect(v.prefectures['27']).toEqual({ communities: 1, events: 1 });
  expect(v.prefectures['46']).toEqual({ communities: 1, events: 0 });
  expect(v.unplaced).toEqual({ communities: 2, events: 3 });
});

test('purpose × edition and target × level matrices', () => {
  const v = activityView(tiny());
  expect(v.purposes.editions.map((e) => [e.edition, e.count])).toEqual([
    ['3', 3],
    ['2', 4],
  ]);
  expect(v.purposes.rows).toHaveLength(9);
  expect(v.targetLevel.counts).toEqual([
    [0, 0, 0, 1],
    [1, 0, 0, 1],
    [1, 0, 1, 0],
  ]);
});

test('practice rows: labels, prefecture names, source seed and line, 3rd edition first', () => {
  const rows = activityView(tiny()).practices;
  expect(rows.map((r) => r.id)).toEqual(['p3-01', 'p3-02', 'p3-14', 'p2-01', 'p2-17', 'p2-27', 'p2-31']);
  expect(rows[0]).toMatchObject({
    edition: '3',
    number: 1,
    community: '北海道地域情報セキュリティ連絡会（HAISL）',
    purposes: ['協力してくれる地域団体・機関を増やしたい', '長く続けられる活動にしたい'],
    prefecture: '01',
    prefectureName: '北海道',
    regionLabel: '北海道',
    page: 4,
    seedFile: '000_1827dc9859a3e8ab.txt',
    line: 88,
  });
  expect(rows[2]).toMatchObject({ id: 'p3-14', number: null, titleSource: 'index', community: null, prefecture: null });
  // Search is case-folded (HAISL) and covers the prefecture name (p2-01 names no HAISL).
  expect(rows.filter((r) => r.searchText.includes('haisl')).map((r) => r.id)).toEqual(['p3-01', 'p3-02']);
  expect(rows.filter((r) => r.searchText.includes('北海道')).map((r) => r.id)).toEqual(['p3-01', 'p3-02', 'p2-01']);
});
