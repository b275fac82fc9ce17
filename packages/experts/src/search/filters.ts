import type { PublicRecord } from '../records/public-record.js';
import { codesOf, describeRequirement, domainText, meetRequirement, minRatingText } from './requirement.js';
import type { SearchQuery } from './search-query.js';
import type { SupportMenuCatalogue } from './support-menus.js';
import { ratingAtLeast, SEARCH_COLUMNS, type Vocabulary } from './vocabulary.js';

/** One condition of a query: what it asks (Japanese) and, per record, the reasons it holds or null. */
export interface Filter {
  readonly field: keyof SearchQuery;
  readonly explanation: string;
  match(record: PublicRecord): string[] | null;
}

/** Match a multi-valued field against alternatives: the codes in common, or null. */
function anyOf(field: keyof SearchQuery, column: string, title: string, wanted: readonly string[], v: Vocabulary): Filter {
  const labels = (cs: readonly string[]) => cs.map((c) => v.label(column, c)).join('、');
  return {
    field,
    explanation: `${title}: ${labels(wanted)}（いずれか）`,
    match: (r) => {
      const common = codesOf(r, column).filter((c) => wanted.includes(c));
      return common.length ? [`${title}: ${labels(common)}`] : null;
    },
  };
}

/** The filters of a validated query, in the order of the screens (menu, contents, then the detailed conditions). */
export function filtersOf(q: SearchQuery, v: Vocabulary, catalogue: SupportMenuCatalogue): Filter[] {
  const out: Filter[] = [];
  const contents = new Map(catalogue.menus.flatMap((m) => m.contents.map((c) => [c.code, { menu: m, content: c }] as const)));
  const menu = catalogue.menus.find((m) => m.code === q.menu);
  if (menu && q.contents.length === 0) {
    out.push({
      field: 'menu',
      explanation: `支援メニュー: （${menu.mark}）${menu.label}（次の支援内容のいずれかに対応: ${menu.contents.map((c) => c.label).join('、')}）`,
      match: (r) => {
        const able = menu.contents.filter((c) => meetRequirement(r, c.require, v) !== null);
        return able.length ? [`支援メニュー: （${menu.mark}）${menu.label}（対応できる支援内容: ${able.map((c) => c.label).join('、')}）`] : null;
      },
    });
  }
  for (const code of q.contents) {
    const { menu: m, content } = contents.get(code)!;
    out.push({
      field: 'contents',
      explanation: `支援内容: （${m.mark}）${content.label}（${describeRequirement(content.require, v)}）`,
      match: (r) => {
        const reasons = meetRequirement(r, content.require, v);
        return reasons && [`支援内容: ${content.label}`, ...reasons];
      },
    });
  }
  if (q.themes.length) {
    out.push({
      field: 'themes',
      explanation: `対応テーマ: ${q.themes.map((t) => v.label(SEARCH_COLUMNS.themes, t)).join('、')}（すべてに対応）`,
      match: (r) => meetRequirement(r, { themes: q.themes, skills: [], forms: [] }, v),
    });
  }
  if (q.region !== undefined) {
    const pref = q.region;
    const name = v.label(SEARCH_COLUMNS.region, pref);
    out.push({
      field: 'region',
      explanation: `支援地域: ${name}（支援可能地域に${name}を含む、または${v.nationwide.label}）`,
      match: (r) => {
        const regions = codesOf(r, SEARCH_COLUMNS.region);
        if (regions.includes(pref)) return [`支援可能地域: ${name}`];
        return regions.includes(v.nationwide.code) ? [`支援可能地域: ${name}（${v.nationwide.label}対応）`] : null;
      },
    });
  }
  if (q.industries.length) out.push(anyOf('industries', SEARCH_COLUMNS.industries, '得意とする業種', q.industries, v));
  if (q.feeCeiling !== undefined) {
    const bands = v.options.fee_band.map((b) => b.code);
    const ceiling = q.feeCeiling;
    const max = bands.indexOf(ceiling);
    const label = v.label(SEARCH_COLUMNS.feeCeiling, ceiling);
    out.push({
      field: 'feeCeiling',
      explanation: `料金（1回2時間あたり）: ${label} 以下（料金が無回答の専門家は含まない）`,
      match: (r) => {
        const fee = r.fields[SEARCH_COLUMNS.feeCeiling];
        const k = typeof fee === 'string' ? bands.indexOf(fee) : -1;
        return k >= 0 && k <= max ? [`料金: ${v.label(SEARCH_COLUMNS.feeCeiling, fee as string)}（上限 ${label} 以下）`] : null;
      },
    });
  }
  if (q.periods.length) out.push(anyOf('periods', SEARCH_COLUMNS.periods, '支援可能期間', q.periods, v));
  if (q.forms.length) out.push(anyOf('forms', SEARCH_COLUMNS.forms, '支援形態', q.forms, v));
  if (q.domains.length) {
    const min = q.minRating ?? v.ratings[v.ratings.length - 2]!.code;
    out.push({
      field: 'domains',
      explanation: `得意とする支援領域: ${q.domains.map((d) => domainText(v, d)).join('、')}（すべて${minRatingText(v, min)}）`,
      match: (r) => {
        if (!q.domains.every((d) => ratingAtLeast(v, r.ratings[d], min))) return null;
        return q.domains.map((d) => `得意とする支援領域: ${domainText(v, d)} ${v.label('rating', r.ratings[d]!)}`);
      },
    });
  }
  return out;
}
