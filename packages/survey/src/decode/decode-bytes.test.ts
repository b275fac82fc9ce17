import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeBytes } from './decode-bytes.js';
import { StreamDecoder } from './stream-decoder.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  test('UTF-8, UTF-8 with BOM and Shift_JIS give the same text', () => {
    const a = decodeBytes(fixture('attendees-utf8.csv'));
    const b = decodeBytes(fixture('attendees-utf8-bom-crlf.csv'));
    const c = decodeBytes(fixture('attendees-sjis-crlf.csv'));
    expect([a.ok && a.encoding, b.ok && b.encoding, c.ok && c.encoding]).toEqual(['utf-8', 'utf-8-bom', 'shift_jis']);
    const norm = (r: typeof a) => (r.ok ? r.text.replace(/\r\n/g, '\n').replace(/[\u301c\uff5e]/g, '~') : '');
    expect(norm(b)).toBe(norm(a));
    expect(norm(c)).toBe(norm(a));
  });

  test('pure ascii is UTF-8', () => {
    expect(decodeBytes(utf8('id,x\n1,2\n'))).toEqual({ ok: true, text: 'id,x\n1,2\n', encoding: 'utf-8' });
  });

  test('an empty file is rejected', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, failure: { code: 'empty_file' } });
  });

  test('UTF-16 is rejected with how to re-save', () => {
    const r = decodeBytes(fixture('utf16le.csv'));
    expect(r).toMatchObject({ ok: false, failure: { code: 'unsupported_encoding' } });
    expect(!r.ok && r.failure.detail).toMatch(/UTF-16.*CSV UTF-8/);
  });

  test('UTF-16 without BOM (NUL bytes) is rejected', () => {
    const bytes = new Uint8Array(Buffer.from('id,x\n', 'utf16le'));
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, failure: { code: 'unsupported_encoding', line: 1 } });
  });

  test('Latin-1 is rejected, not read as Shift_JIS mojibake', () => {
    const r = decodeBytes(fixture('latin1.csv'));
    expect(r).toMatchObject({ ok: false, failure: { code: 'bad_encoding', line: 2 } });
    expect(!r.ok && r.failure.detail).toMatch(/Latin-1/);
  });

  test('Latin-1 that happens to be valid Shift_JIS is still rejected: it is not Japanese text', () => {
    const bytes = new Uint8Array(Buffer.from('id,name\n1,Renée Duprée\n', 'latin1'));
    expect(() => new TextDecoder('shift_jis', { fatal: true }).decode(bytes)).not.toThrow();
    const r = decodeBytes(bytes);
    expect(r).toMatchObject({ ok: false, failure: { code: 'bad_encoding', line: 2 } });
    expect(!r.ok && r.failure.detail).toMatch(/not Japanese text.*Latin-1/);
  });

  test('Windows-1252 punctuation that happens to be valid Shift_JIS is rejected too ("don’t" is n, 92 74, space)', () => {
    const bytes = new Uint8Array([...utf8('id,note\n1,don'), 0x92, ...utf8('t stop\n')]);
    const r = decodeBytes(bytes);
    expect(r).toMatchObject({ ok: false, failure: { code: 'bad_encoding', line: 2 } });
    expect(!r.ok && r.failure.detail).toMatch(/byte 0x92 on line 2 looks like Latin-1/);
  });

  test('the advice names Latin-1 only when the bytes look like it', () => {
    // Shift_JIS cut short after an ascii header: not Latin-1, so no Latin-1 advice.
    const r = decodeBytes(new Uint8Array([...utf8('id,name\n1,'), 0xe0, 0x5f, 0xeb, 0x40, 0x0a]));
    expect(r).toMatchObject({ ok: false, failure: { code: 'bad_encoding', line: 2 } });
    expect(!r.ok && r.failure.detail).not.toMatch(/Latin-1/);
  });

  test('a file mixing UTF-8 and Shift_JIS lines names the first bad line', () => {
    const sjisLine = fixture('attendees-sjis-crlf.csv').subarray(0, 20);
    const bytes = new Uint8Array([...utf8('id,名前\n1,山\n'), ...sjisLine, 0x0a]);
    const r = decodeBytes(bytes);
    expect(r).toMatchObject({ ok: false, failure: { code: 'bad_encoding', line: 3 } });
    expect(!r.ok && r.failure.detail).toMatch(/line 3 is not valid UTF-8.*mixes encodings/);
  });

  test('a file cut off inside a multi-byte character says so', () => {
    const whole = utf8('id,名前\n1,山田\n');
    const cut = whole.subarray(0, whole.length - 2); // drops "\n" and the last byte of 田
    const r = decodeBytes(cut);
    expect(r).toMatchObject({ ok: false, failure: { code: 'bad_encoding', line: 2 } });
    expect(!r.ok && r.failure.detail).toMatch(/cut off/);
  });

  test('a Shift_JIS file cut off inside a character says so, at its last line', () => {
    const whole = fixture('attendees-sjis-crlf.csv');
    const lead = whole.lastIndexOf(0x0a, whole.length - 2) + 1 + [...whole.subarray(whole.lastIndexOf(0x0a, whole.length - 2) + 1)].findIndex((b) => b >= 0x81);
    const lastLine = [...whole.subarray(0, lead)].filter((b) => b === 0x0a).length + 1;
    const r = decodeBytes(whole.subarray(0, lead + 1));
    expect(r).toMatchObject({ ok: false, failure: { code: 'bad_encoding', line: lastLine } });
    expect(!r.ok && r.failure.detail).toBe(`the file ends in the middle of a two-byte Shift_JIS character (byte 0x${whole[lead]!.toString(16).toUpperCase()} at the end): it was cut off`);
  });

  test('a line that is not Shift_JIS after Japanese Shift_JIS lines is damage, named by its line', () => {
    const sjis = fixture('attendees-sjis-crlf.csv');
    const r = decodeBytes(new Uint8Array([...sjis, ...utf8('Z1,'), 0x82, 0x0a]));
    const line = [...sjis].filter((b) => b === 0x0a).length + 1;
    expect(r).toMatchObject({ ok: false, failure: { code: 'bad_encoding', line } });
    expect(!r.ok && r.failure.detail).toBe(`line ${line} is not valid Shift_JIS (byte 0x82) although the lines before it are: the file mixes encodings or is damaged`);
  });

  test('Shift_JIS half-width katakana that happen to pair up as UTF-8 (ﾅｼ is C5 BC) do not make a Japanese file "mixed"', () => {
    const bytes = new Uint8Array([...fixture('attendees-sjis-crlf.csv'), ...utf8('Z9,'), 0xc5, 0xbc, 0x0d, 0x0a]);
    const r = decodeBytes(bytes);
    expect(r).toMatchObject({ ok: true, encoding: 'shift_jis' });
    expect(r.ok && r.text.endsWith('Z9,ﾅｼ\r\n')).toBe(true);
    // A line with kana or kanji in UTF-8 (three bytes a character) is evidence: still refused.
    expect(decodeBytes(new Uint8Array([...fixture('attendees-sjis-crlf.csv'), ...utf8('Z9,なし\r\n')]))).toMatchObject({ ok: false, failure: { code: 'bad_encoding' } });
  });

  test('a UTF-8 BOM followed by invalid bytes is not silently re-read as Shift_JIS', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('id\n'), 0x82, 0xa0, 0x0a]));
    expect(r).toMatchObject({ ok: false, failure: { code: 'bad_encoding', line: 2 } });
  });
});

