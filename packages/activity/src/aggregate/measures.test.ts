import { expect, test } from 'vitest';
import { tiny } from '../../test/tiny.js';
import { measuresByCategory } from './measures-by-category.js';
import { measuresByOrganisation } from './measures-by-organisation.js';

test('measures per target group, 再掲 bullets left out unless asked for', () => {
  const m = tiny().measures;
  expect(measuresByCategory(m).map((c) => [c.label, c.count])).toEqual([
    ['中小企業', 2],
    ['若年層', 1],
    ['地域における取組の支援', 1],
  ]);
  expect(measuresByCategory(m, { includeReposts: true }).map((c) => c.count)).toEqual([2, 1, 3]);
});

test('measures per organisation, a bullet naming two bodies counting for each', () => {
  const m = tiny().measures;
  expect(measuresByOrganisation(m).reduce((a, o) => a + o.count, 0)).toBe(6);
  expect(measuresByOrganisation(m, { includeReposts: true }).slice(0, 4)).toEqual([
    { organisation: 'IPA', count: 2 },
    { organisation: '経済産業省', count: 2 },
    { organisation: '警察庁', count: 2 },
    { organisation: '都道府県警察', count: 2 },
  ]);
});
