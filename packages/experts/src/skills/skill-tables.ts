import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Codebook } from '@smesec/survey';
import { skillSchemeOf, type SkillScheme } from './scheme.js';

/** Options of {@link abilityTable} and {@link ratingTable}. */
export interface SkillTableOptions {
  /** The experts codebook: its `rules.skills` gives the domains, classes and ratings, with their labels and order. */
  codebook: Codebook;
  /** Use this scheme instead of the codebook's (the one `scoreSkills` was given). */
  scheme?: SkillScheme;
  /**
   * `tidy` (default): a row per domain and class (or rating): domain, domain_label, code, label,
   * count, pct. `wide`: a row per domain with `<code>_count` and `<code>_pct` columns in order.
   */
  form?: 'tidy' | 'wide';
}

/** The label shown for a rating whose label is blank (no ◎ or ○). */
const BLANK_RATING = '無表記';

function skillTable(scores: ColumnTable, suffix: '_ability' | '_rating', categories: readonly { code: string; label: string }[], scheme: SkillScheme, form: string, fn: string): ColumnTable {
  if (form !== 'tidy' && form !== 'wide') throw new TypeError(`${fn}: form "${form}" is not valid; expected one of: tidy, wide`);
  const absent = scheme.domains.map((d) => `${d.id}${suffix}`).filter((c) => !scores.columnNames().includes(c));
  if (absent.length > 0) throw new TypeError(`${fn}: the scores have no column ${absent.join(', ')}; expected the table scoreSkills returns`);
  const n = scores.numRows();
  const counts = scheme.domains.map((d) => {
    const values = scores.array(`${d.id}${suffix}`) as ArrayLike<string | null>;
    const k = new Map(categories.map((c) => [c.code, 0]));
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v == null || !k.has(v)) throw new TypeError(`${fn}: row ${i + 1} of ${d.id}${suffix} is ${JSON.stringify(v)}; expected one of: ${categories.map((c) => c.code).join(', ')}`);
      k.set(v, k.get(v)! + 1);
    }
    return k;
  });
  const pct = (k: number) => (n > 0 ? (100 * k) / n : NaN);
  if (form === 'wide') {
    const data: Record<string, unknown[]> = { domain: scheme.domains.map((d) => d.id), domain_label: scheme.domains.map((d) => d.label) };
    for (const c of categories) {
      data[`${c.code}_count`] = counts.map((k) => k.get(c.code)!);
      data[`${c.code}_pct`] = counts.map((k) => pct(k.get(c.code)!));
    }
    return aq.table(data);
  }
  return aq.from(
    scheme.domains.flatMap((d, i) =>
      categories.map((c) => ({ domain: d.id, domain_label: d.label, code: c.code, label: c.label, count: counts[i]!.get(c.code)!, pct: pct(counts[i]!.get(c.code)!) })),
    ),
  );
}

/**
 * The S1–S6 ability table from `scoreSkills`: for each domain, how many respondents fall in
 * each ability class, in the scheme's order, with % of all respondents (a respondent who left
 * the skill questions blank falls in the last class, as the report counts them).
 *
 * ```ts
 * const scores = scoreSkills(table, { codebook });
 * abilityTable(scores, { codebook });                 // domain, domain_label, code, label, count, pct
 * abilityTable(scores, { codebook, form: 'wide' });   // domain, domain_label, solo_count, solo_pct, …
 * ```
 */
export function abilityTable(scores: ColumnTable, { codebook, scheme = skillSchemeOf(codebook), form = 'tidy' }: SkillTableOptions): ColumnTable {
  return skillTable(scores, '_ability', scheme.ability.classes, scheme, form, 'abilityTable');
}

/**
 * The ◎/○ rating table from `scoreSkills`: for each domain, how many respondents have each
 * rating (◎, ○ and the blank one, shown as 無表記), with % of all respondents.
 */
export function ratingTable(scores: ColumnTable, { codebook, scheme = skillSchemeOf(codebook), form = 'tidy' }: SkillTableOptions): ColumnTable {
  const ratings = scheme.ratings.map((r) => ({ code: r.code, label: r.label === '' ? BLANK_RATING : r.label }));
  return skillTable(scores, '_rating', ratings, scheme, form, 'ratingTable');
}
