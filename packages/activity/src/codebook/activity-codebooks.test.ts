import { REGIONS, type Codebook } from '@smesec/survey';
import { expect, test } from 'vitest';
import { seedLines } from '../../test/tiny.js';
import { ACTIVITY_FILE_IDS, activityCodebook, activityCodebooks } from './activity-codebooks.js';
import { activityRulesOf } from './rules.js';
import { surveyRegionOf } from './survey-region-of.js';

const optionsOf = (cb: Codebook, column: string) => {
  const col = cb.columns.find((c) => c.id === column);
  return col && 'options' in col ? col.options : undefined;
};

test('one codebook per file, each naming its file', () => {
  expect(activityCodebooks.instruments.map((c) => [c.id, c.file])).toEqual(ACTIVITY_FILE_IDS.map((id) => [id, `${id}.csv`]));
});

test('option lists shared by several files are the same in each', () => {
  const same = (column: string, ids: readonly (typeof ACTIVITY_FILE_IDS)[number][]) => {
    const lists = ids.map((id) => optionsOf(activityCodebook(id), column));
    for (const l of lists) expect(l).toEqual(lists[0]);
    return lists[0]!;
  };
  expect(same('source_seed', ACTIVITY_FILE_IDS)).toHaveLength(3);
  expect(same('region', ['communities', 'practices'])).toHaveLength(9);
  expect(same('edition', ['practices', 'practice_index']).map((o) => o.code)).toEqual(['3', '2']);
  expect(optionsOf(activityCodebook('practices'), 'purposes')).toEqual(optionsOf(activityCodebook('practice_index'), 'tag'));
});

test('each edition has its own purposes, and every purpose belongs to exactly one edition', () => {
  for (const [id, column] of [
    ['practices', 'purposes'],
    ['practice_index', 'tag'],
  ] as const) {
    const cb = activityCodebook(id);
    const rule = activityRulesOf(cb).editionOptions!;
    expect(rule.column).toBe(column);
    expect(rule.allowed['3']).toEqual(['more_participants', 'more_partners', 'sustain', 'enrich']);
    expect(rule.allowed['2']).toEqual(['engage_companies', 'involve_institutions', 'continuity', 'effectiveness', 'reduce_burden']);
    expect([...rule.allowed['3']!, ...rule.allowed['2']!]).toEqual(optionsOf(cb, column)!.map((o) => o.code));
  }
});

test('the publication dates of the editions are printed on the cover lines the rules name', () => {
  const seed = seedLines('000_1827dc9859a3e8ab.txt');
  for (const e of activityRulesOf(activityCodebook('practices')).editions) {
    expect(seed[e.source.line - 1]).toBe(e.publishedText);
    expect(seed[e.source.line - 3]).toBe(`第${e.code}版`);
  }
});

test('regions use the survey codes, with 沖縄 kept apart and mapped to 九州・沖縄 for joins', () => {
  const codes = optionsOf(activityCodebook('communities'), 'region')!.map((o) => o.code);
  expect(codes).toEqual([...REGIONS.map((r) => r.code), 'okinawa']);
  expect(surveyRegionOf('okinawa')).toBe('kyushu');
  expect(surveyRegionOf('kinki')).toBe('kinki');
  expect(() => surveyRegionOf('ryukyu')).toThrow('unknown activity region code ryukyu');
});
