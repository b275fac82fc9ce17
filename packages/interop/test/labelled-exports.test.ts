import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from '@uwdata/flechette';
import { Codebook, codesOf, fromCsv } from '@smesec/survey';
import { afterAll, expect, test } from 'vitest';
import { CODEBOOK_METADATA_KEY, respondentTable, tableArrow, tableParquet } from '../src/index.js';

const codebook = Codebook.parse({
  id: 'tiny',
  label: '小さな調査',
  columns: [
    { id: 'id', label: 'ID', type: 'id' },
    { id: 'size', label: '規模', type: 'single', options: ['micro', 'small', 'medium', 'large'].map((code) => ({ code, label: `規模${code}` })) },
    { id: 'pref', label: '都道府県', type: 'prefecture' },
  ],
});
// Rows in reverse codebook order, and two sizes nobody chose.
const { table } = fromCsv('id,size,pref\nA,規模large,大阪府\nB,規模small,東京都\nC,,北海道\n', { codebook, file: 'tiny.csv' });
const out = mkdtempSync(join(tmpdir(), 'labelled-exports-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('Arrow: a coded column’s dictionary holds every code in codebook order; the schema carries the codebook', () => {
  const arrow = tableFromIPC(tableArrow(respondentTable(table, { codebook }), { codebook }));
  const size = arrow.getChild('size');
  const dictionary = (size.data[0] as unknown as { dictionary: { toArray(): unknown[] } }).dictionary;
  expect(Array.from(dictionary.toArray())).toEqual(['micro', 'small', 'medium', 'large']);
  expect(size.toArray()).toEqual(['large', 'small', null]);
  const pref = arrow.getChild('pref').data[0] as unknown as { dictionary: { toArray(): unknown[] } };
  expect(Array.from(pref.dictionary.toArray())).toEqual(codesOf(codebook.columns[2]!));
  const metadata = arrow.schema.metadata!;
  expect(Codebook.parse(JSON.parse(metadata.get(CODEBOOK_METADATA_KEY)!))).toEqual(codebook);
  expect(metadata.get('smesec:instrument')).toBe('tiny');
  // Without a codebook the dictionary is what the values give, in order of appearance.
  const bare = tableFromIPC(tableArrow(respondentTable(table, { codebook }), { kinds: { size: 'code' } }));
  expect(Array.from((bare.getChild('size').data[0] as unknown as { dictionary: { toArray(): unknown[] } }).dictionary.toArray())).toEqual(['large', 'small']);
});

test('Parquet: the key-value metadata carries the codebook, read by DuckDB', async () => {
  const path = join(out, 'tiny.parquet');
  writeFileSync(path, tableParquet(respondentTable(table, { codebook }), { codebook }));
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  try {
    const reader = await db.runAndReadAll(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${path}')`);
    const kv = Object.fromEntries(reader.getRowObjectsJS().map((r) => [r['key'], r['value']])) as Record<string, string>;
    const carried = Codebook.parse(JSON.parse(kv[CODEBOOK_METADATA_KEY]!));
    expect(carried).toEqual(codebook);
    const size = carried.columns.find((c) => c.id === 'size')!;
    expect(codesOf(size)).toEqual(['micro', 'small', 'medium', 'large']);
    expect(kv['smesec:instrument']).toBe('tiny');
  } finally {
    db.closeSync();
  }
});
