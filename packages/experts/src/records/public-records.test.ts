import * as aq from 'arquero';
import { describe, expect, test } from 'vitest';
import { codebook, listOf } from '../../test/fixtures/specialists.js';
import { roster, unlistedIds, unlistedNames } from '../../test/fixtures/roster.js';
import { PublicRecord } from './public-record.js';
import { publicRecords } from './public-records.js';

describe('publicRecords', () => {
  const { list, records } = listOf(roster);

  test('one record per listed specialist, in list order', () => {
    expect(records.map((r) => r.id)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E9', 'E10']);
  });

  test('a record holds the id, contact, public fields as codes and the ratings', () => {
    expect(records[0]).toEqual({
      id: 'E1',
      name: '見本 太郎',
      email: 'e1@example.com',
      fields: {
        guidance_themes: ['rules', 'cloud'],
        achievements: '見本 太郎の支援実績',
        industries: ['construction'],
        support_regions: ['27', '28'],
        support_forms: ['visit', 'online'],
        support_periods: ['spot'],
        fee_band: '30k_40k',
        qualifications: [],
        affiliation: 'independent',
        organization: '見本 太郎事務所',
      },
      ratings: { S1: 'double', S2: 'double', S3: 'single', S4: 'none', S5: 'none', S6: 'none' },
    });
    expect(records.find((r) => r.id === 'E5')!.fields['fee_band']).toBeNull();
  });

  test('records are plain JSON: they survive a round trip and validate', () => {
    const copy = JSON.parse(JSON.stringify(records)) as unknown[];
    expect(copy).toEqual(records);
    for (const r of copy) expect(PublicRecord.safeParse(r).success).toBe(true);
  });

  test('nothing of the unlisted and nothing unpublished (registration number, self PR, residence) is in the records', () => {
    const json = JSON.stringify(records);
    for (const s of [...unlistedNames, ...unlistedIds.map((id) => `"${id}"`), 'RISS-', '自己PR', 'residence_prefecture', 'list_consent']) expect(json).not.toContain(s);
  });

  test('a list table missing a published column is refused, not silently published short', () => {
    expect(() => publicRecords(list.select('respondent_id', 'name'), { codebook })).toThrow(/has no column/);
  });

  test('a record is refused when its id is empty or a contact field holds a list, as the record schema would', () => {
    const ids = Array.from(list.array('respondent_id') as ArrayLike<string>);
    const blank = list.assign(aq.table({ respondent_id: ids.map((id, k) => (k === 1 ? '' : id)) }));
    expect(() => publicRecords(blank, { codebook })).toThrow("row 2 has no respondent_id");
    const listed = list.assign(aq.table({ email: ids.map(() => ['a@example.com', 'b@example.com']) }));
    expect(() => publicRecords(listed, { codebook })).toThrow(/email is a list of answers/);
  });
});
