import { describe, expect, test } from 'vitest';
import { palette } from '../theme/palette.js';
import { contrastText } from './contrast-text.js';

describe('contrastText', () => {
  test('white on dark fills, dark text on light ones', () => {
    expect(contrastText('#08519c')).toBe('#ffffff');
    expect(contrastText(palette.okabeIto.blue)).toBe('#ffffff');
    expect(contrastText('#c6dbef')).toBe(palette.text);
    expect(contrastText(palette.okabeIto.yellow)).toBe(palette.text);
    expect(contrastText(palette.okabeIto.orange)).toBe(palette.text);
  });
});
