import type { Column, OptionDef } from '../codebook/schema.js';
import { matchKey, normalizeCell, normalizeText, splitMulti } from '../normalize/normalize.js';
import { findPrefecture } from '../prefectures/prefectures.js';
import type { IssueCode, Severity } from './issues.js';

/** A decoded cell: a code, codes, a number, a text, or null when missing. */
export type CellValue = string | number | readonly string[] | null;

export interface CellProblem {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly value: string;
  readonly expected: string;
}

export interface ParsedCell {
  readonly value: CellValue;
  readonly missing: boolean;
  readonly problems: readonly CellProblem[];
}

export interface CompiledColumn {
  readonly column: Column;
  /** Parse one raw cell (as decoded from the file). Results are memoised per distinct raw text. */
  parse(raw: string): ParsedCell;
  /** Parse without the memo, for callers that keep their own. */
  parseUncached(raw: string): ParsedCell;
  /** Whether cells of this column repeat enough to be worth memoising (options, scales; not ids or free text). */
  readonly memoised: boolean;
  /** The value of a missing answer in the output table: [] for multi types, null otherwise. */
  readonly missingValue: CellValue;
}

const NONE: readonly CellProblem[] = Object.freeze([]);
const EMPTY_LIST: readonly string[] = Object.freeze([]);
/** Columns with few distinct cells (options, scales) are memoised; ids and free text are not. */
export const MEMO_LIMIT = 4096;

const err = (code: IssueCode, value: string, expected: string): CellProblem => ({ code, severity: 'error', value, expected });

function listLabels(options: readonly OptionDef[]): string {
  const labels = options.map((o) => o.label);
  return labels.length > 12 ? `${labels.slice(0, 12).join(', ')}, … (${labels.length} options)` : labels.join(', ');
}

function optionIndex(options: readonly OptionDef[]): Map<string, OptionDef> {
  const m = new Map<string, OptionDef>();
  for (const o of options) for (const k of [o.label, o.code, ...o.aliases]) m.set(matchKey(k), o);
  return m;
}

const PREF_EXPECTED = 'a prefecture name (大阪府 or 大阪) or a JIS code 01–47';
const INT = /^[+-]?\d+$/;
const NUM = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;
/**
 * A scale answer written as its number, alone or followed by its label ("2", "2 サポートがあれば実行可能",
 * "2: …", "2. …"). The label part is checked, not skipped: "2.5" is no point, and "2 単独実行可能"
 * names two different points.
 */
const LEADING_NUMBER = /^([+-]?\d+)(?:\s*[:.\s]\s*(.*))?$/;
const FRACTION = /^[+-]?\d*\.\d+$/;
const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

function rangeText(min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  if (min !== undefined) return `at least ${min}`;
  if (max !== undefined) return `at most ${max}`;
  return 'any value';
}

type Parser = (raw: string, norm: string) => ParsedCell;

/**
 * A part of a multiple-response cell → what it names, looked up once per distinct part. A cell's
 * combination of parts rarely repeats (15 industries make 32,768 sets), its parts always do, and
 * `matchKey` per part was most of the time spent on such cells.
 */
function partLookup<T>(find: (part: string) => T | null): (part: string) => T | null {
  const memo = new Map<string, T | null>();
  return (part) => {
    let found = memo.get(part);
    if (found === undefined) {
      found = find(part);
      if (memo.size < MEMO_LIMIT) memo.set(part, found);
    }
    return found;
  };
}

const isDigits = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
};

/** 全国 first, then JIS codes in order (digits compare as their characters, as `localeCompare` has them). */
const nationwideFirst = (a: string, b: string) => (a === b ? 0 : isDigits(a) ? (isDigits(b) ? (a < b ? -1 : 1) : 1) : -1);
const ok = (value: CellValue): ParsedCell => ({ value, missing: false, problems: NONE });
const bad = (...problems: CellProblem[]): ParsedCell => ({ value: null, missing: false, problems });

