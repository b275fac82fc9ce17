/**
 * The core packages build for the browser: bundled by esbuild for `platform: 'browser'`, nothing
 * in their import graph is a Node built-in module. Also measures what zod's locales add and
 * checks that a bundle without them still reads, validates and words its errors in English.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import type * as Survey from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { afterAll, describe, expect, test } from 'vitest';
import { zodLocalesEn } from './zod-locales-en.js';

const here = dirname(fileURLToPath(import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ENTRIES = ['@smesec/survey', '@smesec/experts/browser', '@smesec/charts', '@smesec/interop'];
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/**
 * Imports left to the runtime on purpose: linkedom (the DOM `renderPlot` draws into) tries the
 * native `canvas` package inside try/catch and falls back to its own shim, which the bundle holds.
 */
const OPTIONAL_EXTERNALS = [{ from: /\/linkedom\/commonjs\/canvas\.cjs$/, path: 'canvas' }];
const optional = (i: { from: string; path: string }) => OPTIONAL_EXTERNALS.some((o) => o.from.test(i.from) && o.path === i.path);

async function bundle(entry: string, { enOnly = false } = {}): Promise<{ code: string; metafile: Metafile }> {
  const result = await build({
    stdin: { contents: `export * from '${entry}';`, resolveDir: here, loader: 'ts' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: enOnly ? [zodLocalesEn] : [],
  });
  return { code: result.outputFiles[0]!.text, metafile: result.metafile };
}

describe.each(ENTRIES)('%s for the browser', (entry) => {
  test('has no Node module anywhere in its import graph', async () => {
    const { metafile } = await bundle(entry);
    const inputs = Object.entries(metafile.inputs);
    expect(inputs.length).toBeGreaterThan(5);
    expect(inputs.map(([path]) => path).filter((p) => p.startsWith('node:') || builtins.has(p))).toEqual([]);
    const imports = inputs.flatMap(([from, input]) => input.imports.map((i) => ({ from, path: i.path, external: i.external ?? false })));
    expect(imports.filter((i) => builtins.has(i.path) || (i.external && !optional(i)))).toEqual([]);
  });

  test('drops zod locales with the zod-locales-en plugin', async () => {
    const all = await bundle(entry);
    const en = await bundle(entry, { enOnly: true });
    const locales = (m: Metafile) => Object.keys(m.inputs).filter((p) => /zod\/v4\/locales\/(?!index\.js)[a-zA-Z-]+\.js$/.test(p));
    expect(locales(all.metafile).length).toBeGreaterThan(40);
    expect(locales(en.metafile).map((p) => p.split('/').pop())).toEqual(['en.js']);
    expect(en.code.length).toBeLessThan(all.code.length - 100_000);
  });
});

test('a survey bundle without the other locales reads, tabulates and words zod errors in English', async () => {
  const { code } = await bundle('@smesec/survey', { enOnly: true });
  const file = join(tmp, 'survey.mjs');
  writeFileSync(file, code);
  const survey = (await import(pathToFileURL(file).href)) as typeof Survey;
  const codebook = survey.instrumentOf(fy2024, 'attendees');
  const csv = 'company_id,chamber,desired_support\nC1,大阪商工会議所,クラウドサービスの安全利用\nC2,osaka,\n';
  const { table } = survey.fromCsv(new TextEncoder().encode(csv), { codebook: { ...codebook, columns: codebook.columns.filter((c) => ['company_id', 'chamber', 'desired_support'].includes(c.id)) }, file: 'a.csv' });
  expect(survey.tabulate(table, 'chamber', { codebook }).items[0]).toMatchObject({ code: 'osaka', count: 2 });
  const bad = survey.Codebook.safeParse({ id: 'x', label: 'x', columns: [] });
  expect(bad.success).toBe(false);
  expect(bad.error?.issues[0]?.message).toBe('Too small: expected array to have >=1 items');
});
