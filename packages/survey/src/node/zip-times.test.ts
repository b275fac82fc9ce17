import { describe, expect, test } from 'vitest';
import { excel } from './load-xlsx.js';
import { fixZipTimes } from './zip-times.js';

/** The (time, date) of every entry, from the central directory and from the local headers. */
function stamps(zip: Uint8Array): { central: number[][]; local: number[][] } {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (v.getUint32(end, true) !== 0x06054b50) end--;
  const central: number[][] = [];
  const local: number[][] = [];
  let at = v.getUint32(end + 16, true);
  for (let k = 0; k < v.getUint16(end + 10, true); k++) {
    central.push([v.getUint16(at + 12, true), v.getUint16(at + 14, true)]);
    const l = v.getUint32(at + 42, true);
    local.push([v.getUint16(l + 10, true), v.getUint16(l + 12, true)]);
    at += 46 + v.getUint16(at + 28, true) + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return { central, local };
}

describe('fixZipTimes', () => {
  test('sets every entry to 1980-01-01 00:00 in both headers, and the workbook still opens with its cells', async () => {
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').getCell(1, 1).value = '見本';
    const zip = new Uint8Array(await wb.xlsx.writeBuffer());
    const before = stamps(zip);
    expect(before.central.length).toBeGreaterThan(3);
    expect(before.central.some(([, d]) => d !== 0x21)).toBe(true);

    const after = stamps(fixZipTimes(zip));
    expect(new Set([...after.central, ...after.local].map(([t, d]) => `${t}/${d}`))).toEqual(new Set(['0/33']));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(zip) as unknown as ArrayBuffer);
    expect(back.getWorksheet('表')!.getCell(1, 1).value).toBe('見本');
  });

  test('refuses bytes that are not a zip archive, rather than writing into them', () => {
    expect(() => fixZipTimes(new Uint8Array(100))).toThrow(/not a zip archive/);
  });
});
