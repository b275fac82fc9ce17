import * as aq from 'arquero';
import { expect, test } from 'vitest';
import { tiny } from '../../test/tiny.js';
import { securityAction } from './security-action.js';

test('declarations by star with their as-of date and source lines', () => {
  const sa = securityAction(tiny().programFigures)!;
  expect([sa.total.value, sa.oneStar.value, sa.twoStar.value]).toEqual([71610, 61416, 10194]);
  expect(sa.asOf).toBe('2019-06-30');
  expect(sa.consistent).toBe(true);
  expect([sa.total.line, sa.oneStar.line, sa.twoStar.line]).toEqual([38, 39, 39]);
  expect(sa.total.seed).toBe('002');
});

test('a breakdown that does not add up is flagged, and a missing row gives null', () => {
  const row = (figure_id: string, value: number) => ({ figure_id, value, value_max: null, unit: '件', as_of: null, as_of_text: null, period: null, label_ja: '', source_seed: '002', source_line: 1 });
  const figures = aq.from([row('security_action_declarations_total', 10), row('security_action_declarations_one_star', 6), row('security_action_declarations_two_star', 3)]);
  expect(securityAction(figures)!.consistent).toBe(false);
  expect(securityAction(figures.slice(0, 2))).toBeNull();
});
