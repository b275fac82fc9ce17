import { expect, test } from 'vitest';
import { signedPoints } from './format.js';

test('a change in points is signed with one decimal, and a change that rounds to nothing is 0.0', () => {
  expect([4, 17.44, -0.4, -7.25, 0, 0.04, -0.04].map(signedPoints)).toEqual(['+4.0', '+17.4', '-0.4', '-7.3', '0.0', '0.0', '0.0']);
});
