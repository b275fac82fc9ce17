import { describe, expect, test } from 'vitest';
import { cachedExpressionCodegen as codegen } from './expression-cache.js';

describe('cachedExpressionCodegen', () => {
  test('the same code compiles once and runs with each view\'s own functions', () => {
    const a = { functions: { scale: () => 'a' } };
    const b = { functions: { scale: () => 'b' } };
    const expr = { code: 'this.scale() + datum.x' };
    const fa = codegen.parameter(a, expr);
    const fb = codegen.parameter(b, { ...expr });
    expect(fa({ x: 1 }, {})).toBe('a1');
    expect(fb({ x: 2 }, {})).toBe('b2');
  });

  test('encode sets are keyed by their channels', () => {
    const one = codegen.encode(null, { marktype: 'rect', channels: { x: { code: '1' } } });
    const two = codegen.encode(null, { marktype: 'rect', channels: { x: { code: '2' } } });
    const again = codegen.encode(null, { marktype: 'rect', channels: { x: { code: '1' } } });
    const item = () => ({}) as Record<string, unknown>;
    const i1 = item();
    const i2 = item();
    one(i1, {});
    two(i2, {});
    expect([i1.x, i2.x]).toEqual([1, 2]);
    expect(again).toBe(one);
  });

  test('field getters are shared and keep their path', () => {
    const g = codegen.codegen.get(['a', 'b']);
    expect(g({ a: { b: 3 } })).toBe(3);
    expect(codegen.codegen.get(['a', 'b'])).toBe(g);
    expect(g.path).toBe('["a"]["b"]');
  });
});
