import type { ColumnTable } from 'arquero';
import { programFigure, type ProgramFigure } from './program-figure.js';

/** SECURITY ACTION self-declarations by star, as IPA stated them in its published programme figures. */
export interface SecurityAction {
  readonly total: ProgramFigure;
  /** 一つ星 declarations. */
  readonly oneStar: ProgramFigure;
  /** 二つ星 declarations. */
  readonly twoStar: ProgramFigure;
  /** The as-of date of the total (2019-06-30), or null when the text gives none. */
  readonly asOf: string | null;
  /** Whether one star + two stars = total, as the 内訳 says. */
  readonly consistent: boolean;
}

/** The `figure_id`s of the three SECURITY ACTION rows of `program_figures.csv`. */
export const SECURITY_ACTION_IDS = {
  total: 'security_action_declarations_total',
  oneStar: 'security_action_declarations_one_star',
  twoStar: 'security_action_declarations_two_star',
} as const;

/**
 * SECURITY ACTION declarations by star with their as-of date, or null when the figures file does
 * not hold all three rows.
 */
export function securityAction(figures: ColumnTable): SecurityAction | null {
  const total = programFigure(figures, SECURITY_ACTION_IDS.total);
  const oneStar = programFigure(figures, SECURITY_ACTION_IDS.oneStar);
  const twoStar = programFigure(figures, SECURITY_ACTION_IDS.twoStar);
  if (!total || !oneStar || !twoStar) return null;
  return { total, oneStar, twoStar, asOf: total.asOf, consistent: oneStar.value + twoStar.value === total.value };
}
