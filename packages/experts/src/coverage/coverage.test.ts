import * as aq from 'arquero';
import { expect, test } from 'vitest';
import { listOf } from '../../test/fixtures/specialists.js';
import { roster } from '../../test/fixtures/roster.js';
import { chamberCoverage } from './coverage.js';

test('chamber coverage counts connected specialists per prefecture of residence, from stored codes as from plain values', () => {
  const t = aq.table({
    chamber_connection: ['yes', 'no', 'yes', null, 'yes', 'yes'],
    residence_prefecture: ['27', '27', '13', '13', null, '27'],
  });
  const c = chamberCoverage(t);
  expect(c.counts['27']).toBe(2);
  expect(c.counts['13']).toBe(1);
  expect(c.covered).toEqual(['13', '27']);
  expect(c.uncovered).toHaveLength(45);
  expect(chamberCoverage(t.filter(() => true))).toEqual(c);
  // A read table: every fixture specialist lives in 大阪府 and has no connection but E2, E5 and E9.
  const connected = new Set(['E2', 'E5', 'E9']);
  const { table } = listOf(roster.map((s) => ({ ...s, cells: { ...s.cells, chamber_connection: connected.has(s.id) ? 'あり' : 'なし' } })));
  const read = chamberCoverage(table);
  expect(read.covered).toEqual(['27']);
  expect(read.counts['27']).toBe(3);
  expect(chamberCoverage(table.filter(() => true))).toEqual(read);
});
