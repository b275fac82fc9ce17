/**
 * One engine on one file, in a process of its own so that its peak RSS is its own. Prints one
 * JSON line: seconds of work (modules already loaded), peak RSS and, when asked, the figures.
 */
import { instrumentOf, type Figures } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { ENGINES, type EngineName } from './engines/engines.js';

const [engine, file, withFigures] = process.argv.slice(2) as [EngineName, string, string | undefined];
const run = ENGINES[engine];
if (!run || !file) {
  console.error('usage: worker.ts ENGINE FILE [figures]');
  process.exit(2);
}
const codebook = instrumentOf(fy2024, 'experts');
const t0 = performance.now();
const figures: Figures = await run(file, { codebook });
const seconds = (performance.now() - t0) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ seconds, peakRssMb, ...(withFigures === 'figures' ? { figures } : {}) })}\n`);
