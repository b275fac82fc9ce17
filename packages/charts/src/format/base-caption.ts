import { formatCount } from './format-number.js';

/** Options of {@link baseCaption}. */
export interface BaseCaptionOptions {
  /** The base n of the percentages. Omitted: no `n=` part. */
  base?: number;
  /** Respondents who left the question blank, shown as `（無回答3）` when above zero. */
  missing?: number;
  /** Multiple response: adds `複数回答` (percentages may sum past 100 %). */
  multi?: boolean;
  /** Any further note, appended as given (`単位：社`). */
  note?: string;
}

/**
 * The caption under a chart title that says what the percentages are of:
 * `n=218（無回答3）・複数回答`. Returns `''` when there is nothing to say.
 */
export function baseCaption({ base, missing, multi = false, note }: BaseCaptionOptions): string {
  const parts: string[] = [];
  if (base !== undefined) {
    const miss = missing !== undefined && missing > 0 ? `（無回答${formatCount(missing)}）` : '';
    parts.push(`n=${formatCount(base)}${miss}`);
  } else if (missing !== undefined && missing > 0) {
    parts.push(`無回答${formatCount(missing)}`);
  }
  if (multi) parts.push('複数回答');
  if (note) parts.push(note);
  return parts.join('・');
}
