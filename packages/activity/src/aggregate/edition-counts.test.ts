import { expect, test } from 'vitest';
import { tiny } from '../../test/tiny.js';
import { editionCounts } from './edition-counts.js';

test('practices per edition, newest first, with the publication date on the cover', () => {
  expect(editionCounts(tiny().practices)).toEqual([
    { edition: '3', label: '第3版', count: 3, published: '2025-03', publishedText: '令和7年3月', source: { seed: '000', line: 9 } },
    { edition: '2', label: '第2版', count: 4, published: '2022-04', publishedText: '令和4年4月', source: { seed: '000', line: 884 } },
  ]);
});
