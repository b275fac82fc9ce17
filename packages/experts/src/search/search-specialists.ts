import type { Codebook } from '@smesec/survey';
import type { PublicRecord } from '../records/public-record.js';
import { filtersOf } from './filters.js';
import { relevanceOf, relevantDomains, type Relevance } from './relevance.js';
import { parseSearchQuery, type SearchQuery, type SearchQueryInput } from './search-query.js';
import { supportMenus, type SupportMenuCatalogue } from './support-menus.js';
import { vocabularyOf } from './vocabulary.js';

export interface SearchSpecialistsOptions {
  /** The experts codebook (plain JSON): allowed codes and Japanese labels. */
  codebook: Codebook;
  /** Support menus and contents (default: the FY2024 catalogue, `support-menus.json`). */
  catalogue?: SupportMenuCatalogue;
  /** Return at most this many results (default: all). */
  limit?: number;
}

/** One specialist found, with why. */
export interface SearchHit {
  readonly record: PublicRecord;
  readonly relevance: Relevance;
  /** Why the record matched, one line per condition (Japanese). */
  readonly reasons: readonly string[];
}

export interface SearchResult {
  /** The validated query. */
  readonly query: SearchQuery;
  /** Each condition applied, in Japanese (`支援地域: 大阪府（…）`). */
  readonly filters: readonly string[];
  /** How the hits are ordered, in Japanese. */
  readonly order: string;
  /** Records searched. */
  readonly searched: number;
  /** Records that met every condition (before `limit`). */
  readonly matched: number;
  readonly hits: readonly SearchHit[];
}

/** Record ids in a natural order (E2 before E10) that does not depend on the runtime's locale. */
export const idOrder = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Search the active list's public records (the FY2024 programme report, section 4 ①: 支援内容／支援地域／業種／料金／支援期間).
 * The query is validated first (`SearchQueryError` names a bad field and the allowed codes);
 * every condition must hold; hits come most relevant first (`Relevance`), then by id.
 */
export function searchSpecialists(records: readonly PublicRecord[], query: SearchQueryInput, { codebook, catalogue = supportMenus, limit }: SearchSpecialistsOptions): SearchResult {
  const q = parseSearchQuery(query, { codebook, catalogue });
  const v = vocabularyOf(codebook);
  const filters = filtersOf(q, v, catalogue);
  const domains = relevantDomains(q, v, catalogue);
  const hits: SearchHit[] = [];
  for (const record of records) {
    const reasons: string[] = [];
    if (!filters.every((f) => { const r = f.match(record); if (r) reasons.push(...r); return r !== null; })) continue;
    hits.push({ record, relevance: relevanceOf(record, domains, q.region, v), reasons: [...new Set(reasons)] });
  }
  hits.sort((a, b) => b.relevance.score - a.relevance.score || idOrder(a.record.id, b.record.id));
  return {
    query: q,
    filters: filters.length ? filters.map((f) => f.explanation) : ['条件なし（掲載者全員）'],
    order: [
      `関連する支援領域（${domains.join('・')}）の◎の数`,
      '○の数',
      ...(q.region === undefined ? [] : [`支援可能地域に明示している専門家（${v.nationwide.label}対応より優先）`]),
      'IDの順',
    ].join('、'),
    searched: records.length,
    matched: hits.length,
    hits: limit === undefined ? hits : hits.slice(0, limit),
  };
}
