/**
 * The example page in headless Chromium: a Shift_JIS CSV chosen through `<input type=file>` is
 * read and tabulated in the page, and the table's counts are those Node computes from the same file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fromCsv, instrumentOf, tabulate } from '@smesec/survey';
import { fy2024 } from '@smesec/programme';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildPage } from './build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = mkdtempSync(join(tmpdir(), 'example-page-'));
let browser: Browser;
let page: Page;
const errors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  const { file } = await buildPage(tmp);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => !r.url().startsWith('file:') && requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

test('a Shift_JIS file picked in the page gives the frequencies Node computes', async () => {
  // The bundled attendee file is UTF-8; save it as Japanese Excel would, in Shift_JIS.
  const text = readFileSync(join(root, 'data/fy2024/attendees.csv'), 'utf8').replace(/^\uFEFF/, '');
  const sjis = iconv.encode(text, 'Shift_JIS');
  const csv = join(tmp, 'attendees.csv');
  writeFileSync(csv, sjis);

  await page.selectOption('#instrument', 'attendees');
  await page.selectOption('#question', 'desired_support');
  await page.setInputFiles('#file', csv);
  await page.locator('#frequency:not([hidden]) tbody tr').first().waitFor();

  const codebook = instrumentOf(fy2024, 'attendees');
  const expected = tabulate(fromCsv(sjis, { codebook, file: 'attendees.csv' }).table, 'desired_support', { codebook });
  const shown = await page.locator('#frequency tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
  expect(shown.map(([code, , count]) => [code, Number(count)])).toEqual(expected.items.map((i) => [i.code, i.count]));
  expect(shown[0]).toEqual(['education', '従業員向けセキュリティ教育', '62', '62.0%']);
  expect(await page.locator('#frequency caption').textContent()).toBe('希望するセキュリティ専門家からの支援内容（有効回答者 n=100、無回答5）');
  expect(await page.locator('#summary').textContent()).toBe('read 105 rows (shift_jis), 0 rejected');

  // Another question of the same file, without picking it again.
  await page.selectOption('#question', 'chamber');
  await expect.poll(() => page.locator('#frequency tbody tr').count()).toBe(3);
  const chamber = tabulate(fromCsv(sjis, { codebook, file: 'attendees.csv' }).table, 'chamber', { codebook });
  const counts = await page.locator('#frequency tbody tr td:nth-child(3)').allTextContents();
  expect(counts.map(Number)).toEqual(chamber.items.map((i) => i.count));

  if (process.env['SCREENSHOTS']) {
    mkdirSync(join(root, 'test/.output/screenshots'), { recursive: true });
    await page.screenshot({ path: join(root, 'test/.output/screenshots/example-frequency-page.png'), fullPage: true });
  }
  expect(errors).toEqual([]);
  expect(requests).toEqual([]);
});

test('a row the codebook rejects is listed in the page, by file, row and column', async () => {
  const csv = join(tmp, 'bad.csv');
  const text = readFileSync(join(root, 'data/fy2024/attendees.csv'), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  lines[3] = lines[3]!.replace('大阪商工会議所,大阪府', '大阪商工会議所,大坂府');
  writeFileSync(csv, iconv.encode(lines.join('\n'), 'Shift_JIS'));
  await page.setInputFiles('#file', csv);
  await expect.poll(() => page.locator('#summary').textContent()).toBe('read 105 rows (shift_jis), 1 rejected');
  expect(await page.locator('#issues li').first().textContent()).toMatch(/^bad\.csv:4:prefecture: /);
});
