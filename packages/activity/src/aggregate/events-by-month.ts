import { op, type ColumnTable } from 'arquero';

export interface MonthCount {
  /** ISO year and month, `YYYY-MM`. */
  readonly month: string;
  readonly count: number;
}

export interface EventsByMonth {
  /** Months with at least one event, in time order. */
  readonly months: readonly MonthCount[];
  /** Events without an ISO date (the text prints no year, or only a recurring schedule). */
  readonly undated: number;
}

/**
 * Events per month of their (start) date. An event running over two days or a month boundary is
 * counted once, in the month it starts. Months without events are left out, not zero-filled: the
 * records span 2019–2025 with long gaps.
 */
export function eventsByMonth(events: ColumnTable): EventsByMonth {
  const dated = events.filter((d: { date: string | null }) => d.date != null).derive({ month: (d: { date: string }) => op.substring(d.date, 0, 7) });
  const months = (dated.groupby('month').count({ as: 'count' }).orderby('month').objects() as { month: string; count: number }[]).map((o) => ({ month: o.month, count: o.count }));
  return { months, undated: events.numRows() - dated.numRows() };
}
