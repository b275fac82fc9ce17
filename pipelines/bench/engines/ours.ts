import { expertsFileFigures } from '@smesec/report';
import type { Codebook, Figures } from '@smesec/survey';
import { loadCsv } from '@smesec/survey/node';

/**
 * Our library end to end, as the annual report runs it: read and validate the file (streamed),
 * then the report's one analysis of it (skills, active list, coverage) flattened by its figure-id
 * module into every `experts.*` figure id.
 */
export function oursFigures(path: string, { codebook }: { codebook: Codebook }): Figures {
  const { table } = loadCsv(path, { codebook, mode: 'strict' });
  return expertsFileFigures(table, { codebook });
}
