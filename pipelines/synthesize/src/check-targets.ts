import type { Figures } from '@smesec/survey';

/** One entry of published-figures.json. */
export interface Target {
  id?: string;
  ids?: string[];
  prefix?: string;
  check: 'exact' | 'round1' | 'at_least' | 'sum_between' | 'top_ordered' | 'top_set';
  value?: number | string[];
  min?: number;
  max?: number;
}

export const CHECKS: readonly Target['check'][] = ['exact', 'round1', 'at_least', 'sum_between', 'top_ordered', 'top_set'];

const round1 = (v: number) => (Math.sign(v) * Math.round(Math.abs(v) * 10 + 1e-9)) / 10;

/** Codes under `<prefix>.<code>.count`, largest first, margins (`total`) left out. */
function ranked(figures: Figures, prefix: string): [string, number][] {
  const out: [string, number][] = [];
  for (const [id, v] of Object.entries(figures)) {
    if (!id.startsWith(`${prefix}.`) || !id.endsWith('.count')) continue;
    const code = id.slice(prefix.length + 1, -'.count'.length);
    if (code && !code.includes('.') && code !== 'total' && typeof v === 'number') out.push([code, v]);
  }
  return out.sort((a, b) => b[1] - a[1]);
}

/** A target's name as the checker prints it. */
export const targetLabel = (t: Target): string => `${t.id ?? t.prefix ?? t.ids?.join('+')} (${t.check})`;

/**
 * Whether a target holds, with the semantics of test/fixtures/published/check-figures.mjs (a tie at a
 * top-k cut fails); `saw` is what the figures give.
 */
export function judgeTarget(t: Target, figures: Figures): { ok: boolean; saw: unknown } {
  const get = (id: string) => (typeof figures[id] === 'number' ? figures[id] : undefined);
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
      const r = ranked(figures, t.prefix!);
      const want = t.value as string[];
      const k = want.length;
      const top = r.slice(0, k).map(([c]) => c);
      const tie = r.length > k && r[k - 1]![1] === r[k]![1];
      const ok =
        !tie &&
        (t.check === 'top_ordered'
          ? top.join(',') === want.join(',') && top.every((_, i) => i === 0 || r[i - 1]![1] > r[i]![1])
          : [...top].sort().join(',') === [...want].sort().join(','));
      return { ok, saw: r.slice(0, k + 1) };
    }
    default:
      return { ok: false, saw: `unknown check ${(t as Target).check}` };
  }
}
