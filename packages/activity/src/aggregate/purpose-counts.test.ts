import * as aq from 'arquero';
import { expect, test } from 'vitest';
import { tiny } from '../../test/tiny.js';
import { purposeCounts } from './purpose-counts.js';

test('index rows and distinct practices per purpose, every purpose of each edition listed', () => {
  const counts = purposeCounts(tiny().practiceIndex).map((p) => [p.edition, p.purpose, p.indexRows, p.practices]);
  expect(counts).toEqual([
    ['3', 'more_participants', 1, 1],
    ['3', 'more_partners', 1, 1],
    ['3', 'sustain', 1, 1],
    ['3', 'enrich', 2, 2],
    // p2-01 twice (two rows print page 7), p2-17 and p2-27 from one row printing `31, 46`, p2-31.
    ['2', 'engage_companies', 4, 4],
    ['2', 'involve_institutions', 2, 2],
    ['2', 'continuity', 1, 1],
    ['2', 'effectiveness', 0, 0],
    ['2', 'reduce_burden', 0, 0],
  ]);
});

test('a practice cited by two rows of one purpose counts as one practice', () => {
  const index = aq.table({
    edition: ['2', '2', '2'],
    tag: ['engage_companies', 'engage_companies', 'engage_companies'],
    practice_ids: [['p2-01'], ['p2-01'], ['p2-17', 'p2-27']],
  });
  const engage = purposeCounts(index).find((p) => p.purpose === 'engage_companies');
  expect(engage).toEqual({ edition: '2', purpose: 'engage_companies', label: '企業の参加を促進する', indexRows: 3, practices: 3 });
});
