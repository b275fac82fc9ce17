import { expect, test } from 'vitest';
import * as main from './index.js';
import * as stream from './stream.js';

test("the reader's internals are in ./stream, not in the main entry", () => {
  const internals = ['CsvTokenizer', 'RowBuilder', 'compileColumn', 'CodeColumn', 'SmallIntColumn', 'NumberColumn', 'ListColumn'];
  for (const name of internals) {
    expect(Object.keys(main), name).not.toContain(name);
    expect(Object.keys(stream), name).toContain(name);
  }
  // What other packages need of the storage is reached through functions.
  expect(typeof main.numbersOf).toBe('function');
  expect(typeof main.CsvReader).toBe('function');
});
