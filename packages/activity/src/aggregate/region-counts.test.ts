import { expect, test } from 'vitest';
import { tiny } from '../../test/tiny.js';
import { regionCounts } from './region-counts.js';

test('communities and practices per region, 沖縄 apart from 九州, unassigned counted', () => {
  const a = tiny();
  const { rows, unassigned } = regionCounts(a.communities, a.practices);
  expect(rows.map((r) => r.region)).toEqual(['hokkaido', 'tohoku', 'kanto', 'chubu', 'kinki', 'chugoku', 'shikoku', 'kyushu', 'okinawa']);
  const nonZero = rows.filter((r) => r.communities + r.practices > 0).map((r) => [r.label, r.communities, r.practices, r.practicesByEdition]);
  expect(nonZero).toEqual([
    ['北海道', 1, 3, { '3': 2, '2': 1 }],
    ['近畿', 2, 2, { '3': 1, '2': 1 }],
    ['九州', 1, 1, { '3': 0, '2': 1 }],
    ['沖縄', 1, 0, { '3': 0, '2': 0 }],
  ]);
  // p2-31 (その他のコミュニティ活動) has no region.
  expect(unassigned).toEqual({ communities: 0, practices: 1 });
});
