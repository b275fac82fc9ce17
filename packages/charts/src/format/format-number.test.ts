import { describe, expect, test } from 'vitest';
import { formatCount, formatPct } from './format-number.js';

describe('formatPct', () => {
  test('one decimal and an ascii percent sign', () => {
    expect(formatPct((100 * 115) / 218)).toBe('52.8%');
    expect(formatPct(0)).toBe('0.0%');
    expect(formatPct(100)).toBe('100.0%');
  });

  test('rounds half up on the decimal value, not the float', () => {
    expect(formatPct(0.05)).toBe('0.1%');
    expect(formatPct(1.005, 2)).toBe('1.01%');
  });
});

describe('formatCount', () => {
  test('groups thousands', () => {
    expect(formatCount(7)).toBe('7');
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});
