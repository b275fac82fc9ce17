import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { codeColumn, codedOf, numberColumn, storedColumn, type Codebook } from '@smesec/survey';
import { abilityClass, passMark, ratingOf } from './rules.js';
import { skillColumns, skillSchemeOf, type SkillScheme } from './scheme.js';
import { answerKeys, BooleanColumn, KeyedNumbers, statisticOf, type AnswerKeys } from './typed-columns.js';

export interface ScoreSkillsOptions {
  /** The experts codebook: its `rules.skills` holds the scheme. */
  codebook: Codebook;
  /** Use this scheme instead of the codebook's (e.g. to compare rules). */
  scheme?: SkillScheme;
}

/*
 * The rows are scored in blocks of BLOCK rows, every column of a domain over one block before the
 * next: a block's sums and keys stay in the processor's cache while the domain's columns are
 * added into them, where a pass over all rows per column streamed every sum array through memory
 * once per question (at a million rows, memory, not arithmetic, was the cost). The loops live in
 * small functions called per block and column, so they are optimised after a few calls instead
 * of waiting for on-stack replacement.
 */
const BLOCK = 4096;

/** `sums[i] += worth[ids[i]]` for the rows `start` to `end`. */
function addWorth(sums: Float64Array, worth: Float64Array, ids: ArrayLike<number>, start: number, end: number): void {
  for (let i = start; i < end; i++) sums[i]! += worth[ids[i]!]!;
}

/** `addWorth` of the scores and of the block's answer keys (`answerKeys`; `keys[0]` is row `start`) in one read of the answers. */
function addWorthAndKey(sums: Float64Array, worth: Float64Array, keys: Int32Array, keyWorth: Int32Array, ids: ArrayLike<number>, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const id = ids[i]!;
    sums[i]! += worth[id]!;
    keys[i - start]! += keyWorth[id]!;
  }
}

/** `keys[i - start] += keyWorth[ids[i]]`: a sub-item's answers counted into its key. */
function addKey(keys: Int32Array, keyWorth: Int32Array, ids: ArrayLike<number>, start: number, end: number): void {
  for (let i = start; i < end; i++) keys[i - start]! += keyWorth[ids[i]!]!;
}

/** Per key of a sub-item's answers (every key its answers can form, computed beforehand): its score and what it adds to the domain's key. */
interface SubitemMemo {
  readonly scores: Float64Array;
  readonly domainKeys: Int32Array;
  /** Scores a row holding an answer not expected, from its answers. */
  readonly row: (i: number) => number;
}

/**
 * A sub-item's scores, held flags and sub-items not held from its keys, and its part of the
 * domain's keys; a row with an unexpected answer is scored from its answers, and its domain key
 * pushed past the keyed ones (`past`) so that its statistic is found row by row too.
 */
function scoreByKey(
  keys: Int32Array,
  memo: SubitemMemo,
  mark: number,
  scores: { readonly keys: Uint16Array; readonly extra: Map<number, number> },
  held: Uint8Array,
  notHeld: Uint8Array,
  domainKeys: Int32Array,
  past: number,
  start: number,
  end: number,
): void {
  const memoScores = memo.scores;
  const memoKeys = memo.domainKeys;
  const size = memoScores.length;
  const rowKeys = scores.keys;
  for (let i = start; i < end; i++) {
    const k = keys[i - start]!;
    let score: number;
    if (k < size) {
      score = memoScores[k]!;
      rowKeys[i] = k;
      domainKeys[i - start]! += memoKeys[k]!;
    } else {
      score = memo.row(i);
      rowKeys[i] = size;
      scores.extra.set(i, score);
      domainKeys[i - start]! += past;
    }
    if (score >= mark) held[i] = 1;
    else notHeld[i - start]!++;
  }
}

/**
 * Per key of a domain's answers (every key its answers can form, computed beforehand), the
 * index of its result: statistic, class (1-based) and answers given.
 */
interface KeyMemo {
  readonly result: Uint32Array;
  readonly statistics: Float64Array;
  readonly classes: Uint8Array;
  readonly answers: Float64Array;
}

