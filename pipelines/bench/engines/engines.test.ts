import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { instrumentOf, type Figures } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { compareFigures } from '../compare.js';
import { ensureData, type BenchFiles } from '../data/ensure-data.js';
import { ENGINES } from './engines.js';

const codebook = instrumentOf(fy2024, 'experts');

describe('the three engines on a small generated file', () => {
  let dir: string;
  let files: BenchFiles;
  const figures: Record<string, Figures> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
    files = await ensureData({ codebook, dir, rows: 400 });
    figures['ours'] = ENGINES.ours(files.utf8, { codebook });
    figures['ours_sjis'] = ENGINES.ours(files.sjis, { codebook });
    figures['duckdb'] = await ENGINES.duckdb(files.utf8, { codebook });
    figures['baseline'] = ENGINES.baseline(files.utf8, { codebook });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the file has every column, multi-selects, 全国, quoted cells and a Shift_JIS twin', () => {
    const text = readFileSync(files.utf8, 'utf8');
    expect(text.split('\n')[0]!.split(',')).toEqual(codebook.columns.map((c) => c.id));
    expect(text).toMatch(/;/);
    expect(text).toMatch(/全国/);
    expect(text).toMatch(/"[^"\n]*\n/);
    expect(files.sjisBytes).toBeLessThan(files.utf8Bytes);
    expect(new TextDecoder('shift_jis').decode(readFileSync(files.sjis)).replace(/〜/g, '～')).toBe(text);
  });

  test('DuckDB and the baseline agree with the library on every figure id they compute', () => {
    for (const other of ['duckdb', 'baseline', 'ours_sjis']) {
      const c = compareFigures(figures['ours']!, figures[other]!);
      expect(c.differing).toEqual([]);
      expect(c.shared).toBe(Object.keys(figures[other]!).length);
    }
    // The report's analysis also counts what the active list offers and the reported domain groups, which the SQL engines do not.
    const reportOnly = /^experts\.(ability_group\.|active_list\.(theme|support_coverage|nationwide|fee_band|menu|content)\.)/;
    expect(Object.keys(figures['ours']!).filter((id) => !(id in figures['duckdb']!) && !reportOnly.test(id))).toEqual([]);
    expect(Object.keys(figures['ours']!).filter((id) => reportOnly.test(id)).length).toBeGreaterThan(50);
    expect(figures['ours']!['experts.n']).toBe(400);
  });

  test('the comparison notices a differing figure', () => {
    const changed = { ...figures['duckdb']!, 'experts.rating.S1.double.count': figures['duckdb']!['experts.rating.S1.double.count']! + 1 };
    expect(compareFigures(figures['ours']!, changed).differing.map((d) => d.id)).toEqual(['experts.rating.S1.double.count']);
  });

  test('the figures cover ratings, ability, the active list and both coverages', () => {
    const ids = Object.keys(figures['ours']!);
    for (const prefix of ['experts.rating.S6.', 'experts.ability.S1.', 'experts.ability_by_affiliation.S3.', 'experts.active_list.excluded.', 'experts.chamber_coverage.', 'experts.support_coverage.', 'experts.S6c_1.']) {
      expect(ids.some((id) => id.startsWith(prefix))).toBe(true);
    }
    expect(figures['ours']!['experts.active_list.excluded.no_skill_answers.count']).toBeGreaterThan(0);
  });
});
