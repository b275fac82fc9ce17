import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Codebook } from '@smesec/survey';
import { abilityClass, domainStatistic, passMark, ratingOf, subitemScore } from './rules.js';
import { skillColumns, skillSchemeOf, type SkillScheme } from './scheme.js';

export interface ScoreSkillsOptions {
  /** The experts codebook: its `rules.skills` holds the scheme. */
  codebook: Codebook;
  /** Use this scheme instead of the codebook's (e.g. to compare rules). */
  scheme?: SkillScheme;
}

/** The id column of an instrument: its first unique id column. */
export function idColumnOf(codebook: Codebook): string {
  const col = codebook.columns.find((c) => c.type === 'id' && c.unique);
  if (!col) throw new Error(`codebook ${codebook.id} has no unique id column`);
  return col.id;
}

/**
 * Score every respondent's skills (seed 003, section 3 ②): for each sub-item the sum of its
 * answers against its pass mark (held or not), for each domain the ◎/○/blank rating from the
 * number of sub-items not held, and the ability class from the domain's answers.
 *
 * Returns one row per respondent: the id, `skill_answers` (non-missing skill answers),
 * `<domain>_rating`, `<domain>_ability`, `<domain>_statistic`, `<subitem>_score`, `<subitem>_held`.
 */
export function scoreSkills(table: ColumnTable, { codebook, scheme = skillSchemeOf(codebook) }: ScoreSkillsOptions): ColumnTable {
  const idCol = idColumnOf(codebook);
  const n = table.numRows();
  const get = (c: string) => table.array(c) as ArrayLike<number | null>;
  const out: Record<string, unknown[]> = { [idCol]: Array.from(table.array(idCol) as ArrayLike<string>) };
  const answered = new Array<number>(n).fill(0);
  for (const c of skillColumns(scheme)) {
    const v = get(c);
    for (let i = 0; i < n; i++) if (v[i] != null) answered[i]!++;
  }
  out['skill_answers'] = answered;
  for (const d of scheme.domains) {
    const notHeld = new Array<number>(n).fill(0);
    const domainCols = d.subitems.flatMap((s) => s.columns).map(get);
    for (const sub of d.subitems) {
      const cols = sub.columns.map(get);
      const mark = passMark(sub, scheme);
      const scores = new Array<number>(n);
      const held = new Array<boolean>(n);
      for (let i = 0; i < n; i++) {
        scores[i] = subitemScore(cols.map((c) => c[i] ?? null), scheme.missingAs);
        held[i] = scores[i]! >= mark;
        if (!held[i]) notHeld[i]!++;
      }
      out[`${sub.id}_score`] = scores;
      out[`${sub.id}_held`] = held;
    }
    const stat = new Array<number>(n);
    const ability = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      stat[i] = domainStatistic(domainCols.map((c) => c[i] ?? null), scheme.ability);
      ability[i] = abilityClass(stat[i]!, scheme.ability);
    }
    out[`${d.id}_rating`] = notHeld.map((k) => ratingOf(k, scheme.ratings));
    out[`${d.id}_ability`] = ability;
    out[`${d.id}_statistic`] = stat;
  }
  return aq.table(out);
}
