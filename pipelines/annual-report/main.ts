/**
 * Entry of the compiled report command (`dist/report/cli.js`, see scripts/build.ts): the command
 * itself, plus the phase times written as JSON to the file named by `SMESEC_REPORT_PHASES` when
 * it is set (`pnpm bench --report` reads them).
 */
import { writeFileSync } from 'node:fs';
import { onPhase, type PhaseTime } from './phases.js';

const phasesFile = process.env.SMESEC_REPORT_PHASES;
if (phasesFile) {
  const times: PhaseTime[] = [];
  onPhase((t) => times.push(t));
  process.on('exit', () => writeFileSync(phasesFile, JSON.stringify(times)));
}
await import('./cli.js');
