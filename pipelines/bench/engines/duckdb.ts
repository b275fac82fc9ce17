import { DuckDBInstance } from '@duckdb/node-api';
import { activeListRulesOf, skillSchemeOf } from '@smesec/experts';
import type { Codebook, Column, Figures } from '@smesec/survey';
import { figuresOf, isMulti, TABULATED, type ColumnCounts, type ExpertCounts } from './counts.js';
import { labelCodes } from './label-codes.js';

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Columns whose cells are looked up in the codebook: one ENUM type of their labels each. */
const LOOKED_UP = new Set(['single', 'prefecture', 'scale', 'multi', 'multi-prefecture']);
const enumName = (c: Column) => ident(`labels_${c.id}`);

/**
 * One ENUM type per coded column, whose values are every text a cell may hold (labels, codes,
 * aliases, prefecture names): casting a trimmed cell to it is one dictionary lookup, and
 * `enum_code` then indexes a constant list of the codes. A text that is not a label (a missing
 * mark such as 無回答, or nothing) casts to NULL with TRY_CAST.
 */
function enumTypes(codebook: Codebook): string[] {
  return codebook.columns.filter((c) => LOOKED_UP.has(c.type)).map((c) => `CREATE TYPE ${enumName(c)} AS ENUM (${[...labelCodes(c).keys()].map(q).join(', ')})`);
}

/** The code of a cell text `expr` of column `c` (an integer for a scale), or NULL. */
function codeOf(expr: string, c: Column): string {
  const codes = [...labelCodes(c).values()].map((code) => (c.type === 'scale' ? String(Number(code)) : q(code)));
  return `[${codes.join(', ')}][enum_code(TRY_CAST(trim(${expr}) AS ${enumName(c)})) + 1]`;
}

/** The coded columns, read straight from the CSV: codes instead of labels, NULL / [] when missing. */
function codedColumns(codebook: Codebook): string {
  return codebook.columns
    .map((c) => {
      const x = ident(c.id);
      if (!LOOKED_UP.has(c.type)) return x;
      if (isMulti(c)) return `list_filter(list_transform(string_split(coalesce(${x}, ''), ';'), s -> ${codeOf('s', c)}), v -> v IS NOT NULL) AS ${x}`;
      return `${codeOf(x, c)} AS ${x}`;
    })
    .join(',\n  ');
}

/**
 * Per respondent and domain, with list functions and no subquery: the sub-items not held (each
 * sub-item's sum, missing = `missingAs`, against its pass mark) and the domain's lower median
 * (`list_sort` of its answers, missing = 0), plus how many skill items were answered at all.
 */
function scoreColumns(codebook: Codebook): string {
  const scheme = skillSchemeOf(codebook);
  if (scheme.ability.statistic !== 'lower_median') throw new Error('the SQL reference implements the lower median only');
  const z = (c: string, as: number) => `coalesce(${ident(c)}, ${as})`;
  const all = scheme.domains.flatMap((d) => d.subitems.flatMap((s) => s.columns));
  const parts = [`len(list_filter([${all.map(ident).join(', ')}], v -> v IS NOT NULL)) AS skill_answers`];
  for (const d of scheme.domains) {
    const sums = d.subitems.map((s) => `list_sum([${s.columns.map((c) => z(c, scheme.missingAs)).join(', ')}]) < ${scheme.passMarks[String(s.columns.length)]}`);
    parts.push(`len(list_filter([${sums.join(', ')}], held_not -> held_not)) AS ${d.id}_not_held`);
    const cols = d.subitems.flatMap((s) => s.columns);
    parts.push(`list_sort([${cols.map((c) => z(c, scheme.ability.missingAs)).join(', ')}])[${Math.floor((cols.length - 1) / 2) + 1}] AS ${d.id}_median`);
  }
  return parts.join(',\n  ');
}

/**
 * Ratings and ability classes as constant lists indexed by the count or the median: the rules are
 * applied once per possible value here, not once per row in SQL.
 */
