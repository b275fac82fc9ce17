/**
 * The golden test: the figures the library computes from the committed data/fy2024 reproduce
 * every figure of the FY2024 report that published-figures.json lists, judged exactly as
 * check-figures.mjs judges them (and by that script itself; both vendored in test/fixtures/published).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeFigures } from '@smesec/report';
import { readInstruments, type Figures } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { afterAll, describe, expect, test } from 'vitest';
import { CHECKS, judgeTarget, targetLabel, type Target } from '../pipelines/synthesize/src/check-targets.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// Vendored copies of shared/spec/published-figures.json and shared/tools/check-figures.mjs.
const published = join(root, 'test', 'fixtures', 'published');
const targetsPath = join(published, 'published-figures.json');
const checker = join(published, 'check-figures.mjs');

const { targets } = JSON.parse(readFileSync(targetsPath, 'utf8')) as { targets: Target[] };

const inputs = new Map(
  ['experts', 'attendees', 'consultations', 'guidance'].map((id) => [id, { bytes: readFileSync(join(root, 'data', 'fy2024', `${id}.csv`)), file: `${id}.csv` }]),
);
const figures: Figures = computeFigures(readInstruments(inputs, { codebooks: fy2024, mode: 'strict' }), { codebooks: fy2024 });

describe('data/fy2024 reproduces the published FY2024 figures', () => {
  test('there are 192 targets and each has a check this test knows', () => {
    expect(targets).toHaveLength(192);
    for (const t of targets) expect(CHECKS).toContain(t.check);
  });

  test.each(targets.map((t) => [targetLabel(t), t] as const))('%s', (name, t) => {
    const { ok, saw } = judgeTarget(t, figures);
    expect({ target: name, saw, ok }).toEqual({ target: name, saw, ok: true });
  });

  const dir = mkdtempSync(join(tmpdir(), 'fy2024-figures-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('check-figures.mjs agrees: 192/192 targets hold', () => {
    const path = join(dir, 'figures.json');
    writeFileSync(path, JSON.stringify(figures));
    const out = execFileSync(process.execPath, [checker, path, targetsPath], { encoding: 'utf8' });
    expect(out.trim().split('\n').at(-1)).toBe('192/192 targets hold');
  });
});
