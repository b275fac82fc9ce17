import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { codeColumn, numberColumn, numbersOf, type Codebook } from '@smesec/survey';
import { abilityClass, passMark, ratingOf } from './rules.js';
import { skillColumns, skillSchemeOf, type SkillScheme } from './scheme.js';
import { BooleanColumn, statisticOf } from './typed-columns.js';

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
 * Score every respondent's skills (the FY2024 programme report, section 3 ②): for each sub-item the sum of its
 * answers against its pass mark (held or not), for each domain the ◎/○/blank rating from the
 * number of sub-items not held, and the ability class from the domain's answers.
 *
 * Returns one row per respondent: the id, `skill_answers` (non-missing skill answers),
 * `<domain>_rating`, `<domain>_ability`, `<domain>_statistic`, `<subitem>_score`, `<subitem>_held`.
 * Columns are typed arrays (a byte per rating or flag), read back as plain values.
 */
export function scoreSkills(table: ColumnTable, { codebook, scheme = skillSchemeOf(codebook) }: ScoreSkillsOptions): ColumnTable {
  const idCol = idColumnOf(codebook);
  const absent = [idCol, ...skillColumns(scheme)].filter((c) => !table.columnNames().includes(c));
  if (absent.length > 0) {
    throw new TypeError(
      `scoreSkills: the table has no column ${absent.slice(0, 5).join(', ')}${absent.length > 5 ? ` (and ${absent.length - 5} more)` : ''} of codebook ${codebook.id}; expected a table read with that codebook (its columns: ${table.columnNames().slice(0, 5).join(', ')}${table.numCols() > 5 ? ', …' : ''})`,
    );
  }
  const n = table.numRows();
  const out: Record<string, unknown> = { [idCol]: table.array(idCol) };
  const answered = new Float64Array(n);
  for (const c of skillColumns(scheme)) {
    const v = numbersOf(table, c);
    for (let i = 0; i < n; i++) if (!Number.isNaN(v[i]!)) answered[i]!++;
  }
  out['skill_answers'] = numberColumn(answered);
  const ratingCodes = scheme.ratings.map((r) => r.code);
  const classCodes = scheme.ability.classes.map((c) => c.code);
  const classIndex = new Map(classCodes.map((c, k) => [c, k + 1]));
  for (const d of scheme.domains) {
    const notHeld = new Uint8Array(n);
    const domainCols = d.subitems.flatMap((s) => s.columns).map((c) => numbersOf(table, c));
    let offset = 0;
    for (const sub of d.subitems) {
      const cols = domainCols.slice(offset, (offset += sub.columns.length));
      const mark = passMark(sub, scheme);
      const scores = new Float64Array(n);
      const held = new Uint8Array(n);
      const m = cols.length;
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let k = 0; k < m; k++) {
          const v = cols[k]![i]!;
          sum += Number.isNaN(v) ? scheme.missingAs : v;
        }
        scores[i] = sum;
        if (sum >= mark) held[i] = 1;
        else notHeld[i]!++;
      }
      out[`${sub.id}_score`] = numberColumn(scores);
      out[`${sub.id}_held`] = new BooleanColumn(held);
    }
    const stat = new Float64Array(n);
    const ability = new Uint8Array(n);
    const buffer = new Float64Array(domainCols.length);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < domainCols.length; k++) {
        const v = domainCols[k]![i]!;
        buffer[k] = Number.isNaN(v) ? scheme.ability.missingAs : v;
      }
      const s = statisticOf(buffer, scheme.ability.statistic);
      stat[i] = s;
      ability[i] = classIndex.get(abilityClass(s, scheme.ability))!;
    }
    // The rating depends only on how many sub-items are not held: one lookup per count.
    const ratingFor = Uint8Array.from({ length: d.subitems.length + 1 }, (_, k) => ratingCodes.indexOf(ratingOf(k, scheme.ratings)) + 1);
    const rating = new Uint8Array(n);
    for (let i = 0; i < n; i++) rating[i] = ratingFor[notHeld[i]!]!;
    out[`${d.id}_rating`] = codeColumn(ratingCodes, rating);
    out[`${d.id}_ability`] = codeColumn(classCodes, ability);
    out[`${d.id}_statistic`] = numberColumn(stat);
  }
  return aq.table(out as Parameters<typeof aq.table>[0]);
}