function parserOf(column: Column, separators: readonly string[]): Parser {
  switch (column.type) {
    case 'id':
      return (_raw, norm) => ok(norm);
    case 'text':
      return (raw) => {
        const text = normalizeText(raw);
        if (column.maxLength !== undefined && text.length > column.maxLength) {
          return bad(err('too_long', text, `at most ${column.maxLength} characters (it has ${text.length})`));
        }
        return ok(text);
      };
    case 'single': {
      const index = optionIndex(column.options);
      return (_raw, norm) => {
        const o = index.get(matchKey(norm));
        return o ? ok(o.code) : bad(err('unknown_option', norm, listLabels(column.options)));
      };
    }
    case 'multi': {
      const index = optionIndex(column.options);
      const option = partLookup((part) => index.get(matchKey(part)) ?? null);
      const order = new Map(column.options.map((o, i) => [o.code, i]));
      return (_raw, norm) => {
        const problems: CellProblem[] = [];
        const chosen = new Set<string>();
        for (const part of splitMulti(norm, separators)) {
          const o = option(part);
          if (!o) problems.push(err('unknown_option', part, listLabels(column.options)));
          else if (chosen.has(o.code)) problems.push({ code: 'duplicate_option', severity: 'warning', value: part, expected: 'each option once' });
          else chosen.add(o.code);
        }
        const codes = [...chosen].sort((a, b) => order.get(a)! - order.get(b)!);
        const exclusive = column.options.find((o) => o.exclusive && chosen.has(o.code));
        if (exclusive && codes.length > 1) {
          problems.push(err('exclusive_option', exclusive.label, `${exclusive.label} is chosen alone`));
        }
        if (problems.some((p) => p.severity === 'error')) return bad(...problems);
        return { value: Object.freeze(codes), missing: codes.length === 0, problems: problems.length ? problems : NONE };
      };
    }
    case 'scale': {
      const byLabel = new Map(column.points.map((p) => [matchKey(p.label), p.value]));
      const expected = `a whole number ${column.min}–${column.max}${column.points.length ? ` or a label (${column.points.map((p) => `${p.value} ${p.label}`).join(', ')})` : ''}`;
      const pointLabels = column.points.length ? column.points.map((p) => `${p.value} ${p.label}`).join(', ') : `a whole number ${column.min}–${column.max} alone`;
      return (_raw, norm) => {
        const labelled = byLabel.get(matchKey(norm));
        if (labelled !== undefined) return ok(labelled);
        if (FRACTION.test(norm)) return bad(err('not_an_integer', norm, expected));
        const m = LEADING_NUMBER.exec(norm);
        if (!m) return bad(err('not_a_number', norm, expected));
        const n = Number(m[1]);
        const label = m[2] ?? '';
        if (label !== '' && column.points.find((p) => p.value === n && matchKey(p.label) === matchKey(label)) === undefined) {
          return bad(err('unknown_option', norm, pointLabels));
        }
        if (n < column.min || n > column.max) return bad(err('out_of_range', norm, expected));
        return ok(n);
      };
    }
    case 'integer': {
      const expected = `a whole number (${rangeText(column.min, column.max)})`;
      return (_raw, norm) => {
        if (!INT.test(norm)) return bad(err(NUM.test(norm) ? 'not_an_integer' : 'not_a_number', norm, expected));
        const n = Number(norm);
        if ((column.min !== undefined && n < column.min) || (column.max !== undefined && n > column.max)) {
          return bad(err('out_of_range', norm, expected));
        }
        return ok(n);
      };
    }
    case 'number': {
      const expected = `a number (${rangeText(column.min, column.max)})`;
      return (_raw, norm) => {
        if (!NUM.test(norm)) return bad(err('not_a_number', norm, expected));
        const n = Number(norm.replace(/,/g, ''));
        if ((column.min !== undefined && n < column.min) || (column.max !== undefined && n > column.max)) {
          return bad(err('out_of_range', norm, expected));
        }
        return ok(n);
      };
    }
    case 'date':
      return (_raw, norm) => {
        const m = DATE.exec(norm);
        const expected = 'a date written YYYY-MM-DD';
        if (!m) return bad(err('not_a_date', norm, expected));
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const date = new Date(Date.UTC(y, mo - 1, d));
        if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return bad(err('not_a_date', norm, expected));
        return ok(`${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      };
    case 'prefecture':
      return (_raw, norm) => {
        const p = findPrefecture(norm);
        return p ? ok(p.code) : bad(err('unknown_prefecture', norm, PREF_EXPECTED));
      };
    case 'multi-prefecture': {
      const nationwide = column.nationwide ? optionIndex([column.nationwide]) : new Map<string, OptionDef>();
      const expected = column.nationwide ? `${PREF_EXPECTED}, or ${column.nationwide.label}` : PREF_EXPECTED;
      const allOf = partLookup((part) => nationwide.get(matchKey(part)) ?? null);
      const prefecture = partLookup((part) => findPrefecture(part) ?? null);
      return (_raw, norm) => {
        const problems: CellProblem[] = [];
        const codes = new Set<string>();
        for (const part of splitMulti(norm, separators)) {
          const all = allOf(part);
          const p = all ? undefined : prefecture(part);
          if (all) codes.add(all.code);
          else if (p) {
            if (codes.has(p.code)) problems.push({ code: 'duplicate_option', severity: 'warning', value: part, expected: 'each prefecture once' });
            codes.add(p.code);
          } else problems.push(err('unknown_prefecture', part, expected));
        }
        if (problems.some((p) => p.severity === 'error')) return bad(...problems);
        // 全国 first, then prefectures in JIS order.
        const sorted = [...codes].sort(nationwideFirst);
        return { value: Object.freeze(sorted), missing: sorted.length === 0, problems: problems.length ? problems : NONE };
      };
    }
    case 'list':
      return (raw) => {
        const parts = splitMulti(normalizeText(raw), separators);
        return { value: Object.freeze(parts), missing: parts.length === 0, problems: NONE };
      };
  }
}

/** Compile a column of a codebook into a memoised cell parser. */
export function compileColumn(column: Column, { missing, separators }: { missing: readonly string[]; separators: readonly string[] }): CompiledColumn {
  const multiValued = column.type === 'multi' || column.type === 'multi-prefecture' || column.type === 'list';
  const missingValue: CellValue = multiValued ? EMPTY_LIST : null;
  const missingCell: ParsedCell = Object.freeze({ value: missingValue, missing: true, problems: NONE });
  const missingKeys = new Set(missing.map(matchKey));
  const longestMissing = Math.max(0, ...[...missingKeys].map((k) => k.length));
  // matchKey only drops spaces (a normalised cell has single spaces only) and never shortens
  // otherwise: a cell with more other characters than the longest missing label cannot be one,
  // and free text (names, e-mails, ids) skips the key after a few characters.
  const couldBeMissing = (norm: string) => {
    let chars = 0;
    for (let i = 0; i < norm.length; i++) if (norm.charCodeAt(i) !== 32 && ++chars > longestMissing) return false;
    return true;
  };
  const isMissing = (norm: string) => norm === '' || (couldBeMissing(norm) && missingKeys.has(matchKey(norm)));
  const parse = parserOf(column, separators);
  const memoised = column.type !== 'id' && column.type !== 'text';
  const memo = memoised ? new Map<string, ParsedCell>() : null;
  const parseUncached = (raw: string): ParsedCell => {
    const norm = normalizeCell(raw);
    return isMissing(norm) ? missingCell : parse(raw, norm);
  };
  return {
    column,
    missingValue,
    memoised,
    parseUncached,
    parse(raw: string): ParsedCell {
      const hit = memo?.get(raw);
      if (hit) return hit;
      const result = parseUncached(raw);
      if (memo && memo.size < MEMO_LIMIT) memo.set(raw, result);
      return result;
    },
  };
}
