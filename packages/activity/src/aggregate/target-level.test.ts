import { expect, test } from 'vitest';
import { tiny } from '../../test/tiny.js';
import { targetLevel } from './target-level.js';

test('the HAISL 2024 table: target × level, events without a level in their own column', () => {
  const m = targetLevel(tiny().events);
  expect(m.series).toBe('HAISL 2024年度 対象別・レベル別一覧');
  expect(m.targets.map((t) => t.label)).toEqual(['一般・中小企業', '自治体', '若年・学生']);
  expect(m.levels.map((l) => l.code)).toEqual(['beginner', 'intermediate', 'advanced', 'unspecified']);
  expect(m.counts).toEqual([
    [0, 0, 0, 1], // e002
    [1, 0, 0, 1], // e014 CYDER (初級), e017 CYDER (オンライン実践コース)
    [1, 0, 1, 0], // e019 SC4Y, e023 ミニキャンプ
  ]);
  expect(m.rowTotals).toEqual([1, 2, 2]);
  expect(m.colTotals).toEqual([2, 0, 1, 2]);
  expect(m.total).toBe(5);
  expect(m.uncoded).toBe(0);
});

test('over every event, those whose 対象 is free text are counted as uncoded', () => {
  const m = targetLevel(tiny().events, { series: null });
  expect(m.total).toBe(5);
  expect(m.uncoded).toBe(4);
});
