import type { ColumnTable } from 'arquero';
import type { Codebook } from '@smesec/survey';
import { activeListRulesOf, type ActiveListRules } from '../active-list/eligibility.js';
import { skillSchemeOf } from '../skills/scheme.js';
import { PublicRecord, type PublicValue } from './public-record.js';

export interface PublicRecordsOptions {
  /** The experts codebook: its `rules.activeList` says which fields are published. */
  codebook: Codebook;
  /** Use these rules instead of the codebook's. */
  rules?: ActiveListRules;
}

function plain(v: unknown): PublicValue {
  if (v == null) return null;
  if (Array.isArray(v)) return v.map(String);
  return String(v);
}

/**
 * The active list (from `activeList`) as plain, JSON-serialisable records in list order. Only
 * the id, the contact and public fields of `rules.activeList` and the ratings are copied: a
 * column the list table happens to carry beyond those never reaches a record.
 */
export function publicRecords(list: ColumnTable, { codebook, rules = activeListRulesOf(codebook) }: PublicRecordsOptions): PublicRecord[] {
  const domains = skillSchemeOf(codebook).domains.map((d) => d.id);
  const idCol = list.columnNames()[0]!;
  const names = new Set(list.columnNames());
  const published = [...rules.contactFields, ...rules.publicFields];
  for (const c of [...published, ...domains.map((d) => `${d}_rating`)]) {
    if (!names.has(c)) throw new Error(`the active list has no column ${c}: build it with activeList()`);
  }
  const column = (c: string) => list.array(c) as ArrayLike<unknown>;
  const ids = column(idCol);
  const values = published.map((c) => [c, column(c)] as const);
  const ratings = domains.map((d) => [d, column(`${d}_rating`)] as const);
  // Each column is copied out of the table once: `list.array` copies the whole column.
  const contact = new Map(values.filter(([c]) => c === 'name' || c === 'email'));
  return Array.from({ length: list.numRows() }, (_, i) => {
    const fields: Record<string, PublicValue> = {};
    for (const [c, a] of values) if (c !== 'name' && c !== 'email') fields[c] = plain(a[i]);
    const get = (c: string) => {
      const a = contact.get(c);
      return a ? plain(a[i]) : null;
    };
    return PublicRecord.parse({
      id: String(ids[i]),
      name: get('name'),
      email: get('email'),
      fields,
      ratings: Object.fromEntries(ratings.map(([d, a]) => [d, String(a[i] ?? '')])),
    });
  });
}
