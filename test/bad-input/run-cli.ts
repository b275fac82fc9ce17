import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';

export const root = new URL('../../', import.meta.url).pathname;

export interface CliRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Children running at once: one per core, so that concurrent tests do not just contend. */
const SLOTS = Math.max(1, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= SLOTS) await new Promise<void>((go) => waiting.push(go));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const preloads = new Map<string, string>();

/**
 * A preload module (TypeScript that imports only Node's own modules) as JavaScript beside it in a
 * temporary folder: a TypeScript loader in the child would also load, and hold in memory, the
 * whole compiled command, which the memory probe would count.
 */
function compiledPreload(path: string): string {
  let js = preloads.get(path);
  if (!js) {
    js = join(mkdtempSync(join(tmpdir(), 'preload-')), `${basename(path, '.ts')}.mjs`);
    buildSync({ entryPoints: [path], outfile: js, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
    preloads.set(path, js);
  }
  return js;
}

/**
 * Run `pnpm report` as an analyst would (the compiled command that `pnpm report` runs, built once
 * per test run by test/global-setup.ts, in the repository root), as a child process; `preload`
 * modules are imported first (a memory probe, an injected failure).
 */
export function runCli(args: readonly string[], { preload = [], env = {} }: { preload?: readonly string[]; env?: Record<string, string> } = {}): Promise<CliRun> {
  const imports = preload.map(compiledPreload).flatMap((m) => ['--import', m]);
  return slot(() => new Promise<CliRun>((resolve, reject) => {
    const child = spawn(process.execPath, [...imports, join(root, 'dist/report/cli.js'), ...args], { cwd: root, env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  }));
}

/** Progress lines (`[ 3] read experts.csv: …`) carry timings; everything else on stderr is exact. */
export const withoutProgress = (stderr: string) => stderr.split('\n').filter((l) => l !== '' && !/^\[\s*\d+\] /.test(l));
