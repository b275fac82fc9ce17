import { expect, test } from 'vitest';
import type { Column } from '../codebook/schema.js';
import { storeOf } from './column-stores.js';
import type { CellValue } from './compile-column.js';

const textColumn = { id: 'note', label: 'note', type: 'text', aliases: [], required: false, personal: false } as unknown as Column;

/** Values put into one store, sent as a part and appended to another after `before` rows of its own. */
function roundTrip(values: CellValue[], before: CellValue[]): CellValue[] {
  const from = storeOf(textColumn);
  values.forEach((v, i) => from.put(i, from.encode(v), v));
  const part = structuredClone(from.part(values.length));
  const into = storeOf(textColumn);
  before.forEach((v, i) => into.put(i, into.encode(v), v));
  into.append(part, before.length);
  return Array.from(into.build(before.length + values.length));
}

test('a column of plain values keeps every row, null and empty text included, sent as a table of distinct strings or row by row', () => {
  const repeated = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? null : ['', '模擬 陽子', 'a,b', '"q"'][i % 4]!));
  const distinct = Array.from({ length: 5000 }, (_, i) => (i % 11 === 0 ? null : i % 13 === 0 ? '' : `id${i}`));
  for (const values of [repeated, distinct, [], [null], ['']]) {
    expect(roundTrip(values, ['x', null])).toEqual(['x', null, ...values]);
  }
  const store = storeOf(textColumn);
  distinct.forEach((v, i) => store.put(i, 0, v));
  expect(store.part(distinct.length)).toMatchObject({ kind: 'strings', distinct: false });
  const small = storeOf(textColumn);
  repeated.forEach((v, i) => small.put(i, 0, v));
  expect(small.part(repeated.length)).toMatchObject({ kind: 'strings', distinct: true });
});

test('strings appended from another thread read back by row, and a row written after them moves them into the array first', () => {
  const tail = ['a', null, '', '模擬', null, 'e'];
  const from = storeOf(textColumn);
  tail.forEach((v, i) => from.put(i, 0, v));
  const into = storeOf(textColumn);
  ['h', null].forEach((v, i) => into.put(i, 0, v));
  into.append(structuredClone(from.part(tail.length)), 2);
  const column = into.build(8);
  expect(Array.from({ length: 8 }, (_, i) => column.at(i))).toEqual(['h', null, ...tail]);
  expect(column.length).toBe(8);
  into.put(8, 0, 'after');
  expect(Array.from(into.build(9))).toEqual(['h', null, ...tail, 'after']);
});

test('sets of options get one id each, whatever the number of options, and a set with a code twice is not taken for another', () => {
  const options = Array.from({ length: 52 }, (_, i) => ({ code: `c${i}`, label: `L${i}`, aliases: [] }));
  const multi = { id: 'm', label: 'm', type: 'multi', options, aliases: [], required: false, personal: false } as unknown as Column;
  const store = storeOf(multi);
  const sets = [['c0'], ['c1'], ['c0', 'c1'], ['c25'], ['c26'], ['c25', 'c26'], ['c51'], ['c0', 'c51'], ['c50', 'c51']];
  const ids = sets.map((set) => store.encode(set));
  expect(new Set(ids).size).toBe(sets.length);
  expect(sets.map((set) => store.encode([...set]))).toEqual(ids);
  // c0 twice would add up to c1's bit: it is keyed apart.
  expect(store.encode(['c0', 'c0'])).not.toBe(store.encode(['c1']));
  expect(store.encode(['c0', 'unknown'])).not.toBe(store.encode(['c0']));
});

test('sets of codes sent to another thread come back as one store given every row would hold them', () => {
  const options = Array.from({ length: 30 }, (_, i) => ({ code: `c${i}`, label: `L${i}`, aliases: [] }));
  const multi = { id: 'm', label: 'm', type: 'multi', options, aliases: [], required: false, personal: false } as unknown as Column;
  const list = { id: 'l', label: 'l', type: 'list', aliases: [], required: false, personal: false } as unknown as Column;
  const cases: [Column, (readonly string[])[]][] = [
    [multi, [['c0'], [], ['c1', 'c29'], ['c29', 'c1'], ['c5', 'c6', 'c7'], ['c28']]],
    [multi, [['c0'], [], ['c1', 'c29'], ['c0', 'c0'], ['c3', 'unknown'], ['c28']]],
    [list, [['a b'], [], ['x', 'y'], ['x', 'y'], ['1']]],
  ];
  for (const [column, values] of cases) {
    const rows = Array.from({ length: 40 }, (_, i) => values[i % values.length]!);
    const from = storeOf(column);
    rows.forEach((v, i) => from.put(i, from.encode(v), v));
    const part = structuredClone(from.part(rows.length));
    const into = storeOf(column);
    const before = [values.at(-1)!, [], values[0]!];
    before.forEach((v, i) => into.put(i, into.encode(v), v));
    into.append(part, before.length);
    // A set met again in another order is held as the first.
    const one = storeOf(column);
    [...before, ...rows].forEach((v, i) => one.put(i, one.encode(v), v));
    const all = Array.from(one.build(before.length + rows.length)) as (readonly string[])[];
    expect(Array.from(into.build(before.length + rows.length))).toEqual(all);
    expect(all.map((set) => [...set].sort())).toEqual([...before, ...rows].map((set) => [...set].sort()));
  }
});
