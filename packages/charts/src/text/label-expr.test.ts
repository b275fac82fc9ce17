import { describe, expect, test } from 'vitest';
import { labelExpr } from './label-expr.js';

// Vega expressions are a subset of JavaScript expressions, so a JS evaluation checks the lookup.
const evaluate = (expr: string, value: string): unknown => new Function('datum', `return ${expr};`)({ value });

describe('labelExpr', () => {
  test('maps a code to its label, and a wrapped label to its lines', () => {
    const expr = labelExpr(new Map([['rules', ['情報セキュリティ', '規程の整備']], ['osaka', ['大阪']]]));
    expect(evaluate(expr, 'osaka')).toBe('大阪');
    expect(evaluate(expr, 'rules')).toEqual(['情報セキュリティ', '規程の整備']);
  });

  test('escapes quotes and backslashes in labels', () => {
    const expr = labelExpr(new Map([['q', ['"引用" と \\ 記号']]]));
    expect(evaluate(expr, 'q')).toBe('"引用" と \\ 記号');
  });
});
