import { describe, expect, test } from 'vitest';
import { industries } from '../../test/data.js';
import { encodingOf, layersOf, rowsOf, subtitleOf } from '../../test/spec-parts.js';
import { palette } from '../theme/palette.js';
import { barChart } from './bar-chart.js';

describe('barChart', () => {
  const spec = barChart(industries, { title: '支援を得意とする業種', base: 221, missing: 3, multi: true, pinLast: ['other'] });

  test('bars and value labels, largest first, pinned codes last', () => {
    expect(layersOf(spec).map((l) => l.mark.type)).toEqual(['bar', 'text']);
    expect(encodingOf(spec).y!.sort).toEqual(['services', 'other_manufacturing', 'retail', 'automotive', 'construction', 'semiconductor', 'other']);
  });

  test('value labels read 40.7%（90）', () => {
    const services = rowsOf(spec).find((r) => r.code === 'services')!;
    expect(services.valueLabel).toBe('40.7%（90）');
    expect(layersOf(spec)[1]!.encoding!.text).toEqual({ field: 'valueLabel' });
  });

  test('the caption states base, blanks and multiple response', () => {
    expect(subtitleOf(spec)).toBe('n=221（無回答3）・複数回答');
  });

  test('Okabe–Ito blue by default, or the given colour', () => {
    expect(layersOf(spec)[0]!.mark.color).toBe(palette.okabeIto.blue);
    expect(layersOf(barChart(industries, { title: 't', color: '#D55E00' }))[0]!.mark.color).toBe('#D55E00');
  });

  test('given order keeps the input order', () => {
    const given = barChart(industries, { title: 't', order: 'given' });
    expect(encodingOf(given).y!.sort).toEqual(industries.map((i) => i.code));
  });

  test('count bars show counts and scale to the largest count', () => {
    const counts = barChart(industries, { title: 't', measure: 'count' });
    expect(rowsOf(counts).find((r) => r.code === 'retail')).toMatchObject({ value: 61, valueLabel: '61' });
    expect(layersOf(counts)[0]!.encoding!.x).toMatchObject({ field: 'value', scale: { domain: [0, 90] } });
  });

  test('long labels are wrapped into lines for the axis, never truncated', () => {
    const long = barChart([{ code: 'chamber_referral', label: '商工会議所等の中小企業支援機関による紹介・マッチング支援サービス', count: 55, pct: 52.4 }], { title: 't' });
    const axis = encodingOf(long).y!.axis as { labelExpr: string; labelLimit: number };
    expect(axis.labelLimit).toBe(0);
    expect(axis.labelExpr).toContain('["商工会議所等の中小企業支援機関による","紹介・マッチング支援サービス"]');
  });

  test('does not mutate its input', () => {
    const before = JSON.stringify(industries);
    barChart(industries, { title: 't' });
    expect(JSON.stringify(industries)).toBe(before);
  });

  test('refuses an empty list and a negative count', () => {
    expect(() => barChart([], { title: 't' })).toThrow();
    expect(() => barChart([{ code: 'a', label: 'A', count: -1, pct: 0 }], { title: 't' })).toThrow();
  });
});
