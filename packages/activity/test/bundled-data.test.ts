/**
 * The bundled files are the published records as extracted: unchanged bytes (hashes in
 * data/program-activity/README.md), and every row traceable to a line of its seed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { optionLabel } from '@smesec/survey';
import { describe, expect, test } from 'vitest';
import { loadActivity } from '../src/node.js';
import { DATA_DIR, seedLines } from './tiny.js';

const activity = loadActivity(DATA_DIR);
const readme = readFileSync(`${DATA_DIR}README.md`, 'utf8');
const normal = (text: string) => text.normalize('NFKC').replace(/[\s*]/g, '');

test('each file has the row count and sha256 its README states', () => {
  const stated = [...readme.matchAll(/^\| `([a-z_]+\.csv)` \| (\d+) \| .* \| `([0-9a-f]{64})` \|$/gm)].map((m) => [m[1], Number(m[2]), m[3]]);
  expect(stated).toHaveLength(6);
  for (const [file, rows, sha] of stated) {
    const bytes = readFileSync(`${DATA_DIR}${file}`);
    expect([file, createHash('sha256').update(bytes).digest('hex')]).toEqual([file, sha]);
    const result = [...activity.results.values()].find((r) => r.file === file)!;
    expect([file, result.stats.rows]).toEqual([file, rows]);
  }
});

describe('every row points at a line of its seed', () => {
  for (const [id, result] of activity.results) {
    test(`${id}: source lines exist and are not blank`, () => {
      const rows = result.table.objects() as { source_seed: string; source_line: number; other_lines?: string[] }[];
      for (const row of rows) {
        const seed = seedLines(optionLabel(result.codebook, 'source_seed', row.source_seed));
        for (const line of [row.source_line, ...(row.other_lines ?? []).map(Number)]) {
          expect(seed[line - 1]?.trim(), `${result.file}: ${row.source_seed}:${line}`).toBeTruthy();
        }
      }
    });
  }

  const verbatim: [string, string][] = [
    ['communities', 'name'],
    ['practice_index', 'index_text'],
    ['program_figures', 'label_ja'],
    ['measures', 'summary'],
  ];
  for (const [id, column] of verbatim) {
    test(`${id}: the ${column} is printed on its source line`, () => {
      const result = activity.results.get(id as 'communities')!;
      const rows = result.table.objects() as Record<string, unknown>[];
      for (const row of rows) {
        const seed = seedLines(optionLabel(result.codebook, 'source_seed', row.source_seed as string));
        expect(normal(seed[(row.source_line as number) - 1]!)).toContain(normal(row[column] as string));
      }
    });
  }

  test('events: the date as printed is on the source line or one of the other lines', () => {
    const rows = activity.events.objects() as { date_text: string | null; source_seed: string; source_line: number; other_lines: string[] }[];
    const codebook = activity.results.get('events')!.codebook;
    for (const row of rows.filter((r) => r.date_text)) {
      const seed = seedLines(optionLabel(codebook, 'source_seed', row.source_seed));
      const lines = [row.source_line, ...row.other_lines.map(Number)].map((n) => normal(seed[n - 1] ?? ''));
      expect(lines.some((l) => l.includes(normal(row.date_text!))), row.date_text!).toBe(true);
    }
  });
});
