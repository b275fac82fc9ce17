/**
 * Imported first into a process that writes a report (`node --import`): `FAULT_STEP` names a step
 * of the output protocol (`ProtocolStep` in write-atomic.ts) and what happens right after it:
 * `kill:<step>` (SIGKILL: no handler, no clean-up, as a power cut), `throw:<step>:<CODE>` (a
 * file-system error with that code) or `signal:<step>:<SIGNAL>` (the signal is sent and the step
 * goes on, as when a user presses Ctrl-C at that moment).
 */
import type { ProtocolStep } from '../../pipelines/annual-report/write-atomic.js';

// The hook is a global symbol (write-atomic.ts, PROTOCOL_HOOK): the compiled command bundles its
// own copy of write-atomic.ts, which this module, built apart, cannot import.
const setProtocolHook = (fn: (step: ProtocolStep) => void) => {
  (globalThis as Record<symbol, unknown>)[Symbol.for('smesec.report.protocolHook')] = fn;
};

const fault = /^(kill|throw|signal):([a-z-]+)(?::([A-Z]+))?$/.exec(process.env['FAULT_STEP'] ?? '');
if (fault) {
  const [, how, at, code] = fault as unknown as [string, 'kill' | 'throw' | 'signal', ProtocolStep, string | undefined];
  setProtocolHook((step) => {
    if (step !== at) return;
    if (how === 'kill') process.kill(process.pid, 'SIGKILL');
    if (how === 'signal') return void process.kill(process.pid, (code ?? 'SIGTERM') as NodeJS.Signals);
    throw Object.assign(new Error(`${code}: injected`), { code, syscall: 'write' });
  });
}
