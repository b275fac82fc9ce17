import type { ColumnTable } from 'arquero';
import type { Codebook } from '@smesec/survey';
import { activeListRulesOf, type ActiveListRules } from '../active-list/eligibility.js';
import { skillSchemeOf } from '../skills/scheme.js';
import type { PublicRecord, PublicValue } from './public-record.js';

export interface PublicRecordsOptions {
  /** The experts codebook: its `rules.activeList` says which fields are published. */
  codebook: Codebook;
  /** Use these rules instead of the codebook's. */
  rules?: ActiveListRules;
  /** Only these of the published fields (default: all), for a pass that reads a few. */
  fields?: readonly string[];
}

/** A table value as a record holds it: codes as strings, null when blank. */
export function plain(v: unknown): PublicValue {
  if (v == null) return null;
  if (Array.isArray(v)) return v.map(String);
  return String(v);
}

/**
 * The active list (from `activeList`) as plain, JSON-serialisable records in list order. Only
 * the id, the contact and public fields of `rules.activeList` and the ratings are copied: a
 * column the list table happens to carry beyond those never reaches a record.
 */
export function publicRecords(list: ColumnTable, options: PublicRecordsOptions): PublicRecord[] {
  return Array.from(eachPublicRecord(list, options));
}

/**
 * The records of `publicRecords` one at a time, for a pass that keeps none of them (counting what
 * the list offers): at a million rows, holding them all took more memory than the file itself.
 */
export function* eachPublicRecord(list: ColumnTable, { codebook, rules = activeListRulesOf(codebook), fields: only }: PublicRecordsOptions): Generator<PublicRecord, void, undefined> {
  const { domains, idCol, published } = listColumns(list, codebook, rules);
  const column = (c: string) => list.array(c) as ArrayLike<unknown>;
  const ids = column(idCol);
  const values = published.filter((c) => !only || only.includes(c)).map((c) => [c, column(c)] as const);
  const ratings = domains.map((d) => [d, column(`${d}_rating`)] as const);
  // Each column is copied out of the table once: `list.array` copies the whole column.
  const contact = new Map(values.filter(([c]) => c === 'name' || c === 'email'));
  const get = (c: string, i: number): string | null => {
    const a = contact.get(c);
    const v = a ? plain(a[i]) : null;
    if (Array.isArray(v)) throw new Error(`the active list's ${c} is a list of answers; a contact field holds one text`);
    return v;
  };
  for (let i = 0; i < list.numRows(); i++) {
    const fields: Record<string, PublicValue> = {};
    for (const [c, a] of values) if (c !== 'name' && c !== 'email') fields[c] = plain(a[i]);
    // Built from typed values, so it is a PublicRecord by construction; parsing each one with zod
    // cost as much as the rest of the list at 100k rows. Only the id can be wrong (empty).
    const id = recordId(ids[i], i, idCol);
    const record: PublicRecord = { id, name: get('name', i), email: get('email', i), fields, ratings: {} };
    for (const [d, a] of ratings) record.ratings[d] = String(a[i] ?? '');
    yield record;
  }
}

/** The columns a record is made of (the id column, the published fields, the domains' ratings), checked to be in the list. */
export function listColumns(list: ColumnTable, codebook: Codebook, rules: ActiveListRules): { domains: string[]; idCol: string; published: string[] } {
  const domains = skillSchemeOf(codebook).domains.map((d) => d.id);
  const idCol = list.columnNames()[0]!;
  const names = new Set(list.columnNames());
  const published = [...rules.contactFields, ...rules.publicFields];
  for (const c of [...published, ...domains.map((d) => `${d}_rating`)]) {
    if (!names.has(c)) throw new Error(`the active list has no column ${c}: build it with activeList()`);
  }
  return { domains, idCol, published };
}

/** A record's id from the list's row `i` (0-based); the list has no row without one. */
export function recordId(value: unknown, i: number, idCol: string): string {
  const id = String(value ?? '');
  if (id === '') throw new Error(`the active list's row ${i + 1} has no ${idCol}`);
  return id;
}
