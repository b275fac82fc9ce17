import { describe, expect, test } from 'vitest';
import { createRng } from './rng.js';

describe('createRng', () => {
  test('the same seed gives the same stream; another seed another', () => {
    const a = Array.from({ length: 5 }, createRng('fy2024').next);
    const b = createRng('fy2024');
    expect(Array.from({ length: 5 }, b.next)).toEqual(a);
    const c = createRng('fy2025');
    expect(Array.from({ length: 5 }, c.next)).not.toEqual(a);
  });

  test('values are in [0, 1) and roughly uniform', () => {
    const rng = createRng('uniform');
    const xs = Array.from({ length: 20000 }, rng.next);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  test('a fork depends on the seed and the label only, not on draws made before', () => {
    const used = createRng('s');
    used.next();
    used.next();
    expect(used.fork('x').next()).toBe(createRng('s').fork('x').next());
    expect(createRng('s').fork('x').next()).not.toBe(createRng('s').fork('y').next());
  });

  test('shuffle returns a permutation and leaves its input alone', () => {
    const input = Array.from({ length: 50 }, (_, i) => i);
    const out = createRng('p').shuffle(input);
    expect([...out].sort((a, b) => a - b)).toEqual(input);
    expect(out).not.toEqual(input);
    expect(input[0]).toBe(0);
  });
});
