import * as aq from 'arquero';
import { Codebook, fromCsv } from '@smesec/survey';
import { describe, expect, test } from 'vitest';
import { columnKinds, figuresCsv, inferKind, respondentTable, tabulationTable, type TabulationRow } from '../src/index.js';

const codebook = Codebook.parse({
  id: 'tiny',
  label: '小さな調査',
  columns: [
    { id: 'id', label: 'ID', type: 'id' },
    { id: 'name', label: '氏名', type: 'text', personal: true },
    { id: 'size', label: '規模', type: 'single', options: [{ code: 'small', label: '小' }, { code: 'large', label: '大' }] },
    { id: 'tools', label: '利用ツール', type: 'multi', options: [{ code: 'mail', label: 'メール' }, { code: 'chat', label: 'チャット' }] },
    { id: 'people', label: '人数', type: 'integer' },
    { id: 'budget', label: '予算', type: 'number' },
  ],
});
const { table } = fromCsv('id,name,size,tools,people,budget\nA,山田,小,メール;チャット,3,1.5\nB,佐藤,大,,,\n', { codebook, file: 'tiny.csv' });

describe('column kinds', () => {
  test('come from the codebook, so an all-missing column keeps its type', () => {
    const blank = table.filter((d: { id: string }) => d.id === 'B');
    expect(columnKinds(blank, { codebook })).toEqual({ id: 'text', name: 'text', size: 'code', tools: 'codes', people: 'int', budget: 'double' });
  });

  test('are inferred from values without a codebook, and given kinds win', () => {
    expect(inferKind([1, 2, null])).toBe('int');
    expect(inferKind([1, 2.5])).toBe('double');
    expect(inferKind([2 ** 40])).toBe('double');
    expect(inferKind([null, ['a']])).toBe('codes');
    expect(inferKind([true])).toBe('boolean');
    expect(inferKind([null, null])).toBe('text');
    expect(columnKinds(aq.table({ x: [1, 2] }), { kinds: { x: 'double' } })).toEqual({ x: 'double' });
  });
});

test('respondentTable drops personal columns unless asked', () => {
  expect(respondentTable(table, { codebook }).columnNames()).toEqual(['id', 'size', 'tools', 'people', 'budget']);
  expect(respondentTable(table, { codebook, personal: true }).columnNames()).toContain('name');
});

test('tabulationTable has a row per question and code, with its base; responses applies to multiple answers only', () => {
  const rows = tabulationTable(table, { codebook }).objects() as TabulationRow[];
  expect(rows.map((r) => `${r.question}.${r.code}:${r.count}/${r.n}(${r.base})`)).toEqual([
    'size.small:1/2(all)',
    'size.large:1/2(all)',
    'tools.mail:1/1(valid)',
    'tools.chat:1/1(valid)',
  ]);
  const responses = tabulationTable(table, { codebook, base: 'responses' }).objects() as TabulationRow[];
  expect(responses.map((r) => `${r.question}:${r.base}:${r.n}`)).toEqual(['size:all:2', 'size:all:2', 'tools:responses:2', 'tools:responses:2']);
  expect(responses[2]).toMatchObject({ pct: 50, ci_low: null, ci_high: null });
});

test('figuresCsv writes id,value rows in the map order, non-finite and null values empty', () => {
  expect(figuresCsv({ 'experts.n': 221, 'experts.age_band.20s.pct': 4.524886877828054, 'x.pct': NaN, 'y.pct': null, 'z.delta': -3 })).toBe(
    'id,value\nexperts.n,221\nexperts.age_band.20s.pct,4.524886877828054\nx.pct,\ny.pct,\nz.delta,-3\n',
  );
});

test('respondentTable with labels adds a label column after each coded column', () => {
  const t = respondentTable(table, { codebook, labels: true });
  expect(t.columnNames()).toEqual(['id', 'size', 'size_label', 'tools', 'tools_label', 'people', 'budget']);
  expect(t.array('size_label')).toEqual(['小', '大']);
  expect(t.array('tools_label')).toEqual([['メール', 'チャット'], []]);
});

test('tabulationTable labels every row, keeps codebook order and adds 無回答 on request', () => {
  const rows = tabulationTable(table, { codebook, columns: ['size', 'tools'], includeMissing: true }).objects() as TabulationRow[];
  expect(rows.map((r) => [r.question, r.question_label, r.code, r.label, r.count])).toEqual([
    ['size', '規模', 'small', '小', 1],
    ['size', '規模', 'large', '大', 1],
    ['size', '規模', '_missing', '無回答', 0],
    ['tools', '利用ツール', 'mail', 'メール', 1],
    ['tools', '利用ツール', 'chat', 'チャット', 1],
  ]);
});
