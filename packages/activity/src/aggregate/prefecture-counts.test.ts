import { expect, test } from 'vitest';
import { activityCodebook } from '../codebook/activity-codebooks.js';
import { tiny } from '../../test/tiny.js';
import { prefectureCounts } from './prefecture-counts.js';

const nonZero = (counts: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

test('events by prefecture: all 47 keys, a seven-prefecture series counted in each', () => {
  const e = prefectureCounts(tiny().events, { codebook: activityCodebook('events'), column: 'prefecture' });
  expect(Object.keys(e.counts)).toHaveLength(47);
  expect(nonZero(e.counts)).toEqual({ '01': 5, '18': 1, '25': 1, '26': 1, '27': 1, '28': 1, '29': 1, '30': 1 });
  expect(e.unplaced).toBe(3);
  expect(e.multiple).toBe(1);
});

test('communities by prefecture: only prefectures the text names', () => {
  const c = prefectureCounts(tiny().communities, { codebook: activityCodebook('communities'), column: 'prefectures' });
  expect(nonZero(c.counts)).toEqual({ '01': 1, '18': 1, '25': 1, '26': 1, '27': 1, '28': 1, '29': 1, '30': 1, '46': 1 });
  expect(c.unplaced).toBe(2);
});

test('a column that holds no prefectures is a programming error', () => {
  expect(() => prefectureCounts(tiny().events, { codebook: activityCodebook('events'), column: 'city' })).toThrow('not a prefecture column');
});
