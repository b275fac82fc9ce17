/**
 * One writer of the output protocol, as the report command runs it (lock, repair, write), with a
 * tiny report whose every file holds `LABEL`, so that each fault case takes a second instead of
 * a whole report run. `FAULT_STEP` injects a fault after one step of the protocol (see
 * `inject-step.ts`).
 *
 *     tsx test/faults/protocol-child.ts OUT LABEL
 */
import { lockOutput, OutputLockedError, repairOutput, writeFolderAtomic } from '../../pipelines/annual-report/write-atomic.js';
import './inject-step.js';

const [out, label] = process.argv.slice(2) as [string, string];
const hold = Number(process.env['HOLD_MS'] ?? 0);
try {
  lockOutput(out);
  for (const dir of repairOutput(out)) process.stderr.write(`kept ${dir}\n`);
  if (hold) await new Promise((r) => setTimeout(r, hold));
  const files = new Map([
    ['index.html', `<p>${label}</p>`],
    ['figures.json', JSON.stringify({ label })],
    ['tables/a.csv', `label\n${label}\n`],
    // PAD bytes more, to fill a small file system.
    ...(process.env['PAD'] ? [['pad.txt', label.repeat(Number(process.env['PAD']))] as [string, string]] : []),
  ]);
  const { warning } = writeFolderAtomic(out, files);
  if (warning) process.stderr.write(`${warning}\n`);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = e instanceof OutputLockedError ? 3 : 1;
}
