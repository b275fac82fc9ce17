import { describe, expect, test } from 'vitest';
import { palette } from '../theme/palette.js';
import { classFill, valueClasses } from './value-classes.js';

describe('valueClasses', () => {
  test('one class per value while they fit the ramp, spread over it', () => {
    const classes = valueClasses(3);
    expect(classes.map((c) => c.label)).toEqual(['1', '2', '3']);
    expect(classes[0]!.fill).toBe(palette.sequential[0]);
    expect(classes[2]!.fill).toBe(palette.sequential[palette.sequential.length - 1]);
  });

  test('integer bins that cover 1..max without gaps', () => {
    const classes = valueClasses(14);
    expect(classes.map((c) => c.label)).toEqual(['1–3', '4–6', '7–8', '9–11', '12–14']);
    for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBe(classes[i - 1]!.max + 1);
  });

  test('zero is white, not the lightest class', () => {
    const classes = valueClasses(10);
    expect(classFill(0, classes)).toBe(palette.zero);
    expect(classFill(1, classes)).toBe(palette.sequential[0]);
    expect(classFill(10, classes)).toBe(palette.sequential[4]);
  });
});
