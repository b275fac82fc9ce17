import { expect, test } from 'vitest';
import { tiny } from '../../test/tiny.js';
import { eventsByMonth } from './events-by-month.js';

test('events per month of their start date, in time order, undated ones apart', () => {
  expect(eventsByMonth(tiny().events)).toEqual({
    months: [
      { month: '2019-05', count: 1 },
      { month: '2024-07', count: 1 },
      { month: '2024-08', count: 1 },
      { month: '2024-11', count: 1 },
      { month: '2024-12', count: 1 },
      { month: '2025-02', count: 1 },
    ],
    undated: 3,
  });
});
