import { describe, expect, test } from 'vitest';
import { baseCaption } from './base-caption.js';

describe('baseCaption', () => {
  test('states the base and the blanks', () => {
    expect(baseCaption({ base: 218, missing: 3 })).toBe('n=218（無回答3）');
  });

  test('leaves out a zero count of blanks', () => {
    expect(baseCaption({ base: 221, missing: 0 })).toBe('n=221');
  });

  test('says 複数回答 for multiple response and appends a note', () => {
    expect(baseCaption({ base: 221, multi: true, note: '単位：人' })).toBe('n=221・複数回答・単位：人');
  });

  test('is empty when there is nothing to state', () => {
    expect(baseCaption({})).toBe('');
  });
});