function classColumns(codebook: Codebook): string {
  const scheme = skillSchemeOf(codebook);
  const parts: string[] = [];
  const classes = [...scheme.ability.classes].sort((a, b) => b.min - a.min);
  const scales = codebook.columns.filter((c) => c.type === 'scale');
  const lo = Math.min(scheme.ability.missingAs, ...scales.map((c) => (c.type === 'scale' ? c.min : 0)));
  const hi = Math.max(scheme.ability.missingAs, ...scales.map((c) => (c.type === 'scale' ? c.max : 0)));
  const classAt = (v: number) => (classes.find((c) => v >= c.min) ?? classes.at(-1)!).code;
  const byMedian = `[${Array.from({ length: hi - lo + 1 }, (_, i) => q(classAt(lo + i))).join(', ')}]`;
  for (const d of scheme.domains) {
    const byNotHeld = `[${Array.from({ length: d.subitems.length + 1 }, (_, nh) => q(scheme.ratings.find((r) => r.maxNotHeld === undefined || nh <= r.maxNotHeld)!.code)).join(', ')}]`;
    parts.push(`${byNotHeld}[${d.id}_not_held + 1] AS ${d.id}_rating`);
    parts.push(`${byMedian}[${d.id}_median - (${lo}) + 1] AS ${d.id}_ability`);
  }
  return parts.join(',\n  ');
}

function exclusionSql(codebook: Codebook): string {
  const whens = activeListRulesOf(codebook).exclusions.map((ex) =>
    'allSkillsMissing' in ex.when ? `WHEN skill_answers = 0 THEN ${q(ex.reason)}` : `WHEN ${ident(ex.when.column)} IN (${ex.when.in.map(q).join(', ')}) THEN ${q(ex.reason)}`,
  );
  return `CASE ${whens.join(' ')} ELSE 'listed' END`;
}

/**
 * The one statement that reads the CSV: coded, scored, classed and with its exclusion, into the
 * table `s` that every count then groups. Exported for the bench README, which shows it.
 */
export function scoredTableSql(path: string, codebook: Codebook): string[] {
  return [
    ...enumTypes(codebook),
    `CREATE TABLE s AS
WITH coded AS (
  SELECT
  ${codedColumns(codebook)}
  FROM read_csv(${q(path)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
), scored AS (
  SELECT *,
  ${scoreColumns(codebook)}
  FROM coded
)
SELECT *,
  ${classColumns(codebook)},
  ${exclusionSql(codebook)} AS exclusion
FROM scored`,
  ];
}

/**
 * DuckDB doing what the library does, in SQL over the same UTF-8 CSV, written for DuckDB: one
 * `read_csv` straight into the scored table (no raw copy), labels to codes through ENUM types,
 * `string_split` and list lambdas for multi-selects, the skill rules with list functions (no
 * per-row subquery), ratings and classes by indexing constant lists, the exclusion precedence as
 * one `CASE`, and GROUP BY for every count. Percentages and figure ids are formed from the counts.
 */
