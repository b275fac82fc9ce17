import { expect, test } from 'vitest';
import type { ActivityModel } from '@smesec/report';
import { asOf } from './activity-section.js';

type Key = ActivityModel['view']['keyNumbers'][number];
const key = (k: Partial<Key>) => k as Key;

test('a key number says 時点 once, with its date before it, whether or not the transcribed text says it', () => {
  expect(asOf(key({ asOfText: '6/30時点', asOf: '2019-06-30' }))).toBe('6/30（2019-06-30）時点');
  expect(asOf(key({ asOfText: '2019年3月末時点', asOf: '2019-03-31' }))).toBe('2019年3月末（2019-03-31）時点');
  expect(asOf(key({ asOfText: '令和7年3月', asOf: '2025-03' }))).toBe('令和7年3月（2025-03）時点');
  expect(asOf(key({ asOfText: '令和4年12月設立' }))).toBe('令和4年12月設立時点');
  expect(asOf(key({ period: { from: '2019-05-28', to: '2025-03-10' } } as Partial<Key>))).toBe('2019-05-28〜2025-03-10');
  expect(asOf(key({}))).toBe('');
});
