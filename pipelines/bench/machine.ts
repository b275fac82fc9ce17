import { cpus, loadavg, platform, release, totalmem } from 'node:os';

/** What the numbers were measured on. */
export function machineInfo(duckdbVersion: string) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memory_gb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${platform()} ${release()}`,
    duckdb: duckdbVersion,
    date: new Date().toISOString(),
    /** Other people's work on the same machine: the load average over 1, 5 and 15 minutes. */
    loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
