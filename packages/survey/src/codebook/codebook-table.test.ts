import { expect, test } from 'vitest';
import { instrumentOf } from '../index.js';
import { fy2024 } from '@smesec/programme';
import { codebookTable, type CodebookRow } from './codebook-table.js';

test('codebookTable: a row per variable with type, options, routing and base', () => {
  const experts = instrumentOf(fy2024, 'experts');
  const rows = codebookTable(experts).objects() as CodebookRow[];
  expect(rows.map((r) => r.id)).toEqual(experts.columns.map((c) => c.id));
  const affiliation = rows.find((r) => r.id === 'affiliation')!;
  const column = experts.columns.find((c) => c.id === 'affiliation')!;
  if (column.type !== 'single') throw new Error('affiliation is single');
  expect(affiliation).toMatchObject({ type: 'single', base: 'all', base_label: '全回答者', routing: '', n_options: column.options.length });
  expect(affiliation.options).toBe(column.options.map((o) => `${o.code}=${o.label}`).join('; '));
  expect(rows.find((r) => r.id === 'support_count')).toMatchObject({ routing: 'support_experience in yes', base: 'asked', base_label: '該当者' });
  expect(rows.find((r) => r.id === 'qualifications')).toMatchObject({ type: 'multi', base: 'valid' });
  expect(rows.find((r) => r.id === 'name')).toMatchObject({ type: 'text', personal: true, options: '', n_options: 0 });
  expect(rows.find((r) => r.id === 'S1a_1')).toMatchObject({ type: 'scale', range: expect.stringMatching(/^\d+–\d+$/) });
});
