import type { ColumnTable } from 'arquero';
import { ExpertsRules } from '@smesec/programme';
import type { Codebook, Figures } from '@smesec/survey';
import { toFigures } from './figure-ids.js';
import { expertsResults, instrumentResults } from '../analysis/analyse.js';

/**
 * `<instrument>.n` and, for every single, multiple, numeric and prefecture question, its
 * frequency figures with the codebook's default base (docs/figure-ids.md): one instrument alone.
 */
export function instrumentFigures(table: ColumnTable, { codebook }: { codebook: Codebook }): Figures {
  return toFigures({ instruments: new Map([[codebook.id, instrumentResults(table, codebook)]]) });
}

/**
 * Every figure of the experts' file alone: its frequencies, and the skills, active list, coverage
 * and list offer (`experts.*` of docs/figure-ids.md), with the rules of its codebook (or those given).
 */
export function expertsFileFigures(table: ColumnTable, { codebook, rules = ExpertsRules.parse(codebook.rules) }: { codebook: Codebook; rules?: ExpertsRules }): Figures {
  return toFigures({ instruments: new Map([[codebook.id, instrumentResults(table, codebook)]]), experts: expertsResults(table, { codebook, rules }) });
}