/** What Python's cp932 codec gives (see test/fixtures/cp932/make_fixtures.py, which wrote these files). */
const cp932 = (name: string) => JSON.parse(readFileSync(new URL(`../../test/fixtures/cp932/${name}`, import.meta.url), 'utf8')) as unknown;
interface Case {
  name: string;
  hex: string;
  cp932: string;
}
const { cases, ambiguous } = cp932('cp932-cases.json') as { cases: Case[]; ambiguous: Case & { utf8: string; cell: { utf8: string; cp932: string } } };
const table = cp932('cp932-table.json') as { valid: number; leads: Record<string, string> };
const bytesOf = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));

/** Decode through the streaming decoder in pieces of `size` bytes. */
function streamed(bytes: Uint8Array, size: number): string {
  const d = new StreamDecoder();
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += d.push(bytes.subarray(i, i + size));
  text += d.end();
  if (d.failure) throw new Error(d.failure.detail);
  return text;
}

describe('every valid CP932 file decodes as Python\'s cp932 codec reads it', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const bytes = bytesOf(c.hex);
    const r = decodeBytes(bytes);
    expect(r).toEqual({ ok: true, encoding: 'shift_jis', text: c.cp932 });
    for (const size of [1, 2, 3, 7]) expect(streamed(bytes, size)).toBe(c.cp932);
  });

  test('valid both as UTF-8 and as CP932 (ﾃｽ is C3 BD, ý in UTF-8): read as UTF-8, with both readings of the cell', () => {
    const bytes = bytesOf(ambiguous.hex);
    const r = decodeBytes(bytes);
    expect(r).toEqual({ ok: true, encoding: 'utf-8', text: ambiguous.utf8, ambiguous: { line: 2, utf8: ambiguous.cell.utf8, shiftJis: ambiguous.cell.cp932 } });
    // A Japanese UTF-8 file (kana and kanji take three bytes) is not ambiguous.
    expect(decodeBytes(utf8('id,氏名\n1,山田\n'))).toEqual({ ok: true, encoding: 'utf-8', text: 'id,氏名\n1,山田\n' });
  });

  test(`all ${table.valid} two-byte codes: the platform decoder gives what cp932 gives, and refuses exactly the others`, () => {
    const strict = new TextDecoder('shift_jis', { fatal: true });
    let valid = 0;
    const mismatches: string[] = [];
    for (const [leadHex, row] of Object.entries(table.leads)) {
      const lead = parseInt(leadHex, 16);
      const trails = [...Array(0xfd - 0x40).keys()].map((k) => k + 0x40).filter((t) => t !== 0x7f);
      const chars = [...row];
      expect(chars).toHaveLength(trails.length);
      trails.forEach((trail, k) => {
        const want = chars[k]!;
        let got: string;
        try {
          got = strict.decode(new Uint8Array([lead, trail]));
        } catch {
          got = '\0';
        }
        if (want !== '\0') valid++;
        if (got !== want) mismatches.push(`${leadHex}${trail.toString(16).toUpperCase()}`);
      });
      // Each lead byte's characters as a file of their own read as Shift_JIS, with the same text.
      const codes = trails.filter((_, k) => chars[k] !== '\0').flatMap((t) => [lead, t]);
      if (codes.length === 0) continue;
      const file = new Uint8Array([...utf8('id,x\r\n1,'), ...codes, 0x0d, 0x0a]);
      const expected = `id,x\r\n1,${chars.filter((c) => c !== '\0').join('')}\r\n`;
      expect(decodeBytes(file), `lead ${leadHex}`).toEqual({ ok: true, encoding: 'shift_jis', text: expected });
    }
    expect(valid).toBe(9604);
    expect(mismatches).toEqual([]);
  });
});
