import { searchParsed, vocabularyFrom, type PublicRecord, type SearchQuery, type SupportMenuCatalogue, type VocabularyTerms } from '@smesec/experts/browser';

/**
 * One field of the listed records, column-oriented and coded: each distinct value (a code, or a
 * free text such as an affiliation) is written once in `values`, and each record's value is its
 * index there (an array of them for a multiple answer, null when blank). `labels`, when present,
 * are the Japanese labels of `values` for the card.
 */
export interface CodedField {
  readonly values: readonly string[];
  readonly labels?: readonly string[];
  readonly rows: readonly (number | readonly number[] | null)[];
}

/**
 * The active list as the page script needs it: the public records, coded once per field, the
 * search vocabulary and the support-menu catalogue. The records' names and attributes are also
 * rows of the page's table, which reads and prints without script; this is what the table does
 * not hold as codes (and the card's e-mail and free texts).
 */
export interface ListData {
  readonly ids: readonly string[];
  readonly names: readonly (string | null)[];
  readonly emails: readonly (string | null)[];
  readonly fields: Readonly<Record<string, CodedField>>;
  /** Rating code per record per domain (`vocabulary.domains` order), as indexes of `vocabulary.ratings`. */
  readonly ratings: readonly (readonly number[])[];
  readonly vocabulary: VocabularyTerms;
  readonly catalogue: SupportMenuCatalogue;
}

/**
 * Code the records; `label(field, value)` gives a coded field's labels (null for a free-text
 * field, whose values are their own text).
 */
export function encodeListData(
  records: readonly PublicRecord[],
  vocabulary: VocabularyTerms,
  catalogue: SupportMenuCatalogue,
  label: (field: string, value: string) => string | null,
): ListData {
  const names = [...new Set(records.flatMap((r) => Object.keys(r.fields)))];
  const fields: Record<string, CodedField> = {};
  for (const field of names) {
    const index = new Map<string, number>();
    const at = (v: string) => index.get(v) ?? index.set(v, index.size).get(v)!;
    const rows = records.map((r) => {
      const v = r.fields[field];
      return v == null ? null : Array.isArray(v) ? v.map(at) : at(v as string);
    });
    const values = [...index.keys()];
    const labels = values.map((v) => label(field, v));
    fields[field] = labels.every((l) => l === null) ? { values, rows } : { values, labels: labels.map((l, i) => l ?? values[i]!), rows };
  }
  const ratingCodes = vocabulary.ratings.map((r) => r.code);
  return {
    ids: records.map((r) => r.id),
    names: records.map((r) => r.name),
    emails: records.map((r) => r.email),
    fields,
    ratings: records.map((r) => vocabulary.domains.map((d) => ratingCodes.indexOf(r.ratings[d.code] ?? ''))),
    vocabulary,
    catalogue,
  };
}

/** The public records back, exactly as they were coded (a rating not in the vocabulary is left out). */
export function decodeRecords(data: ListData): PublicRecord[] {
  return data.ids.map((id, i) => {
    const fields: Record<string, string | string[] | null> = {};
    for (const [field, f] of Object.entries(data.fields)) {
      const v = f.rows[i];
      fields[field] = v == null ? null : typeof v === 'number' ? f.values[v]! : v.map((k) => f.values[k]!);
    }
    const ratings: Record<string, string> = {};
    data.vocabulary.domains.forEach((d, k) => {
      const r = data.ratings[i]![k]!;
      if (r >= 0) ratings[d.code] = data.vocabulary.ratings[r]!.code;
    });
    return { id, name: data.names[i] ?? null, email: data.emails[i] ?? null, fields, ratings };
  });
}

/** The search with no condition: every listed specialist. */
export const NO_CONDITION: SearchQuery = { contents: [], themes: [], industries: [], periods: [], forms: [], domains: [] };

/**
 * The ids in the order the page script's search ranks them with no condition: the order the page
 * writes the list in, so that the script leaves the rows alone until a condition is chosen.
 */
export function rankedIds(data: ListData): string[] {
  return searchParsed(decodeRecords(data), NO_CONDITION, vocabularyFrom(data.vocabulary), data.catalogue).hits.map((h) => h.record.id);
}
