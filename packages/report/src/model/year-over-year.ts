import { labelOf, optionLabel, twoProportionTest } from '@smesec/survey';
import type { Figures } from '@smesec/survey';
import type { Results } from '../analysis/analyse.js';
import type { PreviousFrequency } from '../figures/figure-ids.js';
import { round1 } from './format.js';
import type { KeyNumber, ReportTable } from './types.js';

/** The changes since the previous year: the significant ones, and the key numbers over every year. */
export interface YearOverYear {
  /** The test, named as the page names it. */
  readonly test: string;
  /** Options whose share changed significantly, largest change first. */
  readonly significant: ReportTable;
  /** The key numbers in every year given, oldest first, this year last. */
  readonly trend: ReportTable;
}

/**
 * The label of the year before `year` when the label counts years (令和7年度 → 令和6年度, 2025年度 →
 * 2024年度, FY2025 → FY2024); undefined otherwise. `--compare`'s last report is 前年度 by
 * definition, so this names it when its own figures.json cannot.
 */
export function priorYear(year: string): string | undefined {
  const era = /^(令和|平成)(\d+)年度$/.exec(year);
  if (era) return Number(era[2]) > 1 ? `${era[1]}${Number(era[2]) - 1}年度` : undefined;
  const western = /^(\D*)(\d{4})(\D*)$/.exec(year);
  return western ? `${western[1]}${Number(western[2]) - 1}${western[3]}` : undefined;
}

/** Significance level of the changes listed. */
const ALPHA = 0.05;

/** Column header of the i-th of n previous years: 前年度 for the last, N年前 before it. */
const yearHeader = (i: number, n: number) => (i === n - 1 ? '前年度' : `${n - i}年前`);

/**
 * Every option of every question both years asked, tested with the pooled two-proportion z-test
 * (last year's count of its base against this year's); those with p < 0.05, largest change first.
 * An option or question only one year had is not tested (it is shown as 前年度なし in its table).
 */
export function yearOverYear(results: Results, lastYear: ReadonlyMap<string, PreviousFrequency>, { keys, history, year }: { keys: readonly KeyNumber[]; history: readonly Figures[]; year: string }): YearOverYear {
  const rows: { question: string; option: string; prev: number; pct: number; change: number; p: number }[] = [];
  for (const [id, r] of results.instruments) {
    for (const [column, f] of r.frequencies) {
      const last = lastYear.get(`${id}.${column}`);
      if (!last || f.base === 'responses') continue;
      for (const item of f.items) {
        const before = last.items.get(item.code);
        if (!before || !Number.isFinite(before.count) || before.pct === undefined) continue;
        const t = twoProportionTest(before.count, last.base, item.count, f.n);
        if (!(t.p < ALPHA)) continue;
        rows.push({ question: `${r.codebook.label}: ${labelOf(r.codebook, column)}`, option: optionLabel(r.codebook, column, item.code), prev: before.pct, pct: item.pct, change: t.diff, p: t.p });
      }
    }
  }
  rows.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.question.localeCompare(b.question));
  return {
    test: '2標本の比率の差の z 検定（プールした比率による、両側、有意水準5%）',
    significant: {
      id: 'changes',
      title: '前年度から有意に変化した割合',
      columns: [
        { key: 'question', header: '設問', kind: 'text' },
        { key: 'option', header: '選択肢', kind: 'text' },
        { key: 'prev', header: '前年度（%）', kind: 'pct' },
        { key: 'pct', header: `${year}（%）`, kind: 'pct' },
        { key: 'change', header: '増減（ポイント）', kind: 'points' },
        { key: 'p', header: 'p値', kind: 'number' },
      ],
      rows: rows.map((x) => ({ question: x.question, option: x.option, prev: round1(x.prev), pct: round1(x.pct), change: round1(x.change), p: Number(x.p.toPrecision(2)) })),
    },
    trend: {
      id: 'key-numbers-trend',
      title: '主要な数値の推移',
      columns: [
        { key: 'label', header: '指標', kind: 'text' },
        ...history.map((_, i) => ({ key: `y${i}`, header: yearHeader(i, history.length), kind: 'count' as const })),
        { key: 'now', header: year, kind: 'count' },
      ],
      // A number a year did not have is said so, never a 0.
      rows: keys.map((k) => ({ label: `${k.label}（${k.unit}）`, ...Object.fromEntries(history.map((h, i) => [`y${i}`, h[k.id] ?? 'なし'])), now: k.value })),
    },
  };
}
