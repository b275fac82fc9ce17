import type { ColumnTable } from 'arquero';
import { crosstab, crosstabFigures, instrumentOf, type CodebookSet, type Figures } from '@smesec/survey';

export interface ProgrammeTables {
  attendees: ColumnTable;
  consultations: ColumnTable;
  guidance: ColumnTable;
}

const countWhere = (t: ColumnTable, column: string, code: string) => {
  const a = t.array(column) as ArrayLike<unknown>;
  let k = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === code) k++;
  return k;
};

/** Guidance rows that were carried out (status = 実施): the base of the theme and best-practice tables. */
export function guidedRows(guidance: ColumnTable): ColumnTable {
  return guidance.filter((d: { status: string | null }) => d.status === 'done').reify();
}

/**
 * The programme's cross-instrument figures: the funnel, attendees' industry by chamber, guidance
 * themes by region (guided companies only, with margins) and best practices by region.
 */
export function programmeFigures({ attendees, consultations, guidance }: ProgrammeTables, { codebooks }: { codebooks: CodebookSet }): Figures {
  const att = instrumentOf(codebooks, 'attendees');
  const gui = instrumentOf(codebooks, 'guidance');
  const guided = guidedRows(guidance);
  const out: Figures = {
    ...crosstabFigures('attendees.industry_by_chamber', crosstab(attendees, 'chamber', 'industry', { codebook: att })),
    ...crosstabFigures('guidance.theme_by_region', crosstab(guided, 'region', 'theme', { codebook: gui })),
  };
  const region = gui.columns.find((c) => c.id === 'region');
  const best = guided.filter((d: { best_practice: string | null }) => d.best_practice === 'yes').reify();
  for (const o of region && region.type === 'single' ? region.options : []) {
    out[`guidance.best_practice_by_region.${o.code}.count`] = countWhere(best, 'region', o.code);
  }
  out['funnel.attended'] = attendees.numRows();
  out['funnel.wanted_consultation'] = countWhere(attendees, 'wants_consultation', 'yes');
  out['funnel.consulted'] = consultations.numRows();
  out['funnel.wanted_guidance'] = countWhere(consultations, 'wants_guidance', 'yes');
  out['funnel.matched'] = guidance.numRows();
  out['funnel.guided'] = guided.numRows();
  out['funnel.best_practices'] = best.numRows();
  return out;
}
