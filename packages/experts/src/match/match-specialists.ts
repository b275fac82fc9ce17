import { instrumentOf, type CodebookSet } from '@smesec/survey';
import type { PublicRecord } from '../records/public-record.js';
import { codesOf, domainText } from '../search/requirement.js';
import { idOrder } from '../search/search-specialists.js';
import { supportMenus, type SupportMenuCatalogue } from '../search/support-menus.js';
import { SEARCH_COLUMNS, vocabularyOf } from '../search/vocabulary.js';
import { parseConsultation, type Consultation, type ConsultationInput } from './consultation.js';
import { matchingRules, type MatchingRules } from './matching-rules.js';

export interface MatchSpecialistsOptions {
  /** The codebooks of the year: experts (codes, labels), consultations (topics), attendees (industries). */
  codebooks: CodebookSet;
  /** Support contents the topics point to (default: the FY2024 catalogue). */
  catalogue?: SupportMenuCatalogue;
  /** Topic and industry mappings and points (default: `matching.json`). */
  rules?: MatchingRules;
  /** Return at most this many matches (default: all). */
  limit?: number;
}

/** One part of a match's score, explained in Japanese. */
export interface ScorePart {
  readonly part: 'theme' | 'region' | 'skills' | 'themes' | 'industry';
  readonly points: number;
  readonly text: string;
}

export interface Match {
  readonly record: PublicRecord;
  readonly score: number;
  readonly parts: readonly ScorePart[];
}

export interface MatchResult {
  readonly consultation: Consultation;
  /** The conditions every match meets (the desired theme, the company's prefecture), in Japanese. */
  readonly conditions: readonly string[];
  /** What each topic asks for (`相談内容「…」→ 支援内容: …`) and the industry mapping used, in Japanese. */
  readonly basis: readonly string[];
  readonly candidates: number;
  readonly matches: readonly Match[];
}

const plus = (n: number) => `（+${n}）`;

/**
 * Rank listed specialists for an SME's consultation. The desired theme and the prefecture are
 * conditions (a specialist who cannot take the theme or reach the company is no match); the
 * topics (through the support contents they ask for), the industry and an explicitly listed
 * prefecture add points, each part explained. Equal scores keep id order, so the ranking is the
 * same on every run and in every browser.
 */
export function matchSpecialists(consultation: ConsultationInput, records: readonly PublicRecord[], { codebooks, catalogue = supportMenus, rules = matchingRules, limit }: MatchSpecialistsOptions): MatchResult {
  const c = parseConsultation(consultation, { codebooks });
  const v = vocabularyOf(instrumentOf(codebooks, 'experts'));
  const label = (instrument: string, column: string, code: string) => {
    const col = instrumentOf(codebooks, instrument).columns.find((x) => x.id === column);
    return (col && 'options' in col ? col.options.find((o) => o.code === code)?.label : undefined) ?? code;
  };
  const contents = catalogue.menus.flatMap((m) => m.contents).filter((x) => c.topics.some((t) => (rules.topics[t] ?? []).includes(x.code)));
  const themes = [...new Set(contents.flatMap((x) => x.require.themes))];
  const named = new Set([...contents.flatMap((x) => x.require.skills.map((s) => s.domain)), ...(c.theme ? (catalogue.themeDomains[c.theme] ?? []) : [])]);
  const domains = v.domains.map((d) => d.code).filter((d) => named.has(d));
  const wanted = c.industry ? (rules.industries[c.industry] ?? []) : [];
  const [best, second] = v.ratings;
  const prefName = c.prefecture && v.label(SEARCH_COLUMNS.region, c.prefecture);

  const conditions = [
    ...(c.theme ? [`希望テーマ: ${v.label(SEARCH_COLUMNS.themes, c.theme)}に対応`] : []),
    ...(prefName ? [`所在地: ${prefName}を支援可能地域に含む、または${v.nationwide.label}`] : []),
  ];
  const basis = [
    ...c.topics.map((t) => {
      const asked = catalogue.menus.flatMap((m) => m.contents).filter((x) => (rules.topics[t] ?? []).includes(x.code));
      return `相談内容「${label('consultations', 'topics', t)}」→ ${asked.length ? `支援内容: ${asked.map((x) => x.label).join('、')}` : '対応づく支援内容なし'}`;
    }),
    ...(c.industry ? [`業種「${label('attendees', 'industry', c.industry)}」→ ${wanted.length ? `得意とする業種: ${wanted.map((i) => v.label(SEARCH_COLUMNS.industries, i)).join('、')}` : '対応づく専門家の業種なし'}`] : []),
  ];
  const matches: Match[] = [];
  for (const record of records) {
    const regions = codesOf(record, SEARCH_COLUMNS.region);
    if (c.theme && !codesOf(record, SEARCH_COLUMNS.themes).includes(c.theme)) continue;
    if (c.prefecture && !regions.includes(c.prefecture) && !regions.includes(v.nationwide.code)) continue;
    const parts: ScorePart[] = [];
    if (c.theme) parts.push({ part: 'theme', points: 0, text: `希望テーマ: ${v.label(SEARCH_COLUMNS.themes, c.theme)}に対応（条件）` });
    if (c.prefecture) {
      const explicit = regions.includes(c.prefecture);
      const points = explicit ? rules.points.explicitRegion : 0;
      parts.push({ part: 'region', points, text: explicit ? `所在地: ${prefName}を支援可能地域に明示${plus(points)}` : `所在地: ${prefName}（${v.nationwide.label}対応）${plus(0)}` });
    }
    if (domains.length) {
      const each = domains.map((d) => {
        const r = record.ratings[d];
        const points = r === best?.code ? rules.points.double : r === second?.code && v.ratings.length > 2 ? rules.points.single : 0;
        return { points, text: `${domainText(v, d)} ${points ? v.label('rating', r!) : '無表記'}${plus(points)}` };
      });
      parts.push({ part: 'skills', points: each.reduce((a, e) => a + e.points, 0), text: `相談内容・希望テーマに関連する支援領域: ${each.map((e) => e.text).join('、')}` });
    }
    if (themes.length) {
      const handled = themes.filter((t) => codesOf(record, SEARCH_COLUMNS.themes).includes(t));
      const points = handled.length * rules.points.theme;
      const text = handled.length ? `${handled.map((t) => v.label(SEARCH_COLUMNS.themes, t)).join('、')}に対応` : `${themes.map((t) => v.label(SEARCH_COLUMNS.themes, t)).join('、')}に未対応`;
      parts.push({ part: 'themes', points, text: `相談内容に関連する指導テーマ: ${text}${plus(points)}` });
    }
    if (c.industry) {
      const common = codesOf(record, SEARCH_COLUMNS.industries).filter((i) => wanted.includes(i));
      const points = common.length ? rules.points.industry : 0;
      const own = label('attendees', 'industry', c.industry);
      const text = common.length ? `得意とする業種 ${common.map((i) => v.label(SEARCH_COLUMNS.industries, i)).join('、')}` : wanted.length ? '得意とする業種に該当なし' : '対応づく専門家の業種なし';
      parts.push({ part: 'industry', points, text: `業種: ${own} → ${text}${plus(points)}` });
    }
    matches.push({ record, score: parts.reduce((a, p) => a + p.points, 0), parts });
  }
  matches.sort((a, b) => b.score - a.score || idOrder(a.record.id, b.record.id));
  return { consultation: c, conditions, basis, candidates: records.length, matches: limit === undefined ? matches : matches.slice(0, limit) };
}
