import { formatPct } from '../format/format-number.js';
import { palette } from '../theme/palette.js';

/*
 * The previous year's values drawn over this year's bars: a short dark vertical tick across each
 * bar at last year's value (for a 100 % stacked bar, at last year's cumulative share where each
 * segment ends). An additive layer: a chart whose items carry no `previous` is built exactly as
 * before. An option the previous year did not have carries no `previous`, so it gets no tick
 * (never one at 0).
 */

/** Colour and stroke of the tick: dark on the blue bars and on every Okabe–Ito segment. */
export const PREVIOUS_MARK = { color: palette.text, thickness: 2, halo: palette.background } as const;

/** What a previous-year item needs: its code, label and last year's value (absent: that year lacked it). */
interface WithPrevious {
  readonly code: string;
  readonly label: string;
  readonly previous?: number | undefined;
}

/** Whether any item has a previous-year value: the layer is added only then. */
export function hasPrevious(items: readonly WithPrevious[]): boolean {
  return items.some((i) => i.previous !== undefined);
}

/**
 * The tick layers at `field` (a quantitative field of the chart's data, undefined where there is
 * no previous value), on the chart's band axis: a white halo under a dark tick, so the tick reads
 * on a bar of any colour and on the white beyond a bar's end.
 *
 * @param size tick length across the band, px
 */
export function previousTickLayers(field: string, { size, scale }: { size: number; scale: Record<string, unknown> }) {
  const x = { field, type: 'quantitative' as const, scale };
  const filter = [{ filter: `isValid(datum[${JSON.stringify(field)}])` }];
  return [
    { transform: filter, mark: { type: 'tick' as const, orient: 'vertical' as const, color: PREVIOUS_MARK.halo, opacity: 1, thickness: PREVIOUS_MARK.thickness + 2, size: size + 2 }, encoding: { x } },
    { transform: filter, mark: { type: 'tick' as const, orient: 'vertical' as const, color: PREVIOUS_MARK.color, opacity: 1, thickness: PREVIOUS_MARK.thickness, size }, encoding: { x } },
  ];
}

/**
 * Last year's cumulative share at the right end of each segment, in the segments' order: the
 * position of a stacked bar's tick. Undefined for a segment last year lacked and for the last
 * segment (its end is 100 % in every year).
 */
export function previousBoundaries(segments: readonly WithPrevious[]): (number | undefined)[] {
  let sum = 0;
  return segments.map((s, k) => {
    if (s.previous === undefined) return undefined;
    sum += s.previous;
    return k === segments.length - 1 ? undefined : sum;
  });
}

/** The note under a chart with ticks, naming them by `label` (「前年度（令和6年度）」), and that a missing tick means the option is new. */
export function previousNote(label: string, kind: 'bar' | 'stacked' | 'funnel'): string {
  const what = kind === 'bar' ? '値' : kind === 'stacked' ? '累積割合（左からその区分までの合計）' : '値（その値の棒の両端）';
  return `黒い縦線は${label}の${what}。前年度になかった選択肢には線がありません。`;
}

/**
 * The previous values for a chart's text alternative: 「前年度（令和6年度）: A 20.1%、B 5.0%。前年度になかった選択肢: C」.
 * Shares by default; `format` writes another measure (the funnel's counts).
 */
export function previousDescription(
  items: readonly WithPrevious[],
  label: string,
  { most = 8, short = (s: string) => s, format = formatPct }: { most?: number; short?: (label: string) => string; format?: (value: number) => string } = {},
): string {
  const had = items.filter((i) => i.previous !== undefined);
  const lacked = items.filter((i) => i.previous === undefined && i.code !== '_missing');
  const listed = had.slice(0, most).map((i) => `${short(i.label)} ${format(i.previous!)}`).join('、') + (had.length > most ? `、ほか${had.length - most}項目` : '');
  return `${label}（黒い縦線）: ${listed}。${lacked.length > 0 ? `前年度になかった選択肢: ${lacked.map((i) => short(i.label)).join('、')}。` : ''}`;
}

/**
 * The previous values of a chart of several rows (S1–S6 stacked or grouped bars) for its text
 * alternative, row by row: 「前年度（令和6年度）（黒い縦線）: S1: A 20.1%、B 5.0%。S2: …。」; a row
 * the previous year lacked entirely is said to be new. `format` writes a value (default a share).
 */
export function previousRowsDescription(
  rows: readonly { readonly label: string; readonly segments: readonly WithPrevious[] }[],
  label: string,
  { short = (s: string) => s, format = formatPct }: { short?: (label: string) => string; format?: (value: number) => string } = {},
): string {
  const parts = rows.map((r) => {
    const had = r.segments.filter((s) => s.previous !== undefined);
    return had.length === 0 ? `${short(r.label)}: 前年度なし` : `${short(r.label)}: ${had.map((s) => `${short(s.label)} ${format(s.previous!)}`).join('、')}`;
  });
  return `${label}（黒い縦線）: ${parts.join('。')}。`;
}
