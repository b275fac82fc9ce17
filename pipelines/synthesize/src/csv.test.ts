import { fromCsv, instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { describe, expect, test } from 'vitest';
import { csvWriter, quoteCell } from './csv.js';
import { encodeText, preamble } from './encode.js';

const guidance = instrumentOf(fy2024, 'guidance');
const experts = instrumentOf(fy2024, 'experts');

describe('csv', () => {
  test('quotes only what RFC 4180 requires and doubles inner quotes', () => {
    expect(quoteCell('大阪')).toBe('大阪');
    expect(quoteCell('20,000円未満')).toBe('"20,000円未満"');
    expect(quoteCell('a "b"')).toBe('"a ""b"""');
    expect(quoteCell('line1\nline2')).toBe('"line1\nline2"');
  });

  test('writes labels, blanks and CRLF line ends', () => {
    const w = csvWriter(guidance);
    expect(w.header()).toBe('company_id,expert_id,region,theme,status,visits,goal_achieved,best_practice,industry\r\n');
    const line = w.line({ company_id: 'C0001', expert_id: 'E0000001', region: 'osaka', theme: 'rules', status: 'withdrawn', visits: 0, goal_achieved: null, best_practice: null, industry: 'medical_welfare' });
    expect(line).toBe('C0001,E0000001,大阪,情報セキュリティ規程の整備,辞退,0,,,医療・福祉\r\n');
  });

  test('writes prefectures by name, 全国, multiple answers joined with ;', () => {
    const w = csvWriter(experts);
    const line = w.line({ residence_prefecture: '27', support_regions: ['27', '28'], support_periods: ['spot', '1to3m'] });
    expect(line).toContain('大阪府,');
    expect(line).toContain('大阪府;兵庫県');
    expect(line).toContain('スポット;1～3か月');
    expect(w.line({ support_regions: ['nationwide'] })).toContain(',全国,');
    expect(() => w.line({ fee_band: 'bogus' })).toThrow(/fee_band: no option with code bogus/);
  });

  test('what it writes reads back strictly, in UTF-8 with BOM and in Shift_JIS', () => {
    const w = csvWriter(guidance);
    const text = w.header() + w.line({ company_id: 'C1', expert_id: 'E1', region: 'nagoya', theme: 'cloud', status: 'done', visits: 3, goal_achieved: 'partly', best_practice: 'no', industry: 'manufacturing_auto' });
    for (const enc of ['utf-8', 'shift_jis'] as const) {
      const bytes = Buffer.concat([preamble(enc), encodeText(text, enc)]);
      const r = fromCsv(bytes, { codebook: guidance, mode: 'strict' });
      expect(r.encoding).toBe(enc === 'utf-8' ? 'utf-8-bom' : 'shift_jis');
      expect(r.table.objects()[0]).toMatchObject({ region: 'nagoya', theme: 'cloud', visits: 3, goal_achieved: 'partly', industry: 'manufacturing_auto' });
    }
  });

  test('Shift_JIS is CP932: ～ is 0x8160, and a character CP932 lacks is an error', () => {
    expect([...encodeText('1～3か月', 'shift_jis').subarray(1, 3)]).toEqual([0x81, 0x60]);
    expect(preamble('shift_jis')).toHaveLength(0);
    expect([...preamble('utf-8')]).toEqual([0xef, 0xbb, 0xbf]);
    expect(() => encodeText('😀', 'shift_jis')).toThrow(/no Shift_JIS/);
    expect(encodeText('a?b', 'shift_jis').toString('latin1')).toBe('a?b');
  });
});
