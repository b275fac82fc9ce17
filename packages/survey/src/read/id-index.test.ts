import { expect, test } from 'vitest';
import { IdIndex } from './id-index.js';

test('the first row of every id, through many doublings, against a Map', () => {
  const index = new IdIndex();
  const map = new Map<string, number>();
  // Ids that differ only in the middle or in one character, repeats, the empty id, kanji.
  const ids = Array.from({ length: 30000 }, (_, i) => [`E${String(i % 20011).padStart(7, '0')}@example.com`, `専門家${i % 7919}`, i % 13 === 0 ? '' : `x${i}`][i % 3]!);
  ids.forEach((id, i) => {
    const row = i + 2;
    const at = index.lookup(id);
    expect(at > 0 ? at : undefined).toBe(map.get(id));
    if (at < 0) {
      index.add(id, row, at);
      map.set(id, row);
    }
  });
  expect(index.size).toBe(map.size);
  for (const [id, row] of map) expect(index.firstRow(id)).toBe(row);
  expect(index.firstRow('never seen')).toBe(0);
  // The same looked up where each stands in one text, between other ids and their prefixes.
  const text = ['pre', ...map.keys(), 'x1x', 'E0000001@example.co', ''].join('|');
  let start = 0;
  for (const id of text.split('|')) {
    expect(index.firstRowIn(text, start, start + id.length)).toBe(map.get(id) ?? 0);
    start += id.length + 1;
  }
});

test('an id added twice keeps its first row', () => {
  const index = new IdIndex();
  index.add('a', 2);
  index.add('a', 9);
  expect(index.firstRow('a')).toBe(2);
  expect(index.size).toBe(1);
});
