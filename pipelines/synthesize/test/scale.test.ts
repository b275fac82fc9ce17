import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeFigures } from '@smesec/report';
import { fromCsv, instrumentOf } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { afterAll, expect, test } from 'vitest';
import type { Target } from '../src/check-targets.js';
import { writeDataset } from '../src/write-dataset.js';

const targetsPath = fileURLToPath(new URL('../../../test/fixtures/published/published-figures.json', import.meta.url));
const { targets } = JSON.parse(readFileSync(targetsPath, 'utf8')) as { targets: Target[] };
const dir = mkdtempSync(join(tmpdir(), 'synth-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('--scale in whole blocks multiplies every published expert count exactly', async () => {
  const k = 3;
  const [experts] = await writeDataset(dir, { scale: 221 * k });
  expect(experts!.rows).toBe(663);
  const codebook = instrumentOf(fy2024, 'experts');
  const read = fromCsv(readFileSync(join(dir, 'experts.csv')), { codebook, file: 'experts.csv', mode: 'strict' });
  const figures = computeFigures(new Map([['experts', read]]), { codebooks: fy2024 });
  const counts = targets.filter((t) => t.check === 'exact' && t.id!.startsWith('experts.') && /\.(count|missing|base)$/.test(t.id!));
  expect(counts.length).toBeGreaterThan(80);
  for (const t of counts) expect({ id: t.id, value: figures[t.id!] }).toEqual({ id: t.id, value: (t.value as number) * k });
  // Percentages are the same as published, whatever the scale.
  for (const t of targets.filter((x) => x.check === 'round1' && x.id!.startsWith('experts.'))) {
    expect(Math.round(figures[t.id!]! * 10) / 10).toBe(t.value);
  }
});