/**
 * The block's rows' statistic, class and number of answers from their keys; a row with an
 * unexpected answer (a key past the memo) is scored by `row`.
 */
function byKey(keys: Int32Array, memo: KeyMemo, stat: Uint16Array, ability: Uint8Array, answered: Float64Array, row: (i: number) => void, start: number, end: number): void {
  const { result, classes, answers } = memo;
  const size = result.length;
  for (let i = start; i < end; i++) {
    const k = keys[i - start]!;
    if (k >= size) {
      row(i);
      continue;
    }
    const r = result[k]!;
    stat[i] = r;
    ability[i] = classes[r]!;
    answered[i]! += answers[r]!;
  }
}

/** The keys of `digits` digits in base `base` whose digits add up to `total`: the keys some row's answers form. */
function formedKeys(base: number, digits: number, total: number): number[] {
  const out: number[] = [];
  const size = base ** digits;
  for (let key = 0; key < size; key++) {
    let sum = 0;
    for (let c = 0, rest = key; c < digits; c++, rest = Math.floor(rest / base)) sum += rest % base;
    if (sum === total) out.push(key);
  }
  return out;
}

/** Flag the rows whose score reaches the pass mark, and count a sub-item not held for the others (`notHeld[0]` is row `start`). */
function markHeld(scores: Float64Array, mark: number, held: Uint8Array, notHeld: Uint8Array, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    if (scores[i]! >= mark) held[i] = 1;
    else notHeld[i - start]!++;
  }
}

/** The rating of each row from its number of sub-items not held. */
function rate(notHeld: Uint8Array, ratingFor: Uint8Array, rating: Uint8Array, start: number, end: number): void {
  for (let i = start; i < end; i++) rating[i] = ratingFor[notHeld[i - start]!]!;
}

/** Row `i`'s answers to a domain's questions, in question order, into `buffer`. */
function rowOf(buffer: Float64Array, worth: readonly Float64Array[], ids: readonly ArrayLike<number>[], i: number): Float64Array {
  for (let k = 0; k < ids.length; k++) buffer[k] = worth[k]![ids[k]![i]!]!;
  return buffer;
}

/**
 * A sub-item's answers as keys like the domain's (`answerKeys`: how many answers of each value),
 * which say its score, summed per key, and its part of the domain's key: one addition per answer
 * instead of two. Only when every value is a safe integer, so that a sum in any order is the sum
 * in question order; null otherwise, or when there would be too many keys. `at` is the position
 * of the sub-item's first column among the domain's.
 */
