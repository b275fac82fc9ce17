/**
 * The compiled report command: `scripts/build.ts` bundles it into one JavaScript file that runs
 * with plain node (no TypeScript loader), with the dashboard's page script inlined and no zod
 * locale but English in either.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildClientScript } from '@smesec/dashboard/node';
import { fy2024 } from '@smesec/programme';
import { instrumentOf } from '@smesec/survey';
import { expertLines } from '../../pipelines/bench/data/generate-experts.js';
import { bundleReport, REPORT_BUNDLE } from '../../scripts/build.js';
import { isStale } from '../../scripts/report-stale.mjs';

const root = join(import.meta.dirname, '..', '..');
// The command as test/global-setup.ts built it for this run (bundleReport, as pnpm install does).
const bundleDir = dirname(REPORT_BUNDLE);
const dir = mkdtempSync(join(tmpdir(), 'report-bundle-'));
let code = '';
beforeAll(() => {
  code = readFileSync(REPORT_BUNDLE, 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the compiled report command', () => {
  test('writes the FY2024 report with plain node, with the page script built from source inlined', async () => {
    const out = join(dir, 'fy2024');
    execFileSync(process.execPath, [REPORT_BUNDLE, '--out', out, '--quiet'], { cwd: root });
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    const script = await buildClientScript();
    expect(script.length).toBeGreaterThan(10_000);
    expect(page).toContain(script.replace(/<\/script/gi, '<\\/script').slice(0, 5000));
    expect(JSON.parse(readFileSync(join(out, 'figures.json'), 'utf8'))).toMatchObject({ 'experts.n': 221 });
  });

  test('the chart worker thread and the main thread write the same page', () => {
    const page = (worker: string) => {
      const out = join(dir, `fy2024-worker-${worker}`);
      execFileSync(process.execPath, [REPORT_BUNDLE, '--out', out, '--quiet'], { cwd: root, env: { ...process.env, SMESEC_CHART_WORKER: worker } });
      return readFileSync(join(out, 'index.html'), 'utf8');
    };
    const a = page('1');
    expect(a.match(/<svg /g)!.length).toBeGreaterThan(30);
    expect(page('0')).toBe(a);
  });

  test('reads a large input in two threads (its worker beside it) into the same report as in one', () => {
    const data = join(dir, 'data-5000');
    cpSync(join(root, 'data', 'fy2024'), data, { recursive: true });
    writeFileSync(join(data, 'experts.csv'), [...expertLines({ codebook: instrumentOf(fy2024, 'experts'), rows: 5000 })].join(''));
    expect(existsSync(join(bundleDir, 'read-worker.js'))).toBe(true);
    const files = (threads: string) => {
      const out = join(dir, `threads-${threads}`);
      const run = spawnSync(process.execPath, [REPORT_BUNDLE, '--data', data, '--out', out, '--threads', threads], { cwd: root, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      // The command says when the worker's half was used.
      expect(run.stderr.includes('採用 5000行、不採用 0行（utf-8、2スレッド）')).toBe(threads === '2');
      return ['figures.json', 'validation.json', 'active-list.csv'].map((f) => readFileSync(join(out, f), 'utf8'));
    };
    const one = files('1');
    expect(JSON.parse(one[0]!)).toMatchObject({ 'experts.n': 5000 });
    expect(files('2')).toEqual(one);
  });

  test("carries no zod locale but English (the Japanese one says ISO日時, the French one caractères)", async () => {
    for (const text of [code, await buildClientScript()]) {
      expect(text).not.toContain('ISO日時');
      expect(text).not.toContain('caractères');
    }
  });

  test('lists the workspace files it was built from, for the rebuild check', () => {
    const { inputs } = JSON.parse(readFileSync(join(bundleDir, 'inputs.json'), 'utf8')) as { inputs: string[] };
    expect(inputs).toContain('pipelines/annual-report/cli.ts');
    expect(inputs).toContain('packages/dashboard/src/render/charts.ts');
    expect(inputs.filter((f) => f.includes('node_modules'))).toEqual([]);
  });

  test('is built again when a file it was made from is newer, or gone', () => {
    expect(isStale(REPORT_BUNDLE, root)).toBe(false);
    // A copy of the workspace's file list with one file made newer than the bundle.
    const fake = mkdtempSync(join(tmpdir(), 'report-stale-'));
    try {
      const input = join(fake, 'a.ts');
      writeFileSync(input, '');
      const fakeBundle = join(fake, 'cli.js');
      writeFileSync(fakeBundle, '');
      writeFileSync(join(fake, 'inputs.json'), JSON.stringify({ inputs: ['a.ts'] }));
      const past = new Date(Date.now() - 60_000);
      utimesSync(input, past, past);
      expect(isStale(fakeBundle, fake)).toBe(false);
      utimesSync(input, new Date(), new Date(Date.now() + 60_000));
      expect(isStale(fakeBundle, fake)).toBe(true);
      rmSync(input);
      expect(isStale(fakeBundle, fake)).toBe(true);
      expect(isStale(join(fake, 'missing.js'), fake)).toBe(true);
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });

  test('runs with plain node, without tsx', () => {
    const out = execFileSync(process.execPath, [REPORT_BUNDLE, '--help'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^usage: pnpm report/);
  });
});

describe("the command's V8 code cache", () => {
  // A build of its own, so that the other files' runs of dist/report never share its cache.
  const own = join(dir, 'build');
  const launcher = join(own, 'cli.js');
  const caches = () => readdirSync(own).filter((f) => f.endsWith('.cache'));
  const run = (args: string[]) => spawnSync(process.execPath, [launcher, ...args], { cwd: root, encoding: 'utf8' });
  beforeAll(async () => {
    await bundleReport({ outDir: own });
  });

  test('is left by the first successful run, used as it is by the next, and replaced when V8 refuses it', () => {
    expect(caches()).toEqual([]);
    // A run that fails leaves none: it has not compiled what a report needs.
    expect(run(['--no-such-option']).status).toBe(2);
    expect(caches()).toEqual([]);
    const out = join(dir, 'cached');
    expect(run(['--out', out, '--quiet']).status).toBe(0);
    const [cache] = caches();
    expect(cache).toMatch(new RegExp(`^report\\.[0-9a-f]{16}\\.${process.version.replace(/\./g, '\\.')}\\.${process.arch}\\.cache$`));
    const file = join(own, cache!);
    const first = readFileSync(file);
    // It holds the functions the run compiled, not only the top level: most of the script's size.
    expect(first.length).toBeGreaterThan(statSync(join(own, 'report.cjs')).size / 4);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    const before = statSync(file).mtimeMs;
    expect(run(['--out', out, '--quiet']).status).toBe(0);
    // Accepted: a cache V8 refuses is written again.
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(page);
    writeFileSync(file, Buffer.alloc(first.length, 7));
    expect(run(['--out', out, '--quiet']).status).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(page);
    expect(readFileSync(file).equals(Buffer.alloc(first.length, 7))).toBe(false);
    expect(caches()).toEqual([cache]);
  });

  test("keeps the charts' compiled shapes beside it: the same page from them, and a broken file made again", () => {
    const out = join(dir, 'shapes');
    expect(run(['--out', out, '--quiet']).status).toBe(0);
    const [shapes] = readdirSync(own).filter((f) => f.endsWith('.charts.json'));
    expect(shapes).toMatch(/^report\.[0-9a-f]{16}\..+\.charts\.json$/);
    const file = join(own, shapes!);
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { shapes: unknown[] };
    expect(kept.shapes.length).toBeGreaterThan(3);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    const before = statSync(file).mtimeMs;
    expect(run(['--out', out, '--quiet']).status).toBe(0);
    // Every shape came from the file: nothing new to write.
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(page);
    writeFileSync(file, '{"shapes": [');
    expect(run(['--out', out, '--quiet']).status).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(page);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(kept);
  });

  test("a build removes other builds' caches, and a warmed build has its own at once", async () => {
    const other = join(own, 'report.0123456789abcdef.v20.0.0.x64.cache');
    const otherShapes = join(own, 'report.0123456789abcdef.v20.0.0.x64.charts.json');
    writeFileSync(other, 'old');
    writeFileSync(otherShapes, '{}');
    await bundleReport({ outDir: own, warm: true });
    expect(existsSync(other)).toBe(false);
    expect(existsSync(otherShapes)).toBe(false);
    // Made by the warm-up report of the bundled data, not by whichever run comes first.
    expect(caches()).toHaveLength(1);
    expect(readdirSync(own).filter((f) => f.endsWith('.charts.json'))).toHaveLength(1);
  });
});
