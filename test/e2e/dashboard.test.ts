import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runReport } from '../../pipelines/annual-report/run-report.js';
import { readLatest, recordPageLoad } from '../../pipelines/bench/latest.js';
import { launchChromium, watch } from './browser.js';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'dashboard-'));
// Screenshots for review: a git-ignored folder, or reports/screenshots when UPDATE_SCREENSHOTS=1.
const shots = process.env['UPDATE_SCREENSHOTS'] ? join(root, 'reports/screenshots') : join(root, 'test/.output/screenshots');

let browser: Browser;
let page: Page;
let seen: { errors: string[]; requests: string[] };
let figures: Record<string, number>;
let list: { id: string; fields: Record<string, unknown> }[];

beforeAll(async () => {
  const r = await runReport({ data: join(root, 'data/fy2024'), out: join(out, 'fy2024'), activity: join(root, 'data/program-activity'), quiet: true, help: false });
  expect(r.status).toBe(0);
  figures = JSON.parse(readFileSync(join(out, 'fy2024/figures.json'), 'utf8'));
  mkdirSync(shots, { recursive: true });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  seen = watch(page);
  await page.goto(pathToFileURL(join(out, 'fy2024/index.html')).href);
  list = JSON.parse((await page.locator('#active-list-data').textContent()) ?? '{}').records;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the FY2024 dashboard in Chromium', () => {
  test('opens from disk with no console error and no network request', async () => {
    await page.waitForLoadState('load');
    expect(seen.errors).toEqual([]);
    expect(seen.requests).toEqual([]);
    expect(await page.title()).toBe('中小企業と登録セキスペのマッチング実証 令和6年度 報告');
    await page.screenshot({ path: join(shots, 'fy2024-top.png') });
  });

  test('every chart has a non-empty SVG with an accessible name, and a data table beside it', async () => {
    const charts = page.locator('figure.chart');
    const n = await charts.count();
    expect(n).toBe(36);
    for (let i = 0; i < n; i++) {
      const fig = charts.nth(i);
      const svg = fig.locator('.svg > svg');
      await expect.poll(() => svg.count()).toBe(1);
      expect(await svg.locator('rect, path, text').count()).toBeGreaterThan(3);
      expect(await svg.getAttribute('role')).toBe('img');
      expect(await svg.getAttribute('aria-label')).toBeTruthy();
      expect(await fig.locator('details.data table tbody tr').count()).toBeGreaterThan(0);
      expect(await fig.locator('.caption').textContent()).toMatch(/n=|社|件|都道府県/);
    }
  });

  test('the key numbers shown equal figures.json', async () => {
    const keys = page.locator('.keys li[data-figure]');
    const n = await keys.count();
    expect(n).toBeGreaterThanOrEqual(7 + 5);
    for (let i = 0; i < n; i++) {
      const id = (await keys.nth(i).getAttribute('data-figure'))!;
      expect(figures[id], id).toBeTypeOf('number');
      const shown = (await keys.nth(i).locator('.value').textContent())!.replace(/,/g, '');
      expect(Number(shown), id).toBe(figures[id]);
    }
    expect(figures['funnel.attended']).toBe(105);
  });

  test('the chamber coverage map shades 25 prefectures and lists the 22 without one', async () => {
    const map = page.locator('#fig-experts-chamber-coverage');
    await map.scrollIntoViewIfNeeded();
    await map.screenshot({ path: join(shots, 'fy2024-chamber-map.png') });
    expect(await map.locator('.detail').textContent()).toMatch(/^不在の22県: /);
    expect(await map.locator('tbody tr').count()).toBe(47);
  });

  const visible = () => page.locator('#list-table tbody tr:not([hidden])');
  const expected = (pred: (f: Record<string, unknown>) => boolean) => list.filter((r) => pred(r.fields)).length;
  const has = (v: unknown, code: string) => Array.isArray(v) && v.includes(code);

  test('the active-list filters show exactly the matching specialists, each with its reasons', async () => {
    await page.locator('#active-list-browser').scrollIntoViewIfNeeded();
    expect(await visible().count()).toBe(figures['experts.active_list.count']);
    await page.selectOption('select[name=theme]', 'cloud');
    await page.selectOption('select[name=region]', '27');
    const n = expected((f) => has(f['guidance_themes'], 'cloud') && (has(f['support_regions'], '27') || has(f['support_regions'], 'nationwide')));
    expect(n).toBeGreaterThan(0);
    await expect.poll(() => visible().count()).toBe(n);
    expect(await page.locator('#list-count').textContent()).toBe(`${n}名が該当（掲載 ${list.length}名中）`);
    const reasons = await visible().locator('td.reasons').allTextContents();
    for (const r of reasons) expect(r).toMatch(/対応テーマ: クラウドサービスの安全利用.*支援可能地域: 大阪府/);
    await page.screenshot({ path: join(shots, 'fy2024-active-list.png') });

    await page.selectOption('select[name=feeCeiling]', '20k_30k');
    const cheap = expected(
      (f) => has(f['guidance_themes'], 'cloud') && (has(f['support_regions'], '27') || has(f['support_regions'], 'nationwide')) && ['lt20k', '20k_30k'].includes(String(f['fee_band'])),
    );
    await expect.poll(() => visible().count()).toBe(cheap);

    await page.click('#list-filters button[type=reset]');
    await expect.poll(() => visible().count()).toBe(list.length);
    for (const [name, code, field] of [
      ['industry', 'medical', 'industries'],
      ['period', '12m_plus', 'support_periods'],
      ['form', 'incident', 'support_forms'],
    ] as const) {
      await page.selectOption(`select[name=${name}]`, code);
      await expect.poll(() => visible().count(), { message: name }).toBe(expected((f) => has(f[field], code)));
      await page.selectOption(`select[name=${name}]`, '');
    }
  });

  test('a name opens the specialist\'s card with the public fields only', async () => {
    const first = visible().first().locator('button.open-card');
    const id = (await first.getAttribute('data-id'))!;
    await first.click();
    const card = page.locator('#list-card');
    await expect.poll(() => card.evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(true);
    const record = list.find((r) => r.id === id)!;
    expect(await card.locator('#card-title').textContent()).toBe((record as unknown as { name: string }).name);
    expect(await card.locator('dt').allTextContents()).toContain('支援料金（1回2時間あたり）');
    await page.screenshot({ path: join(shots, 'fy2024-card.png') });
    await card.locator('button').click();
  });

  test('the programme-activity section: key numbers, maps and a searchable practices table', async () => {
    const section = page.locator('#activity');
    await section.scrollIntoViewIfNeeded();
    expect(await section.locator('.keys li[data-figure="activity.program.security_action_declarations_total"] .value').textContent()).toBe('71,610');
    expect(await section.locator('#practice-table tbody tr').count()).toBe(46);
    await page.fill('#practice-filter', '北海道');
    const rows = section.locator('#practice-table tbody tr:not([hidden])');
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(46);
    for (const t of await rows.allTextContents()) expect(t).toContain('北海道');
    expect(await section.locator('#practice-count').textContent()).toBe(`${n}件を表示`);
    await section.screenshot({ path: join(shots, 'fy2024-activity.png') });
  });

  test('printing opens every data table and hides the navigation', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.evaluate('window.dispatchEvent(new Event("beforeprint"))');
    expect(await page.locator('details.data:not([open])').count()).toBe(0);
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('how soon the page opens', () => {
  // Measured, not asserted (the machine is shared): the median time to the end of the load event
  // goes to reports/bench/latest.json beside the other benchmarks.
  test('time to the load event in Chromium is recorded in reports/bench/latest.json', async () => {
    const file = join(out, 'fy2024/index.html');
    const runs: number[] = [];
    const paints: number[] = [];
    for (let i = 0; i < 5; i++) {
      const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await fresh.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const t = (await fresh.evaluate(`(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return { load: nav ? nav.loadEventEnd : 0, fcp: fcp ? fcp.startTime : null };
      })()`)) as { load: number; fcp: number | null };
      await fresh.close();
      runs.push(t.load);
      if (t.fcp !== null) paints.push(t.fcp);
    }
    expect(runs.every((ms) => ms > 0)).toBe(true);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const bench = join(root, 'reports/bench');
    recordPageLoad(bench, { page_kb: Math.round(statSync(file).size / 1024), load_event_ms: median(runs), first_paint_ms: paints.length ? median(paints) : null, runs_ms: runs });
    expect(readLatest(bench).page?.runs_ms).toEqual(runs);
  });
});
