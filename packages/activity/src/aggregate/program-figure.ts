import type { ColumnTable } from 'arquero';

/** One row of `program_figures.csv`, with its source. */
export interface ProgramFigure {
  readonly figureId: string;
  readonly value: number;
  /** The upper end where the text gives a range (100～200社), else null. */
  readonly valueMax: number | null;
  readonly unit: string | null;
  /** ISO date the text states the figure for, else null. */
  readonly asOf: string | null;
  readonly asOfText: string | null;
  readonly period: string | null;
  /** The phrase as printed. */
  readonly labelJa: string;
  /** Seed code (`000`, `001`, `002`) and line. */
  readonly seed: string;
  readonly line: number;
}

/** A stated figure by its `figure_id`, or undefined when the file has no such row. */
export function programFigure(figures: ColumnTable, figureId: string): ProgramFigure | undefined {
  const i = Array.from(figures.array('figure_id') as ArrayLike<string>).indexOf(figureId);
  if (i < 0) return undefined;
  const o = figures.object(i) as Record<string, unknown>;
  return {
    figureId,
    value: o.value as number,
    valueMax: (o.value_max as number | null) ?? null,
    unit: (o.unit as string | null) ?? null,
    asOf: (o.as_of as string | null) ?? null,
    asOfText: (o.as_of_text as string | null) ?? null,
    period: (o.period as string | null) ?? null,
    labelJa: o.label_ja as string,
    seed: o.source_seed as string,
    line: o.source_line as number,
  };
}
