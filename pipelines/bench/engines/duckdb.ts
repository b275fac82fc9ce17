import { DuckDBInstance } from '@duckdb/node-api';
import { activeListRulesOf, skillSchemeOf } from '@smesec/experts';
import type { Codebook, Column, Figures } from '@smesec/survey';
import { figuresOf, isMulti, TABULATED, type ColumnCounts, type ExpertCounts } from './counts.js';
import { labelCodes } from './label-codes.js';

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** `CASE trim(x) WHEN label THEN code … END`: labels to codes in SQL, generated from the codebook. */
function caseOf(expr: string, column: Column, asInt = false): string {
  const whens = [...labelCodes(column)].map(([label, code]) => `WHEN ${q(label)} THEN ${asInt ? Number(code) : q(code)}`);
  return `CASE trim(${expr}) ${whens.join(' ')} END`;
}

/** The coded table `e`: one column per tabulated question, codes instead of labels, NULL / [] when missing. */
function codedSelect(codebook: Codebook): string {
  const cols = codebook.columns.map((c) => {
    const x = ident(c.id);
    if (c.type === 'single' || c.type === 'prefecture') return `${caseOf(x, c)} AS ${x}`;
    if (c.type === 'scale') return `${caseOf(x, c, true)}::INTEGER AS ${x}`;
    if (isMulti(c)) return `list_filter(list_transform(string_split(coalesce(${x}, ''), ';'), s -> ${caseOf('s', c)}), v -> v IS NOT NULL) AS ${x}`;
    return x;
  });
  return `SELECT ${cols.join(', ')} FROM raw`;
}

/** Scores per respondent (the FY2024 codebook's rules): held sub-items, ◎/○/blank, the lower median class, the exclusion. */
function scoredSelect(codebook: Codebook): string {
  const scheme = skillSchemeOf(codebook);
  if (scheme.ability.statistic !== 'lower_median') throw new Error('the SQL reference implements the lower median only');
  const z = (c: string) => `coalesce(${ident(c)}, ${scheme.missingAs})`;
  const parts: string[] = [];
  const all = scheme.domains.flatMap((d) => d.subitems.flatMap((s) => s.columns));
  parts.push(`(${all.map((c) => `(${ident(c)} IS NOT NULL)::INTEGER`).join(' + ')}) AS skill_answers`);
  const ratings = scheme.ratings;
  const classes = [...scheme.ability.classes].sort((a, b) => b.min - a.min);
  for (const d of scheme.domains) {
    const notHeld = d.subitems.map((s) => `((${s.columns.map(z).join(' + ')}) < ${scheme.passMarks[String(s.columns.length)]})::INTEGER`).join(' + ');
    const rating = ratings.map((r) => (r.maxNotHeld === undefined ? `ELSE ${q(r.code)}` : `WHEN nh <= ${r.maxNotHeld} THEN ${q(r.code)}`));
    parts.push(`(SELECT CASE ${rating.join(' ')} END FROM (SELECT ${notHeld} AS nh)) AS ${d.id}_rating`);
    const cols = d.subitems.flatMap((s) => s.columns);
    const median = `list_sort([${cols.map(z).join(', ')}])[${Math.floor((cols.length - 1) / 2) + 1}]`;
    const cls = classes.map((c, i) => (i === classes.length - 1 ? `ELSE ${q(c.code)}` : `WHEN m >= ${c.min} THEN ${q(c.code)}`));
    parts.push(`(SELECT CASE ${cls.join(' ')} END FROM (SELECT ${median} AS m)) AS ${d.id}_ability`);
  }
  return `SELECT *, ${parts.join(',\n ')} FROM e`;
}

function exclusionSql(codebook: Codebook): string {
  const whens = activeListRulesOf(codebook).exclusions.map((ex) =>
    'allSkillsMissing' in ex.when ? `WHEN skill_answers = 0 THEN ${q(ex.reason)}` : `WHEN ${ident(ex.when.column)} IN (${ex.when.in.map(q).join(', ')}) THEN ${q(ex.reason)}`,
  );
  return `CASE ${whens.join(' ')} ELSE 'listed' END`;
}

/**
 * DuckDB doing what the library does, in SQL over the same UTF-8 CSV: `read_csv`, labels to codes
 * with CASE, `string_split` for multi-selects, the skill rules, the exclusion precedence, and
 * GROUP BY for every count. Percentages and figure ids are formed from the counts.
 */
export async function duckdbFigures(path: string, { codebook }: { codebook: Codebook }): Promise<Figures> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowsJS();
    await conn.run(`CREATE TABLE raw AS SELECT * FROM read_csv(${q(path)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`);
    await conn.run(`CREATE TABLE e AS ${codedSelect(codebook)}`);
    await conn.run('DROP TABLE raw');
    await conn.run(`CREATE TABLE s AS SELECT *, ${exclusionSql(codebook)} AS exclusion FROM (${scoredSelect(codebook)})`);
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


