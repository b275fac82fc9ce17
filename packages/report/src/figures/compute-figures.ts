import type { ColumnTable } from 'arquero';
import { activityFigures, type ActivityTables } from '@smesec/activity';
import { assignmentFit, expertFigures, listFigures } from '@smesec/experts';
import { deriveExperts } from './derive-experts.js';
import { instrumentOf, mergeFigures, type CodebookSet, type Figures, type ReadResult } from '@smesec/survey';
import { instrumentFigures } from './instrument-figures.js';
import { programmeFigures } from './programme-figures.js';

export interface ComputeFiguresOptions {
  /** The codebooks the instruments were read with. */
  codebooks: CodebookSet;
  /** The programme-activity records, for the `activity.*` ids. */
  activity?: ActivityTables;
}

/** The accepted table of an instrument, or throw naming what is missing. */
export function tableOf(results: ReadonlyMap<string, ReadResult>, id: string): ColumnTable {
  const r = results.get(id);
  if (!r) throw new Error(`instrument ${id} was not read`);
  return r.table;
}

/**
 * Every figure id of docs/figure-ids.md from the four instruments as `readInstruments` returns them:
 * per-question frequencies of each instrument, the skill ratings, ability table, active list and
 * coverage of the experts, and the programme's funnel and crosstabs. A flat map, as
 * `figures.json` holds it.
 */
export function computeFigures(results: ReadonlyMap<string, ReadResult>, { codebooks, activity }: ComputeFiguresOptions): Figures {
  const parts: Figures[] = [];
  for (const cb of codebooks.instruments) {
    const r = results.get(cb.id);
    if (r) parts.push(instrumentFigures(r.table, { codebook: cb }));
  }
  if (results.has('experts')) {
    const codebook = instrumentOf(codebooks, 'experts');
    const table = tableOf(results, 'experts');
    const { scores, eligibility, records } = deriveExperts(table, { codebook });
    parts.push(expertFigures(table, { codebook, scores, eligibility }));
    parts.push(listFigures(records, { codebook }));
    if (results.has('guidance')) parts.push(assignmentFit(tableOf(results, 'guidance'), table, { codebook, eligibility }).figures);
  }
  if (results.has('attendees') && results.has('consultations') && results.has('guidance')) {
    parts.push(
      programmeFigures(
        { attendees: tableOf(results, 'attendees'), consultations: tableOf(results, 'consultations'), guidance: tableOf(results, 'guidance') },
        { codebooks },
      ),
    );
  }
  if (activity) parts.push(activityFigures(activity));
  return mergeFigures(...parts);
}
