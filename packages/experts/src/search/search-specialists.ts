import type { Codebook } from '@smesec/survey';
import type { PublicRecord } from '../records/public-record.js';
import type { Relevance } from './relevance.js';
import { searchParsed } from './search-core.js';
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

export { idOrder } from './search-core.js';

/**
 * Search the active list's public records (the FY2024 programme report, section 4 ①: 支援内容／支援地域／業種／料金／支援期間).
 * The query is validated first (`SearchQueryError` names a bad field and the allowed codes);
 * every condition must hold; hits come most relevant first (`Relevance`), then by id.
 */
export function searchSpecialists(records: readonly PublicRecord[], query: SearchQueryInput, { codebook, catalogue = supportMenus, limit }: SearchSpecialistsOptions): SearchResult {
  const q = parseSearchQuery(query, { codebook, catalogue });
  return searchParsed(records, q, vocabularyOf(codebook), catalogue, limit);
}