function subitemKeys(
  domain: AnswerKeys,
  at: number,
  columns: readonly { readonly values: readonly unknown[]; readonly ids: ArrayLike<number>; readonly worth: Float64Array }[],
  missingAs: number,
): { keyWorth: Int32Array[]; memo: SubitemMemo } | null {
  const base = columns.length + 1;
  const size = base ** domain.classes.length;
  // A row's key is kept in two bytes, the last value meaning a score of its own.
  if (size >= 0xffff) return null;
  // What an answer of each class adds to the score: the given value, or missing as the scheme counts it.
  const classWorth = domain.classes.map((v, c) => (c === domain.missingClass ? missingAs : v));
  if (!classWorth.every((v) => Number.isSafeInteger(v))) return null;
  const keyWorth = columns.map(({ values }, j) =>
    Int32Array.from(values, (v) => {
      const c = domain.classOf(at + j, v);
      return c < 0 ? size : base ** c;
    }),
  );
  const scores = new Float64Array(size);
  const domainKeys = new Int32Array(size);
  for (const key of formedKeys(base, classWorth.length, columns.length)) {
    let score = 0;
    let domainKey = 0;
    for (let c = 0, rest = key; c < classWorth.length; c++, rest = Math.floor(rest / base)) {
      const count = rest % base;
      if (count > 0) score += count * classWorth[c]!;
      domainKey += count * domain.base ** c;
    }
    scores[key] = score;
    domainKeys[key] = domainKey;
  }
  return {
    keyWorth,
    memo: {
      scores,
      domainKeys,
      // In question order, as `addWorth` sums.
      row(i) {
        let score = 0;
        for (const { ids, worth } of columns) score += worth[ids[i]!]!;
        return score;
      },
    },
  };
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
  // The id column is shared, not copied: a read table's columns are never changed.
  const out: Record<string, unknown> = { [idCol]: storedColumn(table, idCol) ?? table.array(idCol) };
  // Each answer is read as its stored code (a byte per scale answer) through a table of what the
  // code is worth: no column is copied into numbers, and missing answers cost no branch.
  const coded = new Map(skillColumns(scheme).map((c) => [c, codedOf(table, c)]));
  const worth = (c: string, missingAs: number) => Float64Array.from(coded.get(c)!.values, (v) => (typeof v === 'number' && !Number.isNaN(v) ? v : missingAs));
  const given = (c: string) => Float64Array.from(coded.get(c)!.values, (v) => (typeof v === 'number' && !Number.isNaN(v) ? 1 : 0));
  const answered = new Float64Array(n);
  out['skill_answers'] = numberColumn(answered);
  const ratingCodes = scheme.ratings.map((r) => r.code);
  const classCodes = scheme.ability.classes.map((c) => c.code);
  const classIndex = new Map(classCodes.map((c, k) => [c, k + 1]));
  const classOfStatistic = (s: number) => classIndex.get(abilityClass(s, scheme.ability))!;
  // A scale's answers are expected within its range (a read table stores 256 values per scale
  // column, most of them never used); any other answer is scored row by row.
  const expectedIn = (c: string) => {
    const col = codebook.columns.find((x) => x.id === c);
    const range = col?.type === 'scale' ? col : null;
    return (v: unknown) => typeof v !== 'number' || Number.isNaN(v) || !range || (v >= range.min && v <= range.max);
  };
  const domains = scheme.domains.map((d) => {
    const columns = d.subitems.flatMap((s) => s.columns);
    const ids = columns.map((c) => coded.get(c)!.ids);
    // The statistic is found once per distinct set of answers (`answerKeys`), whose key is summed
    // column by column along with the sub-item scores; a row at a time, with a sort, otherwise.
    const expected = columns.map(expectedIn);
    const keys = answerKeys(
      columns.map((c) => coded.get(c)!.values),
      scheme.ability.missingAs,
      scheme.ability.statistic,
      { expected: (k, v) => expected[k]!(v) },
    );
    let memo: KeyMemo | null = null;
    if (keys) {
      // Each distinct result is kept once, and each key formed points to it.
      const result = new Uint32Array(keys.size);
      const results = new Map<string, number>();
      const statistics: number[] = [];
      const answers: number[] = [];
      for (const key of formedKeys(keys.base, keys.classes.length, columns.length)) {
        const { statistic, answered: a } = keys.decode(key);
        const id = `${statistic} ${a}`;
        let r = results.get(id);
        if (r === undefined) {
          results.set(id, (r = statistics.push(statistic) - 1));
          answers.push(a);
        }
        result[key] = r;
      }
      // A row's result is kept in two bytes, the last value meaning a statistic of its own.
      if (statistics.length < 0xffff) memo = { result, statistics: Float64Array.from(statistics), classes: Uint8Array.from(statistics, classOfStatistic), answers: Float64Array.from(answers) };
    }
    // Keyed, the statistics are kept as each row's result: two bytes a row, not eight.
    const statKeys = memo ? new Uint16Array(n) : null;
    const statExtra = new Map<number, number>();
    const stat = memo ? null : new Float64Array(n);
    const ability = new Uint8Array(n);
    const givenWorth = columns.map(given);
    const abilityWorth = columns.map((c) => worth(c, scheme.ability.missingAs));
    const buffer = new Float64Array(columns.length);
    // A statistic takes few values (medians of small whole numbers): its class is found once each.
    const classOf = new Map<number, number>();
    const row = (i: number) => {
      const s = statisticOf(rowOf(buffer, abilityWorth, ids, i), scheme.ability.statistic);
      if (statKeys) {
        statKeys[i] = 0xffff;
        statExtra.set(i, s);
      } else stat![i] = s;
      let c = classOf.get(s);
      if (c === undefined) classOf.set(s, (c = classOfStatistic(s)));
      ability[i] = c;
      let a = 0;
      for (let k = 0; k < ids.length; k++) a += givenWorth[k]![ids[k]![i]!]!;
      answered[i]! += a;
    };
    let position = 0;
    const subitems = d.subitems.map((sub) => {
      const at = position;
      position += sub.columns.length;
      const w = sub.columns.map((c) => worth(c, scheme.missingAs));
      const keyed = keys ? subitemKeys(keys, at, sub.columns.map((c, j) => ({ values: coded.get(c)!.values, ids: coded.get(c)!.ids, worth: w[j]! })), scheme.missingAs) : null;
      return { sub, mark: passMark(sub, scheme), held: new Uint8Array(n), worth: w, keyed };
    });
    const keyed = subitems.every((s) => s.keyed);
    // Keyed, a sub-item's scores are kept as its rows' keys: two bytes a row, not eight.
    const scored = subitems.map(({ sub, held, keyed: k, ...rest }) => {
      const scores = keyed ? null : new Float64Array(n);
      const byKey = keyed ? { keys: new Uint16Array(n), extra: new Map<number, number>() } : null;
      out[`${sub.id}_score`] = byKey ? new KeyedNumbers(byKey.keys, k!.memo.scores, byKey.extra) : numberColumn(scores!);
      out[`${sub.id}_held`] = new BooleanColumn(held);
      return { ...rest, sub, held, keyed: k, scores, byKey };
    });
    // The rating depends only on how many sub-items are not held: one lookup per count.
    const ratingFor = Uint8Array.from({ length: d.subitems.length + 1 }, (_, k) => ratingCodes.indexOf(ratingOf(k, scheme.ratings)) + 1);
    const rating = new Uint8Array(n);
    out[`${d.id}_rating`] = codeColumn(ratingCodes, rating);
    out[`${d.id}_ability`] = codeColumn(classCodes, ability);
    out[`${d.id}_statistic`] = statKeys ? new KeyedNumbers(statKeys, memo!.statistics, statExtra) : numberColumn(stat!);
    return { ids, keys, memo, row, subitems: scored, ratingFor, statKeys, ability, rating };
  });
  const key = new Int32Array(BLOCK);
  const subKey = new Int32Array(BLOCK);
  const notHeld = new Uint8Array(BLOCK);
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    for (const d of domains) {
      key.fill(0);
      notHeld.fill(0);
      let k = 0;
      for (const { scores: sums, byKey: keyedScores, worth: w, mark, held, keyed } of d.subitems) {
        if (keyedScores) {
          subKey.fill(0);
          for (let j = 0; j < w.length; j++, k++) addKey(subKey, keyed!.keyWorth[j]!, d.ids[k]!, start, end);
          scoreByKey(subKey, keyed!.memo, mark, keyedScores, held, notHeld, key, d.keys!.size, start, end);
          continue;
        }
        const scores = sums!;
        // Column by column: each row's sum is still taken in the order of its questions.
        for (let j = 0; j < w.length; j++, k++) {
          if (d.keys) addWorthAndKey(scores, w[j]!, key, d.keys.keyWorth[k]!, d.ids[k]!, start, end);
          else addWorth(scores, w[j]!, d.ids[k]!, start, end);
        }
        markHeld(scores, mark, held, notHeld, start, end);
      }
      if (d.memo) byKey(key, d.memo, d.statKeys!, d.ability, answered, d.row, start, end);
      else for (let i = start; i < end; i++) d.row(i);
      rate(notHeld, d.ratingFor, d.rating, start, end);
    }
  }
  return aq.table(out as Parameters<typeof aq.table>[0]);
}
