/**
 * The golden test: the figures the library computes from the committed data/fy2024 reproduce
 * every figure of the FY2024 report that published-figures.json lists, judged exactly as
 * shared/tools/check-figures.mjs judges them (and by that script itself).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeFigures } from '@smesec/report';
import { fy2024, readInstruments, type Figures } from '@smesec/survey';
import { afterAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared');
const targetsPath = join(shared, 'spec', 'published-figures.json');
const checker = join(shared, 'tools', 'check-figures.mjs');

interface Target {
  id?: string;
  ids?: string[];
  prefix?: string;
  check: 'exact' | 'round1' | 'at_least' | 'sum_between' | 'top_ordered' | 'top_set';
  value?: number | string[];
  min?: number;
  max?: number;
  quote?: string;
}

const { targets } = JSON.parse(readFileSync(targetsPath, 'utf8')) as { targets: Target[] };

const inputs = new Map(
  ['experts', 'attendees', 'consultations', 'guidance'].map((id) => [id, { bytes: readFileSync(join(root, 'data', 'fy2024', `${id}.csv`)), file: `${id}.csv` }]),
);
const figures: Figures = computeFigures(readInstruments(inputs, { codebooks: fy2024, mode: 'strict' }), { codebooks: fy2024 });

const round1 = (v: number) => (Math.sign(v) * Math.round(Math.abs(v) * 10 + 1e-9)) / 10;
const get = (id: string) => (typeof figures[id] === 'number' ? figures[id] : undefined);

/** Codes under `<prefix>.<code>.count`, largest first (margins left out), as the checker ranks them. */
function ranked(prefix: string): [string, number][] {
  const out: [string, number][] = [];
  for (const [id, v] of Object.entries(figures)) {
    if (!id.startsWith(`${prefix}.`) || !id.endsWith('.count')) continue;
    const code = id.slice(prefix.length + 1, -'.count'.length);
    if (code && !code.includes('.') && code !== 'total' && typeof v === 'number') out.push([code, v]);
  }
  return out.sort((a, b) => b[1] - a[1]);
}

/** Whether a target holds; `saw` is what the figures give, for the failure message. */
function judge(t: Target): { ok: boolean; saw: unknown } {
  switch (t.check) {
    case 'exact': {
      const saw = get(t.id!);
      return { ok: saw === t.value, saw };
    }
    case 'round1': {
      const saw = get(t.id!);
      return { ok: saw !== undefined && round1(saw) === t.value, saw };
    }
    case 'at_least': {
      const saw = get(t.id!);
      return { ok: saw !== undefined && saw >= (t.value as number), saw };
    }
    case 'sum_between': {
      const vals = t.ids!.map(get);
      const saw = vals.some((v) => v === undefined) ? undefined : vals.reduce<number>((a, b) => a + b!, 0);
      return { ok: saw !== undefined && saw >= t.min! && saw <= t.max!, saw };
    }
    case 'top_ordered':
    case 'top_set': {
      const r = ranked(t.prefix!);
      const want = t.value as string[];
      const k = want.length;
      const top = r.slice(0, k).map(([c]) => c);
      // A tie at the cut makes the top ambiguous, and so does a tie inside an ordered top.
      const tie = r.length > k && r[k - 1]![1] === r[k]![1];
      const ok =
        !tie &&
        (t.check === 'top_ordered'
          ? top.join(',') === want.join(',') && top.every((_, i) => i === 0 || r[i - 1]![1] > r[i]![1])
          : [...top].sort().join(',') === [...want].sort().join(','));
      return { ok, saw: r.slice(0, k + 1) };
    }
  }
}

const label = (t: Target) => `${t.id ?? t.prefix ?? t.ids!.join('+')} (${t.check})`;

describe('data/fy2024 reproduces the published FY2024 figures', () => {
  test('there are 192 targets and each has a check this test knows', () => {
    expect(targets).toHaveLength(192);
    for (const t of targets) expect(['exact', 'round1', 'at_least', 'sum_between', 'top_ordered', 'top_set']).toContain(t.check);
  });

  test.each(targets.map((t) => [label(t), t] as const))('%s', (_name, t) => {
    const { ok, saw } = judge(t);
    expect({ target: label(t), saw, ok }).toEqual({ target: label(t), saw, ok: true });
  });

  const dir = mkdtempSync(join(tmpdir(), 'fy2024-figures-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('shared/tools/check-figures.mjs agrees: 192/192 targets hold', () => {
    const path = join(dir, 'figures.json');
    writeFileSync(path, JSON.stringify(figures));
    const out = execFileSync(process.execPath, [checker, path, targetsPath], { encoding: 'utf8' });
    expect(out.trim().split('\n').at(-1)).toBe('192/192 targets hold');
  });
});
