import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rollup } from 'vite';
import { fy2024 } from '@smesec/programme';
import { afterAll, expect, test } from 'vitest';
import { codebook, listOf } from '../test/fixtures/specialists.js';
import { roster } from '../test/fixtures/roster.js';
import * as browser from './browser.js';

const dir = mkdtempSync(join(tmpdir(), 'experts-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(): Promise<Rollup.OutputChunk> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: new URL('./browser.ts', import.meta.url).pathname, formats: ['es'], fileName: 'browser' } },
  })) as Rollup.RollupOutput[];
  return out[0]!.output[0];
}

test('the browser entry bundles without the table engine, the CSV parser or Node modules, and searches the same', async () => {
  const chunk = await bundle();
  const modules = Object.keys(chunk.modules);
  expect(modules.some((m) => m.includes('/search/search-specialists.ts'))).toBe(true);
  expect(modules.some((m) => m.includes('/match/match-specialists.ts'))).toBe(true);
  expect(modules.filter((m) => /arquero|papaparse|flechette|node:/.test(m))).toEqual([]);
  expect(chunk.imports).toEqual([]);

  const file = join(dir, 'browser.mjs');
  writeFileSync(file, chunk.code);
  const bundled = (await import(pathToFileURL(file).href)) as typeof browser;
  const { records } = listOf(roster);
  const query = { themes: ['cloud'], region: '27', feeCeiling: '30k_40k' };
  // The dashboard holds records and codebook as JSON: search them as such.
  const json = JSON.parse(JSON.stringify({ records, codebook })) as { records: browser.PublicRecord[]; codebook: typeof codebook };
  const inPage = bundled.searchSpecialists(json.records, query, { codebook: json.codebook });
  expect(inPage).toEqual(browser.searchSpecialists(records, query, { codebook }));
  expect(inPage.hits.map((h) => h.record.id)).toEqual(['E2', 'E1', 'E10']);
  const consultation = { topics: ['getting_started'], industry: 'construction', prefecture: '27' };
  const codebooks = JSON.parse(JSON.stringify(fy2024)) as typeof fy2024;
  expect(bundled.matchSpecialists(consultation, json.records, { codebooks })).toEqual(browser.matchSpecialists(consultation, records, { codebooks: fy2024 }));
}, 60_000);
