import type { PublicRecord } from '../records/public-record.js';
import { codesOf } from './requirement.js';
import type { SearchQuery } from './search-query.js';
import type { SupportMenuCatalogue } from './support-menus.js';
import { SEARCH_COLUMNS, type Vocabulary } from './vocabulary.js';

/**
 * The skill domains a query is about: the ones it names, those its contents require (all of a
 * menu's contents when it picks a menu alone), and those linked to its themes in the catalogue's
 * `themeDomains`. A query about none of them (region only, say) makes every domain relevant, so
 * the broadest skills still come first.
 */
export function relevantDomains(q: SearchQuery, v: Vocabulary, catalogue: SupportMenuCatalogue): string[] {
  const all = catalogue.menus.flatMap((m) => m.contents);
  const menu = catalogue.menus.find((m) => m.code === q.menu);
  const picked = q.contents.length ? all.filter((c) => q.contents.includes(c.code)) : (menu?.contents ?? []);
  const themes = [...q.themes, ...picked.flatMap((c) => c.require.themes)];
  const named = new Set([...q.domains, ...picked.flatMap((c) => c.require.skills.map((s) => s.domain)), ...themes.flatMap((t) => catalogue.themeDomains[t] ?? [])]);
  const domains = v.domains.map((d) => d.code);
  return named.size ? domains.filter((d) => named.has(d)) : domains;
}

/** The parts of a record's relevance; `score` orders them as the parts do, in that order. */
export interface Relevance {
  /** Relevant domains rated ◎. */
  readonly double: number;
  /** Relevant domains rated ○. */
  readonly single: number;
  /** 1 when the query names a prefecture the record lists explicitly rather than through 全国. */
  readonly explicitRegion: number;
  /** `100 × double + 10 × single + explicitRegion`: with at most nine domains, ◎ outweighs any number of ○. */
  readonly score: number;
}

/** The relevance of one record to a query. */
export function relevanceOf(record: PublicRecord, domains: readonly string[], region: string | undefined, v: Vocabulary): Relevance {
  const [best, second] = v.ratings;
  const count = (code: string | undefined) => domains.filter((d) => record.ratings[d] === code).length;
  const double = count(best?.code);
  const single = v.ratings.length > 2 ? count(second?.code) : 0;
  const explicitRegion = region !== undefined && codesOf(record, SEARCH_COLUMNS.region).includes(region) ? 1 : 0;
  return { double, single, explicitRegion, score: 100 * double + 10 * single + explicitRegion };
}
