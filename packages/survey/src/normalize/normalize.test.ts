import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { matchKey, NFKC_STABLE, normalizeCell, normalizeText, splitMulti } from './normalize.js';

/** Full-width form of an ascii printable character (U+FF01–U+FF5E). */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('normalizeCell', () => {
  test('NFKC, trimming and white-space runs', () => {
    expect(normalizeCell('　２０２４ ')).toBe('2024');
    expect(normalizeCell('ＩＴ\u3000コーディネータ')).toBe('IT コーディネータ');
    expect(normalizeCell('ｶﾀｶﾅ')).toBe('カタカナ');
  });

  test('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizeCell(normalizeCell(s)) === normalizeCell(s)), { seed: 20241, numRuns: 500 });
  });

  test('a full-width ascii cell normalises to its half-width form', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'abcXYZ019-;()=+'.split('')), minLength: 1 });
    fc.assert(fc.property(ascii, (s) => normalizeCell(fullWidth(s)) === normalizeCell(s)), { seed: 20242, numRuns: 300 });
  });
});

describe('NFKC_STABLE (the fast path of normalizeCell)', () => {
  const viaIcu = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ');
  // Every code point the pattern lets through, alone and after characters that start compositions
  // (kana before a voiced mark, latin before an accent, a Hangul leading consonant).
  const stable: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (NFKC_STABLE.test(String.fromCharCode(c))) stable.push(String.fromCharCode(c));

  test('lets through ascii, kana, the CJK ideographs and a few Japanese punctuation marks', () => {
    expect(stable.length).toBeGreaterThan(20_000);
    for (const c of ['a', '~', '\u3000', '、', 'あ', 'ア', 'ー', '・', '漢', '\n']) expect(stable).toContain(c);
    for (const c of ['ｱ', 'Ａ', '（', '〜', '−', '\u3099', '゛', '①', '㈱', '\u00a0', 'ヿ', '\uf929']) expect(stable).not.toContain(c);
  });

  test('every such character is left as NFKC leaves it, alone and after a character that could compose with it', () => {
    const differ: string[] = [];
    for (const c of stable) {
      for (const before of ['', 'か', 'ウ', 'e', 'A', '\u1100', '\u3000', ' ']) {
        if (normalizeCell(before + c + 'x') !== viaIcu(before + c + 'x')) differ.push(`U+${c.charCodeAt(0).toString(16)} after ${JSON.stringify(before)}`);
      }
    }
    expect(differ).toEqual([]);
  });

  test('spaces at either end, doubled, or beside other white space are folded as NFKC text is', () => {
    for (const s of ['', ' ', 'a', ' a', 'a ', 'a  b', 'a b', 'a\tb', 'a \nb', 'E0000001', 'expert0000001@example.com', '模擬 陽子', '模擬\u3000陽子', '20,000円未満', ' 全国 ', 'a\u00a0b']) {
      expect(normalizeCell(s), JSON.stringify(s)).toBe(viaIcu(s));
    }
  });

  test('mixed text gives what NFKC gives', () => {
    const unit = fc.constantFrom(...stable.filter((_, i) => i % 97 === 0), 'ｶ', 'ﾞ', '\u3099', 'Ａ', '〜', '①', ' ', '\u3000');
    fc.assert(fc.property(fc.string({ unit }), (s) => normalizeCell(s) === viaIcu(s)), { seed: 20245, numRuns: 2000 });
  });
});

describe('matchKey', () => {
  test('folds the characters Shift_JIS decoders disagree on', () => {
    expect(matchKey('1〜3か月')).toBe(matchKey('1～3か月'));
    expect(matchKey('3−5年')).toBe(matchKey('3-5年'));
    expect(matchKey('a‖b')).toBe(matchKey('a∥b'));
    expect(matchKey('￢x')).toBe(matchKey('¬x'));
  });

  test('keeps the katakana prolonged sound mark (ー is not a dash)', () => {
    expect(matchKey('コーディネータ')).not.toBe(matchKey('コ-ディネ-タ'));
  });

  test('is idempotent and ignores spaces and ascii case', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => matchKey(matchKey(s)) === matchKey(s)), { seed: 20243, numRuns: 500 });
    expect(matchKey(' cissp ')).toBe(matchKey('CISSP'));
    expect(matchKey('講演 ・ 研修')).toBe(matchKey('講演・研修'));
  });
});

describe('splitMulti', () => {
  test('joining options with ; and splitting gives them back (trimmed, empties dropped)', () => {
    const option = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes(';') && s.trim() === s && s !== '');
    fc.assert(
      fc.property(fc.array(option, { maxLength: 6 }), fc.constantFrom(';', ' ; ', ';;'), (parts, sep) => {
        expect(splitMulti(parts.join(sep), [';'])).toEqual(parts);
      }),
      { seed: 20244, numRuns: 300 },
    );
  });

  test('the full-width separator works after normalisation', () => {
    expect(splitMulti(normalizeCell('教育；規程'), [';'])).toEqual(['教育', '規程']);
  });
});

describe('normalizeText', () => {
  test('keeps every character as written: variant kanji, decomposed kana, full-width and half-width forms; only the ends are trimmed', () => {
    const kept = ['\ufa19田 隆\uf9dc', '髙﨑', 'か\u3099', 'ﾔﾏﾀﾞ', 'ＡＢＣ', '①'];
    for (const s of kept) expect(normalizeText(` ${s}\u3000`)).toBe(s);
  });

  test('matching still finds the standard form: the key is made from a copy', () => {
    const stored = normalizeText('\ufa19田');
    expect(stored).toBe('\ufa19田');
    expect(matchKey(stored)).toBe(matchKey('\u795e田'));
  });
});
