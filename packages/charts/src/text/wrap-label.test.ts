import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { textWidth } from './text-width.js';
import { MAX_LABEL_CHARS, wrapLabel } from './wrap-label.js';

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

describe('wrapLabel on labels of any length', () => {
  /** Text-width measurements made by one call: the work of wrapping, independent of the machine's load. */
  function measured(label: string): number {
    let calls = 0;
    const original = String.prototype.trim;
    // line(i, j) trims every slice it measures: counting trims counts the measurements.
    String.prototype.trim = function (this: string) {
      calls++;
      return original.call(this);
    };
    try {
      wrapLabel(label, { maxWidth: 200 });
    } finally {
      String.prototype.trim = original;
    }
    return calls;
  }
  const label = (n: number) => '情報セキュリティ対策の支援・相談（中小企業向け）'.repeat(Math.ceil(n / 24)).slice(0, n);

  test('the work grows linearly with the label: twice the label, about twice the measurements', () => {
    const ratio = measured(label(160)) / measured(label(80));
    expect(ratio).toBeGreaterThan(1.5);
    expect(ratio).toBeLessThan(2.6);
  });

  test('a 10,000-character label is cut with … and takes no more work than one at the cap', () => {
    const lines = wrapLabel(label(10_000), { maxWidth: 200 });
    expect([...lines.join('')].length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
    expect(lines.at(-1)!.endsWith('…')).toBe(true);
    expect(measured(label(10_000))).toBe(measured(label(MAX_LABEL_CHARS + 1)));
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(200);
  });
});
