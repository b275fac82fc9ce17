import { excludeFromList, expertFigures, scoreSkills } from '@smesec/experts';
import { instrumentFigures } from '@smesec/report';
import { mergeFigures, type Codebook, type Figures } from '@smesec/survey';
import { loadCsv } from '@smesec/survey/node';

/**
 * Our library end to end, as the annual report runs it: read and validate the file (streamed),
 * score the skills, decide the active list and compute every `experts.*` figure id.
 */
export function oursFigures(path: string, { codebook }: { codebook: Codebook }): Figures {
  const { table } = loadCsv(path, { codebook, mode: 'strict' });
  const scores = scoreSkills(table, { codebook });
  const eligibility = excludeFromList(table, { codebook, scores });
  return mergeFigures(instrumentFigures(table, { codebook }), expertFigures(table, { codebook, scores, eligibility }));
}
