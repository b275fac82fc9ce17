/**
 * The report's phases, timed for `pnpm bench --report`: wall and CPU milliseconds of each, in the
 * order they ran. `start` is the time from the process's start to the first phase (loading the
 * program). Nothing is recorded unless a listener is set, so a report run pays one clock read per
 * phase.
 */
export type Phase = 'start' | 'read' | 'analyse' | 'charts' | 'page' | 'write';

export interface PhaseTime {
  readonly phase: Phase;
  readonly ms: number;
  readonly cpuMs: number;
  /** The process's peak resident set size so far, in MB: the phase in which it grows is the one that needs the memory. */
  readonly maxRssMb: number;
}

let listener: ((t: PhaseTime) => void) | undefined;

/** Receive each phase's time as it ends; `undefined` stops. */
export function onPhase(fn: ((t: PhaseTime) => void) | undefined): void {
  listener = fn;
}

const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * A clock for one run: `end(phase)` closes the phase that began at the previous `end` (or, for the
 * first, at the process's start, which is `start`).
 */
export function phaseClock(): (phase: Phase) => void {
  let wall = performance.now();
  let cpu = cpuNow();
  listener?.({ phase: 'start', ms: wall, cpuMs: cpu, maxRssMb: maxRssMb() });
  return (phase) => {
    if (!listener) return;
    const w = performance.now();
    const c = cpuNow();
    listener({ phase, ms: w - wall, cpuMs: c - cpu, maxRssMb: maxRssMb() });
    wall = w;
    cpu = c;
  };
}
