import * as aq from 'arquero';
import { describe, expect, test } from 'vitest';
import { instrumentOf } from '../index.js';
import { fy2024 } from '@smesec/programme';
import { loadCsv } from '../node.js';
import { crosstab, crosstabTable, crosstabWide } from './crosstab.js';
import { frequencyTable, tabulate } from './frequency.js';

const attendees = instrumentOf(fy2024, 'attendees');
const experts = instrumentOf(fy2024, 'experts');
const guidance = instrumentOf(fy2024, 'guidance');
const { table } = loadCsv(new URL('../../../../data/fy2024/attendees.csv', import.meta.url).pathname, { codebook: attendees, mode: 'lenient' });

describe('labels and codebook order', () => {
  test('every item carries its codebook label, in codebook order, unchosen codes as 0', () => {
    const t = aq.table({ affiliation: ['employed', 'employed', null] });
    const f = tabulate(t, 'affiliation', { codebook: experts });
    const options = experts.columns.find((c) => c.id === 'affiliation')!;
    if (options.type !== 'single') throw new Error('affiliation is single');
    expect(f.items.map((i) => [i.code, i.label, i.count])).toEqual(options.options.map((o) => [o.code, o.label, o.code === 'employed' ? 2 : 0]));
    const ft = frequencyTable(f);
    expect(ft.columnNames()).toEqual(['code', 'label', 'count', 'pct', 'ci_low', 'ci_high']);
    expect(ft.array('label')).toEqual(options.options.map((o) => o.label));
  });

  test('FY2024 employees on base all: 98.1 % without 無回答, exactly 100 % with includeMissing', () => {
    const plain = tabulate(table, 'employees', { codebook: attendees });
    const sum = plain.items.reduce((a, i) => a + i.pct, 0);
    expect(plain.base).toBe('all');
    expect(Math.round(sum * 10) / 10).toBe(98.1);
    const f = tabulate(table, 'employees', { codebook: attendees, includeMissing: true });
    const last = f.items.at(-1)!;
    expect(last).toMatchObject({ code: '_missing', label: '無回答', count: plain.missing });
    expect(plain.missing).toBeGreaterThan(0);
    expect(f.items.reduce((a, i) => a + i.pct, 0)).toBeCloseTo(100, 10);
    expect(f.items.reduce((a, i) => a + i.count, 0)).toBe(f.n);
  });

  test('a conditional question on base all gets 無回答 and 非該当 rows; on base asked only 無回答', () => {
    const t = aq.table({
      support_experience: ['yes', 'yes', 'yes', 'none', null],
      support_count: ['lt5', 'lt5', null, null, null],
    });
    const all = tabulate(t, 'support_count', { codebook: experts, base: 'all', includeMissing: true });
    expect(all.items.slice(-2).map((i) => [i.code, i.label, i.count])).toEqual([
      ['_missing', '無回答', 1],
      ['_not_asked', '非該当', 2],
    ]);
    expect(all.items.reduce((a, i) => a + i.pct, 0)).toBeCloseTo(100, 10);
    const asked = tabulate(t, 'support_count', { codebook: experts, includeMissing: true });
    expect(asked.items.at(-1)!.code).toBe('_missing');
    expect(asked.items.reduce((a, i) => a + i.pct, 0)).toBeCloseTo(100, 10);
    expect(() => tabulate(t, 'support_count', { codebook: experts, base: 'valid', includeMissing: true })).toThrow(/includeMissing applies to bases "all" and "asked"; base is "valid"/);
  });

  test('a wide crosstab keeps codebook order on both axes, whatever order the data come in', () => {
    // Data in reverse codebook order: pivoting the long table would put 'education' first.
    const t = aq.table({
      status: ['done', 'done', 'done'],
      region: ['saitama', 'nagoya', 'osaka'],
      theme: ['education', 'cloud', 'education'],
    });
    const x = crosstab(t, 'region', 'theme', { codebook: guidance });
    const region = guidance.columns.find((c) => c.id === 'region')!;
    const theme = guidance.columns.find((c) => c.id === 'theme')!;
    if (region.type !== 'single' || theme.type !== 'single') throw new Error('single');
    const wide = crosstabWide(x);
    expect(wide.columnNames()).toEqual(['row', 'row_label', ...theme.options.map((o) => o.code), 'total']);
    expect(wide.array('row')).toEqual(region.options.map((o) => o.code));
    expect(wide.array('row_label')).toEqual(region.options.map((o) => o.label));
    expect(wide.array('education')).toEqual(region.options.map((o) => (o.code === 'saitama' || o.code === 'osaka' ? 1 : 0)));
    const labelled = crosstabWide(x, { value: 'pct', header: 'label' });
    expect(labelled.columnNames().slice(2, -1)).toEqual(theme.options.map((o) => o.label));
    const long = crosstabTable(x);
    expect(long.columnNames()).toEqual(['row', 'row_label', 'col', 'col_label', 'count', 'pct', 'ci_low', 'ci_high']);
    expect(long.numRows()).toBe(region.options.length * theme.options.length);
  });
});
