import type { ColumnTable } from 'arquero';
import type { ActivitySummary } from '../figures/activity-summary.js';
import { securityAction } from '../aggregate/security-action.js';
import type { ProgramFigure } from '../aggregate/program-figure.js';
import { citeSource } from './citation.js';

/**
 * Which count of `activitySummary` a key number is: a stated row of program_figures.csv, the
 * practices of an edition, the communities or the events. (The report names it by its figure id.)
 */
export type KeyNumberOf =
  | { readonly kind: 'program'; readonly figureId: string }
  | { readonly kind: 'edition'; readonly edition: string }
  | { readonly kind: 'communities' }
  | { readonly kind: 'events' };

/** One headline number of the dashboard section. */
export interface KeyNumber {
  /** The count of the summary it is. */
  readonly of: KeyNumberOf;
  /** Display label (Japanese). */
  readonly label: string;
  readonly value: number;
  /** Display unit (件, 団体). */
  readonly unit: string;
  /** `stated`: printed as a number in the text; `counted`: the number of records in a file. */
  readonly basis: 'stated' | 'counted';
  /** ISO date (`2019-06-30`) or month (`2025-03`) the number holds for; null when the sources give none. */
  readonly asOf: string | null;
  /** The as-of wording as printed (6/30時点, 令和7年3月), or null. */
  readonly asOfText: string | null;
  /** First and last ISO date of the counted records, for counts spanning years (events). */
  readonly period: { readonly from: string; readonly to: string } | null;
  /**
   * Where the number or its date is stated, or null for a count over many lines: the seed (`000`,
   * `001`, `002`) and line, to trace it in the extraction, and the citation to show (the
   * document's title, publisher, date and page).
   */
  readonly source: { readonly seed: string; readonly line: number; readonly citation: string | null } | null;
}

export interface KeyNumbersInput {
  readonly events: ColumnTable;
  readonly programFigures: ColumnTable;
  /** From `activitySummary` of the same tables. */
  readonly summary: ActivitySummary;
}

const stated = (id: string, label: string, f: ProgramFigure): KeyNumber => ({
  of: { kind: 'program', figureId: id },
  label,
  value: f.value,
  unit: f.unit ?? '',
  basis: 'stated',
  asOf: f.asOf,
  asOfText: f.asOfText,
  period: null,
  source: { seed: f.seed, line: f.line, citation: citeSource(f.seed, f.line) },
});

function dateSpan(events: ColumnTable): { from: string; to: string } | null {
  const dates = Array.from(events.array('date') as ArrayLike<string | null>).filter((d): d is string => d != null).sort();
  return dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : null;
}

/**
 * The headline numbers, in display order: SECURITY ACTION total, one star and two stars (stated,
 * with their as-of date), practices per edition (counted, as of each edition's publication),
 * communities and events (counted; events with the span of their dates).
 */
export function keyNumbers({ events, programFigures, summary }: KeyNumbersInput): KeyNumber[] {
  const out: KeyNumber[] = [];
  const sa = securityAction(programFigures);
  if (sa) {
    out.push(stated(sa.total.figureId, 'SECURITY ACTION 自己宣言事業者数', sa.total));
    out.push(stated(sa.oneStar.figureId, 'うち一つ星', sa.oneStar));
    out.push(stated(sa.twoStar.figureId, 'うち二つ星', sa.twoStar));
  }
  for (const e of summary.practices.editions) {
    out.push({
      of: { kind: 'edition', edition: e.edition },
      label: `プラクティス数（${e.label}）`,
      value: e.count,
      unit: '件',
      basis: 'counted',
      asOf: e.published,
      asOfText: e.publishedText,
      period: null,
      source: e.source ? { ...e.source, citation: citeSource(e.source.seed, e.source.line) } : null,
    });
  }
  const counted = (of: KeyNumberOf, value: number, label: string, unit: string, period: KeyNumber['period']): KeyNumber => ({
    of,
    label,
    value,
    unit,
    basis: 'counted',
    asOf: null,
    asOfText: null,
    period,
    source: null,
  });
  out.push(counted({ kind: 'communities' }, summary.communities.count, '掲載コミュニティ数', '団体', null));
  out.push(counted({ kind: 'events' }, summary.events.count, '掲載イベント・セミナー数', '件', dateSpan(events)));
  return out;
}
