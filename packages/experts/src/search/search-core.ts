import type { PublicRecord } from '../records/public-record.js';
import { filtersOf } from './filters.js';
import { relevanceOf, relevantDomains } from './relevance.js';
import type { SearchQuery } from './search-query.js';
import type { SearchHit, SearchResult } from './search-specialists.js';
import type { SupportMenuCatalogue } from './support-menus.js';
import type { Vocabulary } from './vocabulary.js';

/** Record ids in a natural order (E2 before E10) that does not depend on the runtime's locale. */
export const idOrder = new Intl.Collator('en', { numeric: true }).compare;

/**
 * The search itself, on a query already validated (`parseSearchQuery`) and a vocabulary already
 * taken from the codebook: what `searchSpecialists` runs after its checks. It imports no schema
 * library, so the dashboard's page script, whose form offers only the codebook's own codes,
 * searches with it and stays small.
 */
export function searchParsed(records: readonly PublicRecord[], q: SearchQuery, v: Vocabulary, catalogue: SupportMenuCatalogue, limit?: number): SearchResult {
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
