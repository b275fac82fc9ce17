import { PREFECTURES } from '@smesec/survey';
import { expect, test } from 'vitest';
import { neighboursOf } from './neighbours.js';

test('every prefecture borders another, borders are mutual, and all 47 are one connected map', () => {
  const codes = PREFECTURES.map((p) => p.code);
  for (const c of codes) {
    expect(neighboursOf(c).length).toBeGreaterThan(0);
    for (const n of neighboursOf(c)) {
      expect(codes).toContain(n);
      expect(neighboursOf(n)).toContain(c);
    }
  }
  const seen = new Set(['13']);
  const queue = ['13'];
  while (queue.length) {
    for (const n of neighboursOf(queue.shift()!)) {
      if (seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  }
  expect(seen.size).toBe(47);
  expect(neighboursOf('27')).toEqual(['26', '28', '29', '30']);
});
