import { describe, expect, test } from 'vitest';
import { abilityRows, experience } from '../../test/data.js';
import { encodingOf, layersOf, rowsOf, subtitleOf } from '../../test/spec-parts.js';
import { palette } from '../theme/palette.js';
import { stackedShareChart, unlabelledSegments } from './stacked-share-chart.js';

describe('stackedShareChart', () => {
  const spec = stackedShareChart(abilityRows, { title: '分野別の支援可能レベル', base: 221 });

  test('bars with share labels, rows in the given order', () => {
    expect(layersOf(spec).map((l) => l.mark.type)).toEqual(['bar', 'text']);
    expect(encodingOf(spec).y!.sort).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
    expect(subtitleOf(spec)).toBe('n=221');
  });

  test('segments run left to right in order and fill the bar to 100 %', () => {
    const s1 = rowsOf(spec).filter((r) => r.row === 'S1');
    expect(s1.map((r) => r.seg)).toEqual(['solo', 'supported', 'not_yet']);
    expect(s1[0]!.x0).toBe(0);
    expect(s1[1]!.x0).toBeCloseTo(s1[0]!.x1 as number, 9);
    expect(s1[2]!.x1 as number).toBeCloseTo(100, 9);
    expect(s1.map((r) => r.text)).toEqual(['23.5%', '62.0%', '14.5%']);
  });

  test('the legend lists the segments in order, in Okabe–Ito colours', () => {
    const color = layersOf(spec)[0]!.encoding!.color!;
    expect(color.scale).toEqual({ domain: ['solo', 'supported', 'not_yet'], range: palette.categorical.slice(0, 3) });
    const legend = color.legend as { labelExpr: string; columns: number };
    expect(legend.labelExpr).toContain('"supported": "他の専門家の指導・サポートがあれば支援可能"');
  });

  test('a segment too narrow for its label stays unlabelled', () => {
    const row = { code: 'experience_years', label: '', segments: [...experience, { code: 'tiny', label: '極小', count: 1, pct: 0.5 }] };
    const one = stackedShareChart([row], { title: 't' });
    expect(rowsOf(one).find((r) => r.seg === 'tiny')!.text).toBe('');
    expect(rowsOf(one).find((r) => r.seg === '10plus')!.text).toBe('40.3%');
  });

  test('a single unlabelled row draws no row axis', () => {
    const one = stackedShareChart([{ code: 'x', label: '', segments: experience }], { title: 't' });
    expect(encodingOf(one).y!.axis).toBeNull();
  });

  test('segment text is white on dark segments and dark on light ones', () => {
    const s1 = rowsOf(spec).filter((r) => r.row === 'S1');
    expect(s1[0]!.textColor).toBe('#ffffff');
    expect(s1[1]!.textColor).toBe(palette.text);
  });

  test('count-pct labels print the count with its unit over the share, as the published report does', () => {
    const two = stackedShareChart(abilityRows, { title: 't', segmentLabel: 'count-pct', unit: '名' });
    const s1 = rowsOf(two).filter((r) => r.row === 'S1');
    expect(s1[1]!.text).toEqual(['137名', '62.0%']);
  });

  test('the segments too narrow for a label are the ones unlabelledSegments names', () => {
    const row = { code: 'x', label: '', segments: [...experience, { code: 'tiny', label: '極小', count: 1, pct: 0.5 }] };
    const options = { segmentLabel: 'count-pct', unit: '名', width: 380 } as const;
    const spec = stackedShareChart([row], { title: 't', ...options });
    const blank = rowsOf(spec).filter((r) => r.text === '' && (r.count as number) > 0).map((r) => r.seg);
    const named = unlabelledSegments([row], options);
    expect(named.map((s) => s.code)).toEqual(blank);
    expect(named.find((s) => s.code === 'tiny')).toMatchObject({ label: '極小', count: 1, pct: 0.5 });
  });
});
