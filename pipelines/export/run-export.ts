import { loadActivity } from '@smesec/activity/node';
import { loadDataset, writeExports } from '@smesec/interop/node';
import { computeFigures } from '@smesec/report';
import type { ExportArgs } from './args.js';

/**
 * Read a data folder (strict: any invalid cell stops the export with every issue listed),
 * compute the report's figures, and write the folder of exports. Returns the files written.
 */
export function runExport(args: ExportArgs): string[] {
  const dataset = loadDataset(args.data);
  const activity = args.activity ? loadActivity(args.activity) : undefined;
  const figures = computeFigures(dataset.results, { codebooks: dataset.codebooks, ...(activity ? { activity } : {}) });
  // Sorted ids, as figures.json is written, so the two files list the figures in the same order.
  const sorted = Object.fromEntries(Object.keys(figures).sort().map((id) => [id, figures[id]!]));
  return writeExports(dataset, { out: args.out, figures: sorted, personal: args.personal });
}
