import * as aq from 'arquero';
import { describe, expect, test } from 'vitest';
import { instrumentOf } from '../index.js';
import { fy2024 } from '@smesec/programme';
import { loadCsv } from '../node.js';
import { crosstab } from './crosstab.js';
import { deriveColumn, recode } from './derive.js';
import { tabulate } from './frequency.js';

const experts = instrumentOf(fy2024, 'experts');
const attendees = instrumentOf(fy2024, 'attendees');
const { table: attendeeTable } = loadCsv(new URL('../../../../data/fy2024/attendees.csv', import.meta.url).pathname, { codebook: attendees, mode: 'lenient' });

describe('errors from plain JavaScript name what was given and what was expected', () => {
  const t = aq.table({ affiliation: ['employed'], respondent_id: ['E1'], name: ['山田'] });

  test('a base or percent that does not exist', () => {
    // @ts-expect-error: the mistake a plain-JS caller can make
    expect(() => tabulate(t, 'affiliation', { codebook: experts, base: 'valid_cases' })).toThrow('base "valid_cases" is not valid; expected one of: all, asked, valid, responses');
    // @ts-expect-error: as above
    expect(() => crosstab(t, 'affiliation', 'affiliation', { codebook: experts, percent: 'rows' })).toThrow('percent "rows" is not valid; expected one of: row, column, total');
  });

  test('a table read with another instrument’s codebook', () => {
    expect(() => tabulate(attendeeTable, 'affiliation', { codebook: experts })).toThrow(
      /the table has no column "affiliation" of codebook experts; none of the table's columns \(.*\) is in codebook experts: was the table read with another instrument's codebook\?/,
    );
    // @ts-expect-error: the typed codebook already refuses it at compile time
    expect(() => tabulate(attendeeTable, 'no_such', { codebook: attendees })).toThrow(/codebook attendees has no column "no_such"; expected one of: .*employees/);
    // @ts-expect-error: no codebook
    expect(() => tabulate(t, 'affiliation', {})).toThrow(/options.codebook must be a codebook/);
  });

  test('an id or free-text column is refused, not tabulated one row per value', () => {
    expect(() => tabulate(t, 'respondent_id', { codebook: experts })).toThrow(/experts.respondent_id \(.*\) is an id column, whose values are free/);
    expect(() => tabulate(t, 'name', { codebook: experts })).toThrow(/is a text column, whose values are free \(one row per value\); expected a coded or numeric question/);
  });
});

describe('recode and deriveColumn add a coded column to the table and its codebook', () => {
  test('recode gathers codes; the new column tabulates with labels and codebook order', () => {
    const { table, codebook } = recode(attendeeTable, attendees, {
      from: 'employees',
      id: 'size',
      label: '従業員規模',
      groups: [
        { code: 'small', label: '50人以下', from: ['1to20', '21to50'] },
        { code: 'large', label: '51人以上', from: ['51to100', '101to300', '301plus'] },
      ],
    });
    const before = tabulate(attendeeTable, 'employees', { codebook: attendees });
    const after = tabulate(table, 'size', { codebook });
    const count = (codes: string[]) => before.items.filter((i) => codes.includes(i.code)).reduce((a, i) => a + i.count, 0);
    expect(after.items.map((i) => [i.code, i.label, i.count])).toEqual([
      ['small', '50人以下', count(['1to20', '21to50'])],
      ['large', '51人以上', count(['51to100', '101to300', '301plus'])],
    ]);
    expect(after.missing).toBe(before.missing);
    expect(codebook.columns.at(-1)).toMatchObject({ id: 'size', type: 'single' });
    expect(attendees.columns.some((c) => c.id === 'size')).toBe(false); // the original is untouched
  });

  test('recode refuses a code left out or put in two groups', () => {
    const base = { from: 'employees', id: 'size', label: '規模' };
    expect(() => recode(attendeeTable, attendees, { ...base, groups: [{ code: 's', label: '小', from: ['1to20'] }] })).toThrow(/codes 21to50, 51to100, 101to300, 301plus of employees are in no group/);
    expect(() =>
      recode(attendeeTable, attendees, {
        ...base,
        groups: [
          { code: 's', label: '小', from: ['1to20', '21to50'] },
          { code: 'l', label: '大', from: ['21to50', '51to100', '101to300', '301plus'] },
        ],
      }),
    ).toThrow(/code "21to50" of employees is in groups s and l/);
  });

  test('deriveColumn checks every value against its options, naming the row', () => {
    const t = aq.table({ age_band: ['30s', '60s', null] });
    const senior = { id: 'senior', label: '50歳以上', options: [{ code: 'yes', label: '50歳以上' }, { code: 'no', label: '50歳未満' }] };
    const { table, codebook } = deriveColumn(t, experts, { ...senior, value: (row) => (row['age_band'] == null ? null : ['50s', '60s', '70plus'].includes(row['age_band'] as string) ? 'yes' : 'no') });
    expect(table.array('senior')).toEqual(['no', 'yes', null]);
    expect(tabulate(table, 'senior', { codebook }).items.map((i) => i.count)).toEqual([1, 1]);
    expect(() => deriveColumn(t, experts, { ...senior, value: () => 'maybe' })).toThrow('deriveColumn: row 1 of senior is "maybe"; expected one of: yes, no');
    expect(() => deriveColumn(t, experts, { ...senior, id: 'age_band', value: () => null })).toThrow(/column "age_band" already exists in codebook experts/);
  });
});
