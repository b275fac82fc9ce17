import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInstruments } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { afterAll, describe, expect, test } from 'vitest';
import { writeDataset } from '../src/write-dataset.js';

const committed = fileURLToPath(new URL('../../../data/fy2024/', import.meta.url));
const FILES = ['experts', 'attendees', 'consultations', 'guidance'] as const;
const ROWS = { experts: 221, attendees: 105, consultations: 55, guidance: 35 };

describe('data/fy2024', () => {
  const dir = mkdtempSync(join(tmpdir(), 'synth-regenerate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('regenerating with the default seed gives the committed bytes', async () => {
    const written = await writeDataset(dir);
    expect(written.map((w) => w.rows)).toEqual(FILES.map((f) => ROWS[f]));
    for (const f of FILES) {
      const fresh = readFileSync(join(dir, `${f}.csv`));
      const kept = readFileSync(join(committed, `${f}.csv`));
      expect({ file: f, same: fresh.equals(kept) }).toEqual({ file: f, same: true });
    }
  });

  test('files are as Excel saves "CSV UTF-8": BOM, CRLF line ends, header of column ids', () => {
    for (const f of FILES) {
      const bytes = readFileSync(join(committed, `${f}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      const header = text.slice(0, text.indexOf('\r\n')).split(',');
      expect(header).toEqual(fy2024.instruments.find((i) => i.id === f)!.columns.map((c) => c.id));
      // Outside quoted cells every line ends in CRLF.
      const outside = text.split('"').filter((_, k) => k % 2 === 0).join('');
      expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
  });

  test('all four pass strict validation together, references included, without a single issue', () => {
    const inputs = new Map(FILES.map((f) => [f, { bytes: readFileSync(join(committed, `${f}.csv`)), file: `${f}.csv` }]));
    const results = readInstruments(inputs, { codebooks: fy2024, mode: 'strict' });
    for (const f of FILES) {
      const r = results.get(f)!;
      expect(r.encoding).toBe('utf-8-bom');
      expect(r.stats).toMatchObject({ accepted: ROWS[f], rejected: 0, blank: 0 });
      expect(r.issues).toEqual([]);
    }
  });
});
