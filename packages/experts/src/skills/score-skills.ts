import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { codeColumn, codedOf, numberColumn, type Codebook } from '@smesec/survey';
import { abilityClass, passMark, ratingOf } from './rules.js';
import { skillColumns, skillSchemeOf, type SkillScheme } from './scheme.js';
import { BooleanColumn, statisticOf } from './typed-columns.js';

export interface ScoreSkillsOptions {
  /** The experts codebook: its `rules.skills` holds the scheme. */
  codebook: Codebook;
  /** Use this scheme instead of the codebook's (e.g. to compare rules). */
  scheme?: SkillScheme;
}

/*
 * The loops over every row live in small functions called once per column (or per row): a loop in
 * a function that runs once waits for on-stack replacement to be compiled, and on a busy machine
 * a 100k-row loop ran to its end interpreted, at several times the cost.
 */

/** `sums[i] += worth[ids[i]]` for every row. */
function addWorth(sums: Float64Array, worth: Float64Array, ids: ArrayLike<number>): void {
  for (let i = 0; i < sums.length; i++) sums[i]! += worth[ids[i]!]!;
}

/** Flag the rows whose score reaches the pass mark, and count a sub-item not held for the others. */
function markHeld(scores: Float64Array, mark: number, held: Uint8Array, notHeld: Uint8Array): void {
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! >= mark) held[i] = 1;
    else notHeld[i]!++;
  }
}

/** Row `i`'s answers to a domain's questions, in question order, into `buffer`. */
function rowOf(buffer: Float64Array, worth: readonly Float64Array[], ids: readonly ArrayLike<number>[], i: number): Float64Array {
  for (let k = 0; k < ids.length; k++) buffer[k] = worth[k]![ids[k]![i]!]!;
  return buffer;
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
  // Each answer is read as its stored code (a byte per scale answer) through a table of what the
  // code is worth: no column is copied into numbers, and missing answers cost no branch.
  const coded = new Map(skillColumns(scheme).map((c) => [c, codedOf(table, c)]));
  const worth = (c: string, missingAs: number) => Float64Array.from(coded.get(c)!.values, (v) => (typeof v === 'number' && !Number.isNaN(v) ? v : missingAs));
  const answered = new Float64Array(n);
  for (const c of skillColumns(scheme)) {
    const given = Float64Array.from(coded.get(c)!.values, (v) => (typeof v === 'number' && !Number.isNaN(v) ? 1 : 0));
    addWorth(answered, given, coded.get(c)!.ids);
  }
  out['skill_answers'] = numberColumn(answered);
  const ratingCodes = scheme.ratings.map((r) => r.code);
  const classCodes = scheme.ability.classes.map((c) => c.code);
  const classIndex = new Map(classCodes.map((c, k) => [c, k + 1]));
  for (const d of scheme.domains) {
    const notHeld = new Uint8Array(n);
    const domainColumns = d.subitems.flatMap((s) => s.columns);
    const domainIds = domainColumns.map((c) => coded.get(c)!.ids);
    const domainWorth = domainColumns.map((c) => worth(c, scheme.ability.missingAs));
    for (const sub of d.subitems) {
      const mark = passMark(sub, scheme);
      const scores = new Float64Array(n);
      const held = new Uint8Array(n);
      // Column by column: each row's sum is still taken in the order of its questions.
      for (const c of sub.columns) addWorth(scores, worth(c, scheme.missingAs), coded.get(c)!.ids);
      markHeld(scores, mark, held, notHeld);
      out[`${sub.id}_score`] = numberColumn(scores);
      out[`${sub.id}_held`] = new BooleanColumn(held);
    }
    const stat = new Float64Array(n);
    const ability = new Uint8Array(n);
    const buffer = new Float64Array(domainIds.length);
    // A statistic takes few values (medians of small whole numbers): its class is found once each.
    const classOf = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const s = statisticOf(rowOf(buffer, domainWorth, domainIds, i), scheme.ability.statistic);
      stat[i] = s;
      let c = classOf.get(s);
      if (c === undefined) classOf.set(s, (c = classIndex.get(abilityClass(s, scheme.ability))!));
      ability[i] = c;
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
