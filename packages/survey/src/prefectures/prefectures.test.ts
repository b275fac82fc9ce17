import { describe, expect, test } from 'vitest';
import { findPrefecture, findRegion, PREFECTURES, prefectureByCode, REGIONS } from './prefectures.js';

describe('prefectures', () => {
  test('47 prefectures with unique JIS codes 01–47 in order, each in a known region', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(PREFECTURES.map((p) => p.code)).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(PREFECTURES.map((p) => p.name)).size).toBe(47);
    const regions = new Set(REGIONS.map((r) => r.code));
    expect(PREFECTURES.every((p) => regions.has(p.region))).toBe(true);
    expect(REGIONS.map((r) => [r.code, PREFECTURES.filter((p) => p.region === r.code).length])).toEqual([
      ['hokkaido', 1],
      ['tohoku', 6],
      ['kanto', 7],
      ['chubu', 9],
      ['kinki', 7],
      ['chugoku', 5],
      ['shikoku', 4],
      ['kyushu', 8],
    ]);
  });

  test.each([
    ['大阪府', '27'],
    ['大阪', '27'],
    ['27', '27'],
    ['027', '27'],
    ['1', '01'],
    ['01', '01'],
    ['北海道', '01'],
    ['東京', '13'],
    ['東京都', '13'],
    ['京都', '26'],
    ['京都府', '26'],
    ['Osaka', '27'],
    ['okinawa', '47'],
  ])('%s is %s', (text, code) => {
    expect(findPrefecture(text)?.code).toBe(code);
  });

  test.each(['0', '48', '大坂', '東京府', '', '関西'])('%s is not a prefecture', (text) => {
    expect(findPrefecture(text)).toBeUndefined();
  });

  test('regions by their other names', () => {
    expect(findRegion('関西')?.code).toBe('kinki');
    expect(findRegion('東海')?.code).toBe('chubu');
    expect(findRegion('沖縄')?.code).toBe('kyushu');
    expect(prefectureByCode('13').name).toBe('東京都');
    expect(() => prefectureByCode('99')).toThrow();
  });
});
