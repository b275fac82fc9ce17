import type { ColumnTable } from 'arquero';
import { crosstabFigures, crosstab, type Codebook, type Figures } from '@smesec/survey';
import * as aq from 'arquero';
import { activeListRulesOf } from '../active-list/eligibility.js';
import { chamberCoverage, supportCoverage } from '../coverage/coverage.js';
import { skillSchemeOf } from '../skills/scheme.js';

export interface ExpertFiguresOptions {
  codebook: Codebook;
  /** From `scoreSkills`, row-aligned with the table. */
  scores: ColumnTable;
  /** From `excludeFromList`, row-aligned with the table. */
  eligibility: ColumnTable;
  /** Instrument prefix of the ids (default `experts`). */
  prefix?: string;
}

/**
 * The respondent attributes `by` beside each domain's ability class (`<domain>_ability`), with a
 * codebook in which the classes are options: what a crosstab of ability by attribute reads.
 */
export function abilityByTable(table: ColumnTable, scores: ColumnTable, { codebook, by }: { codebook: Codebook; by: readonly string[] }): { table: ColumnTable; codebook: Codebook } {
  const scheme = skillSchemeOf(codebook);
  const present = by.filter((c) => table.columnNames().includes(c));
  return {
    table: aq.table({
      ...Object.fromEntries(present.map((c) => [c, Array.from(table.array(c) as ArrayLike<unknown>)])),
      ...Object.fromEntries(scheme.domains.map((d) => [`${d.id}_ability`, Array.from(scores.array(`${d.id}_ability`) as ArrayLike<unknown>)])),
    }),
    codebook: {
      ...codebook,
      columns: [
        ...codebook.columns.filter((c) => present.includes(c.id)),
        ...scheme.domains.map((d) => ({
          id: `${d.id}_ability`,
          label: d.label,
          type: 'single' as const,
          options: scheme.ability.classes.map((c) => ({ code: c.code, label: c.label, aliases: [], exclusive: false })),
          aliases: [],
          personal: false,
          required: true,
        })),
      ],
    },
  };
}

/**
 * The skill and list figures of docs/figure-ids.md: `experts.rating.*`, `experts.ability.*` (with
 * crosstabs by experience and affiliation),
 * `experts.active_list.*`, `experts.chamber_coverage.*`, `experts.support_coverage.*`.
 */
export function expertFigures(table: ColumnTable, { codebook, scores, eligibility, prefix = 'experts' }: ExpertFiguresOptions): Figures {
  const scheme = skillSchemeOf(codebook);
  const rules = activeListRulesOf(codebook);
  const n = table.numRows();
  const out: Figures = {};
  const count = (values: ArrayLike<unknown>, code: string) => {
    let k = 0;
    for (let i = 0; i < values.length; i++) if (values[i] === code) k++;
    return k;
  };
  for (const d of scheme.domains) {
    const ratings = scores.array(`${d.id}_rating`) as ArrayLike<string>;
    for (const r of scheme.ratings) out[`${prefix}.rating.${d.id}.${r.code}.count`] = count(ratings, r.code);
    const ability = scores.array(`${d.id}_ability`) as ArrayLike<string>;
    for (const c of scheme.ability.classes) {
      const k = count(ability, c.code);
      out[`${prefix}.ability.${d.id}.${c.code}.count`] = k;
      out[`${prefix}.ability.${d.id}.${c.code}.pct`] = n > 0 ? (100 * k) / n : NaN;
    }
  }
  // Ability by experience years and by affiliation, per domain (row = the respondent attribute).
  const { table: joined, codebook: abilityCodebook } = abilityByTable(table, scores, { codebook, by: ['experience_years', 'affiliation'] });
  for (const by of ['experience_years', 'affiliation']) {
    if (!joined.columnNames().includes(by)) continue;
    for (const d of scheme.domains) {
      Object.assign(out, crosstabFigures(`${prefix}.ability_by_${by}.${d.id}`, crosstab(joined, by, `${d.id}_ability`, { codebook: abilityCodebook })));
    }
  }

  const exclusion = eligibility.array('exclusion') as ArrayLike<string | null>;
  const listed = eligibility.array('listed') as ArrayLike<boolean>;
  out[`${prefix}.active_list.count`] = Array.from(listed).filter(Boolean).length;
  for (const ex of rules.exclusions) out[`${prefix}.active_list.excluded.${ex.reason}.count`] = count(exclusion, ex.reason);
  out[`${prefix}.active_list.excluded.count`] = n - out[`${prefix}.active_list.count`]!;

  const chamber = chamberCoverage(table);
  for (const [code, k] of Object.entries(chamber.counts)) out[`${prefix}.chamber_coverage.${code}.count`] = k;
  out[`${prefix}.chamber_coverage.prefectures_covered`] = chamber.covered.length;
  out[`${prefix}.chamber_coverage.prefectures_uncovered`] = chamber.uncovered.length;
  const support = supportCoverage(table);
  for (const [code, k] of Object.entries(support.counts)) out[`${prefix}.support_coverage.${code}.count`] = k;
  out[`${prefix}.support_coverage.prefectures_covered`] = support.covered.length;
  out[`${prefix}.support_coverage.prefectures_uncovered`] = support.uncovered.length;
  return out;
}