export async function duckdbFigures(path: string, { codebook }: { codebook: Codebook }): Promise<Figures> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowsJS();
    // The table is only grouped: its row order does not matter, and not keeping it saves memory.
    await conn.run('SET preserve_insertion_order = false');
    for (const sql of scoredTableSql(path, codebook)) await conn.run(sql);
    const n = Number((await rows('SELECT count(*) FROM s'))[0]![0]);
    const columns = new Map<string, ColumnCounts>();
    const tabulated = codebook.columns.filter((c) => TABULATED.has(c.type));
    const asked = (c: Column) => (c.askedWhen ? `WHERE ${ident(c.askedWhen.column)} IN (${c.askedWhen.in.map(q).join(', ')})` : '');
    const perColumn = tabulated.map((c) => {
      const x = ident(c.id);
      return isMulti(c)
        ? `SELECT ${q(c.id)} AS col, code, count(*) AS k, NULL AS total FROM (SELECT unnest(${x}) AS code FROM s ${asked(c)}) GROUP BY code
           UNION ALL SELECT ${q(c.id)}, NULL, count(*) FILTER (WHERE len(${x}) = 0), count(*) FROM s ${asked(c)}`
        : `SELECT ${q(c.id)} AS col, ${x}::VARCHAR AS code, count(*) AS k, sum(${c.type === 'scale' ? x : 0}) AS total FROM s ${asked(c)} GROUP BY ${x}`;
    });
    for (const c of tabulated) columns.set(c.id, { asked: 0, missing: 0, counts: new Map(), ...(c.type === 'scale' ? { sum: 0 } : {}) });
    for (const [col, code, k, total] of await rows(perColumn.join('\nUNION ALL\n'))) {
      const c = columns.get(String(col))!;
      const column = tabulated.find((t) => t.id === col)!;
      if (isMulti(column)) {
        if (code === null) {
          c.missing = Number(k);
          c.asked = Number(total);
        } else c.counts.set(String(code), Number(k));
        continue;
      }
      c.asked += Number(k);
      if (code === null) c.missing += Number(k);
      else {
        c.counts.set(String(code), Number(k));
        if (c.sum !== undefined) c.sum += Number(total);
      }
    }
    const scheme = skillSchemeOf(codebook);
    const nested = () => new Map<string, Map<string, number>>();
    const rating = nested();
    const ability = nested();
    const byDomain = scheme.domains.map((d) => `SELECT ${q(d.id)} AS d, ${d.id}_rating AS r, ${d.id}_ability AS a, count(*) AS k FROM s GROUP BY ALL`);
    for (const [d, r, a, k] of await rows(byDomain.join(' UNION ALL '))) {
      const add = (m: Map<string, Map<string, number>>, code: string) => {
        const inner = m.get(String(d)) ?? new Map<string, number>();
        inner.set(code, (inner.get(code) ?? 0) + Number(k));
        m.set(String(d), inner);
      };
      add(rating, String(r));
      add(ability, String(a));
    }
    const abilityBy: ExpertCounts['abilityBy'] = new Map();
    for (const by of ['experience_years', 'affiliation'].filter((b) => codebook.columns.some((c) => c.id === b))) {
      const m = new Map<string, Map<string, Map<string, number>>>();
      const sql = scheme.domains.map((d) => `SELECT ${q(d.id)} AS d, ${ident(by)} AS r, ${d.id}_ability AS a, count(*) AS k FROM s WHERE ${ident(by)} IS NOT NULL GROUP BY ALL`);
      for (const [d, r, a, k] of await rows(sql.join(' UNION ALL '))) {
        const dm = m.get(String(d)) ?? new Map<string, Map<string, number>>();
        const rm = dm.get(String(r)) ?? new Map<string, number>();
        rm.set(String(a), Number(k));
        dm.set(String(r), rm);
        m.set(String(d), dm);
      }
      abilityBy.set(by, m);
    }
    const pairs = async (sql: string) => new Map((await rows(sql)).map(([key, k]) => [String(key), Number(k)]));
    const exclusion = await pairs('SELECT exclusion, count(*) FROM s GROUP BY exclusion');
    const chamber = await pairs(`SELECT residence_prefecture, count(*) FROM s WHERE chamber_connection = 'yes' AND residence_prefecture IS NOT NULL GROUP BY 1`);
    const supportExplicit = await pairs(`SELECT code, count(*) FROM (SELECT unnest(support_regions) AS code FROM s WHERE NOT list_contains(support_regions, 'nationwide')) GROUP BY code`);
    const nationwide = Number((await rows(`SELECT count(*) FROM s WHERE list_contains(support_regions, 'nationwide')`))[0]![0]);
    return figuresOf({ n, columns, rating, ability, abilityBy, exclusion, chamber, supportExplicit, nationwide }, { codebook });
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}


