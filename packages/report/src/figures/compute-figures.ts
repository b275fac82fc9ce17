import type { ColumnTable } from 'arquero';
import type { ActivityTables } from '@smesec/activity';
import { programmeOf } from '@smesec/programme';
import type { CodebookSet, Figures, ReadResult } from '@smesec/survey';
import { analyse } from '../analysis/analyse.js';
import { toFigures } from './figure-ids.js';

export interface ComputeFiguresOptions {
  /** The codebooks the instruments were read with (checked as a programme: typed rules). */
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
 * Every figure id of docs/figure-ids.md from the instruments as `readInstruments` returns them: the
 * analysis (`analyse`) flattened (`toFigures`). A flat map, as `figures.json` holds it.
 */
export function computeFigures(results: ReadonlyMap<string, ReadResult>, { codebooks, activity }: ComputeFiguresOptions): Figures {
  return toFigures(analyse(results, { programme: programmeOf(codebooks), ...(activity ? { activity } : {}) }));
}
