import { describe, expect, test } from 'vitest';
import { funnel } from '../../test/data.js';
import { encodingOf, layersOf, rowsOf } from '../../test/spec-parts.js';
import { funnelChart } from './funnel-chart.js';

describe('funnelChart', () => {
  const spec = funnelChart(funnel, { title: '支援の流れ', unit: '社' });
  const rows = rowsOf(spec);

  test('steps top to bottom in the given order', () => {
    expect(encodingOf(spec).y!.sort).toEqual(['attended', 'consulted', 'matched', 'guided', 'best_practices']);
    expect(layersOf(spec)[0]!.mark.type).toBe('bar');
  });

  test('bars are centred and proportional to the count', () => {
    expect(rows[0]).toMatchObject({ x0: 0, x1: 105 });
    expect(rows[1]).toMatchObject({ x0: 25, x1: 80 });
  });

  test('conversion from the previous step: 105 → 55 is 52.4%', () => {
    expect(rows.map((r) => r.conversion)).toEqual(['', '52.4%', '63.6%', '97.1%', '20.6%']);
  });

  test('counts carry the unit, a step may have its own, and a narrow bar prints outside', () => {
    expect(rows.map((r) => r.countLabel)).toEqual(['105社', '55社', '35社', '34社', '7事例']);
    expect(rows[0]!.inside).toBe(true);
    expect(rows[4]!.inside).toBe(false);
    const filters = layersOf(spec).map((l) => l.transform?.[0]?.filter);
    expect(filters).toContain('datum.inside');
    expect(filters).toContain('!datum.inside');
  });

  test('a step after a zero step has no conversion rate', () => {
    const z = funnelChart([{ code: 'a', label: 'A', count: 0 }, { code: 'b', label: 'B', count: 0 }], { title: 't' });
    expect(rowsOf(z)[1]!.conversion).toBe('—');
  });
});
