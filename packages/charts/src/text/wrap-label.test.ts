import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { textWidth } from './text-width.js';
import { wrapLabel } from './wrap-label.js';

describe('wrapLabel', () => {
  test('a label that fits stays on one line', () => {
    expect(wrapLabel('建設業', { maxWidth: 200 })).toEqual(['建設業']);
  });

  test('breaks after a particle rather than inside a word', () => {
    expect(wrapLabel('商工会議所等の中小企業支援機関による紹介・マッチング支援サービス', { maxWidth: 243 })).toEqual([
      '商工会議所等の中小企業支援機関による',
      '紹介・マッチング支援サービス',
    ]);
  });

  test('keeps a known loanword whole', () => {
    const lines = wrapLabel('セキュリティインシデント対応', { maxWidth: 150 });
    expect(lines).toEqual(['セキュリティ', 'インシデント対応']);
  });

  test('never starts a line with closing punctuation or ・', () => {
    for (const w of [60, 80, 100, 130]) {
      for (const line of wrapLabel('他の専門家の指導・サポートがあれば支援可能（確認中）', { maxWidth: w })) {
        expect(line[0], `${w}: ${line}`).not.toMatch(/[・）、]/);
      }
    }
  });

  test('does not split a Latin word', () => {
    expect(wrapLabel('CISSP', { maxWidth: 10 })).toEqual(['CISSP']);
    expect(wrapLabel('取引のあるITベンダー', { maxWidth: 60 }).some((l) => l.includes('IT'))).toBe(true);
  });

  test('lines fit, and together they are the label', () => {
    const label = fc.array(fc.constantFrom(...'情報資産のセキュリティ対策とITクラウド・（）、支援可能'), { minLength: 1, maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(label, fc.integer({ min: 40, max: 300 }), (text, maxWidth) => {
        const lines = wrapLabel(text, { maxWidth });
        expect(lines.join('')).toBe(text.trim());
        for (const line of lines) {
          const tokenCount = line.match(/[A-Za-z0-9][A-Za-z0-9.,\-+%]*|./gsu)?.length ?? 0;
          if (tokenCount > 1) expect(textWidth(line)).toBeLessThanOrEqual(maxWidth);
        }
      }),
    );
  });
});

describe('wrapLabel with known words', () => {
  test('breaks before a chamber of commerce, not inside it', () => {
    expect(wrapLabel('名古屋商工会議所', { maxWidth: 84 })).toEqual(['名古屋', '商工会議所']);
  });
});
