import { supportMenus, vocabularyTermsOf, type PublicRecord } from '@smesec/experts';
import { fy2024 } from '@smesec/programme';
import { instrumentOf } from '@smesec/survey';
import { describe, expect, test } from 'vitest';
import { decodeRecords, encodeListData, rankedIds } from './list-data.js';

const codebook = instrumentOf(fy2024, 'experts');
const terms = vocabularyTermsOf(codebook);
const records: PublicRecord[] = [
  { id: 'E1', name: '見本 一', email: 'e1@example.com', fields: { guidance_themes: ['cloud', 'rules'], fee_band: 'lt20k', organization: '見本株式会社', achievements: null }, ratings: { S1: 'double', S2: 'none' } },
  { id: 'E2', name: null, email: null, fields: { guidance_themes: [], fee_band: null, organization: '見本株式会社', achievements: '<script>' }, ratings: { S1: 'single', S2: 'double' } },
  { id: 'E3', name: '見本 三', email: 'e3@example.com', fields: { guidance_themes: ['rules'], fee_band: 'lt20k', organization: '別の会社', achievements: '支援 3社' }, ratings: {} },
];
const label = (field: string, v: string) => (field === 'organization' || field === 'achievements' ? null : `${field}:${v}`);

describe('the active list as the page embeds it', () => {
  const data = encodeListData(records, terms, supportMenus, label);

  test('decodes to the same records', () => {
    expect(decodeRecords(JSON.parse(JSON.stringify(data)))).toEqual(records);
  });

  test('writes each distinct value of a field once, with labels only for coded fields', () => {
    expect(data.fields['organization']).toEqual({ values: ['見本株式会社', '別の会社'], rows: [0, 0, 1] });
    expect(data.fields['guidance_themes']).toEqual({ values: ['cloud', 'rules'], labels: ['guidance_themes:cloud', 'guidance_themes:rules'], rows: [[0, 1], [], [1]] });
    expect(data.fields['fee_band']!.rows).toEqual([0, null, 0]);
  });

  test('codes ratings as indexes of the vocabulary\'s scale, a missing one as -1', () => {
    const scale = terms.ratings.map((r) => r.code);
    expect(data.ratings[0]!.slice(0, 2)).toEqual([scale.indexOf('double'), scale.indexOf('none')]);
    expect(data.ratings[2]!.every((r) => r === -1)).toBe(true);
  });

  test('ranks everyone with no condition as the page script does: most ◎, then most ○, then id', () => {
    expect(rankedIds(data)).toEqual(['E2', 'E1', 'E3']);
  });
});
